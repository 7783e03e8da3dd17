// 3. Host page: the practice's article page (a static copy) with and without the four widgets, measured by
// Lighthouse 12.2.3 (the version that runs on Node 20) with its default mobile emulation and simulated throttling.
// Runs alternate (without, with, without, …) so both see the same machine.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { BROWSERS, CHROMIUM_ARGS } from '../../scripts/browsers.mjs';
import { median } from './stats.mjs';

const PAGES = {
  'article without widgets': '/bench/pages/article.html',
  'article with all four widgets': '/bench/pages/article-widgets.html',
  'the same, bundle arriving 1.5 s late': '/bench/pages/article-widgets-slow.html'
};

export async function measureHostPage(origin, runs) {
  const chrome = await chromeLauncher.launch({
    chromePath: BROWSERS.chromium.find(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS]
  });
  const samples = Object.fromEntries(Object.keys(PAGES).map((name) => [name, []]));
  try {
    for (let run = 0; run < runs; run += 1) {
      for (const [name, path] of Object.entries(PAGES)) {
        const { lhr } = await lighthouse(`${origin}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance']
        });
        const value = (id) => lhr.audits[id].numericValue;
        samples[name].push({
          tbt: value('total-blocking-time'),
          cls: value('cumulative-layout-shift'),
          lcp: value('largest-contentful-paint'),
          fcp: value('first-contentful-paint'),
          bytes: value('total-byte-weight'),
          score: lhr.categories.performance.score
        });
      }
    }
  } finally {
    await chrome.kill();
  }
  return Object.entries(samples).map(([name, list]) => ({
    name,
    runs: list.length,
    ...Object.fromEntries(
      ['tbt', 'cls', 'lcp', 'fcp', 'bytes', 'score'].map((k) => [k, median(list.map((s) => s[k]))])
    ),
    clsMax: Math.max(...list.map((s) => s.cls))
  }));
}
