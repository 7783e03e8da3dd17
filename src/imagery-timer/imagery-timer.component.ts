import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { DEFAULT_IMAGERY_STEPS, type ImageryStep, type ImageryStepInput } from '../content/imagery-steps.js';
import { Announcer } from '../internal/announcer.js';
import { tick } from '../internal/tick.js';
import { property, readStrings } from '../internal/coerce.js';
import { headingLevel, renderHeading, type HeadingLevel } from '../internal/heading.js';
import { LightDomController } from '../internal/light-dom.js';
import { createStorage } from '../lib/storage.js';
import { VERSION } from '../lib/version.js';
import { warnOnce } from '../lib/warn.js';
import { Chime } from './chime.js';
import { SessionClock } from './clock.js';
import { imageryTimerStyles } from './imagery-timer.styles.js';
import { PracticeLog } from './log.js';
import { plan, type PlannedStep } from './planner.js';
import { Voice } from './speech.js';
import { stepsFromList, stepsFromProperty } from './steps.js';
import { IMAGERY_TIMER_STRINGS, type ImageryTimerStrings } from './strings.js';
import { ScreenWakeLock } from './wake-lock.js';

const TAG = 'imagery-timer';
/** The clock's text changes on the half-minute ("About 3 min left"); nothing else is due between step changes. */
const TEXT_EVERY = 30_000;
/** A timer that fires this much later than asked slept or was throttled: the steps it finds passed in silence. */
const LATE = 2_000;
/** A person's early End counts in the practice log after this much practice. */
const COUNTS_AFTER = 60_000;

export type ImageryTimerState = 'idle' | 'running' | 'paused' | 'complete';

export interface ImageryTimerStepDetail {
  /** The step's index (0-based) in the session as it runs. */
  index: number;
  title: string;
}

export interface ImageryTimerCompleteDetail {
  /** Milliseconds of practice (paused time left out). */
  elapsed: number;
  /** How many of the session's steps were reached. */
  steps: number;
}

/** A number attribute or property within [min, max], else `fallback` with one warning. */
function numberIn(value: unknown, fallback: number, min: number, max: number, attribute: string): number {
  if (value == null || value === '') return fallback;
  const n = Number(value); // " 5 " and 5 alike
  if (n >= min && n <= max) return n;
  warnOnce(`<${TAG}>: ${attribute}="${String(value)}" is not a number from ${min} to ${max}; using ${fallback}.`);
  return fallback;
}

