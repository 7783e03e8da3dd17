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

// Lit prints this once per page in development mode; it is expected in tests and says nothing about our code.
const LIT_DEV_MODE = /Lit is in dev mode|Multiple versions of Lit loaded/;

export default {
  files: ['test/**/*.test.ts', '!test/interop/**'], // interop: Vitest with Vite (npm run test:interop)
  nodeResolve: { exportConditions: ['development'] }, // Lit's development build: more warnings, better tests
  middleware: [corsForSandboxedFrames, cspHeaders, olderCopy],
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2021' })],
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
