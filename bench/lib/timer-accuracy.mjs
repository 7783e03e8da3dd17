/* global window, document -- used inside page.evaluate(), which runs in the browser */
// 4b. How exactly <imagery-timer> ends a session when the page is hidden for part of it (or cannot run at all for a
// while), side by side with a naive countdown (setInterval every second, decrementing a counter) started in the same
// task on the same page. The scenarios run at the same time, each in its own browser window.
//
// Hidden means hidden: Playwright keeps every page it drives "visible" (its focus emulation holds the tab as if it
// were being captured), and its launch flags turn background timer throttling off. So this section starts Debian's
// Chromium itself, with this project's usual flags and nothing that changes throttling, attaches Playwright over CDP
// without its defaults (`noDefaults`), and hides a page the way a person does: another tab in the same window comes
// to the front. The page's own `document.visibilityState` is recorded to show it worked. Chromium then runs the
// hidden page's timers at most once a second, and after a grace period (1 minute for a loaded page in Chromium 156;
// the often-quoted 5 minutes is the grace for pages still loading) at most once a minute.
//
// A sleeping laptop is modelled by pausing the page's JavaScript with CDP `Debugger.pause` for N seconds while the
// page stays visible: no task runs, Date.now() and the timers' clock keep going, and the page then wakes up late.
// A real suspend may also stop the monotonic clock that timers run on (Linux, macOS), so a pending timer can fire up
// to its whole wait after waking; this does not model that.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { BROWSERS, CHROMIUM_ARGS } from '../../scripts/browsers.mjs';

const S = 1000;

/** Times in seconds from the session's start. */
export function timerScenarios(quick) {
  return quick
    ? [
        { name: 'hidden for 70 s, back before the end', minutes: 1.5, hideAt: 10, showAt: 80 },
        { name: 'ends while hidden', minutes: 1, hideAt: 10, showAt: 80 },
        { name: 'no JavaScript for 20 s (a laptop asleep)', minutes: 1, pauseAt: 20, pauseFor: 20 }
      ]
    : [
        { name: 'hidden for 7 min, back before the end', minutes: 10, hideAt: 60, showAt: 480 },
        // The element's default length; it ends at 5:00, while hidden, and is seen again at 6:15.
        { name: 'ends while hidden', minutes: 5, hideAt: 30, showAt: 375 },
        // 2:30 to 4:00 spans the change from step 2 to step 3 at 3:00.
        { name: 'no JavaScript for 90 s (a laptop asleep)', minutes: 10, pauseAt: 150, pauseFor: 90 }
      ];
}

