/* global window -- used inside page.evaluate(), which runs in the browser */
// 2b. Cold pages: the page a visitor opens. Every sample is a fresh browser context (empty HTTP and code caches, no
// template prepared, no stylesheet parsed) and one page. Two measures, variants interleaved in random order:
//  A. Instances on a cold page: the element's own file (`dist/cdn/<tag>.js`) is loaded and the tag defined, but no
//     instance exists yet; then N copies are inserted and timed until all are rendered, styled and laid out (a
//     forced layout), as the warm render benchmark does. The floor: the very markup and CSS the element renders,
//     inserted as declarative shadow DOM (setHTMLUnsafe) into its own fresh page. This is where the first instance
//     prepares templates and parses styles, and where per-instance work adds up.
//  B. Page load: a page holding N copies, from navigation start until every copy is rendered and laid out: the floor
//     (the same DSD in the HTML), the one-line loader, and the all-in-one file. Network hops count here.
// Then one CPU profile per element (measure A, N = 100), mapped through the source maps, says where the time goes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';
import { oneFileBuild, oneFileLoader, pageFiles } from '../../scripts/size.mjs';
import { median, ratio, shuffle, summarize } from './stats.mjs';

const DIR = 'bench/.build/cold';
const ONE_FILE = 'bench/.build/one-file';
const SCRIPTS = {
  loader: '/dist/cdn/loader.js',
  'loader, preloaded': '/dist/cdn/loader.js',
  'loader, one file': `/${ONE_FILE}/loader.js`,
  'all-in-one': '/dist/cdn/embrace-widgets.js'
};
/** The page-load variants measured against the all-in-one file ("× peer"). */
const LOADERS = ['loader', 'loader, preloaded', 'loader, one file'];

/**
 * Two deliveries that are not shipped, to say where the loader's time goes (issue 29): "loader, preloaded" is the
 * loader page with a `<link rel="modulepreload">` for every file the loader will ask for, so nothing is left to
 * fetch when it runs (what remains is its scheduling and the modules' evaluation); "loader, one file" is the same
 * loader asking for the element as one self-contained file (`npm run size -- --split`'s "one file") instead of its
 * file and the shared ones: the cost of fetching and evaluating several files instead of one.
 */
async function prepareOneFile(tags) {
  mkdirSync(ONE_FILE, { recursive: true });
  for (const tag of tags)
    for (const chunk of await oneFileBuild(tag)) writeFileSync(`${ONE_FILE}/${chunk.fileName}`, chunk.code);
  writeFileSync(`${ONE_FILE}/loader.js`, oneFileLoader());
}

// The page says it is done on the console: nothing of Playwright's runs in the page while it loads (goto's `load`
// and waitForFunction's injected script and polling fell inside the loader's second round trip, not the others').
const DONE = "document.body.getBoundingClientRect(); window.__rendered = performance.now(); console.log('__rendered');";
const SHOELACE =
  '<link rel="stylesheet" href="/node_modules/@shoelace-style/shoelace/dist/themes/light.css">' +
  '<script type="module" src="/bench/.build/shoelace-set.js"></script>';
const HEAD = (title) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8">` +
  `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>` +
  '<style>body { font: 16px/1.5 system-ui, sans-serif; margin: 0; width: 720px; }</style>';

/**
 * Measure A: insert N copies into a page where the tag is defined and nothing else has happened; time it. The
 * Shoelace variant inserts the render benchmark's composition (sl-card with its sl-button) on its own cold page.
 */
function instancesPage(tag, variant, n, { markup, floor, shoelace }) {
  const ours = variant !== 'floor';
  const waitFor = variant === 'shoelace' ? 'sl-card' : tag;
  const html = JSON.stringify({ ours: markup, floor, shoelace }[variant].repeat(n));
  const insert = `const stage = document.getElementById('stage');
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const start = performance.now();
  ${ours ? `stage.innerHTML = ${html};` : `stage.setHTMLUnsafe(${html});`}
  ${ours ? `await Promise.all([...stage.querySelectorAll('*')].filter((el) => el.updateComplete).map((el) => el.updateComplete));` : ''}
  stage.getBoundingClientRect();
  window.__rendered = performance.now() - start;
  console.log('__rendered');`;
  return `${HEAD(`${tag} × ${n}, ${variant}, cold instances`)}
${variant === 'ours' ? `<script type="module" src="/dist/cdn/${tag}.js"></script>` : variant === 'shoelace' ? SHOELACE : ''}
</head><body><main id="stage"></main>
<script type="module">
${ours ? `await customElements.whenDefined('${waitFor}');` : ''}
${insert}
</script></body></html>`;
}

/** Measure B: the page holds N copies; time from navigation start until all are rendered and laid out. */
function loadPage(tag, variant, n, { markup, floor }) {
  const ours = variant !== 'floor';
  const preload =
    variant === 'loader, preloaded'
      ? [...pageFiles(tag).keys()]
          .filter((file) => file !== 'loader.js')
          .map((file) => `<link rel="modulepreload" href="/dist/cdn/${file}">`)
          .join('')
      : '';
  return `${HEAD(`${tag} × ${n}, ${variant}, cold page load`)}
${
  ours
    ? `${preload}<script>customElements.whenDefined('${tag}').then(async () => {
  await Promise.all([...document.querySelectorAll('${tag}')].map((el) => el.updateComplete));
  ${DONE}
});</script>
<script type="module" src="${SCRIPTS[variant]}"></script>`
    : ''
}
</head><body>
${(ours ? markup : floor).repeat(n)}
${ours ? '' : `<script>${DONE}</script>`}
</body></html>`;
}

