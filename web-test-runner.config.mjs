// Unit and component tests in real browsers: Debian's Chromium (default), Firefox ESR and WebKitGTK.
//   npm test                      Chromium, with coverage thresholds on src/
//   BROWSERS=firefox npm run test:firefox …   see package.json for the per-engine scripts
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { BROWSERS, CHROMIUM_ARGS, MINIBROWSER, wantedBrowsers } from './scripts/browsers.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { defaultReporter } from '@web/test-runner';
import { TAG_ENTRIES } from './rollup.config.mjs';
import { publishedFiles, snippetSources, storiesOutsideStorybook } from './test/embed/snippet-server.mjs';

const wanted = wantedBrowsers();

const browsers = [];
if (wanted.includes('chromium')) {
  browsers.push(chromeLauncher({ launchOptions: { executablePath: BROWSERS.chromium.find(), args: CHROMIUM_ARGS } }));
}
if (wanted.includes('firefox')) {
  browsers.push(
    puppeteerLauncher({
      launchOptions: { browser: 'firefox', executablePath: BROWSERS.firefox.find(), headless: true }
    })
  );
}
if (wanted.includes('webkit')) {
  const { startWebKitDriver } = await import('./scripts/webkit-driver.mjs');
  const port = await startWebKitDriver();
  browsers.push(
    webdriverLauncher({
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] }
      }
    })
  );
}

// The Content-Security-Policies the embed tests serve their host pages with (test/embed/csp.test.ts): what strict
// hosts really send. `?policy=a|b|c|d` on a page under /test/embed/pages/ picks one.
const STRICT = "default-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'";
export const CSP_POLICIES = {
  a: `${STRICT}; script-src 'self'`,
  b: `${STRICT}; script-src 'self'; require-trusted-types-for 'script'`,
  c: `${STRICT}; script-src 'self'; require-trusted-types-for 'script'; trusted-types embrace-widgets`,
  d: `${STRICT}; script-src 'nonce-embrace-test' 'strict-dynamic'`,
  // A host that already runs Lit (its own `lit-html` policy), with the README's advice and with Lit's alone.
  e: `${STRICT}; script-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html embrace-widgets`,
  f: `${STRICT}; script-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html`
};

// A sandboxed frame has an opaque origin, so its module scripts are cross-origin requests and need CORS.
function corsForSandboxedFrames(context, next) {
  if (context.path.startsWith('/dist/cdn/') || context.path.startsWith('/test/embed/pages/')) {
    context.set('Access-Control-Allow-Origin', '*');
  }
  return next();
}

function cspHeaders(context, next) {
  const policy = CSP_POLICIES[context.query.policy];
  if (policy && context.path.startsWith('/test/embed/pages/')) context.set('Content-Security-Policy', policy);
  return next();
}

// The same CDN bundle under another version number, for the "two versions on one page" embed test.
async function olderCopy(context, next) {
  if (context.path !== '/test/embed/pages/older-copy.js') return next();
  const { readFile } = await import('node:fs/promises');
  const { version } = JSON.parse(await readFile('package.json', 'utf8'));
  const bundle = await readFile('dist/cdn/embrace-widgets.js', 'utf8');
  context.type = 'js';
  context.body = bundle.replace(`"${version}"`, '"0.0.9-older"');
}

/**
 * Copies of the loader for test/embed/loader.test.ts: `pages/offline/loader.js` is the loader alone, so every module
 * it imports fails to load; `pages/older/<file>` is every file of dist/cdn/ under another version number;
 * `pages/slow/<file>` is dist/cdn/ with each element's own file held back 300 ms (the shared chunks are not);
 * `pages/flaky/<file>` is dist/cdn/ where each element's own file fails until it is asked for again (`?retry=`);
 * `pages/lazy-offline/<file>` is dist/cdn/ without the files loaded on demand (the booking dialog, the timer's sound
 * and practice log), as when the network drops after the page loaded.
 */
