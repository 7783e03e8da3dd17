// <care-checklist> promises answers are never restored. The back/forward cache restores a whole page from memory,
// ticked boxes included, so this checks a real Back in Chromium with the cache on. WTR runs tests inside one page and
// can't navigate it, hence a standalone script: `npm run test:bfcache` (node --test test/bfcache/).
/* global window, document, customElements, performance, FormData -- used only inside page.evaluate callbacks */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import { chromium } from 'playwright';
import { BROWSERS, CHROMIUM_ARGS } from '../../scripts/browsers.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.map': 'application/json' };

/**
 * Serves the repository (the pages here and the built dist/cdn bundle). Deliberately no `Cache-Control: no-store`:
 * Chromium keeps such pages out of the back/forward cache, which would make this test vacuous.
 */
async function startServer() {
  const server = createServer(async (req, res) => {
    const path = normalize(join(ROOT, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    if (!path.startsWith(ROOT.endsWith(sep) ? ROOT : ROOT + sep)) return res.writeHead(403).end();
    try {
      const body = await readFile(path);
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

let server;
let browser;
/** Chromium as Playwright starts it by default: no back/forward cache, so Back reloads and restores form state. */
let noCache;

before(async () => {
  server = await startServer();
  browser = await chromium.launch({
    executablePath: BROWSERS.chromium.find() ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    // Playwright passes --disable-back-forward-cache by default (so goBack always hits the network); drop it.
    // Nothing else is needed: Playwright 1.65 doesn't list BackForwardCache in its --disable-features.
    ignoreDefaultArgs: ['--disable-back-forward-cache']
  });
  noCache = await chromium.launch({
    executablePath: BROWSERS.chromium.find() ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS
  });
});

after(async () => {
  await browser?.close();
  await noCache?.close();
  server?.close();
});

/** Waits for the checklist to be defined and drawn. */
const ready = (page) =>
  page.evaluate(async () => {
    await customElements.whenDefined('care-checklist');
    await document.querySelector('care-checklist').updateComplete;
  });

/** Opens `path` and waits for the checklist. */
async function open(page, path) {
  await page.goto(`${server.origin}${path}`);
  await ready(page);
}

/** Ticks "pain" (the 4th box) as a person would. */
const tickPain = (page) =>
  page.evaluate(() => document.querySelector('care-checklist').shadowRoot.querySelectorAll('input')[3].click());

/** Goes to another page and Back; with the cache on, waits for the page's own record of the restore. */
async function awayAndBack(page, { cache }) {
  await page.goto(`${server.origin}/test/bfcache/other.html`);
  if (!cache) {
    await page.goBack({ waitUntil: 'load' });
    return null;
  }
  // A restore from the cache fires no load event, so wait for commit, then for the page's own pageshow record.
  await page.goBack({ waitUntil: 'commit' });
  await page.waitForFunction(() => window.__restored !== null && document.readyState === 'complete');
  return page.evaluate(() => ({
    persisted: window.__restored,
    notRestoredReasons: performance.getEntriesByType('navigation')[0]?.notRestoredReasons?.toJSON() ?? null
  }));
}

/** What the checklist shows and would submit right now (after Lit has rendered any pending change). */
function readChecklist(page) {
  return page.evaluate(async () => {
    const el = document.querySelector('care-checklist');
    await el.updateComplete;
    const root = el.shadowRoot;
    return {
      checked: el.checked,
      boxesChecked: [...root.querySelectorAll('input[type="checkbox"]')]
        .filter((box) => box.checked)
        .map((b) => b.value),
      text: root.textContent.replace(/\s+/g, ' '),
      submitted: new FormData(document.querySelector('form')).getAll('care')
    };
  });
}

// What the result says once "pain" is ticked (it gives the answer away), and before anything is.
const ADVICE = 'It’s a good idea to see a medical provider';
const PROMPT = 'Your next step will show here as you check items.';
const NO_ANSWERS = { checked: [], boxesChecked: [], showsAdvice: false, showsPrompt: true, submitted: [] };
const shown = (read) => ({
  checked: read.checked,
  boxesChecked: read.boxesChecked,
  showsAdvice: read.text.includes(ADVICE),
  showsPrompt: read.text.includes(PROMPT),
  submitted: read.submitted
});

test('<care-checklist> shows no answers after Back restores the page from the back/forward cache', async () => {
  const page = await browser.newPage();
  try {
    await open(page, '/test/bfcache/page.html');
    await tickPain(page);
    const ticked = await readChecklist(page);
    assert.deepEqual(ticked.checked, ['pain'], 'ticking the 4th box checks "pain"');
    assert.deepEqual(ticked.submitted, ['pain'], 'the form would submit "pain"');
    assert.ok(ticked.text.includes(ADVICE), 'the advice tells what was ticked');

    const restore = await awayAndBack(page, { cache: true });
    assert.equal(
      restore.persisted,
      true,
      `bfcache not in effect: Back reloaded the page instead of restoring it, so this test proves nothing. ` +
        `notRestoredReasons: ${JSON.stringify(restore.notRestoredReasons)}`
    );

    // One comparison, so a failure shows every way the answers came back at once.
    assert.deepEqual(
      shown(await readChecklist(page)),
      NO_ANSWERS,
      'after Back from the back/forward cache the checklist must show, hold and submit no answers'
    );
  } finally {
    await page.close();
  }
});

test('<care-checklist> gives the browser no form state to keep: Back (without the cache) restores nothing', async () => {
  const page = await noCache.newPage();
  try {
    await open(page, '/test/bfcache/form-state.html');
    await tickPain(page);
    const ticked = await readChecklist(page);
    assert.deepEqual(ticked.submitted, ['pain'], 'a submission still carries the checked ids');

    await awayAndBack(page, { cache: false });
    await ready(page);
    const back = await page.evaluate(() => ({
      navigation: performance.getEntriesByType('navigation')[0]?.type,
      restores: window.__restores
    }));
    assert.equal(back.navigation, 'back_forward', 'Back navigated (and was not served from the cache)');
    assert.deepEqual(back.restores, [], 'the browser kept no answers in session history to hand back');
    assert.deepEqual(shown(await readChecklist(page)), NO_ANSWERS);
  } finally {
    await page.close();
  }
});

test('<care-checklist> kept off the page (a single-page app’s cached view) shows no answers after Back', async () => {
  const page = await browser.newPage();
  try {
    await open(page, '/test/bfcache/page.html');
    await tickPain(page);
    // Vue KeepAlive, Angular route reuse: the view leaves the page, alive, before the page is put in the cache.
    await page.evaluate(() => {
      window.__kept = document.querySelector('care-checklist');
      window.__kept.remove();
    });
    const restore = await awayAndBack(page, { cache: true });
    assert.equal(restore.persisted, true, `bfcache not in effect: ${JSON.stringify(restore.notRestoredReasons)}`);
    await page.evaluate(() => document.querySelector('form').append(window.__kept)); // the app shows the view again
    assert.deepEqual(shown(await readChecklist(page)), NO_ANSWERS, 'the next person finds no answers');
  } finally {
    await page.close();
  }
});
