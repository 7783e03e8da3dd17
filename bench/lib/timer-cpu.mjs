/* global window -- used inside page.evaluate(), which runs in the browser */
// 4a. What a running <imagery-timer> costs the main thread, side by side with the idle page, a bare 1 Hz setTimeout
// loop and the floor (a bare custom element rewriting one text node in its shadow root once a second). Each variant
// runs alone in its own fresh, visible page (same viewport), one page at a time, in random order each round.
//
// Per window: main-thread task time from DevTools' Performance metrics (TaskDuration, less the time our own DevTools
// commands took), split into script / style / layout from the same metrics and paint from a light trace
// (devtools.timeline: PrePaint, Paint, Layerize), the rest being "other"; the trace also counts main-thread Paint
// events and tells whether each animation ran on the compositor. Long tasks come from a PerformanceObserver in the
// page. After the window, a short second trace ("toplevel", too heavy to keep on during the window) names where the
// main thread's tasks came from.
import { shuffle } from './stats.mjs';

const LIGHT = ['devtools.timeline', 'blink.animations'];
const MINUTES = 10;

/** The variants, in the report's order. `step` 2 is "Create your scene" (text only); step 1 the breath step. */
export const TIMER_VARIANTS = [
  { name: 'idle page', variant: 'idle' },
  { name: 'bare 1 Hz setTimeout loop', variant: 'loop' },
  { name: 'floor: bare element, one text node rewritten each second', variant: 'floor', floor: true },
  { name: 'ours: step 3 (text and step bar)', variant: 'ours', step: 2, ours: true },
  { name: 'ours: step 2, the breath step (pacer animating)', variant: 'ours', step: 1, ours: true }
];

async function trace(cdp, categories, during) {
  const events = [];
  const collect = ({ value }) => events.push(...value);
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: categories } });
  const result = await during();
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect);
  return { events, result };
}

/** Total length of the union of [start, end) intervals, in ms (nested Paint events count once). */
function unionMs(events) {
  const spans = events.map((e) => [e.ts, e.ts + (e.dur ?? 0)]).sort((a, b) => a[0] - b[0]);
  let total = 0;
  let [start, end] = [0, 0];
  for (const [s, e] of spans) {
    if (s > end) {
      total += end - start;
      [start, end] = [s, e];
    } else end = Math.max(end, e);
  }
  return (total + end - start) / 1000;
}

/** The page's main thread, found by a console.timeStamp() it wrote into the trace. */
const markOf = (events, name) => events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === name);

