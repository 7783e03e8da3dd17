import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { DEFAULT_IMAGERY_STEPS, type ImageryStep, type ImageryStepInput } from '../content/imagery-steps.js';
import { Announcer } from '../internal/announcer.js';
import { property, readStrings, state } from '../internal/coerce.js';
import { headingLevel, renderHeading, type HeadingLevel } from '../internal/heading.js';
import { LightDomController } from '../internal/light-dom.js';
import { privateBlock } from '../internal/private.js';
import { VERSION } from '../lib/version.js';
import { Guide } from './guide.js';
import { imageryTimerStyles } from './imagery-timer.styles.js';
import { LogSlot } from './log-slot.js';
import { animate } from './motion.js';
import { plan, type PlannedStep } from './planner.js';
import {
  Session,
  type ImageryTimerCompleteDetail,
  type ImageryTimerState,
  type ImageryTimerStepDetail,
  type SessionEnd
} from './session.js';
import { numberIn, stepsFromList, stepsFromProperty } from './steps.js';
import { IMAGERY_TIMER_STRINGS, type ImageryTimerStrings } from './strings.js';
import { doneView, idleView, runView } from './views.js';

export type { ImageryTimerCompleteDetail, ImageryTimerState, ImageryTimerStepDetail } from './session.js';

const TAG = 'imagery-timer';
/** A person's early End counts in the practice log after this much practice. */
const COUNTS_AFTER = 60_000;

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
 * color. Default: `#6a2b63`.
 * @cssprop --embrace-on-accent - Shared by every widget: words on the accent color. Default: `#ffffff`.
 * @cssprop --embrace-surface - Shared by every widget: card backgrounds. Default: transparent (the banner: the page's
 * text color at 6 %).
 * @cssprop --embrace-border-color - Shared by every widget: card borders and dividers. Default: the page's text color
 * at 25 %.
 * @cssprop --embrace-control-border-color - Shared by every widget: the edges of checkboxes, selects and buttons.
 * Default: the page's text color at 80 %.
 * @cssprop --embrace-muted-color - Shared by every widget: secondary text. Default: the page's text color at 90 %.
 * @cssprop --embrace-radius - Shared by every widget: corner rounding. Default: `0.5rem`.
 * @cssprop --embrace-space - Shared by every widget: padding and gaps. Default: `1rem`.
 * @cssprop --embrace-focus-color - Shared by every widget: the keyboard focus ring. Default: the page's text color.
 * @cssprop --embrace-font-family - Shared by every widget: text. Default: the page's font.
 * @cssprop --embrace-heading-font-family - Shared by every widget: headings. Default: `--embrace-font-family`.
 * @cssprop --embrace-heading-font-weight - Shared by every widget: headings. Default: `600`.
 * @cssprop --embrace-line-height - Shared by every widget: text. Default: `1.5`.
 */
export class ImageryTimer extends LitElement {
  static override styles = imageryTimerStyles;
  /** The library version that defined this element; named in the duplicate-registration warning. */
  static readonly version: string = VERSION;

  private readonly session = new Session(this, {
    plan: () => this.plan,
    stepBegan: (quiet) => this.stepBegan(quiet),
    ended: (end) => this.ended(end),
    welcomeBack: () =>
      this.announcer.say(this.session.phase === 'running' ? `${this.text.back} ${this.stepLine}` : this.text.doneAway),
    halted: () => {
      this.guide.hush();
      for (const animation of this.motion) animation.pause();
    }
  });
  private readonly guide = new Guide(this, () => this.closest('[lang]')?.getAttribute('lang') || 'en');
  /** The polite live region: each step (with its guidance), pause, resume and the end; never the time. */
  private readonly announcer = new Announcer(this);
  private readonly log = new LogSlot(this, this.announcer, (selector) => this.focusAfter(selector));
  private motion: Animation[] = [];

