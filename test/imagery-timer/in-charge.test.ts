// The person is in charge: told so before Start, met kindly when they stop, able to follow every step by ear, with
// controls that fit any text size; and a timer that a hostile or unlucky page cannot turn against them (a clock set
// back, a wake lock left on, the host's speech silenced, an online voice without notice, broken steps, a replay
// tool recording the private count). Each test fails on the timer before issue 27.
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/imagery-timer.js';
import type { ImageryTimer } from '../../src/classes.js';
import { DEFAULT_IMAGERY_STEPS } from '../../src/content/imagery-steps.js';
import { HOST_THEMES } from '../../stories/support/host-themes.mjs';
import { composite, contrast, parseColor } from '../a11y/contrast.js';
import { watchWarnings } from '../helpers.js';
import { $, button, press, status, words } from './support.js';

const T0 = Date.UTC(2026, 11, 2, 9, 0, 0);
const MIN = 60_000;
const hasSpeech = 'speechSynthesis' in window;

describe('<imagery-timer>: in the person’s hands', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  let ours: () => string[];
  const fake = () =>
    (clock = sinon.useFakeTimers({ now: T0, toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] }));
  beforeEach(() => {
    ({ ours } = watchWarnings());
    if (hasSpeech) {
      sinon.stub(speechSynthesis, 'speak');
      sinon.spy(speechSynthesis, 'cancel');
    }
  });
  afterEach(() => {
    clock?.restore();
    clock = undefined;
    sinon.restore();
    localStorage.clear();
  });

  describe('what it says before Start', () => {
    it('says the person is in charge and may stop, gives one schedule and the length', async () => {
      const el = await fixture<ImageryTimer>(html`<imagery-timer minutes="10"></imagery-timer>`);
      const text = words(el.shadowRoot!.querySelector('.base'));
      const before = text.slice(0, text.indexOf('Start'));
      expect(before).to.contain(
        'You’re in charge the whole time: pause, skip a step or stop whenever you like. If anything feels ' +
          'uncomfortable, open your eyes and stop.'
      );
      expect(before).to.contain('It takes about 10 minutes.');
      expect(before).to.contain('We suggest practicing a few times a week.');
      expect(text, 'one schedule, not two').not.to.contain('a day');
      el.minutes = '0.5';
      await el.updateComplete;
      expect(words(el.shadowRoot!.querySelector('.base'))).to.contain('It takes about 30 seconds.');
      el.minutes = 1;
      await el.updateComplete;
      expect(words(el.shadowRoot!.querySelector('.base'))).to.contain('It takes about 1 minute.');
    });
  });

  describe('stopping early', () => {
    it('meets an early End kindly, not as a completion; the event and the count follow the old rule', async () => {
      fake();
      const el = await fixture<ImageryTimer>(html`<imagery-timer remember></imagery-timer>`);
      const completes: unknown[] = [];
      el.addEventListener('imagery-timer-complete', (e) => completes.push(e.detail));
      el.start();
      clock!.tick(40_000);
      await el.updateComplete;
      await press(el, 'End');
      expect(el.state).to.equal('complete');
      expect(words($(el, '#done'))).to.equal('You stopped, and that’s okay');
      const text = words(el.shadowRoot!.querySelector('.base'));
      expect(text).to.contain('Stopping when you need to is part of the practice too.');
      expect(text).not.to.contain('complete');
      expect(completes).to.deep.equal([{ elapsed: 40_000, steps: 2 }]);
      // Under a minute: not counted, but the offer stands, as before.
      expect(words($(el, '[part~="log"]'))).to.contain('private count');
      // Said once: the mouse left focus on the page, so the live region says the heading.
      expect(status(el)).to.equal('You stopped, and that’s okay');
      // A practice that runs to its end is complete, as before.
      await press(el, 'Start again');
      clock!.tick(5 * MIN);
      await el.updateComplete;
      expect(words($(el, '#done'))).to.equal('Your practice is complete');
    });

    it('says the end once: focus on the heading, or the live region, never both', async () => {
      const el = await fixture<ImageryTimer>(html`<imagery-timer></imagery-timer>`);
      await press(el, 'Start');
      button(el, 'End')!.focus(); // a keyboard user
      button(el, 'End')!.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.id).to.equal('done');
      expect(status(el), 'the focused heading says it; the live region stays quiet').to.equal('');
    });
  });

  describe('controls at any text size', () => {
    for (const [label, size] of [
      ['320 px with 200 % text', '200%'],
      ['320 px at 100 % (a 1280 px window at 400 % zoom)', '100%']
    ]) {
      it(`fits ${label}: nothing past the edge, every control whole`, async () => {
        const page = await fixture<HTMLDivElement>(
          html`<div style="width: 320px; padding: 16px; box-sizing: border-box; font-size: ${size}">
            <imagery-timer></imagery-timer>
          </div>`
        );
        const el = page.querySelector('imagery-timer')!;
        el.start();
        el.next(); // the breath step: pacer, bar, time and controls
        await el.updateComplete;
        for (const phase of ['running', 'paused']) {
          const edge = page.getBoundingClientRect().right;
          expect(page.scrollWidth, `${phase}: no sideways scrolling`).to.be.at.most(page.clientWidth);
          for (const b of el.shadowRoot!.querySelectorAll('button')) {
            const box = b.getBoundingClientRect();
            expect(box.right, `${phase}: "${words(b)}" ends inside the page`).to.be.at.most(edge + 0.5);
            expect(b.scrollWidth, `${phase}: "${words(b)}" is not cut off`).to.be.at.most(b.clientWidth + 1);
            expect(Math.min(box.width, box.height), `${phase}: "${words(b)}" is a 44 px target`).to.be.at.least(44);
          }
          el.pause();
          await el.updateComplete;
        }
      });
    }
  });

  describe('a visible orb and step bar', () => {
    it('draws the orb’s ring and the bar’s fill at 3:1 or more on every host page', async () => {
      const ratios: Record<string, { orb: number; fill: number }> = {};
      for (const [name, theme] of Object.entries(HOST_THEMES)) {
        const page = await fixture<HTMLDivElement>(
          html`<div style="background: ${theme.background}; color: ${theme.color}">
            <imagery-timer></imagery-timer>
          </div>`
        );
        const el = page.querySelector('imagery-timer')!;
        el.start();
        el.next();
        await el.updateComplete;
        const bg = parseColor(theme.background);
        const on = (css: string, under = bg) => composite(parseColor(css), under);
        const ring = on(getComputedStyle($(el, '.orb')!).borderTopColor);
        const track = on(getComputedStyle($(el, '.bar')!).backgroundColor);
        const fill = on(getComputedStyle($(el, '.fill')!).backgroundColor, track);
        const round = (n: number) => Math.round(n * 100) / 100;
        ratios[name] = { orb: round(contrast(ring, bg)), fill: round(contrast(fill, track)) };
      }
      // Before: the orb 1.15:1 and the fill 2.47:1 against its track on the teal page.
      for (const [name, { orb, fill }] of Object.entries(ratios)) {
        expect(orb, `${name} orb ring: ${JSON.stringify(ratios)}`).to.be.at.least(3);
        expect(fill, `${name} bar fill against its track: ${JSON.stringify(ratios)}`).to.be.at.least(3);
      }
    });
  });

  describe('by ear', () => {
    it('puts the time left for the practice and the step in the timer text', async () => {
      fake();
      const el = await fixture<ImageryTimer>(html`<imagery-timer minutes="10"></imagery-timer>`);
      el.start();
      el.next(); // the breath step: 2 minutes of 10
      await el.updateComplete;
      expect(words($(el, '[role="timer"]'))).to.equal('About 9 min left, about 2 min in this step');
      clock!.tick(60_000);
      await el.updateComplete;
      expect(words($(el, '[role="timer"]'))).to.equal('About 8 min left, about 1 min in this step');
    });

    it('says a step skipped to while paused, in words, with no chime or voice', async () => {
      const el = await fixture<ImageryTimer>(html`<imagery-timer></imagery-timer>`);
      await press(el, 'Start');
      await press(el, 'Pause');
      await press(el, 'Next step');
      expect(el.state).to.equal('paused');
      expect(status(el)).to.equal('Step 2 of 7: Focus on your breath');
    });

    it('with the voice on, speaks each step and keeps the live region quiet for it', async function () {
      if (!hasSpeech) this.skip();
      const el = await fixture<ImageryTimer>(html`<imagery-timer voice></imagery-timer>`);
      await press(el, 'Start');
      await press(el, 'Next step');
      const said = (speechSynthesis.speak as sinon.SinonStub).getCalls().map((c) => c.args[0].text);
      expect(said).to.have.length(2);
      expect(said[1]).to.contain(DEFAULT_IMAGERY_STEPS[1].text);
      expect(status(el), 'one voice at a time').to.equal('');
      await press(el, 'Pause');
      expect(status(el), 'a pause is still said').to.equal('Paused');
    });
  });

  describe('faults found by attack', () => {
    /** A stub Screen Wake Lock whose requests resolve when the test says. */
    function stubWakeLock() {
      const granted: Array<{ released: boolean; release(): Promise<void> }> = [];
      const pending: Array<() => void> = [];
      const api = {
        request: () =>
          new Promise((resolve) => {
            pending.push(() => {
              const sentinel = {
                released: false,
                release() {
                  this.released = true;
                  return Promise.resolve();
                }
              };
              granted.push(sentinel);
              resolve(sentinel);
            });
          })
      };
      Object.defineProperty(navigator, 'wakeLock', { value: api, configurable: true });
      const grantAll = async () => {
        for (const grant of pending.splice(0)) grant();
        for (let i = 0; i < 5; i += 1) await Promise.resolve();
      };
      return { granted, pending, grantAll };
    }
    afterEach(() => delete (navigator as { wakeLock?: unknown }).wakeLock);

    it('holds one wake-lock request at a time, and no lock outlives End (quick pause/resume, a move)', async () => {
      const lock = stubWakeLock();
      const el = await fixture<ImageryTimer>(html`<imagery-timer></imagery-timer>`);
      el.start();
      el.pause();
      el.resume(); // before the first request has answered
      const parent = el.parentElement!;
      el.remove();
      parent.append(el); // moved in the page right after
      expect(lock.pending, 'one request on its way').to.have.length(1);
      await lock.grantAll();
      expect(
        lock.granted.filter((s) => !s.released),
        'one lock while running'
      ).to.have.length(1);
      await press(el, 'End');
      await lock.grantAll();
      expect(
        lock.granted.filter((s) => !s.released),
        'no lock after End'
      ).to.deep.equal([]);
      // And a request that answers after End is let go at once.
      el.start();
      el.reset();
      await lock.grantAll();
      expect(
        lock.granted.every((s) => s.released),
        'a late lock is released'
      ).to.be.true;
    });

    it('never cancels the host page’s speech when it has nothing of its own to stop', async function () {
      if (!hasSpeech) this.skip();
      const cancel = speechSynthesis.cancel as sinon.SinonSpy;
      const el = await fixture<ImageryTimer>(html`<imagery-timer></imagery-timer>`); // voice off
      await press(el, 'Start');
      await press(el, 'Next step');
      await press(el, 'Pause');
      el.remove();
      expect(cancel.callCount, 'voice off: the host’s read-aloud goes on').to.equal(0);
      const voiced = await fixture<ImageryTimer>(html`<imagery-timer voice></imagery-timer>`);
      await press(voiced, 'Start');
      await press(voiced, 'Pause');
      expect(cancel.callCount, 'its own words are stopped on Pause').to.equal(1);
      voiced.remove();
      expect(cancel.callCount, 'and nothing more to stop on removal').to.equal(1);
    });

    it('gives notice before an online voice, per language of the page', async function () {
      if (!hasSpeech) this.skip();
      sinon.stub(speechSynthesis, 'getVoices').returns([
        { lang: 'en-US', localService: true, name: 'On-device English' },
        { lang: 'es-ES', localService: false, name: 'Online Spanish' }
      ] as SpeechSynthesisVoice[]);
      const page = await fixture<HTMLDivElement>(
        html`<div>
          <div lang="es"><imagery-timer voice></imagery-timer></div>
          <div lang="en"><imagery-timer voice></imagery-timer></div>
        </div>`
      );
      const [spanish, english] = page.querySelectorAll('imagery-timer');
      await Promise.all([spanish.updateComplete, english.updateComplete]);
      expect(words($(spanish, '.options')), 'Spanish page').to.contain('online speech service');
      expect(words($(english, '.options')), 'English page').not.to.contain('online');
      // The stand-in voices are plain objects, which the real setter refuses: record what the timer chose instead.
      const chosen: string[] = [];
      sinon
        .stub(SpeechSynthesisUtterance.prototype, 'voice')
        .set((voice: SpeechSynthesisVoice) => chosen.push(voice.name));
      await press(english, 'Start');
      expect(chosen, 'the on-device voice for the page’s language').to.deep.equal(['On-device English']);
      expect((speechSynthesis.speak as sinon.SinonStub).callCount).to.equal(1);
    });

    it('keeps time on a monotonic clock: a wall clock set back an hour changes nothing', async () => {
      fake();
      const el = await fixture<ImageryTimer>(html`<imagery-timer></imagery-timer>`);
      const steps: number[] = [];
      el.addEventListener('imagery-timer-step', (e) => steps.push(e.detail.index));
      el.start();
      clock!.tick(100_000); // step 3 of 7 (90–150 s)
      expect(el.stepIndex).to.equal(2);
      clock!.setSystemTime(Date.now() - 60 * MIN); // the wall clock goes back an hour
      clock!.tick(1_000);
      await el.updateComplete;
      expect(el.stepIndex, 'no step back').to.equal(2);
      expect(el.remaining).to.equal(199_000);
      clock!.tick(199_000);
      await el.updateComplete;
      expect(el.state, 'the practice ends on time').to.equal('complete');
      expect(steps).to.deep.equal([0, 1, 2, 3, 4, 5, 6]);
    });

    it('survives steps and properties that throw, and treats NaN as unset', async () => {
      const el = await fixture<ImageryTimer>(html`<imagery-timer></imagery-timer>`);
      const nullProto = Object.create(null) as object;
      el.steps = [
        {
          get title(): string {
            throw new Error('hostile getter');
          }
        },
        { title: 'Odd length', seconds: nullProto as unknown as number },
        'Arrive'
      ];
      await el.updateComplete;
      expect(words($(el, '.steps'))).to.contain('Arrive');
      expect(words($(el, '.steps'))).not.to.contain('Odd length');
      el.steps = new Proxy([], {
        get() {
          throw new Error('hostile proxy');
        }
      });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('.steps li')).to.have.length(7); // the practice's own
      const { proxy, revoke } = Proxy.revocable([], {});
      revoke();
      el.steps = proxy;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('.steps li')).to.have.length(7);
      const revokedHeading = Proxy.revocable({}, {});
      revokedHeading.revoke();
      el.heading = revokedHeading.proxy as unknown as string; // a setter that must not throw
      el.steps = null;
      el.heading = NaN as unknown as string;
      el.minutes = NaN;
      await el.updateComplete;
      expect(words($(el, 'h2'))).to.equal('A guided imagery practice');
      expect(el.remaining).to.equal(5 * MIN);
      expect(ours().join('\n')).not.to.contain('NaN');
      expect(ours().length, 'each bad input named once').to.be.at.least(3);
      await press(el, 'Start');
      expect(el.state).to.equal('running');
    });
  });
});