async function measureWindow(browser, origin, { variant, step }, seconds, sampleSeconds) {
  const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`${origin}/bench/pages/timer.html`);
  await page.waitForFunction(() => window.timerBench);
  await page.bringToFront();
  await cdp.send('Performance.enable');
  const metrics = async () =>
    Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value * 1000]));

  const { events, result } = await trace(cdp, LIGHT, async () => {
    const setup = await page.evaluate(([v, m, s]) => window.timerBench.setup(v, m, s), [variant, MINUTES, step ?? 0]);
    await page.waitForTimeout(2000); // first render, animations created: start-up is the render benchmark's business
    const shown = await page.evaluate(() => window.timerBench.state());
    const t0 = await page.evaluate(() => (console.timeStamp('window-start'), performance.now()));
    const before = await metrics();
    const started = Date.now();
    await page.waitForTimeout(seconds * 1000);
    const after = await metrics();
    const real = (Date.now() - started) / 1000;
    const longTasks = await page.evaluate((since) => {
      console.timeStamp('window-end');
      return window.timerBench.longTasksSince(since);
    }, t0);
    return { setup, shown, before, after, real, longTasks };
  });

  // Where the main thread's tasks come from, by the source that posted them (a separate, shorter look).
  const sample = await trace(cdp, ['toplevel', 'devtools.timeline'], async () => {
    await page.evaluate(() => console.timeStamp('sample'));
    await page.waitForTimeout(sampleSeconds * 1000);
  });
  await page.close();

  const { before, after, real } = result;
  const delta = (name) => after[name] - before[name];
  const start = markOf(events, 'window-start');
  const end = markOf(events, 'window-end');
  if (!start || !end) throw new Error('timer-cpu: the trace lost the marks around the window; run again.');
  const main = events.filter((e) => e.pid === start.pid && e.tid === start.tid && e.ts >= start.ts && e.ts <= end.ts);
  const paintEvents = main.filter((e) => ['PrePaint', 'Paint', 'Layerize', 'UpdateLayer'].includes(e.name));
  const perMinute = (value) => (value / real) * 60;
  const task = delta('TaskDuration') - delta('DevToolsCommandDuration');
  const script = delta('ScriptDuration');
  const style = delta('RecalcStyleDuration');
  const layout = delta('LayoutDuration');
  const paint = unionMs(paintEvents);

  // Animations: Blink traces each one, and says why when it could not run on the compositor.
  const animations = new Map();
  for (const e of events.filter((e) => e.name === 'Animation' && e.pid === start.pid)) {
    const id = e.id2?.local ?? e.id;
    const entry = animations.get(id) ?? { node: '', composited: true, reasons: [] };
    if (e.args?.data?.nodeName) entry.node = e.args.data.nodeName;
    if (e.args?.data?.compositeFailed) {
      entry.composited = false;
      entry.reasons.push(e.args.data.compositeFailed, ...(e.args.data.unsupportedProperties ?? []));
    }
    animations.set(id, entry);
  }

  const mark = markOf(sample.events, 'sample');
  const sources = {};
  for (const e of sample.events) {
    if (e.pid !== mark.pid || e.tid !== mark.tid || e.name !== 'ThreadControllerImpl::RunTask' || e.ph !== 'X')
      continue;
    const source = e.args?.src_func ? `${e.args.src_file?.split('/').pop()} ${e.args.src_func}` : 'unnamed';
    sources[source] = (sources[source] ?? 0) + 1;
  }
  const taskSources = Object.entries(sources)
    .map(([source, count]) => ({ source, perSecond: count / sampleSeconds }))
    .sort((a, b) => b.perSecond - a.perSecond)
    .slice(0, 3);

  return {
    seconds: real,
    visibility: result.shown.visibility,
    setup: result.setup ?? null,
    msPerMinute: perMinute(task),
    script: perMinute(script),
    style: perMinute(style),
    layout: perMinute(layout),
    paint: perMinute(paint),
    other: perMinute(Math.max(task - script - style - layout - paint, 0)),
    paintEvents: perMinute(main.filter((e) => e.name === 'Paint').length),
    layouts: perMinute(delta('LayoutCount') / 1000),
    longTasks: result.longTasks,
    animations: [...animations.values()],
    taskSources
  };
}

/** Runs `rounds` rounds; in each, every variant once, in random order, each in its own page. */
export async function measureTimerCpu(browser, origin, { seconds, rounds, sampleSeconds, log }) {
  const windows = Object.fromEntries(TIMER_VARIANTS.map((v) => [v.name, []]));
  for (let round = 0; round < rounds; round += 1) {
    for (const v of shuffle(TIMER_VARIANTS)) {
      log(`timer-cpu: round ${round + 1} of ${rounds}, ${v.name}, ${seconds} s`);
      windows[v.name].push(await measureWindow(browser, origin, v, seconds, sampleSeconds));
    }
  }
  const mean = (list, key) => list.reduce((sum, w) => sum + w[key], 0) / list.length;
  const floor = mean(windows[TIMER_VARIANTS.find((v) => v.floor).name], 'msPerMinute');
  return TIMER_VARIANTS.map(({ name, ours }) => {
    const list = windows[name];
    const row = { name, windows: list.length, seconds: list.reduce((sum, w) => sum + w.seconds, 0) };
    for (const key of ['msPerMinute', 'script', 'style', 'layout', 'paint', 'other', 'paintEvents', 'layouts']) {
      row[key] = mean(list, key);
    }
    return {
      ...row,
      toFloor: row.msPerMinute / floor,
      ours: Boolean(ours),
      longTasks: list.reduce((sum, w) => sum + w.longTasks, 0),
      visible: list.every((w) => w.visibility === 'visible'),
      animations: list[0].animations,
      setup: list[0].setup,
      taskSources: list[0].taskSources,
      raw: list
    };
  });
}