  constructor() {
    super();
    new LightDomController(this, () => {
      const list = stepsFromList(this.querySelector(':scope > ol'));
      if (JSON.stringify(list) !== JSON.stringify(this.listSteps)) this.listSteps = list;
    });
  }

  @state() private listSteps: ImageryStep[] | null = null;
  /** The person's choices before starting; until they choose, the attributes decide. */
  @state() private withOptional?: boolean;
  /** The person ended the practice before its end (End): "You stopped, and that's okay". */
  @state() private stopped = false;

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
    // Moved in the page while running: the page has had its gesture, so sound may resume before the session catches up.
    if (this.session.phase === 'running') this.guide.unlock();
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.guide.close();
  }

  /** Also waits for a lazy part on its way (the practice log, the sound code) and the render it asks for. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await Promise.all([this.log.loading, this.guide.pending]);
    return super.getUpdateComplete();
  }

  protected override updated(): void {
    if (this.remember) void this.log.load();
    for (const animation of this.motion) animation.cancel();
    const { clock, running } = this.session;
    this.motion =
      clock && running
        ? animate(this.renderRoot, clock, this.breath, this.session.phase === 'paused', () => {
            // Only a real step end counts (the animation clock may drift from the session's).
            const now = clock.position();
            if (now.done || now.index !== this.session.index) this.session.wake();
          })
        : [];
  }

  /** What the practice is doing: `idle`, `running`, `paused` or `complete`. */
  get state(): ImageryTimerState {
    return this.session.phase;
  }

  /** The current step's index in the session (0 before starting). */
  get stepIndex(): number {
    return this.session.index;
  }

  /** Milliseconds left in the whole session, from timestamps (the planned length before starting, 0 when done). */
  get remaining(): number {
    return this.session.left()[0];
  }

  /** Starts a practice (from the beginning, also after one finished). Does nothing while one runs or is paused. */
  start(): void {
    if (this.session.running) return;
    const focus = this.hasFocus;
    this.guide.unlock(); // inside the click: phones only allow audio from a gesture
    this.log.clear();
    this.stopped = false;
    this.fire('start');
    this.session.start(); // plans anew, with whatever steps and length are set by then
    if (focus) void this.focusAfter('.primary');
  }

  /** Pauses the running practice: time stops, speech stops, the screen may sleep. */
  pause(): void {
    if (this.session.phase !== 'running') return;
    this.session.pause();
    this.announcer.say(this.text.paused);
    this.fire('pause');
  }

  /** Resumes a paused practice where it stopped. */
  resume(): void {
    if (this.session.phase !== 'paused') return;
    this.guide.unlock(); // inside the click: the audio may have been let go while paused (a move in the page)
    this.session.resume();
    this.announcer.say(this.text.resumed);
    this.fire('resume');
  }

  /** Goes to the next step (on the last step, finishes the practice). */
  next(): void {
    this.session.skip(this.session.index + 1);
  }

  /** Goes back to the start of the previous step (on the first step, to its start). */
  previous(): void {
    this.session.skip(this.session.index - 1);
  }

  /** Stops any practice and shows the start screen again. No event: nothing finished. */
  reset(): void {
    const focus = this.hasFocus;
    this.session.reset();
    this.announcer.say('');
    if (focus) void this.focusAfter('.primary');
  }

  private get text(): ImageryTimerStrings {
    return readStrings(IMAGERY_TIMER_STRINGS, this.strings, TAG);
  }

  private get hasFocus(): boolean {
    return this.shadowRoot?.activeElement != null;
  }

  /** The steps to show: the `steps` property, else the `<ol>` inside, else the practice's own. */
  private get source(): readonly ImageryStep[] {
    return stepsFromProperty(this.steps) ?? this.listSteps ?? DEFAULT_IMAGERY_STEPS;
  }

  /** The session as it would start now. */
  private get plan(): PlannedStep[] {
    const withOptional = this.withOptional ?? !this.skipOptional;
    return plan(this.source, numberIn(this.minutes, 5, 0.5, 180, 'minutes') * 60, withOptional);
  }

  private get breath(): [number, number] {
    return [numberIn(this.breathIn, 4, 2, 12, 'breath-in'), numberIn(this.breathOut, 6, 2, 12, 'breath-out')];
  }

  private fire(name: string, detail: unknown = null): void {
    this.dispatchEvent(new CustomEvent(`imagery-timer-${name}`, { bubbles: true, composed: true, detail }));
  }

  /** After the next render, focuses the control (or heading) that replaced the one that had focus. */
  private async focusAfter(selector: string): Promise<void> {
    await super.getUpdateComplete(); // the render only: never wait for a lazy file to move focus
    const target = this.renderRoot.querySelector<HTMLElement>(selector);
    if (target && target.localName[0] === 'h') target.tabIndex = -1; // a heading: focusable by script only
    target?.focus();
  }

  /** "Step 3 of 7: Create your scene", as the live region says it. */
  private get stepLine(): string {
    const { index, steps } = this.session;
    return `${this.text.stepOf(index + 1, steps.length)}: ${steps[index].title}`;
  }

  /**
   * A step began: tell the host, and (when the person can see or hear it) say it once, in one voice: spoken guidance
   * when the voice is on, else the live region with the step's guidance and breathing pace.
   */
  private stepBegan(quiet: boolean): void {
    const { index, steps } = this.session;
    const step = steps[index];
    this.fire('step', { index, title: step.title });
    this.guide.hush();
    if (quiet) return;
    // Skipped while paused: said in words (the step's title), with no chime or voice until Resume.
    if (this.session.phase !== 'running') return this.announcer.say(this.stepLine);
    this.guide.chime();
    const pace = step.breath ? ` ${this.text.breathPace(...this.breath)}` : '';
    if (!this.guide.speak(`${step.title}. ${step.text}${pace}`))
      this.announcer.say(`${this.stepLine}.${step.text ? ` ${step.text}` : ''}${pace}`);
  }

  private ended({ elapsed, reached, quiet, byPerson, stopped }: SessionEnd): void {
    const focus = this.hasFocus;
    const t = this.text;
    this.stopped = stopped;
    // Said once: focus moves to the heading that says it, or, without focus in the widget, the live region does.
    if (this.session.away) this.announcer.say(t.doneAway);
    else if (!focus) this.announcer.say(stopped ? t.stoppedHeading : t.doneHeading);
    else this.announcer.say('');
    if (!quiet) this.guide.chime();
    const counts = !byPerson || elapsed >= COUNTS_AFTER;
    if (this.remember) this.log.ended(counts);
    this.fire('complete', { elapsed, steps: reached });
    if (focus) void this.focusAfter('#done');
  }

  private get toggles() {
    const optional = this.source.filter((step) => step.optional).map((step) => step.title);
    const on = this.withOptional ?? !this.skipOptional;
    const choice = { label: this.text.includeOptional(optional), on, set: (v: boolean) => (this.withOptional = v) };
    return [...(optional[0] ? [choice] : []), ...this.guide.toggles(this.text)];
  }

  protected override render(): TemplateResult {
    const t = this.text;
    const level = headingLevel(this.headingLevel, 2, TAG);
    const sub = Math.min(level + 1, 6) as HeadingLevel;
    const { phase, steps, away } = this.session;
    const view =
      phase === 'idle'
        ? idleView(t, steps, this.remaining, this.toggles, this.guide.onlineNote, () => this.start())
        : phase === 'complete'
          ? doneView(t, sub, this.stopped, away, () => this.start())
          : runView(t, sub, this.session, this.breath, this);
    const log = this.remember && (phase === 'idle' || phase === 'complete') ? this.log.render(t) : nothing;
    return html`<section part="base" class="base ${phase}" aria-labelledby="heading">
      ${renderHeading(level, this.heading?.trim() || t.heading)} ${view}
      ${privateBlock('', 'said', html`${log} ${this.announcer.render()}`) /* the count, and the live region that says it */}
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
