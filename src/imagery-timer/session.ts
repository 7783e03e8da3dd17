import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SessionClock } from './clock.js';
import type { PlannedStep } from './planner.js';
import { ScreenWakeLock } from './wake-lock.js';

/** The clock's words change on the half-minute ("About 3 min left"); nothing else is due between step changes. */
const TEXT_EVERY = 30_000;
/** A timer that fires this much later than asked slept or was throttled: the steps it finds passed in silence. */
const LATE = 2_000;

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

/** How a session ended. */
export interface SessionEnd {
  /** Milliseconds of practice (paused time left out). */
  elapsed: number;
  /** How many steps were reached. */
  reached: number;
  /** Nobody saw it end (the page was hidden, or the device slept). */
  quiet: boolean;
  /** The person ended it: End, or Next on the last step. */
  byPerson: boolean;
  /** The person stopped before the end (End): met as a choice, not as a completion. */
  stopped: boolean;
}

/** What the element does when the session moves; the session itself only keeps time. */
export interface SessionHooks {
  /** The steps as they would run if the session started now. */
  plan(): PlannedStep[];
  /** Step `index` began, by time or by the person. `quiet`: nobody saw it begin. */
  stepBegan(quiet: boolean): void;
  ended(end: SessionEnd): void;
  /** The person is back on the page after steps went by unseen; said once. */
  welcomeBack(): void;
  /** Everything that runs between renders stops (speech, animations): a pause, the end, removal. */
  halted(): void;
}

/**
 * A practice session as a Lit controller: the clock, the one timer for the next change, the screen wake lock and the
 * page's visibility. It keeps exact time from timestamps (see `SessionClock`), wakes only when something is due
 * (a step's end, the clock's words), and after a hidden or sleeping stretch catches up in silence.
 */
export class Session implements ReactiveController {
  phase: ImageryTimerState = 'idle';
  index = 0;
  /** Steps went by while the page was hidden or the device slept: the element shows a "welcome back". */
  away = false;
  clock: SessionClock | null = null;
  /** Whether the person, back on the page, has heard what happened while they were away. */
  private welcomed = false;
  private timer?: ReturnType<typeof setTimeout>;
  /** The clock's time at which the pending timer was due: a much later wake-up means sleep or throttling. */
  private due = 0;
  private readonly wakeLock = new ScreenWakeLock();

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly on: SessionHooks
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Also covers a page restored from the back/forward cache: it turns visible again.
    document.addEventListener('visibilitychange', this.onVisible);
    // Moved in the page: pick the session up where the clock is.
    if (this.phase === 'running') this.onVisible();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisible);
    this.halt();
  }

  get running(): boolean {
    return this.phase === 'running' || this.phase === 'paused';
  }

  get steps(): readonly PlannedStep[] {
    return this.clock?.steps ?? this.on.plan();
  }

  /** Milliseconds left in the session and in the current step. */
  left(): [session: number, step: number] {
    if (this.phase === 'complete') return [0, 0];
    if (!this.clock) return [this.total(this.on.plan()), 0];
    const { remaining, inStep, index } = this.clock.position();
    return [remaining, this.clock.steps[index].length - inStep];
  }

  total(steps: readonly PlannedStep[]): number {
    const last = steps[steps.length - 1];
    return last.start + last.length;
  }

  start(): void {
    this.clock = new SessionClock(this.on.plan());
    this.phase = 'running';
    this.index = 0;
    this.away = false;
    this.host.requestUpdate();
    this.on.stepBegan(false);
    void this.wakeLock.acquire();
    this.schedule();
  }

  pause(): void {
    this.clock!.pause();
    this.phase = 'paused';
    this.host.requestUpdate();
    this.halt();
  }

  resume(): void {
    this.clock!.resume();
    this.phase = 'running';
    this.away = false;
    this.host.requestUpdate();
    void this.wakeLock.acquire();
    this.schedule();
  }

  /** Moves to the start of step `index` (past the last, the session ends by the person's choice). */
  skip(index: number): void {
    if (!this.clock || !this.running) return;
    this.clock.jump(index);
    this.away = false;
    this.sync(false, true);
  }

  /** The person pressed End. */
  end(): void {
    if (this.clock && this.running) this.finish(this.clock.position().elapsed, false, true, true);
  }

  reset(): void {
    this.halt();
    this.clock = null;
    this.phase = 'idle';
    this.index = 0;
    this.away = false;
    this.host.requestUpdate();
  }

  /** Stops everything that runs between renders: the timer, the wake lock, and (through the element) speech. */
  private halt(): void {
    clearTimeout(this.timer);
    this.wakeLock.release();
    this.on.halted();
  }

  /** Arms one timer for the next moment something changes: a step's end, or the words of either time left. */
  private schedule(): void {
    clearTimeout(this.timer);
    if (this.phase !== 'running' || !this.host.isConnected) return;
    const [session, step] = this.left();
    const next = (ms: number) => ms % TEXT_EVERY || TEXT_EVERY;
    const wait = Math.max(Math.min(step, next(session), next(step)), 1);
    this.due = this.clock!.now() + wait;
    this.timer = setTimeout(this.wake, wait);
  }

  /**
   * Brings the session up to the clock. `missed`: time went by unseen (a late timer, a hidden page), so steps that
   * passed change in silence and the person gets a "welcome back". `skipped`: the person pressed Next or Previous.
   */
  sync(missed = false, skipped = false): void {
    const clock = this.clock;
    if (!clock || !this.running) return;
    const quiet = missed || document.hidden;
    const { index, done, elapsed } = clock.position();
    if (done) return this.finish(elapsed, quiet, skipped, false);
    if (index !== this.index || skipped) {
      this.away = quiet; // a step the person saw begin replaces any "welcome back"
      this.welcomed = false;
      this.index = index;
      this.on.stepBegan(quiet);
    }
    this.host.requestUpdate(); // the time left
    this.schedule(); // nothing while paused
  }

  private finish(elapsed: number, quiet: boolean, byPerson: boolean, stopped: boolean): void {
    const clock = this.clock!;
    // A practice that ran to its end reached every step, also those that went by unseen.
    const reached = elapsed >= clock.total ? clock.steps.length : this.index + 1;
    this.halt();
    this.phase = 'complete';
    this.host.requestUpdate();
    this.away = quiet && !byPerson;
    this.welcomed = false;
    this.on.ended({ elapsed, reached, quiet, byPerson, stopped });
  }

  /** The timer fired, or the step bar ran out: catch up with the clock (in silence if this wake-up came late). */
  readonly wake = (): void => this.sync(!!this.clock && this.clock.now() - this.due > LATE);

  private readonly onVisible = (): void => {
    if (document.hidden) return;
    if (this.phase === 'running') {
      void this.wakeLock.acquire(); // the browser let it go while the page was hidden
      this.sync(true);
    }
    // One gentle line for what went by unseen, instead of the chimes and words that were skipped; said when the
    // person is back, since a line said to a hidden page is gone (cleared) by then.
    if (this.away && !this.welcomed && this.phase !== 'paused') {
      this.welcomed = true; // once: not again at every later return to the tab
      this.on.welcomeBack();
    }
  };
}