/**
 * @summary A guided-imagery practice, step by step: exact time, gentle guidance, and nothing kept unless asked.
 * @tag imagery-timer
 *
 * With no attributes it offers the practice's seven steps over five minutes. Time is always worked out from
 * timestamps, so a hidden tab or a sleeping laptop comes back to the right step at once (in silence, with a "welcome
 * back"). The session's time shows in whole minutes and the step's as a bar: watching seconds is its own pressure.
 * Breath steps show a pacer, a plain "breathe in / breathe out" cue with reduced motion. A soft Web Audio chime and
 * spoken guidance are off until chosen, and start on the Start click so phones play them. The screen stays on while
 * a practice runs, where the browser allows.
 *
 * An `<ol>` inside the element (`<li data-title data-seconds data-weight data-optional data-breath>`) replaces the
 * default steps and is what a reader without JavaScript sees; the `steps` property takes an array.
 *
 * With `remember`, the finish screen offers a count of practices kept only in this browser (never a streak), and a
 * "Forget my practice history" button. Nothing is stored until the person chooses it.
 *
 * @fires {CustomEvent<null>} imagery-timer-start - A practice started.
 * @fires {CustomEvent<ImageryTimerStepDetail>} imagery-timer-step - A step began (the first one too), by time or by
 * Next/Previous. After a hidden or sleeping stretch, only the step the session landed on.
 * @fires {CustomEvent<null>} imagery-timer-pause - The practice was paused.
 * @fires {CustomEvent<null>} imagery-timer-resume - The practice was resumed.
 * @fires {CustomEvent<ImageryTimerCompleteDetail>} imagery-timer-complete - The practice finished or was ended. Once
 * per practice, also when it finished while the page was hidden.
 *
 * @csspart base - The whole widget.
 * @csspart heading - The headings (the widget's and the current step's).
 * @csspart steps - The list of steps before starting.
 * @csspart options - The choices before starting (optional step, chime, voice).
 * @csspart step - The current step: its number, title and guidance.
 * @csspart pacer - The breathing pacer.
 * @csspart bar - The bar that fills over the current step.
 * @csspart time - The session's time left.
 * @csspart controls - Pause/Resume, Previous, Next and End.
 * @csspart button - Every button.
 * @csspart log - The practice count and its "forget" button.
 *
 * @cssprop --imagery-timer-accent - The Start/Pause button's fill. Default: `--embrace-accent`.
 * @cssprop --imagery-timer-on-accent - Text on the accent. Default: `--embrace-on-accent`.
 * @cssprop --imagery-timer-surface - Background. Default: `--embrace-surface`.
 * @cssprop --imagery-timer-radius - Corner rounding. Default: `--embrace-radius`.
 * @cssprop --imagery-timer-gap - Space between parts. Default: `--embrace-space`.
 * @cssprop --imagery-timer-border-color - Border. Default: `--embrace-border-color`.
 *
 * @cssprop --embrace-accent - Shared by every widget: button fills, checked boxes; markers mix it with the page's text
 * colour. Default: `#6a2b63`.
 * @cssprop --embrace-on-accent - Shared by every widget: words on the accent colour. Default: `#ffffff`.
 * @cssprop --embrace-surface - Shared by every widget: card backgrounds. Default: transparent (the banner: the page's
 * text colour at 6 %).
 * @cssprop --embrace-border-color - Shared by every widget: card borders and dividers. Default: the page's text colour
 * at 25 %.
 * @cssprop --embrace-control-border-color - Shared by every widget: the edges of checkboxes, selects and buttons.
 * Default: the page's text colour at 80 %.
 * @cssprop --embrace-muted-color - Shared by every widget: secondary text. Default: the page's text colour at 90 %.
 * @cssprop --embrace-radius - Shared by every widget: corner rounding. Default: `0.5rem`.
 * @cssprop --embrace-space - Shared by every widget: padding and gaps. Default: `1rem`.
 * @cssprop --embrace-focus-color - Shared by every widget: the keyboard focus ring. Default: the page's text colour.
 * @cssprop --embrace-font-family - Shared by every widget: text. Default: the page's font.
 * @cssprop --embrace-heading-font-family - Shared by every widget: headings. Default: `--embrace-font-family`.
 * @cssprop --embrace-heading-font-weight - Shared by every widget: headings. Default: `600`.
 * @cssprop --embrace-line-height - Shared by every widget: text. Default: `1.5`.
 */
export class ImageryTimer extends LitElement {
  static override styles = imageryTimerStyles;
  /** The library version that defined this element; named in the duplicate-registration warning. */
  static readonly version: string = VERSION;

  private clock: SessionClock | null = null;
  private timer?: ReturnType<typeof setTimeout>;
  /** Wall time at which the pending timer was due: a much later wake-up means sleep or throttling. */
  private due = 0;
  private readonly chimer = new Chime();
  private readonly voicer = new Voice(() => this.requestUpdate());
  private readonly wakeLock = new ScreenWakeLock();
  /** The polite live region: each step change, pause, resume and the end; never the time. */
  private readonly announcer = new Announcer(this);
  private readonly log = new PracticeLog(createStorage());
  private motion: Animation[] = [];

  constructor() {
    super();
    new LightDomController(this, () => {
      const list = stepsFromList(this.querySelector(':scope > ol'));
      if (JSON.stringify(list) !== JSON.stringify(this.listSteps)) this.listSteps = list;
    });
  }

  @state() private phase: ImageryTimerState = 'idle';
  @state() private index = 0;
  @state() private listSteps: ImageryStep[] | null = null;
  /** The person's choices before starting; until they choose, the attributes decide. */
  @state() private withOptional?: boolean;
  @state() private chimeOn?: boolean;
  @state() private voiceOn?: boolean;
  /** Steps went by while the page was hidden or the device slept: say "welcome back" once it is seen. */
  @state() private away = false;
  /** Whether the person, back on the page, has heard what happened while they were away. */
  private welcomed = false;
  /** Whether the practice that just finished counts in the log (a finish, or an End after a minute). */
  private counts = false;
  /** The practice log's line: a count, an offer, or a quiet note when storage is not there. */
  @state() private logNote: 'offer' | 'off' | 'forgotten' | '' = '';

