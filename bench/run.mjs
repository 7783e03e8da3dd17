#!/usr/bin/env node
/* global window -- used inside page.evaluate(), which runs in the browser */
// `npm run bench`: bytes, render cost, host-page cost, the imagery timer's main-thread cost and accuracy, interaction
// and idle cost, and memory, side by side with the floor and the peers, in headless Debian Chromium. Prints a table per
// benchmark and writes bench/results/latest.md and latest.json. Ratios only mean something within one run: every
// variant is measured in the same run, interleaved.
//   npm run bench                 the full run (about 20 minutes on 2 cores; the timer sections take about 16)
//   npm run bench -- --quick      fewer samples, shorter windows and sessions, for trying the harness (not for quoting)
//   npm run bench -- --only memory,host   some sections only (page-cost, render, cold, interaction, idle, memory, timer-cpu,
//                                 timer-accuracy, host)
//   npm run bench -- --only timer-cpu,timer-accuracy --merge   also puts those sections into latest.*, keeping the
//                                 others as they were; the report names the merged sections and their run's date
// Quick and partial runs write bench/results/partial.*, never latest.* (unless a full-length partial run says --merge).
import { cpus, totalmem, type } from 'node:os';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright';
import { BROWSERS, CHROMIUM_ARGS } from '../scripts/browsers.mjs';
import { measureBytes } from './lib/bytes.mjs';
import { measureColdPages } from './lib/cold.mjs';
import { measurePageCost } from './lib/page-cost.mjs';
import { measureHostPage } from './lib/host-page.mjs';
import { measureTimerAccuracy } from './lib/timer-accuracy.mjs';
import { measureTimerCpu } from './lib/timer-cpu.mjs';
import { startServer } from './lib/server.mjs';
import { ratio, shuffle, summarize } from './lib/stats.mjs';
import { report } from './lib/report.mjs';

const QUICK = process.argv.includes('--quick');
// `--only memory,render`: run some sections (bytes always runs: the render page loads the peer bundles it builds).
const onlyAt = process.argv.indexOf('--only');
const ONLY = onlyAt > 0 ? process.argv[onlyAt + 1].split(',') : null;
const run = (section) => !ONLY || ONLY.includes(section);
/** Where each section keeps its results. */
const SECTIONS = {
  bytes: 'bytes', // always measured (the render page loads the peer bundles); named here so --merge can refresh it
  'page-cost': 'pageCost',
  render: 'render',
  cold: 'cold',
  interaction: 'interaction',
  idle: 'idle',
  memory: 'memory',
  'timer-cpu': 'timerCpu',
  'timer-accuracy': 'timerAccuracy',
  host: 'hostPage'
};
const unknown = (ONLY ?? []).filter((section) => !(section in SECTIONS));
if (unknown.length)
  throw new Error(`Unknown section(s) ${unknown.join(', ')}; use ${Object.keys(SECTIONS).join(', ')}.`);
const MERGE = process.argv.includes('--merge');
if (MERGE && (QUICK || !ONLY))
  throw new Error('--merge is for a full-length --only run (quick numbers never go in latest).');
const CONFIG = {
  renderRounds: QUICK ? 4 : 30,
  coldRounds: QUICK ? 3 : 15,
  throttledRounds: QUICK ? 3 : 12,
  counts: [1, 4, 100],
  interactionRounds: QUICK ? 5 : 40,
  idleWindows: QUICK ? 1 : 3,
  idleSeconds: QUICK ? 2 : 5,
  churn: QUICK ? 100 : 1000,
  // The timer's windows are a minute of real time: it does something every 30 s, the floor every second.
  timerSeconds: QUICK ? 10 : 60,
  timerRounds: 1,
  timerSampleSeconds: QUICK ? 2 : 5,
  lighthouseRuns: QUICK ? 1 : 5
};
const started = Date.now();
const log = (message) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);

log('bytes: building the peers with the same pipeline as our CDN bundle');
const bytes = await measureBytes();

const server = await startServer();
const browser = await chromium.launch({ executablePath: BROWSERS.chromium.find(), args: CHROMIUM_ARGS });
const results = {
  machine: {
    date: new Date().toISOString(),
    os: type(),
    cpu: cpus()[0]?.model.trim(),
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    browser: `Chromium ${browser.version()} (Debian, headless)`,
    quick: QUICK,
    only: ONLY,
    config: CONFIG
  },
  bytes
};

