/* global customElements -- used inside page.evaluate(), which runs in the browser */
// 1b. Page cost: what a page holding one element really fetches through a loader, recorded from the network in
// Chromium (every script response, its size compressed here the same way as the bytes section: brotli 11).
// Ours: `<tag>` and `dist/cdn/loader.js`. Next to it, Shoelace's autoloader fetching an `<sl-card>`, rebuilt from
// Shoelace's published modules by the same rollup + terser pipeline (code-split, as its CDN build is).
import { mkdirSync, writeFileSync } from 'node:fs';
import { rollup } from 'rollup';
import { bundlePlugins } from '../../rollup.config.mjs';
import { measure } from '../../scripts/size.mjs';
import { BUILD_DIR } from './bytes.mjs';

const SHOELACE = 'node_modules/@shoelace-style/shoelace/dist';
const SPLIT = `${BUILD_DIR}/shoelace-split`;
const TAGS = ['practice-provider', 'consult-cta', 'imagery-timer', 'care-checklist', 'article-card'];

/** Shoelace's autoloader and sl-card, code-split by our pipeline into bench/.build/shoelace-split/. */
async function buildShoelaceSplit() {
  const build = await rollup({
    input: {
      'shoelace-autoloader': `${SHOELACE}/shoelace-autoloader.js`,
      'components/card/card': `${SHOELACE}/components/card/card.js`
    },
    plugins: bundlePlugins({ strict: false }),
    onwarn: () => {}
  });
  await build.write({
    dir: SPLIT,
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js'
  });
  await build.close();
}

function pages() {
  mkdirSync(`${BUILD_DIR}/page-cost`, { recursive: true });
  const page = (body, script) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>page cost</title>` +
    `<script type="module" src="${script}"></script></head><body>${body}</body></html>`;
  const list = TAGS.map((tag) => ({
    name: `<${tag}> through dist/cdn/loader.js`,
    tag,
    html: page(`<${tag}></${tag}>`, '/dist/cdn/loader.js')
  }));
  list.push({
    name: "<sl-card> through Shoelace's autoloader",
    tag: 'sl-card',
    peer: true,
    html: page('<sl-card>A card</sl-card>', `/${SPLIT}/shoelace-autoloader.js`)
  });
  for (const item of list) {
    item.path = `/${BUILD_DIR}/page-cost/${item.tag}.html`;
    writeFileSync(item.path.slice(1), item.html);
  }
  return list;
}

export async function measurePageCost(browser, origin) {
  await buildShoelaceSplit();
  const rows = [];
  for (const item of pages()) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const scripts = [];
    page.on('response', (response) => {
      if (/\.m?js(\?|$)/.test(response.url())) scripts.push(response);
    });
    await page.goto(`${origin}${item.path}`);
    await page.evaluate((tag) => customElements.whenDefined(tag), item.tag);
    await page.waitForTimeout(300); // anything the element imports after it is defined
    const files = [];
    for (const response of scripts)
      files.push({ url: response.url().replace(origin, ''), ...measure(await response.body()) });
    await context.close();
    const sum = (key) => files.reduce((total, file) => total + file[key], 0);
    rows.push({
      name: item.name,
      peer: Boolean(item.peer),
      requests: files.length,
      raw: sum('raw'),
      gzip: sum('gzip'),
      brotli: sum('brotli'),
      files: files.map((file) => `${file.url.split('/').pop()} ${(file.brotli / 1024).toFixed(2)}`)
    });
  }
  return rows;
}