  /** The heading. Default: "A guided imagery practice". */
  @property() heading?: string;

  /** The heading's level, 2–6. Default: 2. */
  @property({ attribute: 'heading-level' }) headingLevel?: string | number;

  /** The session's length in minutes (0.5–180), shared by the steps by weight. Default: 5. */
  @property() minutes?: string | number;

  /** Leave the optional step out unless the person includes it. */
  @property({ type: Boolean, attribute: 'skip-optional' }) skipOptional = false;

  /** Start with the soft chime between steps turned on. */
  @property({ type: Boolean }) chime = false;

  /** Start with spoken guidance turned on. */
  @property({ type: Boolean }) voice = false;

  /** Seconds to breathe in on breath steps (2–12). Default: 4. */
  @property({ attribute: 'breath-in' }) breathIn?: string | number;

  /** Seconds to breathe out on breath steps (2–12). Default: 6. */
  @property({ attribute: 'breath-out' }) breathOut?: string | number;

  /** Offer an on-device practice log (the person still chooses to keep it). */
  @property({ type: Boolean }) remember = false;

  /**
   * The steps, replacing the `<ol>` inside and the practice's own: an array of `{title, text, seconds, weight,
   * optional, breath}` (a string is a title). Invalid entries are left out with a warning; with none left, the
   * practice's seven are used.
   */
  @property({ attribute: false }) steps?: ImageryStepInput[] | null;

  /** Overrides for any of the element's words (see `ImageryTimerStrings`). */
  @property({ attribute: false }) strings: Partial<ImageryTimerStrings> = {};

