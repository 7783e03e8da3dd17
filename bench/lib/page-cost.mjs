/* global customElements -- used inside page.evaluate(), which runs in the browser */
// 1b. Page cost: what a page holding one element (or two or three) really fetches through a loader, recorded from the network in
// Chromium (every script response, its size compressed here the same way as the bytes section: brotli 11).
// Ours: `<tag>` and `dist/cdn/loader.js`. Next to it, Shoelace's autoloader fetching an `<sl-card>`, rebuilt from
// Shoelace's published modules by the same rollup + terser pipeline (code-split, as its CDN build is).
import { mkdirSync, writeFileSync } from 'node:fs';
import { rollup } from 'rollup';
import { bundlePlugins } from '../../rollup.config.mjs';
import { BUDGET_PAGES_BROTLI, measure } from '../../scripts/size.mjs';
import { BUILD_DIR } from './bytes.mjs';

const SHOELACE = 'node_modules/@shoelace-style/shoelace/dist';
const SPLIT = `${BUILD_DIR}/shoelace-split`;
const TAGS = ['practice-provider', 'consult-cta', 'imagery-timer', 'care-checklist', 'article-card'];

/**
 * What each page cost before issue 29 (fd5e14b, through the loader, brotli 11 per file, from `npm run size` and the
 * same sums for several elements): the "before" column, so every run shows what issue 29 changed.
 */
const BEFORE = {
  'practice-provider': 11_643,
  'consult-cta': 17_591,
  'imagery-timer': 16_392,
  'care-checklist': 16_202,
  'article-card': 14_851,
  'article-card + consult-cta': 20_908,
  'consult-cta + care-checklist': 22_259,
  'consult-cta + imagery-timer': 25_616,
  'care-checklist + imagery-timer': 24_227,
  'consult-cta + care-checklist + imagery-timer': 30_284,
  'article-card + consult-cta + care-checklist': 25_576,
  'practice-provider + article-card': 14_960,
  'practice-provider + article-card + consult-cta': 21_017,
  'practice-provider + consult-cta + care-checklist': 22_368
};

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
  // One element, then the pages with two or three that scripts/size.mjs keeps budgets for (issue 29).
  const list = [...TAGS, ...Object.keys(BUDGET_PAGES_BROTLI)].map((key) => {
    const tags = key.split(' + ');
    return {
      name: `${tags.map((tag) => `<${tag}>`).join(' + ')} through dist/cdn/loader.js`,
      tag: tags.join('_'),
      tags,
      before: BEFORE[key],
      html: page(tags.map((tag) => `<${tag}></${tag}>`).join(''), '/dist/cdn/loader.js')
    };
  });
  list.push({
    name: "<sl-card> through Shoelace's autoloader",
    tag: 'sl-card',
    tags: ['sl-card'],
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
    await page.evaluate((tags) => Promise.all(tags.map((tag) => customElements.whenDefined(tag))), item.tags);
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
      before: item.before ?? null,
      files: files.map((file) => `${file.url.split('/').pop()} ${(file.brotli / 1024).toFixed(2)}`)
    });
  }
  return rows;
}
