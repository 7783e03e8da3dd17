import type { PlannedStep } from './planner.js';

/** Where a session is at one moment, worked out from timestamps alone. */
export interface Position {
  /** Milliseconds of practice so far (paused time does not count), capped at the session's length. */
  elapsed: number;
  /** The current step (the last one once the session is over). */
  index: number;
  /** Milliseconds into the current step. */
  inStep: number;
  /** Milliseconds left in the whole session. */
  remaining: number;
  done: boolean;
}

/**
 * The session clock. It never counts ticks: every answer comes from `now()` and three numbers (when the session's
 * zero was, and when it was paused), so a tab that was hidden, throttled or asleep gets the right step and time from
 * its very first check, however many steps went by. `now` is `Date.now` (wall time): it keeps running while a
 * laptop sleeps, where the monotonic clock behind `performance.now()` stops on some systems.
 */
export class SessionClock {
  /** Wall time at which the session's elapsed time was zero (moves forward by each pause, and by skips). */
  private zero: number;
  private pausedAt: number | null = null;
  readonly total: number;

  constructor(
    readonly steps: readonly PlannedStep[],
    private readonly now: () => number = Date.now
  ) {
    const last = steps[steps.length - 1];
    this.total = last.start + last.length;
    this.zero = now();
  }

  get paused(): boolean {
    return this.pausedAt !== null;
  }

  pause(): void {
    this.pausedAt ??= this.now();
  }

  resume(): void {
    if (this.pausedAt === null) return;
    this.zero += this.now() - this.pausedAt;
    this.pausedAt = null;
  }

  position(): Position {
    const raw = (this.pausedAt ?? this.now()) - this.zero;
    // A wall clock set backwards must not run the session backwards past its start.
    const elapsed = Math.min(Math.max(raw, 0), this.total);
    let index = this.steps.length - 1;
    while (index > 0 && this.steps[index].start > elapsed) index -= 1;
    const done = elapsed >= this.total;
    return { elapsed, index, inStep: elapsed - this.steps[index].start, remaining: this.total - elapsed, done };
  }

  /** Moves to the start of step `index` (the session ends when `index` is past the last step). */
  jump(index: number): void {
    const target = index >= this.steps.length ? this.total : this.steps[Math.max(index, 0)].start;
    this.zero = (this.pausedAt ?? this.now()) - target;
  }
}
