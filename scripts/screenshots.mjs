#!/usr/bin/env node
/* global document, requestAnimationFrame -- only in the function page.evaluate runs in the browser */
// Screenshots of every widget state (stories/support/widget-states.mjs) on every host page
// (stories/support/host-themes.mjs) at a desktop and a phone width, from the built CDN bundle, plus a contact sheet:
// screenshots/index.html. For reviewing a redesign by eye, on the pages the widgets really live on.
//   npm run screenshots -- --only consult-cta--dialog,timer --hosts light,dark --widths 320 [--text 200]
// --text 200 sets the widget's text to 200 % (as a person's browser text size does), and names the files …--t200.
import { createServer } from 'node:http';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { extname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { BROWSERS, CHROMIUM_ARGS } from './browsers.mjs';
import { HOST_NAMES, HOST_THEMES, hostCss } from '../stories/support/host-themes.mjs';
import { WIDGET_STATES } from '../stories/support/widget-states.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'screenshots');
const BUNDLE = join(ROOT, 'dist/cdn/embrace-widgets.js');
const WIDTHS = [1280, 320];
/** Where motion matters: these also get a shot with reduced motion on (light host, phone width only). */
const REDUCED_MOTION = ['imagery-timer--running', 'imagery-timer--breath'];
/** Two pages at a time: the machine's two cores are shared with builds and tests. */
const WORKERS = 2;

const list = (value) =>
  value
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const { values: flags } = parseArgs({
  options: { only: { type: 'string' }, hosts: { type: 'string' }, widths: { type: 'string' }, text: { type: 'string' } }
});
const only = list(flags.only);
const hosts = list(flags.hosts) ?? HOST_NAMES;
const widths = list(flags.widths)?.map(Number) ?? WIDTHS;
const text = Number(flags.text ?? 100);
if (!(text >= 50 && text <= 400)) fail(`Bad text size "${flags.text}"; use a percentage such as 200.`);
const suffix = text === 100 ? '' : `--t${text}`;
for (const host of hosts) if (!HOST_NAMES.includes(host)) fail(`Unknown host "${host}"; use ${HOST_NAMES}.`);
for (const width of widths) if (!(width >= 200)) fail(`Bad width "${width}"; use numbers such as 1280,320.`);
const states = WIDGET_STATES.filter((state) => !only || only.some((part) => state.id.includes(part)));
if (states.length === 0) fail(`No state id contains ${only.join(' or ')}.`);

function fail(message) {
  console.error(message);
  process.exit(1);
}

// One job per picture: every state on every host at every width, plus the reduced-motion extras.
const jobs = states.flatMap((state) =>
  hosts.flatMap((host) =>
    widths.map((width) => ({ state, host, width, name: `${state.id}--${host}--${width}${suffix}` }))
  )
);
for (const state of states.filter((s) => REDUCED_MOTION.includes(s.id))) {
  if (hosts.includes('light') && widths.includes(320)) {
    jobs.push({
      state,
      host: 'light',
      width: 320,
      reduced: true,
      name: `${state.id}--reduced-motion--light--320${suffix}`
    });
  }
}

const escape = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** The host page around a state: the host's colours and font, a heading and a paragraph of its own, then the widget. */
function hostPage(url) {
  const host = url.searchParams.get('host');
  const width = Number(url.searchParams.get('width'));
  const wide = url.searchParams.get('wide') === '1';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(url.searchParams.get('state'))} on ${escape(host)}</title>
<style>
  body { margin: 0; ${hostCss(host)} }
  a { color: var(--host-link); }
  main { box-sizing: border-box; padding: ${width < 600 ? '1rem' : '2rem'}; margin: 0 auto;
    max-width: ${wide ? 'none' : '46rem'}; }
  #widget { font-size: ${Number(url.searchParams.get('text')) || 100}%; }
</style>
<script type="module" src="/dist/cdn/embrace-widgets.js"></script>
</head>
<body>
<main>
  <h1>Feeling at home in your body</h1>
  <p>${escape(HOST_THEMES[host].label)}: the host’s own words, in its own font, with
    <a href="#">a link in its colour</a>, so the widget below is seen as a visitor sees it.</p>
  <div id="widget"></div>
</main>
</body>
</html>`;
}

const MIME = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.map': 'application/json'
};

/** The repository root, read-only, and the generated host pages at /__host. */
const server = createServer(async (request, response) => {
  const url = new URL(request.url, 'http://localhost');
  if (url.pathname === '/__host') {
    response.writeHead(200, { 'content-type': MIME['.html'] });
    return response.end(hostPage(url));
  }
  const file = normalize(join(ROOT, decodeURIComponent(url.pathname)));
  if (!file.startsWith(ROOT)) return response.writeHead(403).end();
  try {
    const body = await readFile(file);
    response.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});

/** Takes one picture; returns what the page logged, and the error that stopped it, if any. */
async function shoot(browser, origin, job) {
  const { state, host, width, reduced, name } = job;
  const context = await browser.newContext({ viewport: { width, height: 800 }, deviceScaleFactor: 1 });
  // Nothing may leave the machine: a request elsewhere is a bug in a state (or the widget), and is refused.
  await context.route(
    (url) => !url.href.startsWith(origin),
    (route) => route.abort('blockedbyclient')
  );
  const page = await context.newPage();
  if (reduced) await page.emulateMedia({ reducedMotion: 'reduce' });
  const logged = [];
  const errors = [];
  page.on('console', (m) => ['warning', 'error'].includes(m.type()) && logged.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  try {
    const query = new URLSearchParams({ state: state.id, host, width, text, wide: state.wide ? '1' : '0' });
    await page.goto(`${origin}/__host?${query}`);
    await page.evaluate(async (id) => {
      const { WIDGET_STATES, show } = await import('/stories/support/widget-states.mjs');
      await show(
        document.getElementById('widget'),
        WIDGET_STATES.find((s) => s.id === id)
      );
      await document.fonts.ready;
      for (let i = 0; i < 2; i += 1) await new Promise((done) => requestAnimationFrame(done));
    }, state.id);
    await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
  } catch (error) {
    errors.push(error.message.split('\n')[0]);
  } finally {
    await context.close();
  }
  return { logged, errors };
}

/** The contact sheet: each state once, its hosts side by side, the desktop row above the phone row. */
async function contactSheet() {
  const files = new Set((await readdir(OUT)).filter((f) => f.endsWith('.png')));
  const img = (file, width) =>
    files.has(file)
      ? `<a href="${file}"><img src="${file}" alt="" loading="lazy" style="max-width:${width}px"></a>`
      : '';
  const sections = WIDGET_STATES.filter((state) => [...files].some((f) => f.startsWith(`${state.id}--`))).map(
    (state) => {
      // Each width at 100 % text, then (where taken with --text) at larger text sizes.
      const sizes = [...new Set([...files].map((f) => f.match(/--t(\d+)\.png$/)?.[1]).filter(Boolean))];
      const rows = ['', ...sizes.map((size) => `--t${size}`)].flatMap((tail) =>
        WIDTHS.map((width) => [width, HOST_NAMES.map((h) => img(`${state.id}--${h}--${width}${tail}.png`, width))])
          .filter(([, cells]) => cells.some(Boolean))
          .map(
            ([width, cells]) =>
              `<tr><th>${width}${tail ? `, ${tail.slice(3)} % text` : ''}</th>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`
          )
      );
      const extra = img(`${state.id}--reduced-motion--light--320.png`, 320);
      if (extra) rows.push(`<tr><th>320, reduced motion</th><td>${extra}</td></tr>`);
      return `<section id="${state.id}"><h2>${escape(state.title)} <code>${state.id}</code></h2>
<table><tr><th></th>${HOST_NAMES.map((h) => `<th>${escape(HOST_THEMES[h].label)}</th>`).join('')}</tr>${rows.join('')}</table></section>`;
    }
  );
  await writeFile(
    join(OUT, 'index.html'),
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>embrace-widgets screenshots</title>
<style>body{font:14px system-ui,sans-serif;margin:1rem}table{border-collapse:collapse;width:100%}
td,th{vertical-align:top;text-align:left;padding:.25rem;width:33%}th:first-child{width:5rem}
img{width:100%;height:auto;border:1px solid #ccc}section{margin-bottom:3rem}</style>
<h1>embrace-widgets: every state on every host</h1>
<nav>${sections.length} states: ${WIDGET_STATES.map((s) => `<a href="#${s.id}">${s.id}</a>`).join(' · ')}</nav>
${sections.join('\n')}</html>\n`
  );
}

