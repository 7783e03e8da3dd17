// 3. Host page: the practice's article page (a static copy) without widgets, with all five through the one-line
// loader, and with all five from the all-in-one file, measured by Lighthouse 12.2.3 (the version that runs on Node
// 20) with its default mobile emulation and simulated throttling. Runs alternate (without, loader, all-in-one, …) so
// all see the same machine. For each page, the longest main-thread task of the median run and what is in it.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { BROWSERS, CHROMIUM_ARGS } from '../../scripts/browsers.mjs';
import { median } from './stats.mjs';

const PAGES = {
  'article without widgets': '/bench/pages/article.html',
  'all five widgets through loader.js': '/bench/pages/article-widgets-loader.html',
  'all five widgets from the all-in-one file': '/bench/pages/article-widgets.html',
  'loader.js arriving 1.5 s late': '/bench/pages/article-widgets-loader-slow.html'
};

/**
 * The longest top-level task on the page's main thread in Lighthouse's trace (observed, before the 4× simulated CPU
 * slowdown) and the events in it that took longest: "EvaluateScript shared.js 4.1 ms", "Layout 2.0 ms"…
 */
export function longestTask(traceEvents, origin) {
  const mine = traceEvents.find(
    (e) => /EvaluateScript|v8\.evaluateModule|FunctionCall/.test(e.name) && e.args?.data?.url?.startsWith(origin)
  );
  if (!mine) return null;
  const onMain = traceEvents.filter((e) => e.pid === mine.pid && e.tid === mine.tid && e.ph === 'X' && e.dur);
  const tasks = onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  const longest = tasks.sort((a, b) => b.dur - a.dur)[0];
  if (!longest) return null;
  const end = longest.ts + longest.dur;
  const inside = onMain.filter((e) => e !== longest && e.ts >= longest.ts && e.ts + e.dur <= end);
  const parts = new Map();
  for (const e of inside) {
    if (
      !/EvaluateScript|v8\.evaluateModule|FunctionCall|v8\.compile|UpdateLayoutTree|Layout|ParseHTML|RunMicrotasks|TimerFire|EventDispatch|ParseAuthorStyleSheet|v8\.parseOnBackground|MajorGC|MinorGC/.test(
        e.name
      )
    )
      continue;
    const url = e.args?.data?.url ?? e.args?.data?.stackTrace?.[0]?.url ?? '';
    const key = `${e.name}${url ? ` ${url.split('/').pop()}` : ''}`;
    parts.set(key, (parts.get(key) ?? 0) + e.dur / 1000);
  }
  return {
    ms: longest.dur / 1000,
    parts: [...parts.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([name, ms]) => `${name} ${ms.toFixed(1)} ms`)
  };
}

export async function measureHostPage(origin, runs) {
  const chrome = await chromeLauncher.launch({
    chromePath: BROWSERS.chromium.find(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS]
  });
  const samples = Object.fromEntries(Object.keys(PAGES).map((name) => [name, []]));
  try {
    for (let run = 0; run < runs; run += 1) {
      for (const [name, path] of Object.entries(PAGES)) {
        const { lhr, artifacts } = await lighthouse(`${origin}${path}`, {
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
          score: lhr.categories.performance.score,
          longest: longestTask(artifacts.Trace?.traceEvents ?? artifacts.traces?.defaultPass?.traceEvents ?? [], origin)
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
    clsMax: Math.max(...list.map((s) => s.cls)),
    tbtMax: Math.max(...list.map((s) => s.tbt)),
    // The run whose TBT is the median's (the first such), and its longest task.
    longest: list.find((s) => s.tbt === median(list.map((x) => x.tbt)))?.longest ?? list[0]?.longest ?? null,
    longestMax: Math.max(...list.map((s) => s.longest?.ms ?? 0))
  }));
}
