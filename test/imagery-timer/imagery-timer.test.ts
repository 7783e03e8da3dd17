import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/imagery-timer.js';
import { ImageryTimer } from '../../src/classes.js';
import type { ImageryTimerCompleteDetail, ImageryTimerStepDetail } from '../../src/classes.js';
import { DEFAULT_IMAGERY_STEPS } from '../../src/content/imagery-steps.js';
import { watchWarnings } from '../helpers.js';
import { $, button, press, status, words } from './support.js';

const T0 = Date.UTC(2026, 11, 2, 9, 0, 0);
const MIN = 60_000;
const KEY = 'embrace-widgets:imagery-log';

const listed = (el: ImageryTimer) =>
  [...el.shadowRoot!.querySelectorAll('.steps li')].map((li) => [...li.children].map(words).join(' · '));
const stepTitle = (el: ImageryTimer) => words($(el, '#now'));

/** Records every imagery-timer-* event the element fires, in order, as "name" or "name:index". */
function recordEvents(el: ImageryTimer) {
  const seen: string[] = [];
  const completes: ImageryTimerCompleteDetail[] = [];
  for (const name of ['start', 'step', 'pause', 'resume', 'complete']) {
    el.addEventListener(`imagery-timer-${name}`, (event) => {
      const { detail } = event as CustomEvent<ImageryTimerStepDetail | ImageryTimerCompleteDetail | null>;
      if (name === 'complete') completes.push(detail as ImageryTimerCompleteDetail);
      seen.push(name === 'step' ? `step:${(detail as ImageryTimerStepDetail).index}` : name);
    });
  }
  return { seen, completes };
}

/** Makes the page report itself hidden or visible, as switching tabs does, and tells the document. */
function pageVisibility() {
  let hidden = false;
  sinon.replaceGetter(document, 'hidden', () => hidden);
  sinon.replaceGetter(document, 'visibilityState', () => (hidden ? 'hidden' : 'visible'));
  return (value: boolean) => {
    hidden = value;
    document.dispatchEvent(new Event('visibilitychange'));
  };
}