if (!BROWSERS.chromium.find()) fail('No Chromium: run "node scripts/ensure-browsers.mjs chromium" first.');
await readFile(BUNDLE).catch(() => fail(`No ${BUNDLE}: run "npm run build" first.`));
// A full run starts from an empty folder, so no picture of a state that no longer exists is left behind; a filtered
// run keeps the others, and the contact sheet shows whatever is there.
if (!only && !flags.hosts && !flags.widths) await rm(OUT, { recursive: true, force: true });
await mkdir(OUT, { recursive: true });
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: BROWSERS.chromium.find(), args: CHROMIUM_ARGS });

const started = Date.now();
const results = [];
const queue = [...jobs];
await Promise.all(
  Array.from({ length: WORKERS }, async () => {
    for (let job = queue.shift(); job; job = queue.shift())
      results.push({ job, ...(await shoot(browser, origin, job)) });
  })
);
await browser.close();
server.close();
await contactSheet();

// What each state logged, once per distinct message (the same warning on every host and width is one line).
const byState = new Map();
results.sort((a, b) => jobs.indexOf(a.job) - jobs.indexOf(b.job)); // the two workers finish out of order
for (const { job, logged, errors } of results) {
  const lines = byState.get(job.state.id) ?? new Map();
  for (const line of [...errors.map((e) => `FAILED ${e}`), ...logged]) lines.set(line, (lines.get(line) ?? 0) + 1);
  byState.set(job.state.id, lines);
}
for (const [id, lines] of byState) {
  for (const [line, count] of lines) console.log(`${id}: ${line}${count > 1 ? ` (×${count})` : ''}`);
}
const failed = results.filter((r) => r.errors.length > 0);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(
  `${results.length - failed.length} shots in ${seconds} s → ${relative(ROOT, join(OUT, 'index.html'))}` +
    (failed.length ? `; ${failed.length} failed: ${failed.map((r) => r.job.name).join(', ')}` : '')
);
process.exitCode = failed.length ? 1 : 0;
