// The page side of the timer benchmarks (bench/lib/timer-cpu.mjs and bench/lib/timer-accuracy.mjs drive it):
// one variant per page for the main-thread cost, and <imagery-timer> beside a naive countdown for the accuracy.
const stage = document.getElementById('stage');

const longTasks = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.startTime + e.duration))).observe({
  type: 'longtask'
});

/** "9:59" from milliseconds left, rounded up as a countdown shows it. */
const mmss = (ms) => {
  const s = Math.max(Math.ceil(ms / 1000), 0);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/**
 * The floor: the least a script can do to show a running session, a bare custom element (no library) that rewrites
 * one text node in its shadow root once a second. It reads the time from a timestamp like ours does.
 */
class BareClock extends HTMLElement {
  connectedCallback() {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    root.innerHTML = '<p role="timer"></p>';
    this.text = root.firstChild.appendChild(document.createTextNode(''));
    this.end = Date.now() + Number(this.getAttribute('minutes')) * 60_000;
    this.tick();
  }
  disconnectedCallback() {
    clearTimeout(this.timer);
  }
  tick() {
    const left = this.end - Date.now();
    this.text.data = mmss(left);
    if (left > 0) this.timer = setTimeout(() => this.tick(), left % 1000 || 1000);
  }
}
customElements.define('bare-clock', BareClock);

const VARIANTS = {
  /** Nothing runs: what the page costs by itself. */
  idle: async () => {},
  /** A bare 1 Hz setTimeout loop that touches nothing: what waking up once a second costs. */
  loop: async () => {
    const tick = () => {
      window.ticks = (window.ticks ?? 0) + 1;
      setTimeout(tick, 1000);
    };
    setTimeout(tick, 1000);
  },
  floor: async (minutes) => {
    stage.innerHTML = `<bare-clock minutes="${minutes}"></bare-clock>`;
  },
  /** Ours, started, then moved on with Next to `step` (the breath step shows the pacer). */
  ours: async (minutes, step) => {
    await customElements.whenDefined('imagery-timer');
    stage.innerHTML = `<imagery-timer minutes="${minutes}"></imagery-timer>`;
    const el = stage.firstElementChild;
    await el.updateComplete;
    el.start();
    for (let i = 0; i < step; i += 1) el.next();
    await el.updateComplete;
    const animations = el.shadowRoot.getAnimations();
    return {
      stepIndex: el.stepIndex,
      pacer: Boolean(el.shadowRoot.querySelector('.pacer')),
      animations: animations.length,
      running: animations.filter((a) => a.playState === 'running').length
    };
  }
};

/** The planned steps, from the element's own planner: where the session should be at any moment. */
async function planned(minutes) {
  const [{ plan }, { DEFAULT_IMAGERY_STEPS }] = await Promise.all([
    import('/dist/imagery-timer/planner.js'),
    import('/dist/content/imagery-steps.js')
  ]);
  return plan(DEFAULT_IMAGERY_STEPS, minutes * 60, true).map(({ start, length, title }) => ({ start, length, title }));
}

/**
 * Starts <imagery-timer> and a naive countdown (setInterval every second, decrementing a counter) in the same task,
 * and records when each says it is done, every step event, and what is on screen at the first frame after the page
 * is seen again (after hiding, or after the page could not run: `watchGaps`).
 */
async function accuracy(minutes, { watchGaps = false } = {}) {
  await customElements.whenDefined('imagery-timer');
  const steps = await planned(minutes);
  stage.innerHTML = `<imagery-timer minutes="${minutes}"></imagery-timer><p>Naive countdown: <span id="naive"></span></p>`;
  const el = stage.firstElementChild;
  const naive = document.getElementById('naive');
  await el.updateComplete;
  const record = { steps, complete: [], stepEvents: [], visibility: [], frames: [], naive: { end: null, ticks: 0 } };
  const total = minutes * 60_000;
  const shown = (selector) => el.shadowRoot.querySelector(selector)?.textContent.trim().replace(/\s+/g, ' ') ?? null;
  /** What is on screen in this frame, against where the session really is. */
  const snapshot = (cause, since) => {
    const now = Date.now();
    const elapsed = now - record.start;
    const expectedIndex = elapsed >= total ? null : steps.findLastIndex((step) => step.start <= elapsed);
    return {
      cause,
      at: now,
      afterMs: now - since,
      state: el.state,
      stepIndex: el.stepIndex,
      expectedIndex,
      right:
        expectedIndex === null ? el.state === 'complete' : el.state === 'running' && el.stepIndex === expectedIndex,
      heading: shown('#now') ?? shown('#done'),
      remaining: el.remaining,
      expectedRemaining: Math.max(record.trueEnd - now, 0),
      time: shown('[role="timer"]'),
      welcomeBack: shown('.note'),
      naiveLeftSeconds: left,
      trueLeftSeconds: Math.max((record.trueEnd - now) / 1000, 0)
    };
  };
  /** The first frame after `since`, and how long until a frame showed the right step (given up after 5 s). */
  const look = (cause, since) => {
    let first = null;
    requestAnimationFrame(function frame() {
      const shot = snapshot(cause, since);
      if (!first) record.frames.push((first = shot));
      if (shot.right) first.rightAfterMs = shot.at - since;
      else if (shot.at - since < 5000) requestAnimationFrame(frame);
      else first.rightAfterMs = null;
    });
  };
  el.addEventListener('imagery-timer-complete', (e) =>
    record.complete.push({ at: Date.now(), hidden: document.hidden, detail: e.detail })
  );
  el.addEventListener('imagery-timer-step', (e) =>
    record.stepEvents.push({ at: Date.now(), index: e.detail.index, hidden: document.hidden })
  );
  // Registered after the element's own listener, so it sees the page after the element caught up.
  document.addEventListener('visibilitychange', () => {
    const at = Date.now();
    record.visibility.push({ at, state: document.visibilityState });
    if (!document.hidden) look('visible', at);
  });
  if (watchGaps) {
    // A stretch in which the page could not run (the harness pauses it): note the first frame after it.
    let last = Date.now();
    setInterval(() => {
      const now = Date.now();
      if (now - last > 3000) look(`no JavaScript for ${Math.round((now - last) / 1000)} s`, now);
      last = now;
    }, 250);
  }
  let left = Math.round(minutes * 60);
  naive.textContent = mmss(left * 1000);
  record.start = Date.now();
  record.trueEnd = record.start + minutes * 60_000;
  el.start();
  const interval = setInterval(() => {
    left -= 1;
    record.naive.ticks += 1;
    naive.textContent = mmss(left * 1000);
    if (left <= 0) {
      clearInterval(interval);
      record.naive.end = Date.now();
    }
  }, 1000);
  window.record = record;
  return { start: record.start, trueEnd: record.trueEnd };
}

window.timerBench = {
  setup: (variant, minutes, step) => VARIANTS[variant](minutes, step),
  /** Long tasks (> 50 ms) that ended after `since` (performance.now()). */
  longTasksSince: (since) => longTasks.filter((end) => end > since).length,
  accuracy,
  state: () => ({ visibility: document.visibilityState, focus: document.hasFocus() })
};