async function openBenchPage() {
  const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`${server.origin}/bench/pages/render.html`);
  await page.waitForFunction(() => window.bench);
  return { page, cdp };
}

// 2. Render ---------------------------------------------------------------------------------------------------------
async function render(throttle, rounds) {
  const { page, cdp } = await openBenchPage();
  const names = await page.evaluate(() => window.bench.prepare());
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const samples = {};
  const configs = names.flatMap((name) => CONFIG.counts.map((n) => ({ name, n })));
  for (const { name, n } of configs) await page.evaluate(([v, k]) => window.bench.sample(v, k), [name, n]); // warm-up
  for (let round = 0; round < rounds; round += 1) {
    for (const { name, n } of shuffle(configs)) {
      const ms = await page.evaluate(([v, k]) => window.bench.sample(v, k), [name, n]);
      (samples[`${name}@${n}`] ??= []).push(ms);
    }
  }
  await page.close();
  const rows = [];
  for (const { name, n } of configs) {
    const [element, variant] = name.split(' | ');
    const stats = summarize(samples[`${name}@${n}`]);
    const floor = samples[`${element} | floor (same markup, no script)@${n}`];
    const shoelace = samples[`${element} | Shoelace composition@${n}`];
    rows.push({
      element,
      variant,
      count: n,
      throttle,
      ...stats, // its `n` is the number of samples
      perElement: stats.mean / n,
      toFloor: floor && variant !== 'floor (same markup, no script)' ? ratio(stats, summarize(floor)) : null,
      toShoelace: shoelace && variant === 'ours' ? ratio(stats, summarize(shoelace)) : null
    });
  }
  return rows;
}

if (run('render')) {
  log(`render: ${CONFIG.renderRounds} interleaved rounds, no throttling`);
  results.render = await render(1, CONFIG.renderRounds);
  log(`render: ${CONFIG.throttledRounds} interleaved rounds, 4× CPU throttling`);
  results.render.push(...(await render(4, CONFIG.throttledRounds)));
}

// 1b. Page cost, through the loaders ---------------------------------------------------------------------------
if (run('page-cost')) log('page cost: what a page with one element fetches through a loader, ours and Shoelace’s');
results.pageCost = run('page-cost') ? await measurePageCost(browser, server.origin) : [];

// 2b. Cold pages ------------------------------------------------------------------------------------------------
if (run('cold')) log(`cold pages: ${CONFIG.coldRounds} interleaved rounds, a fresh browser context per sample`);
results.cold = run('cold') ? await measureColdPages(browser, server.origin, { rounds: CONFIG.coldRounds, log }) : null;

// 5. Interaction and idle cost -----------------------------------------------------------------------------------
if (run('interaction')) log(`interaction: ${CONFIG.interactionRounds} interleaved rounds, click to next frame`);
results.interaction = [];
for (const throttle of run('interaction') ? [1, 4] : []) {
  const { page, cdp } = await openBenchPage();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const { results: raw, longTasks } = await page.evaluate(
    (n) => window.bench.interactions(n),
    CONFIG.interactionRounds
  );
  for (const [name, list] of Object.entries(raw)) {
    const [what, variant] = name.split(' | ');
    const floorName = Object.keys(raw).find((key) => key.startsWith(`${what} | floor`));
    results.interaction.push({
      what,
      variant,
      throttle,
      ...summarize(list),
      toFloor: variant === 'ours' ? ratio(summarize(list), summarize(raw[floorName])) : null,
      over50: list.filter((value) => value > 50).length,
      pageLongTasks: longTasks.length
    });
  }
  await page.close();
}

