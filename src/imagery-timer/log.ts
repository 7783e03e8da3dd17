import type { SafeStorage } from '../lib/storage.js';

/** Where the practice log lives in storage: a list of finish times (ms), nothing else. */
export const LOG_KEY = 'imagery-log';
const WEEK = 7 * 24 * 60 * 60 * 1000;

const isLog = (value: unknown): value is number[] =>
  Array.isArray(value) && value.every((n) => typeof n === 'number' && Number.isFinite(n));

/**
 * The opt-in practice log: when practices finished on this device, kept for a week and no longer (the widget only
 * ever says how many times in the past week, so older entries would be data kept for nothing). No streaks: a count
 * that can only be "broken" is pressure, and pressure is what this practice works against.
 */
export class PracticeLog {
  constructor(private readonly storage: SafeStorage) {}

  /** Whether the person has opted in: a log is stored (something else under the key is not an opt-in). */
  get kept(): boolean {
    return this.storage.get<number[] | null>(LOG_KEY, null, isLog) !== null;
  }

  /** How many practices finished in the seven days before `now`. A corrupted log counts as none. */
  countWeek(now = Date.now()): number {
    return this.times(now).length;
  }

  /**
   * Records a practice that finished at `now` (or, with `count` false, only starts keeping the log); returns whether
   * it was stored.
   */
  add(now = Date.now(), count = true): boolean {
    return this.storage.set(LOG_KEY, [...this.times(now), ...(count ? [now] : [])]);
  }

  /** Deletes the log; returns whether storage answered. */
  forget(): boolean {
    return this.storage.remove(LOG_KEY);
  }

  private times(now: number): number[] {
    return this.storage.get(LOG_KEY, [], isLog).filter((t) => t > now - WEEK && t <= now);
  }
}
