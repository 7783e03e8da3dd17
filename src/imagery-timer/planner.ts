import type { ImageryStep } from '../content/imagery-steps.js';

/** A step as it will run: its place in the session, in milliseconds. */
export interface PlannedStep extends ImageryStep {
  /** Milliseconds from the session's start to this step's start. */
  start: number;
  /** Length in milliseconds. */
  length: number;
}

/** What each weighted step gets when fixed-length steps already fill the session: time to be felt. */
export const MIN_STEP_SECONDS = 10;

/**
 * Lays out the session: the steps to run (optional ones only when `includeOptional`), each with a whole number of
 * seconds. Steps with fixed `seconds` keep them; the others share the rest of `totalSeconds` by weight (a whole
 * second at least). When the fixed steps leave no room, each weighted step gets `MIN_STEP_SECONDS` and the session
 * runs longer than asked. Rounding (to 5 s from two minutes up, else to 1 s) is carried from step to step, so the
 * lengths add up to the total exactly (to the nearest 5 s).
 */
export function plan(steps: readonly ImageryStep[], totalSeconds: number, includeOptional: boolean): PlannedStep[] {
  const chosen = steps.filter((step) => includeOptional || !step.optional);
  const run = chosen.length > 0 ? chosen : steps; // a list of only optional steps still runs
  const fixed = run.reduce((sum, step) => sum + (step.seconds ?? 0), 0);
  const weights = run.reduce((sum, step) => sum + (step.seconds ? 0 : (step.weight ?? 1)), 0);
  const left = totalSeconds - fixed;
  const share = left > 0 ? left : MIN_STEP_SECONDS * run.filter((step) => !step.seconds).length;
  // Lengths a person reads in the list: whole 5 s once there are two minutes to share ("1 min 5 sec", not "1 min 7 sec").
  const unit = share >= 120 ? 5 : 1;
  let start = 0;
  let exact = 0; // the weighted seconds handed out so far, unrounded
  return run.map((step) => {
    let seconds = step.seconds;
    if (!seconds) {
      const before = Math.round(exact / unit) * unit;
      exact += (share * (step.weight ?? 1)) / weights;
      seconds = Math.max(Math.round(exact / unit) * unit - before, 1);
    }
    const planned = { ...step, start, length: seconds * 1000 };
    start += planned.length;
    return planned;
  });
}