/** Debian's Chromium with this project's flags only (timer throttling as a person's browser has it). */
async function launchChromium() {
  const profile = mkdtempSync(join(tmpdir(), 'embrace-bench-'));
  const child = spawn(
    BROWSERS.chromium.find(),
    ['--headless', '--remote-debugging-port=0', `--user-data-dir=${profile}`, ...CHROMIUM_ARGS, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] }
  );
  const endpoint = await new Promise((resolve, reject) => {
    let text = '';
    child.stderr.on('data', (chunk) => {
      if (text === null) return; // keep reading, so the pipe never fills
      text += chunk;
      const match = text.match(/DevTools listening on (ws:\S+)/);
      if (match) {
        resolve(match[1]);
        text = null;
      }
    });
    child.once('exit', (code) => reject(new Error(`Chromium exited (${code}): ${text}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint, { noDefaults: true });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    browser,
    args: ['--headless', ...CHROMIUM_ARGS],
    close: async () => {
      await (await browser.newBrowserCDPSession()).send('Browser.close').catch(() => {});
      const timeout = setTimeout(() => child.kill(), 10_000); // only if it did not close by itself
      await exited;
      clearTimeout(timeout);
      rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    }
  };
}

const sleepUntil = (time) => new Promise((resolve) => setTimeout(resolve, Math.max(time - Date.now(), 0)));

/** A window of its own with the benchmark page, and a second tab in it to bring in front when the page should hide. */
async function openWindow(browser, origin) {
  const context = browser.contexts()[0];
  const browserCdp = await browser.newBrowserCDPSession();
  const opened = context.waitForEvent('page');
  await browserCdp.send('Target.createTarget', { url: `${origin}/bench/pages/timer.html`, newWindow: true });
  const page = await opened;
  await page.waitForFunction(() => window.timerBench);
  const coverOpened = context.waitForEvent('page');
  await page.evaluate((url) => window.open(url, '_blank', 'noopener'), `${origin}/bench/pages/blank.html`);
  const cover = await coverOpened;
  await page.bringToFront();
  return { page, cover, cdp: await context.newCDPSession(page) };
}

async function runScenario({ page, cover, cdp }, scenario) {
  const { minutes, hideAt, showAt, pauseAt, pauseFor } = scenario;
  const visibleAtStart = await page.evaluate(() => document.visibilityState);
  const { start, trueEnd } = await page.evaluate(
    ([m, watchGaps]) => window.timerBench.accuracy(m, { watchGaps }),
    [minutes, pauseAt != null]
  );
  const seen = { atStart: visibleAtStart };
  if (hideAt != null) {
    await sleepUntil(start + hideAt * S);
    await cover.bringToFront();
    seen.whenHidden = await page.evaluate(() => document.visibilityState);
  }
  let paused = null;
  if (pauseAt != null) {
    await sleepUntil(start + pauseAt * S);
    await cdp.send('Debugger.enable');
    const stopped = new Promise((resolve) => cdp.once('Debugger.paused', resolve));
    await cdp.send('Debugger.pause'); // takes effect when the page next runs script (its 250 ms watch, at most)
    await stopped;
    const from = Date.now();
    await sleepUntil(from + pauseFor * S);
    const resumed = Date.now();
    await cdp.send('Debugger.resume');
    paused = { from: (from - start) / S, seconds: (resumed - from) / S };
    await cdp.send('Debugger.disable');
  }
  if (showAt != null) {
    await sleepUntil(start + showAt * S);
    seen.frontAt = (Date.now() - start) / S; // the tab comes to the front: from here on, a person is looking
    await page.bringToFront();
    seen.whenShown = await page.evaluate(() => document.visibilityState);
  }
  // Three seconds after the true end (or after coming back, if later): time for a second `complete` to show up.
  await sleepUntil(Math.max(trueEnd, start + (showAt ?? 0) * S) + 3 * S);
  const record = await page.evaluate(() => window.record);
  const observedUntil = Date.now();

  const ours = record.complete[0];
  const back = paused ? paused.from + paused.seconds : (seen.frontAt ?? 0);
  const naiveLeft = await page.evaluate(() => document.getElementById('naive').textContent);
  const frame = record.frames[0] ?? null;
  return {
    name: scenario.name,
    minutes,
    hideAt,
    showAt,
    paused,
    seen,
    visibility: record.visibility.map((v) => ({ at: (v.at - start) / S, state: v.state })),
    ours: {
      completeEvents: record.complete.length,
      endError: ours ? (ours.at - trueEnd) / S : null,
      endedWhileHidden: ours?.hidden ?? null,
      stepEvents: record.stepEvents.length,
      quietSteps: record.stepEvents.filter((e) => e.hidden).length
    },
    naive: {
      endError: record.naive.end ? (record.naive.end - trueEnd) / S : null,
      ticks: record.naive.ticks,
      // Not done yet: it has this much left to count, one second per second from now on (visible).
      shownAtObservation: naiveLeft,
      projectedEndError:
        record.naive.end == null
          ? (observedUntil - trueEnd) / S + Math.round(minutes * 60) - record.naive.ticks
          : (record.naive.end - trueEnd) / S
    },
    firstFrame: frame && {
      cause: frame.cause,
      // From the tab coming to the front (or the page let run again) to the first frame with the right step: what
      // a person waits, including any time Chromium takes to tell the page it is visible.
      rightAfterBackMs:
        frame.rightAfterMs == null
          ? null
          : Math.round(frame.at - frame.afterMs + frame.rightAfterMs - (start + back * S)),
      at: (frame.at - start) / S,
      afterMs: frame.afterMs,
      state: frame.state,
      stepIndex: frame.stepIndex,
      expectedIndex: frame.expectedIndex,
      rightStep: frame.right,
      rightAfterMs: frame.rightAfterMs,
      remainingError: (frame.remaining - frame.expectedRemaining) / S,
      heading: frame.heading,
      time: frame.time,
      welcomeBack: frame.welcomeBack,
      naiveBehind: frame.naiveLeftSeconds - frame.trueLeftSeconds
    }
  };
}

/** Runs every scenario at once, each in its own window of one Chromium with its default throttling. */
export async function measureTimerAccuracy(origin, { quick, log }) {
  const scenarios = timerScenarios(quick);
  const chrome = await launchChromium();
  try {
    const windows = [];
    // One at a time: each new page is told apart from the others by the order it opens in.
    for (let i = 0; i < scenarios.length; i += 1) windows.push(await openWindow(chrome.browser, origin));
    const longest = Math.max(...scenarios.map((s) => Math.max(s.minutes * 60, s.showAt ?? 0)));
    log(`timer-accuracy: ${scenarios.length} scenarios at once, about ${Math.ceil(longest / 60)} min`);
    const rows = await Promise.all(scenarios.map((scenario, i) => runScenario(windows[i], scenario)));
    return { browser: `${chrome.browser.version()}`, flags: chrome.args, scenarios: rows };
  } finally {
    await chrome.close();
  }
}
