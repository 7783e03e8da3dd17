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
 * slowdown), when it started (ms after navigation start, and whether before first contentful paint, where TBT does
 * not count it), the longest task after first contentful paint (what TBT measures), and what took longest inside
 * each: "v8.evaluateModule shared.js 4.1 ms", "Layout 2.0 ms"…
 */
export function longestTask(traceEvents, origin) {
  const mine = traceEvents.find(
    (e) => /EvaluateScript|v8\.evaluateModule|FunctionCall/.test(e.name) && e.args?.data?.url?.startsWith(origin)
  );
  if (!mine) return null;
  const onMain = traceEvents.filter((e) => e.pid === mine.pid && e.tid === mine.tid && e.ph === 'X' && e.dur);
  const tasks = onMain
    .filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask')
    .sort((a, b) => b.dur - a.dur);
  const mark = (name) => traceEvents.find((e) => e.name === name && e.pid === mine.pid)?.ts;
  const navigation = mark('navigationStart') ?? tasks.reduce((t, e) => Math.min(t, e.ts), Infinity);
  const fcp = mark('firstContentfulPaint');
  const describe = (task) => {
    if (!task) return null;
    const end = task.ts + task.dur;
    const parts = new Map();
    for (const e of onMain) {
      if (e === task || e.ts < task.ts || e.ts + e.dur > end || /RunTask|ThreadController|ProfileCall/.test(e.name))
        continue;
      const url = e.args?.data?.url ?? e.args?.data?.stackTrace?.[0]?.url ?? e.args?.beginData?.url ?? '';
      const key = `${e.name}${url ? ` ${url.split('/').pop()}` : ''}`;
      parts.set(key, Math.max(parts.get(key) ?? 0, e.dur / 1000)); // the longest of each kind: nesting-safe
    }
    return {
      ms: task.dur / 1000,
      at: (task.ts - navigation) / 1000,
      beforeFcp: fcp !== undefined && task.ts + task.dur <= fcp,
      parts: [...parts.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 4)
        .map(([name, ms]) => `${name} ${ms.toFixed(1)} ms`)
    };
  };
  const afterFcp = fcp === undefined ? null : tasks.find((task) => task.ts >= fcp);
  return { ...describe(tasks[0]), afterFcp: describe(afterFcp) };
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
