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

before(async () => {
  server = await startServer();
  browser = await chromium.launch({
    executablePath: BROWSERS.chromium.find() ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    // Playwright passes --disable-back-forward-cache by default (so goBack always hits the network); drop it.
    // Nothing else is needed: Playwright 1.65 doesn't list BackForwardCache in its --disable-features.
    ignoreDefaultArgs: ['--disable-back-forward-cache']
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

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

test('<care-checklist> shows no answers after Back restores the page from the back/forward cache', async () => {
  const page = await browser.newPage();
  try {
    await page.goto(`${server.origin}/test/bfcache/page.html`);
    await page.evaluate(async () => {
      await customElements.whenDefined('care-checklist');
      await document.querySelector('care-checklist').updateComplete;
    });

    await page.evaluate(() => document.querySelector('care-checklist').shadowRoot.querySelectorAll('input')[1].click());
    const ticked = await readChecklist(page);
    assert.deepEqual(ticked.checked, ['pain'], 'ticking the 2nd box checks "pain"');
    assert.deepEqual(ticked.submitted, ['pain'], 'the form would submit "pain"');
    assert.ok(ticked.text.includes(ADVICE), 'the advice tells what was ticked');

    await page.goto(`${server.origin}/test/bfcache/other.html`);
    // A restore from the cache fires no load event, so wait for commit, then for the page's own pageshow record.
    await page.goBack({ waitUntil: 'commit' });
    await page.waitForFunction(() => window.__restored !== null && document.readyState === 'complete');
    const restore = await page.evaluate(() => ({
      persisted: window.__restored,
      notRestoredReasons: performance.getEntriesByType('navigation')[0]?.notRestoredReasons?.toJSON() ?? null
    }));
    assert.equal(
      restore.persisted,
      true,
      `bfcache not in effect: Back reloaded the page instead of restoring it, so this test proves nothing. ` +
        `notRestoredReasons: ${JSON.stringify(restore.notRestoredReasons)}`
    );

    // One comparison, so a failure shows every way the answers came back at once.
    const back = await readChecklist(page);
    assert.deepEqual(
      {
        checked: back.checked,
        boxesChecked: back.boxesChecked,
        showsAdvice: back.text.includes(ADVICE),
        showsPrompt: back.text.includes(PROMPT),
        submitted: back.submitted
      },
      { checked: [], boxesChecked: [], showsAdvice: false, showsPrompt: true, submitted: [] },
      'after Back from the back/forward cache the checklist must show, hold and submit no answers'
    );
  } finally {
    await page.close();
  }
});
