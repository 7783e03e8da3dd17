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

/** More wall time than monotonic time between two readings: the device slept with its monotonic clock stopped. */
const SLEPT = 1_000;

/**
 * A clock that only goes forward. It counts `performance.now()` (monotonic: a wall clock set back by an hour, or by
 * a time-zone or daylight-saving fix, changes nothing), and uses `Date.now()` only to notice a sleep: some systems
 * stop the monotonic clock while a laptop sleeps, and the wall clock then shows the stretch that passed.
 */
export function forwardClock(): () => number {
  let wall = Date.now();
  let mono = performance.now();
  let time = 0;
  return () => {
    const w = Date.now();
    const m = performance.now();
    const monotonic = Math.max(m - mono, 0);
    const walled = w - wall;
    time += walled > monotonic + SLEPT ? walled : monotonic;
    wall = w;
    mono = m;
    return time;
  };
}

/**
 * The session clock. It never counts ticks: every answer comes from `now()` and three numbers (when the session's
 * zero was, and when it was paused), so a tab that was hidden, throttled or asleep gets the right step and time from
 * its very first check, however many steps went by.
 */
export class SessionClock {
  /** The time at which the session's elapsed time was zero (moves forward by each pause, and by skips). */
  private zero: number;
  private pausedAt: number | null = null;
  readonly total: number;

  constructor(
    readonly steps: readonly PlannedStep[],
    readonly now: () => number = forwardClock()
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
    const elapsed = Math.min(Math.max((this.pausedAt ?? this.now()) - this.zero, 0), this.total);
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