if (run('idle')) log(`idle: ${CONFIG.idleWindows} × ${CONFIG.idleSeconds} s windows per page, alternating`);
async function idleCost() {
  const pages = {
    'article without widgets': 'article.html',
    'all five widgets through loader.js': 'article-widgets-loader.html',
    'all five widgets from the all-in-one file': 'article-widgets.html'
  };
  const totals = Object.fromEntries(Object.keys(pages).map((name) => [name, { task: 0, seconds: 0, longTasks: 0 }]));
  for (let w = 0; w < CONFIG.idleWindows; w += 1) {
    for (const [name, file] of Object.entries(pages)) {
      const page = await browser.newPage();
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      await page.goto(`${server.origin}/bench/pages/${file}`, { waitUntil: 'load' });
      await page.evaluate(() => {
        window.__long = 0;
        new PerformanceObserver((list) => (window.__long += list.getEntries().length)).observe({ type: 'longtask' });
      });
      await page.waitForTimeout(1000); // the page's own start-up is the host-page benchmark's business
      const task = async () =>
        (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value * 1000;
      const before = await task();
      const t0 = Date.now();
      await page.waitForTimeout(CONFIG.idleSeconds * 1000);
      totals[name].task += (await task()) - before;
      totals[name].seconds += (Date.now() - t0) / 1000;
      totals[name].longTasks += await page.evaluate(() => window.__long);
      await page.close();
    }
  }
  return Object.entries(totals).map(([name, t]) => ({
    name,
    msPerMinute: (t.task / t.seconds) * 60,
    longTasks: t.longTasks,
    seconds: t.seconds
  }));
}
results.idle = run('idle') ? await idleCost() : [];

// 6. Memory ------------------------------------------------------------------------------------------------------
if (run('memory')) log(`memory: each element created, rendered and removed ${CONFIG.churn} times`);
results.memory = [];
if (run('memory')) {
  const { page, cdp } = await openBenchPage();
  const tags = await page.evaluate(() => window.bench.churnTags);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  for (const tag of tags) {
    await page.evaluate((t) => window.bench.churn(t, 100), tag); // warm-up: caches, JIT, first stylesheets
    const before = await heap();
    const leftBefore = await page.evaluate(() => window.bench.leftBehind());
    const t0 = Date.now();
    const leftAfter = await page.evaluate(([t, n]) => window.bench.churn(t, n), [tag, CONFIG.churn]);
    const seconds = (Date.now() - t0) / 1000;
    const after = await heap();
    results.memory.push({
      tag,
      cycles: CONFIG.churn,
      before,
      after,
      delta: after - before,
      leftBefore,
      leftAfter,
      seconds
    });
  }
  await page.close();
}

// 4a. The imagery timer's main-thread cost ------------------------------------------------------------------------
if (run('timer-cpu')) {
  log(`timer-cpu: ${CONFIG.timerRounds} round(s) of ${CONFIG.timerSeconds} s windows, one fresh visible page each`);
}
results.timerCpu = run('timer-cpu')
  ? await measureTimerCpu(browser, server.origin, {
      seconds: CONFIG.timerSeconds,
      rounds: CONFIG.timerRounds,
      sampleSeconds: CONFIG.timerSampleSeconds,
      log
    })
  : [];
await browser.close();

// 4b. The imagery timer's accuracy with the page hidden (launches its own Chromium, with throttling as people have it)
results.timerAccuracy = run('timer-accuracy') ? await measureTimerAccuracy(server.origin, { quick: QUICK, log }) : null;

// 3. Host page (Lighthouse launches its own Chromium) --------------------------------------------------------------
if (run('host')) log(`host page: Lighthouse 12.2.3, ${CONFIG.lighthouseRuns} runs per page, alternating`);
results.hostPage = run('host') ? await measureHostPage(server.origin, CONFIG.lighthouseRuns) : [];
server.close();

results.machine.minutes = (Date.now() - started) / 60000;
mkdirSync('bench/results', { recursive: true });
results.render ??= [];
const markdown = report(results);
// Partial or quick runs never replace the committed full results.
const name = ONLY || QUICK ? 'partial' : 'latest';
writeFileSync(`bench/results/${name}.md`, markdown);
writeFileSync(`bench/results/${name}.json`, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\n${markdown}`);
log(`written: bench/results/${name}.md and bench/results/${name}.json`);
if (MERGE) {
  const latest = JSON.parse(readFileSync('bench/results/latest.json', 'utf8'));
  for (const section of ONLY) latest[SECTIONS[section]] = results[SECTIONS[section]];
  const { date, browser: version, minutes } = results.machine;
  // Each section is named once, by the run it now comes from.
  const earlier = (latest.machine.merged ?? [])
    .map((m) => ({ ...m, sections: m.sections.filter((section) => !ONLY.includes(section)) }))
    .filter((m) => m.sections.length);
  latest.machine.merged = [...earlier, { sections: ONLY, date, browser: version, minutes }];
  writeFileSync('bench/results/latest.md', report(latest));
  writeFileSync('bench/results/latest.json', `${JSON.stringify(latest, null, 2)}\n`);
  log(`merged ${ONLY.join(', ')} into bench/results/latest.md and bench/results/latest.json`);
}