describe('<imagery-timer>', () => {
  let ours: () => string[];
  let clock: sinon.SinonFakeTimers | undefined;
  const fake = () =>
    (clock = sinon.useFakeTimers({ now: T0, toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] }));
  const real = () => {
    clock?.restore();
    clock = undefined;
  };
  beforeEach(() => {
    ({ ours } = watchWarnings());
    // Speech is real API surface, but a test must not talk: keep the calls, drop the sound.
    if ('speechSynthesis' in window) {
      sinon.stub(speechSynthesis, 'speak');
      sinon.spy(speechSynthesis, 'cancel');
    }
  });
  afterEach(() => {
    real();
    sinon.restore();
    localStorage.clear();
  });

  it('offers the practice seven steps over five minutes with no attributes, accessibly', async () => {
    const el = await fixture<ImageryTimer>(html`<imagery-timer></imagery-timer>`);
    expect(el).to.be.instanceOf(ImageryTimer);
    expect(words($(el, 'h2'))).to.equal('A guided imagery practice');
    expect(words($(el, '.base > p'))).to.equal(
      'A few quiet minutes to relax, imagine and reconnect with your body, one gentle step at a time. ' +
        'It takes about 5 minutes. We suggest practicing a few times a week.'
    );
    expect(listed(el)).to.deep.equal([
      'Set the space · 30 sec',
      'Focus on your breath · 1 min',
      'Create your scene · 1 min',
      'Engage your senses · 45 sec',
      'Add gentle touch (optional) · 30 sec',
      'Invite desire · 45 sec',
      'Return gently · 30 sec'
    ]);
    expect(el.state).to.equal('idle');
    expect(el.stepIndex).to.equal(0);
    expect(el.remaining).to.equal(5 * MIN);
    const include = [...el.shadowRoot!.querySelectorAll('label')].find((l) => words(l).includes('optional'));
    expect(words(include!), 'the optional step offered as the person’s choice').to.equal(
      'Include the optional touch step'
    );
    expect(include!.querySelector('input')!.checked).to.be.true;
    expect(words($(el, '.primary'))).to.equal('Start');
    for (const box of el.shadowRoot!.querySelectorAll('input[type="checkbox"]')) {
      expect(box.parentElement!.classList.contains('check'), 'a native checkbox in the drawn box').to.be.true;
    }
    expect($(el, '[role="status"]')).to.exist; // the live region is there, empty, before anything happens
    expect(status(el)).to.equal('');
    expect(ours()).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('maps attributes to properties and reads numbers as a framework passes them', async () => {
    const el = await fixture<ImageryTimer>(html`
      <imagery-timer
        heading="Five calm minutes"
        heading-level="3"
        minutes="10"
        skip-optional
        chime
        voice
        breath-in="5"
        breath-out="7"
        remember
      ></imagery-timer>
    `);
    expect([el.heading, el.headingLevel, el.minutes, el.skipOptional, el.chime, el.voice]).to.deep.equal([
      'Five calm minutes',
      '3',
      '10',
      true,
      true,
      true
    ]);
    expect([el.breathIn, el.breathOut, el.remember]).to.deep.equal(['5', '7', true]);
    expect(words($(el, 'h3'))).to.equal('Five calm minutes');
    expect(listed(el)).to.have.length(6); // the optional step is left out…
    expect(el.remaining).to.equal(10 * MIN); // …and the rest share the ten minutes
    el.minutes = 2; // React 19 and Vue set numbers as properties
    await el.updateComplete;
    expect(el.remaining).to.equal(2 * MIN);
    expect(ours()).to.deep.equal([]);
  });

  it('lets the person include the optional step and choose sound before starting', async () => {
    const el = await fixture<ImageryTimer>(html`<imagery-timer skip-optional></imagery-timer>`);
    const include = [...el.shadowRoot!.querySelectorAll('label')].find((l) => words(l).includes('touch step'))!;
    include.querySelector('input')!.click();
    await el.updateComplete;
    expect(listed(el)).to.have.length(7);
    el.start();
    await el.updateComplete;
    el.next();
    el.next();
    el.next();
    el.next();
    await el.updateComplete;
    expect(stepTitle(el)).to.equal('Add gentle touch');
  });

  it('warns and uses the defaults for lengths that are not numbers, and stays usable', async () => {
    const el = await fixture<ImageryTimer>(
      html`<imagery-timer minutes="soon" breath-in="0" breath-out="99" heading-level="9"></imagery-timer>`
    );
    expect(el.remaining).to.equal(5 * MIN);
    el.start();
    el.next();
    await el.updateComplete;
    expect(words($(el, '.step .visually-hidden'))).to.equal('Breathe in for about 4 seconds and out for about 6.');
    expect(ours()).to.deep.equal([
      '[embrace-widgets] <imagery-timer>: heading-level="9" is not 2–6; using 2.',
      '[embrace-widgets] <imagery-timer>: minutes="soon" is not a number from 0.5 to 180; using 5.',
      '[embrace-widgets] <imagery-timer>: breath-in="0" is not a number from 2 to 12; using 4.',
      '[embrace-widgets] <imagery-timer>: breath-out="99" is not a number from 2 to 12; using 6.'
    ]);
  });

  describe('time', () => {
    it('runs on timestamps: steps change at their boundaries, the end fires once', async () => {
      fake();
      const el = await fixture<ImageryTimer>(html`<imagery-timer></imagery-timer>`);
      const { seen, completes } = recordEvents(el);
      el.start();
      await el.updateComplete;
      expect(el.state).to.equal('running');
      expect(seen).to.deep.equal(['start', 'step:0']);
      expect(stepTitle(el)).to.equal('Set the space');
      expect(words($(el, '[role="timer"]'))).to.equal('About 5 min left, less than a minute in this step');
      clock!.tick(29_999);
      expect(el.stepIndex).to.equal(0);
      clock!.tick(1);
      await el.updateComplete;
      expect(el.stepIndex).to.equal(1);
      expect(stepTitle(el)).to.equal('Focus on your breath');
      expect(status(el)).to.equal(
        `Step 2 of 7: Focus on your breath. ${DEFAULT_IMAGERY_STEPS[1].text} ` +
          'Breathe in for about 4 seconds and out for about 6.'
      );
      expect(el.remaining).to.equal(270_000);
      clock!.tick(4 * MIN + 29_000); // 1 s before the end
      await el.updateComplete;
      expect(el.stepIndex).to.equal(6);
      expect(words($(el, '[role="timer"]'))).to.equal('Less than a minute left, less than a minute in this step');
      clock!.tick(1_000);
      await el.updateComplete;
      expect(el.state).to.equal('complete');
      expect(el.remaining).to.equal(0);
      clock!.tick(10 * MIN);
      expect(seen).to.deep.equal(['start', ...[0, 1, 2, 3, 4, 5, 6].map((i) => `step:${i}`), 'complete']);
      expect(completes).to.deep.equal([{ elapsed: 5 * MIN, steps: 7 }]);
      expect(clock!.countTimers()).to.equal(0);
    });

    it('wakes only at step changes and half-minutes: no ticking between them', async () => {
      fake();
      const el = await fixture<ImageryTimer>(html`<imagery-timer minutes="10"></imagery-timer>`);
      el.start();
      await el.updateComplete;
      let wakes = 0;
      for (let t = 0; t < 10 * MIN; t = clock!.now - T0) {
        // The clock's one wake-up, and for a few seconds after each announcement the live region's clean-up.
        if (clock!.countTimers() > 2) throw new Error(`${clock!.countTimers()} timers pending at ${t} ms`);
        clock!.next(); // runs the next pending timer, wherever it is due
        wakes += 1;
      }
      // 7 step changes and the clock text every 30 s: about 20 wakes over 10 minutes, never one a second; plus one
      // clean-up of the live region 5 s after each of the 7 step lines (the closing line's falls after the loop).
      expect(wakes - 7).to.be.within(20, 27);
      expect(el.state).to.equal('complete');
    });

    it('after a sleep or a jump of the clock, shows the right step at once, in silence, with a welcome back', async () => {
      fake();
      const el = await fixture<ImageryTimer>(html`<imagery-timer chime voice></imagery-timer>`);
      const { seen } = recordEvents(el);
      el.start();
      await el.updateComplete;
      const speak = 'speechSynthesis' in window ? (speechSynthesis.speak as sinon.SinonStub) : null;
      const spoken = speak?.callCount ?? 0;
      clock!.setSystemTime(T0 + 200_000); // the laptop slept: no timer ran in between
      document.dispatchEvent(new Event('visibilitychange'));
      await el.updateComplete;
      expect(el.stepIndex).to.equal(4);
      expect(stepTitle(el)).to.equal('Add gentle touch');
      expect(el.remaining).to.equal(100_000);
      expect(words($(el, '.note'))).to.contain('Welcome back');
      expect(status(el)).to.equal('Welcome back. Step 5 of 7: Add gentle touch');
      expect(seen).to.deep.equal(['start', 'step:0', 'step:4']); // one step event for where it landed
      expect(speak?.callCount ?? 0).to.equal(spoken); // nothing spoken for what passed unseen
      // The timer armed before the sleep fires once, late, and changes nothing more.
      clock!.tick(1);
      await el.updateComplete;
      expect(el.stepIndex).to.equal(4);
      expect(seen).to.have.length(3);
    });

    it('a timer that fires far too late (a frozen or throttled tab) also changes steps silently', async () => {
      fake();
      const el = await fixture<ImageryTimer>(html`<imagery-timer voice></imagery-timer>`);
      el.start();
      await el.updateComplete;
      const speak = 'speechSynthesis' in window ? (speechSynthesis.speak as sinon.SinonStub) : null;
      const spoken = speak?.callCount ?? 0;
      clock!.setSystemTime(T0 + 95_000);
      clock!.tick(30_000); // the step-end timer, due at 30 s, runs at 125 s
      await el.updateComplete;
      expect(el.stepIndex).to.equal(2);
      expect($(el, '.note')).to.exist;
      expect(speak?.callCount ?? 0).to.equal(spoken);
      clock!.tick(25_000); // on time again: the next change speaks, and the welcome back has done its work
      await el.updateComplete;
      expect(el.stepIndex).to.equal(3);
      expect($(el, '.note')).to.equal(null);
      if (speak) expect(speak.callCount).to.equal(spoken + 1);
    });

    it('catches up in the first frame after the page could not run: the step bar ending wakes it', async () => {
      // Timers never fire here (faked, never ticked); the wall clock and the animation clock run for real.
      clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const el = await fixture<ImageryTimer>(html`<imagery-timer></imagery-timer>`);
      el.steps = [
        { title: 'Arrive', seconds: 1 },
        { title: 'Stay', seconds: 30 }
      ];
      el.start();
      await el.updateComplete;
      await Promise.all(el.shadowRoot!.getAnimations().map((animation) => animation.ready)); // the bar is running
      const stopped = Date.now() + 3_500;
      while (Date.now() < stopped); // the page cannot run, as in a stopped tab or a suspended laptop
      let frames = 0;
      while (el.stepIndex === 0 && frames < 30) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        frames += 1;
      }
      expect(el.stepIndex).to.equal(1); // no timer ran: the bar's finish event did it
      // Chromium and Firefox: the first frame (or the next, where rAF callbacks run first). WebKitGTK dispatches the
      // finish event some 16 frames (about 0.3 s) after the page runs again.
      if (!/Version\/[\d.]+ Safari/.test(navigator.userAgent) || /Chrome/.test(navigator.userAgent)) {
        expect(frames).to.be.at.most(2);
      }
      await el.updateComplete;
      expect(stepTitle(el)).to.equal('Stay');
      expect($(el, '.note')).to.exist; // it went by unseen: in silence, with a welcome back
    });

    it('finishing while hidden fires complete exactly once and greets the person when they come back', async () => {
      fake();
      const el = await fixture<ImageryTimer>(html`<imagery-timer minutes="1"></imagery-timer>`);
      const { completes } = recordEvents(el);
      el.start();
      await el.updateComplete;
      const setHidden = pageVisibility();
      setHidden(true);
      clock!.setSystemTime(T0 + 5 * MIN); // hidden and throttled: no timer ran for minutes…
      clock!.tick(6_000); // …then the one armed for the first step's end fires, once, at the session's end
      await el.updateComplete;
      expect(el.state).to.equal('complete');
      setHidden(false);
      window.dispatchEvent(new PageTransitionEvent('pageshow'));
      clock!.tick(100); // said again now that the person is back (a line said to a hidden page was cleared or missed)
      await el.updateComplete;
      expect(completes).to.deep.equal([{ elapsed: MIN, steps: 7 }]);
      expect(words($(el, '.note'))).to.equal('Your practice finished while you were away.');
      expect(status(el)).to.equal('Your practice finished while you were away.');
      // Once: later trips away from the tab and back don't say it again.
      clock!.tick(6_000);
      for (let trip = 0; trip < 3; trip += 1) {
        setHidden(true);
        setHidden(false);
        clock!.tick(200);
        await el.updateComplete;
        expect(status(el), `return ${trip + 2}`).to.equal('');
      }
      expect(words($(el, '.note')), 'the note on screen stays').to.equal('Your practice finished while you were away.');
    });

    it('pausing keeps the time left; resuming carries on from there', async () => {
      fake();
      const el = await fixture<ImageryTimer>(html`<imagery-timer></imagery-timer>`);
      const { seen } = recordEvents(el);
      el.start();
      clock!.tick(40_000);
      el.pause();
      await el.updateComplete;
      expect(el.state).to.equal('paused');
      expect(status(el)).to.equal('Paused');
      expect(words($(el, '[role="timer"]'))).to.equal('Paused. About 4 min left, less than a minute in this step');
      expect(words($(el, '.primary'))).to.equal('Resume');
      expect(clock!.countTimers(), "only the live region's clean-up: no clock runs while paused").to.equal(1);
      clock!.tick(30 * MIN);
      expect(el.remaining).to.equal(260_000);
      el.resume();
      await el.updateComplete;
      expect(status(el)).to.equal('Resumed');
      clock!.tick(20_000);
      expect(el.remaining).to.equal(240_000);
      expect(el.stepIndex).to.equal(1);
      expect(seen).to.deep.equal(['start', 'step:0', 'step:1', 'pause', 'resume']);
      el.resume(); // not paused: nothing
      expect(seen).to.have.length(5);
    });

    it('next and previous move by whole steps and stop at the ends; next on the last step finishes', async () => {
      fake();
      const el = await fixture<ImageryTimer>(html`<imagery-timer></imagery-timer>`);
      const { seen, completes } = recordEvents(el);
      el.next(); // idle: nothing
      el.start();
      clock!.tick(10_000);
      el.previous();
      expect(el.stepIndex).to.equal(0);
      expect(el.remaining).to.equal(5 * MIN); // back to the start of the first step
      for (let i = 0; i < 6; i += 1) el.next();
      expect(el.stepIndex).to.equal(6);
      el.previous();
      expect(el.stepIndex).to.equal(5);
      expect(el.remaining).to.equal(75_000);
      el.pause();
      el.next(); // while paused: moves, stays paused
      expect([el.stepIndex, el.state]).to.deep.equal([6, 'paused']);
      el.next();
      await el.updateComplete;
      expect(el.state).to.equal('complete');
      expect(completes).to.deep.equal([{ elapsed: 5 * MIN, steps: 7 }]);
      expect(seen.filter((s) => s === 'complete')).to.have.length(1);
      el.next();
      el.pause();
      expect(seen.at(-1)).to.equal('complete');
    });

    it('reset goes back to the start screen with no event; start runs a new practice after the end', async () => {
      fake();
      const el = await fixture<ImageryTimer>(html`<imagery-timer minutes="1"></imagery-timer>`);
      const { seen } = recordEvents(el);
      el.start();
      clock!.tick(20_000);
      el.reset();
      await el.updateComplete;
      expect([el.state, el.stepIndex, el.remaining]).to.deep.equal(['idle', 0, MIN]);
      expect(clock!.countTimers()).to.equal(0);
      expect(seen).to.deep.equal(['start', 'step:0', 'step:1', 'step:2']);
      el.start();
      clock!.tick(MIN);
      el.minutes = 2; // changed while the finish screen shows: Start again plans anew
      el.start();
      expect(el.state).to.equal('running');
      expect(el.remaining).to.equal(2 * MIN);
    });

    it('stops everything when removed: timers, speech, wake lock and sound', async () => {
      fake();
      const release = sinon.spy(async () => {});
      const sentinel = { released: false, release };
      Object.defineProperty(navigator, 'wakeLock', {
        configurable: true,
        value: { request: sinon.spy(async () => sentinel) }
      });
      try {
        const el = await fixture<ImageryTimer>(html`<imagery-timer chime voice></imagery-timer>`);
        const { seen } = recordEvents(el);
        const close = typeof AudioContext === 'function' ? sinon.spy(AudioContext.prototype, 'close') : null;
        el.start();
        await Promise.resolve(); // the wake lock request resolves
        await el.updateComplete;
        expect((navigator.wakeLock!.request as sinon.SinonSpy).calledOnceWith('screen')).to.be.true;
        const clearTimeout = sinon.spy(window, 'clearTimeout');
        el.remove();
        expect(clearTimeout.called).to.be.true;
        expect(clock!.countTimers()).to.equal(0);
        expect(release.calledOnce).to.be.true;
        if ('speechSynthesis' in window) expect((speechSynthesis.cancel as sinon.SinonSpy).called).to.be.true;
        if (close) expect(close.calledOnce).to.be.true;
        expect(el.shadowRoot!.getAnimations().filter((a) => a.playState === 'running')).to.deep.equal([]);
        clock!.tick(30 * MIN);
        expect(seen).to.deep.equal(['start', 'step:0']);
      } finally {
        delete (navigator as { wakeLock?: unknown }).wakeLock;
      }
    });

    it('keeps the screen awake only while running, and asks again when the page is visible again', async () => {
      const sentinels: Array<{ released: boolean; release: sinon.SinonSpy }> = [];
      const request = sinon.spy(async () => {
        const s = { released: false, release: sinon.spy(async () => {}) };
        sentinels.push(s);
        return s;
      });
      Object.defineProperty(navigator, 'wakeLock', { configurable: true, value: { request } });
      try {
        const el = await fixture<ImageryTimer>(html`<imagery-timer></imagery-timer>`);
        el.start();
        await el.updateComplete;
        expect(request.callCount).to.equal(1);
        el.pause();
        expect(sentinels[0].release.calledOnce).to.be.true;
        el.resume();
        await el.updateComplete;
        expect(request.callCount).to.equal(2);
        sentinels[1].released = true; // the browser let it go when the page was hidden
        document.dispatchEvent(new Event('visibilitychange'));
        await el.updateComplete;
        expect(request.callCount).to.equal(3);
        el.pause();
        el.start(); // paused: start does nothing, no new lock
        expect(request.callCount).to.equal(3);
      } finally {
        delete (navigator as { wakeLock?: unknown }).wakeLock;
      }
    });
  });

  describe('sound and voice', () => {
    it('chimes at each step change with Web Audio made on the Start click, and speaks each step', async function () {
      if (typeof AudioContext !== 'function') this.skip();
      fake();
      const oscillators = sinon.spy(AudioContext.prototype, 'createOscillator');
      const el = await fixture<ImageryTimer>(html`<imagery-timer chime voice></imagery-timer>`);
      await press(el, 'Start');
      expect(oscillators.callCount).to.equal(2); // two partials of one soft bell for the first step
      clock!.tick(30_000);
      await el.updateComplete; // it waits for the chime too
      expect(oscillators.callCount).to.equal(4);
      if ('speechSynthesis' in window) {
        const said = (speechSynthesis.speak as sinon.SinonStub)
          .getCalls()
          .map((c) => (c.args[0] as SpeechSynthesisUtterance).text);
        expect(said).to.deep.equal([
          `Set the space. ${DEFAULT_IMAGERY_STEPS[0].text}`,
          `Focus on your breath. ${DEFAULT_IMAGERY_STEPS[1].text} Breathe in for about 4 seconds and out for about 6.`
        ]);
        const cancel = speechSynthesis.cancel as sinon.SinonSpy;
        const before = cancel.callCount;
        el.pause();
        expect(cancel.callCount).to.be.greaterThan(before);
      }
    });

    it('stays silent unless the person or the page asks for sound', async function () {
      if (typeof AudioContext !== 'function') this.skip();
      const created = sinon.spy(AudioContext.prototype, 'createOscillator');
      const el = await fixture<ImageryTimer>(html`<imagery-timer></imagery-timer>`);
      await press(el, 'Start');
      el.next();
      expect(created.callCount).to.equal(0);
      if ('speechSynthesis' in window) expect((speechSynthesis.speak as sinon.SinonStub).callCount).to.equal(0);
    });

    it('offers the voice only where speech exists, and says so when every voice is online', async function () {
      if (!('speechSynthesis' in window)) {
        const el = await fixture<ImageryTimer>(html`<imagery-timer></imagery-timer>`);
        expect(words($(el, '.options'))).not.to.contain('aloud');
        return;
      }
      const voices = sinon.stub(speechSynthesis, 'getVoices').returns([]);
      const el = await fixture<ImageryTimer>(html`<imagery-timer voice></imagery-timer>`);
      expect(words($(el, '.options'))).to.contain('Read each step aloud');
      expect(words($(el, '.options'))).not.to.contain('work online');
      voices.returns([{ lang: 'en-US', localService: false, name: 'Cloud voice' } as SpeechSynthesisVoice]);
      speechSynthesis.dispatchEvent(new Event('voiceschanged'));
      await el.updateComplete;
      expect(words($(el, '.options'))).to.contain(
        'This browser has no voice for this page’s language on your device: each step’s words would go to its ' +
          'online speech service.'
      );
    });
  });

  describe('steps from the page', () => {
    it('takes an <ol> inside as its steps, with fixed lengths, weights, optional and breath steps', async () => {
      const el = await fixture<ImageryTimer>(html`
        <imagery-timer minutes="2">
          <ol>
            <li data-title="Arrive" data-seconds="20">Let your shoulders drop.</li>
            <li data-title="Breathe" data-weight="3" data-breath>Slow breaths.</li>
            <li data-title="Hand on heart" data-optional>A light touch.</li>
            <li data-title="Return">Open your eyes.</li>
          </ol>
        </imagery-timer>
      `);
      expect(listed(el)).to.deep.equal([
        'Arrive · 20 sec',
        'Breathe · 1 min',
        'Hand on heart (optional) · 20 sec',
        'Return · 20 sec'
      ]);
      expect(words($(el, '.options label'))).to.equal('Include the optional step: Hand on heart');
      el.steps = [{ title: 'A', optional: true }, { title: 'B', optional: true }, 'C'];
      await el.updateComplete;
      expect(words($(el, '.options label'))).to.equal('Include the 2 optional steps');
      el.steps = null;
      await el.updateComplete;
      el.start();
      el.next();
      await el.updateComplete;
      expect(stepTitle(el)).to.equal('Breathe');
      expect($(el, '.pacer')).to.exist;
      expect(ours()).to.deep.equal([]);
      // A CMS that edits the list is followed.
      el.reset();
      el.querySelector('li')!.setAttribute('data-title', 'Land');
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(listed(el)[0]).to.equal('Land · 20 sec');
    });

    it('leaves out broken list items with warnings, and uses the defaults when none is usable', async () => {
      const el = await fixture<ImageryTimer>(html`
        <imagery-timer>
          <ol>
            <li></li>
            <li data-title="Breathe" data-seconds="-5">x</li>
            <li data-title="Scene" data-seconds="ten">x</li>
            <li data-title="Rest">Just rest.</li>
          </ol>
        </imagery-timer>
      `);
      expect(listed(el)).to.deep.equal(['Rest · 5 min']);
      expect(ours()).to.have.length(3);
      const broken = await fixture<ImageryTimer>(
        html`<imagery-timer
          ><ol>
            <li></li></ol
        ></imagery-timer>`
      );
      expect(listed(broken)).to.have.length(7);
      expect(ours().at(-1)).to.contain("showing the practice's own seven");
    });

    it('takes the steps property over the list, and goes back to the list when it is cleared', async () => {
      const el = await fixture<ImageryTimer>(html`
        <imagery-timer minutes="1"
          ><ol>
            <li data-title="From the page">x</li>
          </ol></imagery-timer
        >
      `);
      el.steps = [
        { title: 'Arrive', text: 'Settle.' },
        'Notice your breath',
        { title: 'Broken', seconds: -1 } as never
      ];
      await el.updateComplete;
      expect(listed(el)).to.deep.equal(['Arrive · 30 sec', 'Notice your breath · 30 sec']);
      expect(ours()).to.have.length(1);
      el.start();
      await el.updateComplete;
      expect(stepTitle(el)).to.equal('Arrive');
      el.reset();
      el.steps = null;
      await el.updateComplete;
      expect(listed(el)).to.deep.equal(['From the page · 1 min']);
      el.steps = 'Arrive, Rest' as never; // a framework that passed a string
      await el.updateComplete;
      expect(listed(el)).to.deep.equal(['From the page · 1 min']);
      expect(ours().at(-1)).to.contain('must be an array');
    });

    it('changes the list only between practices: a running session keeps its plan', async () => {
      const el = await fixture<ImageryTimer>(html`<imagery-timer></imagery-timer>`);
      el.start();
      el.steps = ['Only one'];
      await el.updateComplete;
      expect(stepTitle(el)).to.equal('Set the space');
      expect(el.remaining).to.be.greaterThan(4 * MIN);
    });
  });

  describe('accessibility', () => {
    it('is axe-clean before, during, paused and after a practice', async () => {
      const el = await fixture<ImageryTimer>(html`<imagery-timer remember></imagery-timer>`);
      await expect(el).to.be.accessible();
      el.start();
      el.next(); // the breath step, with its pacer
      await el.updateComplete;
      await expect(el).to.be.accessible();
      el.pause();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      for (let i = 0; i < 6; i += 1) el.next();
      await el.updateComplete;
      expect(el.state).to.equal('complete');
      await expect(el).to.be.accessible();
    });

    it('keeps the clock out of the live region: the timer is not live, only step changes are announced', async () => {
      fake();
      const el = await fixture<ImageryTimer>(html`<imagery-timer></imagery-timer>`);
      el.start();
      await el.updateComplete;
      const timer = $(el, '[role="timer"]')!;
      expect(timer.getAttribute('aria-live')).to.equal(null); // role=timer is aria-live="off" by default
      const [first, second, third] = DEFAULT_IMAGERY_STEPS.map((step) => step.text);
      expect(status(el)).to.equal(`Step 1 of 7: Set the space. ${first}`);
      const announced = new Set<string>();
      for (let s = 0; s < 100; s += 1) {
        clock!.tick(1_000);
        await el.updateComplete;
        if (status(el)) announced.add(status(el)); // emptied a few seconds after each line (not heard)
      }
      // Each step once, with its guidance (and on the breath step its pace), so it can be followed by ear.
      expect([...announced]).to.deep.equal([
        `Step 1 of 7: Set the space. ${first}`,
        `Step 2 of 7: Focus on your breath. ${second} Breathe in for about 4 seconds and out for about 6.`,
        `Step 3 of 7: Create your scene. ${third}`
      ]);
      expect([...announced].join(' '), 'no time left in the live region').not.to.match(/ left|in this step/);
    });

    it('is fully keyboard-operable, and focus never falls to the page when the view changes', async () => {
      const el = await fixture<ImageryTimer>(html`<imagery-timer></imagery-timer>`);
      $(el, '.primary')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      expect(el.state).to.equal('running');
      expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Pause');
      await sendKeys({ press: ' ' }); // Space: a key name Firefox's BiDi driver does not know
      await el.updateComplete;
      expect(el.state).to.equal('paused');
      expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Resume');
      button(el, 'End')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      expect(el.state).to.equal('complete');
      expect(el.shadowRoot!.activeElement?.id).to.equal('done');
      button(el, 'Start again')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      expect(el.state).to.equal('running');
      expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Pause');
      el.reset(); // focus was inside: it goes to Start, not to the page
      await el.updateComplete;
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Start');
    });

    it('fills the main button, its words in a span, outlines Previous and Next, and leaves End in words', async () => {
      const el = await fixture<ImageryTimer>(html`<imagery-timer></imagery-timer>`);
      // "class: words", with the words of the span that holds them in brackets.
      const kinds = () =>
        [...el.shadowRoot!.querySelectorAll('button')].map((b) => {
          const span = b.querySelector(':scope > span');
          return `${b.className}: ${span ? `[${words(span)}]` : words(b)}`;
        });
      expect(kinds()).to.deep.equal(['primary solid: [Start]']);
      await press(el, 'Start');
      expect(kinds()).to.deep.equal([
        'primary solid: [Pause]',
        'ghost: Previous step',
        'ghost: Next step',
        'quiet: End'
      ]);
      // The hierarchy as drawn: the filled one first, End without a border or fill, every target 44 px or more.
      const [pause, , , end] = el.shadowRoot!.querySelectorAll('button');
      expect(getComputedStyle(pause).backgroundColor).not.to.equal(getComputedStyle(end).backgroundColor);
      expect(getComputedStyle(end).borderTopWidth).to.equal('0px');
      for (const b of el.shadowRoot!.querySelectorAll('button')) {
        const { width, height } = b.getBoundingClientRect();
        expect(Math.min(width, height), `${words(b)}: ${width}×${height}`).to.be.at.least(44);
      }
    });

    it('does not take focus when the host page calls the methods', async () => {
      const el = await fixture<ImageryTimer>(html`<imagery-timer></imagery-timer>`);
      el.start();
      await el.updateComplete;
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(null);
    });

    it('animates the pacer with transforms, and gives a still breathe in / out cue with reduced motion', async function () {
      const el = await fixture<ImageryTimer>(html`<imagery-timer></imagery-timer>`);
      el.start();
      el.next();
      await el.updateComplete;
      const orb = $(el, '.orb')!;
      const moving = orb.getAnimations();
      expect(moving).to.have.length(1);
      const frames = moving[0].effect instanceof KeyframeEffect ? moving[0].effect.getKeyframes() : [];
      expect(
        frames.map((f) =>
          Object.keys(f).filter((k) => !['offset', 'easing', 'composite', 'computedOffset'].includes(k))
        )
      ).to.deep.equal([['transform'], ['transform'], ['transform']]);
      expect(words($(el, '.pacer'))).to.equal('Breathe in Breathe out');
      expect($(el, '.pacer')!.getAttribute('aria-hidden')).to.equal('true');
      expect($(el, '.fill')!.getAnimations()).to.have.length(1);
      // Four still steps a second for the bar, a dozen for the orb: frames only when something moved.
      expect(($(el, '.fill')!.getAnimations()[0].effect as KeyframeEffect).getTiming().easing).to.equal('steps(240)');
      expect((moving[0].effect as KeyframeEffect).getTiming().easing).to.equal('steps(125)');
      el.reset();
      await el.updateComplete;
      // Chromium emulates the media feature; Firefox over BiDi and WebKit over WebDriver cannot, so there the query
      // is answered the same way.
      const chromium = /Chrome\//.test(navigator.userAgent);
      if (chromium) await emulateMedia({ reducedMotion: 'reduce' });
      else {
        const original = window.matchMedia.bind(window);
        sinon
          .stub(window, 'matchMedia')
          .callsFake((query: string) =>
            query.includes('prefers-reduced-motion') ? ({ matches: true } as MediaQueryList) : original(query)
          );
      }
      try {
        el.start();
        el.next();
        await el.updateComplete;
        expect($(el, '.orb')!.getAnimations()).to.deep.equal([]); // no movement…
        expect($(el, '.in')!.getAnimations()).to.have.length(1); // …but the words still change
        const bar = $(el, '.fill')!.getAnimations()[0];
        expect((bar.effect as KeyframeEffect).getTiming().easing).to.match(/^steps\(/);
      } finally {
        if (chromium) await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('pauses its animations with the practice and puts them where the clock is', async () => {
      fake();
      const el = await fixture<ImageryTimer>(html`<imagery-timer></imagery-timer>`);
      el.start();
      clock!.tick(45_000); // 15 s into the breath step
      await el.updateComplete;
      el.pause();
      await el.updateComplete;
      const [bar] = $(el, '.fill')!.getAnimations();
      expect(bar.playState).to.equal('paused');
      expect(Number(bar.currentTime)).to.be.closeTo(15_000, 50);
      // The pacer says "Paused" instead of a frozen "Breathe in", and the orb rests.
      expect($(el, '.in'), 'no breathe-in cue while paused').to.equal(null);
      expect(words($(el, '.pacer'))).to.equal('Paused');
      expect($(el, '.orb')!.getAnimations()).to.have.length(0);
      el.resume();
      await el.updateComplete;
      const [orb] = $(el, '.orb')!.getAnimations();
      expect(orb.playState).to.equal('running');
      expect(Number(orb.currentTime) % 10_000).to.be.closeTo(5_000, 50);
    });
  });

  describe('remember', () => {
    async function finish(el: ImageryTimer) {
      el.start();
      for (let i = 0; i < 7; i += 1) el.next();
      await el.updateComplete;
      expect(el.state).to.equal('complete');
    }

    it('stores nothing without remember, or before the person opts in', async () => {
      await finish(await fixture<ImageryTimer>(html`<imagery-timer></imagery-timer>`));
      const el = await fixture<ImageryTimer>(html`<imagery-timer remember></imagery-timer>`);
      expect($(el, '[part="log"]')).to.equal(null);
      await finish(el);
      expect(localStorage.length).to.equal(0);
      expect(words($(el, '[part="log"]'))).to.contain('private count');
    });

    it('keeps a count on this device once chosen, never a streak, and forgets it on request', async () => {
      const el = await fixture<ImageryTimer>(html`<imagery-timer remember></imagery-timer>`);
      await finish(el);
      await press(el, 'Keep a count on this device');
      expect(JSON.parse(localStorage.getItem(KEY)!)).to.have.length(1);
      expect(words($(el, '[part="log"]'))).to.contain('You’ve practiced once in the past week.');
      expect(status(el)).to.equal('You’ve practiced once in the past week.');
      expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Forget my practice history');
      await finish(el); // opted in: the next practice counts by itself
      expect(words($(el, '[part="log"]'))).to.contain('You’ve practiced 2 times in the past week.');
      expect(words(el.shadowRoot!.querySelector('.base'))).not.to.match(/streak|in a row|missed/i);
      el.reset();
      await el.updateComplete;
      expect(words($(el, '[part="log"]'))).to.contain('2 times');
      await press(el, 'Forget my practice history');
      expect(localStorage.getItem(KEY)).to.equal(null);
      expect(words($(el, '[part="log"]'))).to.equal('Your practice history on this device is gone.');
    });

    it('shows "forget" for history older than a week too', async () => {
      localStorage.setItem(KEY, JSON.stringify([Date.now() - 30 * 24 * 3600 * 1000]));
      const el = await fixture<ImageryTimer>(html`<imagery-timer remember></imagery-timer>`);
      expect(words($(el, '[part="log"]'))).to.contain('Your count starts with your next practice.');
      expect(button(el, 'Forget my practice history')).to.exist;
    });

    it('early ends count after a minute of practice only', async () => {
      fake();
      localStorage.setItem(KEY, '[]');
      const el = await fixture<ImageryTimer>(html`<imagery-timer remember></imagery-timer>`);
      el.start();
      clock!.tick(20_000);
      await el.updateComplete;
      await press(el, 'End');
      expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal([]);
      el.start();
      clock!.tick(70_000);
      await el.updateComplete;
      await press(el, 'End');
      expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal([T0 + 90_000]);
    });

    it('opting in after an early end starts the count without counting that practice', async () => {
      fake();
      const el = await fixture<ImageryTimer>(html`<imagery-timer remember></imagery-timer>`);
      el.start();
      clock!.tick(20_000);
      await el.updateComplete;
      await press(el, 'End');
      await press(el, 'Keep a count on this device');
      expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal([]);
      expect(words($(el, '[part="log"]'))).to.contain('Your count starts with your next practice.');
    });

    it('says so quietly and carries on when storage throws or holds something else', async () => {
      sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('full', 'QuotaExceededError'));
      const el = await fixture<ImageryTimer>(html`<imagery-timer remember></imagery-timer>`);
      await finish(el);
      await press(el, 'Keep a count on this device');
      expect(words($(el, '[part="log"]'))).to.equal(
        'This browser isn’t keeping a count right now. That’s fine: your practice still counts.'
      );
      expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Start again');
      sinon.restore();
      localStorage.setItem(KEY, '{not json');
      const corrupted = await fixture<ImageryTimer>(html`<imagery-timer remember></imagery-timer>`);
      await finish(corrupted);
      expect(words($(corrupted, '[part="log"]'))).to.contain('private count'); // treated as never kept
      sinon.stub(Storage.prototype, 'getItem').throws(new DOMException('blocked', 'SecurityError'));
      const blocked = await fixture<ImageryTimer>(html`<imagery-timer remember></imagery-timer>`);
      await finish(blocked);
      expect(blocked.state).to.equal('complete');
    });
  });
});