const ELEMENT_FILES = Object.keys(TAG_ENTRIES).map((tag) => `${tag}.js`);
async function loaderCopies(context, next) {
  const match = /^\/test\/embed\/pages\/(offline|older|slow|flaky|lazy-offline)\/([\w.-]+\.js)$/.exec(context.path);
  if (!match) return next();
  const [, copy, file] = match;
  if (copy === 'offline' && file !== 'loader.js') return next(); // a 404, as offline or blocked
  if (copy === 'flaky' && ELEMENT_FILES.includes(file) && !context.query.retry) return next(); // a blip: 404 once
  if (copy === 'lazy-offline' && /^(booking-dialog|sound|log-part)-/.test(file)) return next(); // gone since load
  const { readFile } = await import('node:fs/promises');
  const { version } = JSON.parse(await readFile('package.json', 'utf8'));
  const code = await readFile(`dist/cdn/${file}`, 'utf8').catch(() => null);
  if (code === null) return next();
  if (copy === 'slow' && ELEMENT_FILES.includes(file)) await new Promise((resolve) => setTimeout(resolve, 300));
  context.type = 'js';
  context.body = copy === 'older' ? code.replace(`"${version}"`, '"0.0.9-older"') : code;
}

/**
 * The embed suite runs twice (issue 18): once with the all-in-one file its pages name, and once, in the
 * "embed-loader" group, through the one-line loader. In that group openPage() adds `delivery=loader` to each page's
 * address, and this swaps the page's `<script … src="/dist/cdn/embrace-widgets.js">` for `/dist/cdn/loader.js`.
 * A page about the all-in-one file itself (loaded twice, two versions) says `<meta name="delivery" content="fixed">`.
 */
const ALL_IN_ONE_SCRIPT = /(<script\b[^>]*\bsrc=")\/dist\/cdn\/embrace-widgets\.js"/g;
const deliveryPlugin = {
  name: 'embrace-widgets:delivery',
  transform(context) {
    if (context.query.delivery !== 'loader' || !context.path.startsWith('/test/embed/pages/')) return undefined;
    if (!context.response.is('html') || /<meta name="delivery" content="fixed"/.test(context.body)) return undefined;
    return { body: context.body.replace(ALL_IN_ONE_SCRIPT, '$1/dist/cdn/loader.js"') };
  }
};

/** The test page of the "embed-loader" group: the embed tests read `window.__embraceDelivery` (host-page.ts). */
const loaderRunnerHtml = (testFramework) =>
  `<!doctype html><html><head><script>window.__embraceDelivery = 'loader';</script></head>` +
  `<body><script type="module" src="${testFramework}"></script></body></html>`;

// Lit prints this once per page in development mode; it is expected in tests and says nothing about our code.
const LIT_DEV_MODE = /Lit is in dev mode|Multiple versions of Lit loaded/;

export default {
  files: ['test/**/*.test.ts', '!test/interop/**'], // interop: Vitest with Vite (npm run test:interop)
  nodeResolve: { exportConditions: ['development'] }, // Lit's development build: more warnings, better tests
  middleware: [corsForSandboxedFrames, cspHeaders, olderCopy, loaderCopies, snippetSources, publishedFiles],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2021' }),
    deliveryPlugin,
    storiesOutsideStorybook // test/embed/snippets.test.ts imports the stories
  ],
  groups: [
    {
      name: 'embed-loader',
      // snippets.test.ts loads each snippet with the script it names (or the loader): nothing to swap.
      files: [
        'test/embed/**/*.test.ts',
        '!test/embed/loader.test.ts',
        '!test/embed/cdn-bundle.test.ts',
        '!test/embed/snippets.test.ts'
      ],
      testRunnerHtml: loaderRunnerHtml
    }
  ],
  browsers,
  // One page at a time: a second page would sit in a background tab, where requestAnimationFrame never fires.
  concurrency: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  filterBrowserLogs: ({ args }) => !args.some((arg) => typeof arg === 'string' && LIT_DEV_MODE.test(arg)),
  coverageConfig: {
    include: ['src/**/*.ts'],
    threshold: { statements: 90, lines: 90, branches: 85, functions: 85 }
  },
  reporters: [defaultReporter(), summaryReporter()]
};