/** Opens `url` and waits for the page's own '__rendered' message (registered before the navigation starts). */
async function openUntilRendered(page, url) {
  await Promise.all([
    page.waitForEvent('console', { predicate: (m) => m.text() === '__rendered', timeout: 30_000 }),
    page.goto(url, { waitUntil: 'commit' })
  ]);
}

async function sample(browser, url) {
  const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
  try {
    const page = await context.newPage();
    await openUntilRendered(page, url);
    return await page.evaluate(() => window.__rendered);
  } finally {
    await context.close();
  }
}

/** Self time per source function in a CPU profile, mapped through the files' source maps; the top `limit`. */
function topFunctions(profile, origin, limit = 8) {
  const consumers = new Map();
  const consumer = (url) => {
    if (!consumers.has(url)) {
      let map = null;
      try {
        const file = new URL(url).pathname.slice(1);
        map = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
      } catch {
        map = null;
      }
      consumers.set(url, map);
    }
    return consumers.get(url);
  };
  const self = new Map();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  profile.samples.forEach((id, i) => {
    const { callFrame } = byId.get(id);
    let name = callFrame.functionName || '(anonymous)';
    if (callFrame.url.startsWith(origin)) {
      const map = consumer(callFrame.url);
      const pos = map?.originalPositionFor({ line: callFrame.lineNumber + 1, column: callFrame.columnNumber });
      const source = pos?.source?.replace(/^.*?(src\/|bundled:\/\/\/)/, '$1') ?? callFrame.url.replace(origin, '');
      name = `${pos?.name ?? name} (${source}:${pos?.line ?? '?'})`;
    } else if (callFrame.url) name = `${name} (${callFrame.url.replace(origin, '')})`;
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  return {
    totalMs: total,
    top: [...self.entries()]
      .filter(([name]) => name !== '(idle)')
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([name, ms]) => ({ name, ms }))
  };
}

async function profileCold(browser, url, origin) {
  const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await openUntilRendered(page, url);
  const { profile } = await cdp.send('Profiler.stop');
  await context.close();
  return topFunctions(profile, origin);
}

export async function measureColdPages(
  browser,
  origin,
  {
    rounds,
    counts = [1, 10],
    instanceCounts = [...new Set([...counts, 100])],
    log,
    measures = ['instances', 'page load']
  }
) {
  const warm = await browser.newPage();
  await warm.goto(`${origin}/bench/pages/render.html`);
  await warm.waitForFunction(() => window.bench);
  const elements = await warm.evaluate(() => window.bench.cold());
  await warm.close();

  mkdirSync(DIR, { recursive: true });
  const cells = [];
  const add = (measure, variants, build, ns = counts) => {
    if (!measures.includes(measure)) return;
    for (const [tag, markup] of Object.entries(elements))
      for (const variant of variants.filter((v) => v !== 'shoelace' || markup.shoelace))
        for (const n of ns) {
          const file = `${measure}-${tag}-${variant}-${n}.html`.replace(/,/g, '');
          writeFileSync(`${DIR}/${file}`, build(tag, variant, n, markup));
          cells.push({ measure, tag, variant, n, url: `${origin}/${DIR}/${file}`, samples: [] });
        }
  };
  add('instances', ['floor', 'ours', 'shoelace'], instancesPage, instanceCounts);
  if (measures.includes('page load')) await prepareOneFile(Object.keys(elements));
  add('page load', ['floor', ...LOADERS, 'all-in-one'], loadPage);

  for (const cell of cells) await sample(browser, cell.url); // warm-up: the server's and the browser's own caches
  for (let round = 0; round < rounds; round += 1) {
    for (const cell of shuffle(cells)) cell.samples.push(await sample(browser, cell.url));
    if ((round + 1) % 5 === 0) log?.(`cold pages: ${round + 1} of ${rounds} rounds`);
  }

  const rows = cells.map((cell) => {
    const find = (variant) =>
      cells.find((c) => c.measure === cell.measure && c.tag === cell.tag && c.n === cell.n && c.variant === variant);
    const floor = find('floor');
    // The loader against the all-in-one file, ours against Shoelace: per round, the median of the ratios.
    const other = LOADERS.includes(cell.variant) ? find('all-in-one') : { ours: find('shoelace') }[cell.variant];
    const stats = summarize(cell.samples);
    return {
      measure: cell.measure,
      element: cell.tag,
      variant: cell.variant,
      count: cell.n,
      ...stats,
      // Shoelace's page is its own composition, not our floor's markup: no ratio to our floor.
      toFloor: cell === floor || cell.variant === 'shoelace' ? null : ratio(stats, summarize(floor.samples)),
      toOther: other ? median(cell.samples.map((v, i) => v / other.samples[i])) : null
    };
  });

  const profiles = {};
  for (const tag of Object.keys(elements)) {
    const most = Math.max(...instanceCounts);
    const cell = cells.find((c) => c.measure === 'instances' && c.tag === tag && c.variant === 'ours' && c.n === most);
    profiles[tag] = await profileCold(browser, cell.url, origin);
  }
  return { rows, profiles };
}