  override connectedCallback(): void {
    super.connectedCallback();
    // Also covers a page restored from the back/forward cache: it turns visible again.
    document.addEventListener('visibilitychange', this.onVisible);
    if (this.phase !== 'running') return;
    // Moved in the page: pick the session up where the clock is (the page has had its gesture, so sound may resume).
    if (this.soundOn) this.chimer.unlock();
    this.onVisible();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onVisible);
    this.halt();
    this.chimer.close();
    this.voicer.close();
  }

  protected override updated(): void {
    this.syncMotion();
  }

  /** What the practice is doing: `idle`, `running`, `paused` or `complete`. */
  get state(): ImageryTimerState {
    return this.phase;
  }

  /** The current step's index in the session (0 before starting). */
  get stepIndex(): number {
    return this.index;
  }

  /** Milliseconds left in the whole session, from timestamps (the planned length before starting, 0 when done). */
  get remaining(): number {
    if (this.phase === 'complete') return 0;
    if (this.clock) return this.clock.position().remaining;
    const last = this.plan.at(-1)!;
    return last.start + last.length;
  }

  /** Starts a practice (from the beginning, also after one finished). Does nothing while one runs or is paused. */
  start(): void {
    if (this.phase === 'running' || this.phase === 'paused') return;
    const focus = this.hasFocus;
    if (this.soundOn) this.chimer.unlock(); // inside the click: phones only allow audio from a gesture
    this.clock = null; // Start again plans anew, with whatever steps and length are set by then
    this.clock = new SessionClock(this.plan);
    this.phase = 'running';
    this.index = 0;
    this.away = false;
    this.logNote = '';
    this.fire('start');
    this.enterStep(false);
    void this.wakeLock.acquire();
    this.schedule();
    if (focus) void this.focusAfter('.primary');
  }

  /** Pauses the running practice: time stops, speech stops, the screen may sleep. */
  pause(): void {
    if (this.phase !== 'running') return;
    this.clock!.pause();
    this.phase = 'paused';
    this.halt();
    this.announcer.say(this.text.paused);
    this.fire('pause');
  }

  /** Resumes a paused practice where it stopped. */
  resume(): void {
    if (this.phase !== 'paused') return;
    this.clock!.resume();
    this.phase = 'running';
    this.away = false;
    this.announcer.say(this.text.resumed);
    void this.wakeLock.acquire();
    this.fire('resume');
    this.schedule();
  }

  /** Goes to the next step (on the last step, finishes the practice). */
  next(): void {
    this.skip(this.index + 1);
  }

  /** Goes back to the start of the previous step (on the first step, to its start). */
  previous(): void {
    this.skip(this.index - 1);
  }

  /** Stops any practice and shows the start screen again. No event: nothing finished. */
  reset(): void {
    const focus = this.hasFocus;
    this.halt();
    this.clock = null;
    this.phase = 'idle';
    this.index = 0;
    this.away = false;
    this.announcer.say('');
    if (focus) void this.focusAfter('.primary');
  }

  private get text(): ImageryTimerStrings {
    return readStrings(IMAGERY_TIMER_STRINGS, this.strings, TAG);
  }

  private get hasFocus(): boolean {
    return this.shadowRoot?.activeElement != null;
  }

  private get withOptionalStep(): boolean {
    return this.withOptional ?? !this.skipOptional;
  }

  private get soundOn(): boolean {
    return Chime.supported && (this.chimeOn ?? this.chime);
  }

  private get speechOn(): boolean {
    return Voice.supported && (this.voiceOn ?? this.voice);
  }

  /** The steps to show: the `steps` property, else the `<ol>` inside, else the practice's own. */
  private get source(): readonly ImageryStep[] {
    return stepsFromProperty(this.steps) ?? this.listSteps ?? DEFAULT_IMAGERY_STEPS;
  }

  /** The session as it would run now, or runs. */
  private get plan(): PlannedStep[] {
    if (this.clock) return [...this.clock.steps];
    return plan(this.source, numberIn(this.minutes, 5, 0.5, 180, 'minutes') * 60, this.withOptionalStep);
  }

  private get breath(): [number, number] {
    return [numberIn(this.breathIn, 4, 2, 12, 'breath-in'), numberIn(this.breathOut, 6, 2, 12, 'breath-out')];
  }

  private fire(name: string, detail: unknown = null): void {
    this.dispatchEvent(new CustomEvent(`imagery-timer-${name}`, { bubbles: true, composed: true, detail }));
  }

  /** After the next render, focuses the control (or heading) that replaced the one that had focus. */
  private async focusAfter(selector: string): Promise<void> {
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>(selector);
    if (target && target.localName[0] === 'h') target.tabIndex = -1; // a heading: focusable by script only
    target?.focus();
  }

  /** Stops everything that runs between renders: the timer, the wake lock, speech and animations. */
  private halt(): void {
    clearTimeout(this.timer);
    this.wakeLock.release();
    this.voicer.cancel();
    for (const animation of this.motion) animation.pause();
  }

  private skip(index: number): void {
    if (!this.clock || this.phase === 'idle' || this.phase === 'complete') return;
    this.clock.jump(index);
    this.away = false;
    this.sync(false, true);
  }

  /** Arms one timer for the next moment something changes: a step's end, or the clock's text. */
  private schedule(): void {
    clearTimeout(this.timer);
    if (this.phase !== 'running' || !this.isConnected) return;
    const { index, elapsed, remaining } = this.clock!.position();
    const step = this.clock!.steps[index];
    const wait = Math.max(Math.min(step.start + step.length - elapsed, remaining % TEXT_EVERY || TEXT_EVERY), 1);
    this.due = Date.now() + wait;
    this.timer = setTimeout(this.wake, wait);
  }

  /**
   * Brings what is shown up to the clock. `missed`: time went by unseen (a late timer, a hidden page), so steps that
   * passed change in silence and the person gets a "welcome back". `skipped`: the person pressed Next or Previous.
   */
  private sync(missed = false, skipped = false): void {
    const clock = this.clock;
    if (!clock || this.phase === 'idle' || this.phase === 'complete') return;
    const quiet = missed || document.hidden;
    const { index, done, elapsed } = clock.position();
    if (done) return this.finish(elapsed, quiet, skipped);
    if (index !== this.index || skipped) {
      this.away = quiet; // a step the person saw begin replaces any "welcome back"
      this.welcomed = false;
      this.index = index;
      this.enterStep(quiet);
    }
    this.requestUpdate(); // the time left
    this.schedule(); // nothing while paused
  }

  /** "Step 3 of 7: Create your scene", as the live region says it. */
  private get stepLine(): string {
    return `${this.text.stepOf(this.index + 1, this.clock!.steps.length)}: ${this.clock!.steps[this.index].title}`;
  }

  /** A step began: tell the host, announce it once, and (when the person can hear it) chime and speak. */
  private enterStep(quiet: boolean): void {
    const step = this.clock!.steps[this.index];
    this.fire('step', { index: this.index, title: step.title });
    this.announcer.say(this.stepLine);
    this.voicer.cancel();
    if (quiet || this.phase !== 'running') return;
    if (this.soundOn) this.chimer.play();
    if (this.speechOn)
      this.voicer.speak(`${step.title}. ${step.text}`, this.closest('[lang]')?.getAttribute('lang') || 'en');
  }

  private finish(elapsed: number, quiet: boolean, byPerson: boolean): void {
    if (this.phase === 'complete') return;
    const focus = this.hasFocus;
    const t = this.text;
    // A practice that ran to its end reached every step, also those that went by unseen.
    const reached = elapsed >= this.clock!.total ? this.clock!.steps.length : this.index + 1;
    this.halt();
    this.phase = 'complete';
    this.away = quiet && !byPerson;
    this.welcomed = false;
    this.announcer.say(this.away ? t.doneAway : t.doneHeading);
    if (!quiet && this.soundOn) this.chimer.play();
    this.counts = !byPerson || elapsed >= COUNTS_AFTER;
    if (this.remember && this.log.kept) {
      if (this.counts && !this.log.add()) this.logNote = 'off';
    } else if (this.remember) this.logNote = 'offer';
    this.fire('complete', { elapsed, steps: reached });
    if (focus) void this.focusAfter('#done');
  }

  /** The timer fired, or the step bar ran out: catch up with the clock (in silence if this wake-up came late). */
  private wake = (): void => this.sync(Date.now() - this.due > LATE);

  private onVisible = (): void => {
    if (document.hidden) return;
    if (this.phase === 'running') {
      void this.wakeLock.acquire(); // the browser let it go while the page was hidden
      this.sync(true);
    }
    // One gentle line for what went by unseen, instead of the chimes and words that were skipped; said when the
    // person is back, since a line said to a hidden page is gone (cleared) by then.
    if (this.away && !this.welcomed && this.phase !== 'paused') {
      this.welcomed = true; // once: not again at every later return to the tab
      this.announcer.say(this.phase === 'running' ? `${this.text.back} ${this.stepLine}` : this.text.doneAway);
    }
  };

  private onEnd(): void {
    if (!this.clock) return;
    this.finish(this.clock.position().elapsed, false, true);
  }

  private onRemember(): void {
    this.logNote = this.log.add(Date.now(), this.counts) ? '' : 'off';
    this.announcer.say(this.logNote ? this.text.storageOff : this.text.count(this.log.countWeek()));
    void this.focusAfter(this.logNote ? '.primary' : '.log button'); // the offer's button just went away
  }

  private onForget(): void {
    this.logNote = this.log.forget() ? 'forgotten' : 'off';
    this.announcer.say(this.logNote === 'off' ? this.text.storageOff : this.text.forgotten);
    void this.focusAfter('.primary'); // the button just went away
  }

  /**
   * Puts the bar and the pacer where the clock is: composited animations (transform, opacity) and no script per
   * frame. Each animation moves in `steps()`, a dozen a second for the orb and four for the bar: the compositor only
   * makes (and tells the main thread about) a frame when something moved, so a gliding 60 fps bar would cost the
   * page about as much as a text rewritten every second, and these cost a fraction of it (`npm run bench`).
   */
  private syncMotion(): void {
    for (const animation of this.motion) animation.cancel();
    this.motion = [];
    const clock = this.clock;
    if (!clock || (this.phase !== 'running' && this.phase !== 'paused')) return;
    const root = this.renderRoot;
    const { index, inStep } = clock.position();
    const step = clock.steps[index];
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    const bar = root.querySelector('.fill');
    const add = (el: Element | null, frames: Keyframe[], options: KeyframeAnimationOptions): void => {
      const animation = el?.animate?.(frames, { fill: 'both', ...options });
      if (animation) this.motion.push(animation);
    };
    const ticks = (ms: number, every: number) => `steps(${Math.max(Math.round(ms / every), 1)})`;
    // With reduced motion the bar moves in a few still steps (every 15 s) instead of creeping.
    add(bar, [{ transform: 'scaleX(0)' }, { transform: 'scaleX(1)' }], {
      duration: step.length,
      easing: ticks(step.length, still ? 15_000 : 250)
    });
    // The bar ends with its step, and its finish event comes in the first frame after the page could not run (a
    // stopped tab, a suspended laptop whose monotonic clock kept going), ahead of the overdue timer: that frame
    // already shows the right step. Only a real step end counts (the animation clock may drift from the wall clock).
    if (this.motion[0]) {
      this.motion[0].onfinish = () => {
        const now = clock.position();
        if (now.done || now.index !== this.index) this.wake();
      };
    }
    if (step.breath) {
      const [inhale, exhale] = this.breath;
      const duration = (inhale + exhale) * 1000;
      const turn = inhale / (inhale + exhale);
      const cue = { duration, iterations: Infinity, easing: ticks(duration, 80) };
      if (!still) {
        const ease = 'ease-in-out'; // each breath starts and ends softly
        add(
          root.querySelector('.orb'),
          [
            { transform: 'scale(.55)', easing: ease },
            { transform: 'scale(1)', offset: turn, easing: ease },
            { transform: 'scale(.55)' }
          ],
          cue
        );
      }
      // The words swap at the turn of the breath (no movement, so reduced motion keeps them).
      const swap = (a: number, b: number): Keyframe[] => [
        { opacity: a, easing: 'step-end' },
        { opacity: b, offset: turn },
        { opacity: b }
      ];
      add(root.querySelector('.in'), swap(1, 0), cue);
      add(root.querySelector('.out'), swap(0, 1), cue);
    }
    for (const animation of this.motion) {
      animation.currentTime = inStep;
      if (this.phase === 'paused') animation.pause();
    }
  }

  private renderIdle(t: ImageryTimerStrings): TemplateResult {
    const optional = this.source.filter((step) => step.optional).map((step) => step.title);
    const voiceOn = this.speechOn;
    const toggle = (label: string, on: boolean, set: (on: boolean) => void) =>
      html`<label
        ><span class="check"
          ><input
            type="checkbox"
            .checked=${on}
            @change=${(e: Event) => set((e.target as HTMLInputElement).checked)}
          />${tick}</span
        >
        <span>${label}</span></label
      >`;
    return html`<p>${t.intro}</p>
      <p class="label" id="steps-label">${t.stepsLabel}</p>
      <ol part="steps" class="steps" aria-labelledby="steps-label">
        ${this.plan.map((step) => {
          const sec = Math.round(step.length / 1000);
          return html`<li>
            <span>${step.title}${step.optional ? html` <span class="muted">${t.optionalTag}</span>` : nothing}</span>
            <span class="muted">${t.length(Math.floor(sec / 60), sec % 60)}</span>
          </li>`;
        })}
      </ol>
      <div part="options" class="options">
        ${optional[0] ? toggle(t.includeOptional(optional), this.withOptionalStep, (on) => (this.withOptional = on)) : nothing}
        ${Chime.supported ? toggle(t.chime, this.soundOn, (on) => (this.chimeOn = on)) : nothing}
        ${Voice.supported ? toggle(t.voice, voiceOn, (on) => (this.voiceOn = on)) : nothing}
        ${voiceOn && this.voicer.onlineOnly ? html`<p class="muted">${t.voiceOnline}</p>` : nothing}
      </div>
      ${this.renderButton(t.start, this.start, 'primary')} ${this.renderLog(t)}`;
  }

  private renderRun(t: ImageryTimerStrings, sub: HeadingLevel): TemplateResult {
    const clock = this.clock!;
    const step = clock.steps[this.index];
    const paused = this.phase === 'paused';
    const [inhale, exhale] = this.breath;
    return html`${this.away ? html`<p class="note">${t.welcomeBack}</p>` : nothing}
      <div part="step" class="step">
        <p class="muted">${t.stepOf(this.index + 1, clock.steps.length)}</p>
        ${renderHeading(sub, step.title, 'now')} ${step.text ? html`<p>${step.text}</p>` : nothing}
        ${step.breath ? html`<p class="visually-hidden">${t.breathPace(inhale, exhale)}</p>` : nothing}
      </div>
      ${
        step.breath
          ? html`<div part="pacer" class="pacer" aria-hidden="true">
              <span class="orb"></span> <span class="in">${t.breatheIn}</span> <span class="out">${t.breatheOut}</span>
            </div>`
          : nothing
      }
      <div part="bar" class="bar" aria-hidden="true"><span class="fill"></span></div>
      <p part="time" class="time" role="timer">${paused ? `${t.paused}. ` : ''}${t.left(clock.position().remaining)}</p>
      <div part="controls" class="controls">
        ${paused ? this.renderButton(t.resume, this.resume, 'primary') : this.renderButton(t.pause, this.pause, 'primary')}
        ${this.renderButton(t.previous, this.previous)} ${this.renderButton(t.next, this.next)}
        ${this.renderButton(t.end, this.onEnd)}
      </div>`;
  }

  private renderDone(t: ImageryTimerStrings, sub: HeadingLevel): TemplateResult {
    return html`${renderHeading(sub, t.doneHeading, 'done')}
      ${this.away ? html`<p class="note">${t.doneAway}</p>` : nothing}
      <p>${t.doneText}</p>
      <p>${t.reflection}</p>
      ${this.renderButton(t.again, this.start, 'primary')} ${this.renderLog(t)}`;
  }

  /** The practice log, only with `remember`: the offer, the count with "forget", or a quiet note. */
  private renderLog(t: ImageryTimerStrings): TemplateResult | typeof nothing {
    if (!this.remember) return nothing;
    const note = this.logNote;
    if (note === 'off' || note === 'forgotten') {
      return html`<p part="log" class="log muted">${note === 'off' ? t.storageOff : t.forgotten}</p>`;
    }
    if (this.log.kept) {
      return html`<div part="log" class="log">
        <p>${t.count(this.log.countWeek())}</p>
        ${this.renderButton(t.forget, this.onForget)}
      </div>`;
    }
    return note === 'offer'
      ? html`<div part="log" class="log">
          <p>${t.rememberOffer}</p>
          ${this.renderButton(t.remember, this.onRemember)}
        </div>`
      : nothing;
  }

  private renderButton(label: string, action: () => void, kind = ''): TemplateResult {
    // The main button is filled (its words in a span of their own colour: see .solid); the others are outlined.
    return kind
      ? html`<button part="button" type="button" class="${kind} solid" @click=${action}><span>${label}</span></button>`
      : html`<button part="button" type="button" class="ghost" @click=${action}>${label}</button>`;
  }

  protected override render(): TemplateResult {
    const t = this.text;
    const level = headingLevel(this.headingLevel, 2, TAG);
    const sub = Math.min(level + 1, 6) as HeadingLevel;
    const phase = this.phase;
    return html`<section part="base" class="base ${phase}" aria-labelledby="heading">
      ${renderHeading(level, this.heading?.trim() || t.heading)}
      ${phase === 'idle' ? this.renderIdle(t) : phase === 'complete' ? this.renderDone(t, sub) : this.renderRun(t, sub)}
      ${this.announcer.render()}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'imagery-timer': ImageryTimer;
  }
  interface GlobalEventHandlersEventMap {
    'imagery-timer-start': CustomEvent<null>;
    'imagery-timer-step': CustomEvent<ImageryTimerStepDetail>;
    'imagery-timer-pause': CustomEvent<null>;
    'imagery-timer-resume': CustomEvent<null>;
    'imagery-timer-complete': CustomEvent<ImageryTimerCompleteDetail>;
  }
}
