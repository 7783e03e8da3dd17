#!/usr/bin/env node
/* global document, getComputedStyle -- only in the functions page.evaluate runs in the browser */
// After `storybook build`: every docs page renders its Markdown, tables included. Without remark-gfm (MDX 3 leaves
// GitHub-flavoured Markdown out), a table is shown as lines of raw "| a | b |" text, and nothing else complains.
// Opens each docs entry of storybook-static/index.json in headless Chromium (Debian's, see scripts/browsers.mjs) and
// fails when a page
// - shows a line of text outside `pre`/`code` that looks like a table row (starts and ends with "|"), or
// - has fewer rendered tables than its MDX source has Markdown tables (zero where the source has one, say), or
// - shows Storybook's error screen instead of the page.
//   node scripts/check-storybook-docs.mjs [storybook-static]
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { BROWSERS, CHROMIUM_ARGS } from './browsers.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIR = resolve(ROOT, process.argv[2] ?? 'storybook-static');
const ROW = /^\s*\|.*\|\s*$/;
/** Two pages at a time: the machine's cores are shared with builds and tests. */
const WORKERS = 2;
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2'
};

function fail(message) {
  console.error(message);
  process.exit(1);
}

/** How many Markdown tables the MDX source has: runs of row lines outside fenced code, with a `|---|` line second. */
function markdownTables(source) {
  let tables = 0;
  let fence = null;
  let run = [];
  const endRun = () => {
    if (run.length >= 2 && /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(run[1])) tables += 1;
    run = [];
  };
  for (const line of source.split('\n')) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = null;
      continue;
    }
    if (marker) {
      endRun();
      fence = marker;
    } else if (ROW.test(line)) run.push(line);
    else endRun();
  }
  endRun();
  return tables;
}

if (!existsSync(join(DIR, 'index.json'))) fail(`No ${relative(ROOT, DIR)}/index.json: run "storybook build" first.`);
const executablePath = BROWSERS.chromium.find();
if (!executablePath) fail('No Chromium: run "node scripts/ensure-browsers.mjs chromium" first.');

const index = JSON.parse(await readFile(join(DIR, 'index.json'), 'utf8'));
const pages = await Promise.all(
  Object.values(index.entries)
    .filter((entry) => entry.type === 'docs')
    .map(async (entry) => {
      const mdx = entry.importPath.endsWith('.mdx') ? await readFile(join(ROOT, entry.importPath), 'utf8') : '';
      return { id: entry.id, source: entry.importPath, tables: markdownTables(mdx) };
    })
);
if (pages.length === 0) fail('No docs entries in index.json: the check would prove nothing.');

const server = createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^[/\\]+/, '');
  const file = join(DIR, path || 'index.html');
  if (!file.startsWith(DIR + sep) && file !== DIR) return response.writeHead(403).end();
  try {
    const body = await readFile(file);
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });

/** What one docs page shows: lines that look like table rows, its Markdown tables, and whether it errored. */
async function inspect(page) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const tab = await context.newPage();
  try {
    await tab.goto(`${origin}/iframe.html?viewMode=docs&id=${encodeURIComponent(page.id)}`);
    await tab.waitForFunction(
      () =>
        document.querySelector('#storybook-docs .sbdocs-content') ||
        document.body.classList.contains('sb-show-errordisplay'),
      null,
      { timeout: 30_000 }
    );
    await tab.waitForLoadState('networkidle');
    return await tab.evaluate((row) => {
      const pattern = new RegExp(row);
      const root = document.querySelector('#storybook-docs');
      const error = document.body.classList.contains('sb-show-errordisplay')
        ? (document.querySelector('#error-message')?.textContent ?? 'error screen').trim()
        : null;
      const outsideCode = (node) => !node.parentElement?.closest('pre, code');
      const rows = new Set();
      // 1. Each block's own text, newlines as written (a raw table is one paragraph, one source line per row).
      for (const block of root?.querySelectorAll('p, li, td, th, dd, dt, blockquote, h1, h2, h3, h4, h5, h6') ?? []) {
        if (block.closest('pre, code')) continue;
        const walker = document.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
        let text = '';
        for (let node = walker.nextNode(); node; node = walker.nextNode()) if (outsideCode(node)) text += node.data;
        for (const line of text.split('\n')) if (pattern.test(line)) rows.add(line.trim());
      }
      // 2. The page's text as laid out, `pre` and `code` hidden (catches a row in any other element).
      const style = document.createElement('style');
      style.textContent = '#storybook-docs pre, #storybook-docs code { display: none !important; }';
      document.head.append(style);
      for (const line of root?.innerText.split('\n') ?? []) if (pattern.test(line)) rows.add(line.trim());
      style.remove();
      // Storybook's own API tables (ArgTypes, Controls) are not Markdown tables.
      const tables = [...(root?.querySelectorAll('table') ?? [])].filter(
        (table) => !table.closest('.docblock-argstable, pre, code')
      );
      const visible = tables.filter((table) => getComputedStyle(table).display !== 'none').length;
      return { rows: [...rows], tables: visible, error };
    }, ROW.source);
  } finally {
    await context.close();
  }
}

const problems = [];
let tablesSeen = 0;
const queue = [...pages];
await Promise.all(
  Array.from({ length: WORKERS }, async () => {
    for (let page = queue.shift(); page; page = queue.shift()) {
      let result;
      try {
        result = await inspect(page);
      } catch (error) {
        problems.push(`${page.id} (${page.source}): did not render: ${error.message.split('\n')[0]}`);
        continue;
      }
      tablesSeen += result.tables;
      const where = `${page.id} (${page.source})`;
      if (result.error) problems.push(`${where}: Storybook shows an error: ${result.error.slice(0, 300)}`);
      if (result.rows.length) {
        const shown = result.rows.slice(0, 3).map((line) => `\n      ${line.slice(0, 100)}`);
        problems.push(
          `${where}: ${result.rows.length} line(s) of raw table text on the page, such as:${shown.join('')}`
        );
      }
      if (result.tables < page.tables) {
        problems.push(
          `${where}: ${page.tables} Markdown table(s) in the source, ${result.tables} rendered as <table> on the page`
        );
      }
    }
  })
);
await browser.close();
server.close();

if (problems.length) {
  fail(
    `Docs pages that show Markdown as raw text (is remark-gfm in .storybook/main.ts's mdxPluginOptions?):\n` +
      problems.map((problem) => `  ${problem}`).join('\n')
  );
}
const sourceTables = pages.reduce((sum, page) => sum + page.tables, 0);
console.log(
  `Storybook docs: ${pages.length} pages opened in Chromium; ${sourceTables} Markdown tables in their MDX, ` +
    `${tablesSeen} rendered as tables; no raw "| … |" rows.`
);
