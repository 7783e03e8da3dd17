import type { ImageryStep } from '../content/imagery-steps.js';
import { warnOnce } from '../lib/warn.js';

const TAG = '<imagery-timer>';

/** A whitespace-folded string, or '' for anything that is not a string or number. */
const words = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value).replace(/\s+/g, ' ').trim() : '';

/**
 * A positive, finite number of seconds or weight; `undefined` when absent. `NaN` marks a value that was given but
 * is not usable ("ten", -5, 0, Infinity), so the caller can drop the step with a warning.
 */
function positive(value: unknown): number | undefined {
  if (value == null || value === '') return undefined;
  const n = typeof value === 'number' || typeof value === 'string' ? Number(value) : NaN;
  return n > 0 && n < 86_400 ? n : NaN;
}

const flag = (value: unknown): boolean => value === true || value === '' || value === 'true';

/**
 * One step from what a page or framework gave: an object (`{title, text, seconds, weight, optional, breath}`) or a
 * plain string (a title). Returns `null`, with a warning that says why, for anything that cannot be a step.
 */
export function toStep(raw: unknown, where: string): ImageryStep | null {
  const drop = (why: string): null => (warnOnce(`${TAG}: ${where} ${why}; it was left out.`), null);
  try {
    return readStep(raw, drop);
  } catch {
    return drop('could not be read (a getter or Proxy that throws)');
  }
}

/** A value as it can be named in a warning, whatever it is (`String()` throws on an object without a prototype). */
const shown = (value: unknown): string => (typeof value === 'object' && value ? 'an object' : String(value));

function readStep(raw: unknown, drop: (why: string) => null): ImageryStep | null {
  if (typeof raw === 'string') raw = { title: raw };
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    return drop('is not a step (an object with a title or text)');
  const entry = raw as Record<string, unknown>;
  const title = words(entry.title);
  const text = words(entry.text);
  if (!title && !text) return drop('has no title or text');
  const seconds = positive(entry.seconds);
  const weight = positive(entry.weight);
  for (const [name, value] of [
    ['seconds', seconds],
    ['weight', weight]
  ] as const) {
    if (Number.isNaN(value))
      return drop(`("${title || text}") has ${name} "${shown(entry[name])}", not a positive number`);
  }
  // Without a title, the text is the title: a short list item reads well as a heading.
  const step: ImageryStep = { title: title || text, text: title ? text : '' };
  if (seconds) step.seconds = Math.round(seconds);
  if (weight) step.weight = weight;
  if (flag(entry.optional)) step.optional = true;
  if (flag(entry.breath)) step.breath = true;
  return step;
}

/**
 * The valid steps of a list, or `null` when none is valid (the caller then uses the practice's own, and this
 * function has already said why).
 */
export function toSteps(raw: readonly unknown[], source: string): ImageryStep[] | null {
  let steps: ImageryStep[] = [];
  try {
    steps = Array.from(raw, (entry, i) => toStep(entry, `step ${i + 1} of ${source}`)).filter((s) => s !== null);
  } catch {
    // an array-like Proxy whose length or entries throw: nothing usable in it
  }
  if (steps.length > 0) return steps;
  warnOnce(`${TAG}: ${source} has no usable step; showing the practice's own seven.`);
  return null;
}

/** The `steps` property as set by a page or framework: an array, else `null` (with a warning) for the defaults. */
export function stepsFromProperty(value: unknown): ImageryStep[] | null {
  if (value == null) return null;
  let list = false;
  try {
    list = Array.isArray(value);
  } catch {
    // a revoked Proxy: not a list
  }
  if (!list) {
    warnOnce(`${TAG}: the steps property must be an array of steps; showing the practice's own.`);
    return null;
  }
  return toSteps(value as unknown[], 'the steps property');
}

/**
 * The steps written as an `<ol>` inside the element (the no-JavaScript fallback): each `<li>`'s text is the
 * guidance, `data-title` its title, `data-seconds`/`data-weight` its length, `data-optional`/`data-breath` flags.
 */
export function stepsFromList(list: Element | null): ImageryStep[] | null {
  if (!list) return null;
  const raw = [...list.querySelectorAll(':scope > li')].map((li) => ({
    ...(li as HTMLElement).dataset,
    text: li.textContent
  }));
  return toSteps(raw, 'the <ol> inside');
}

/** A number attribute or property within [min, max], else `fallback` with one warning. NaN is "unset". */
export function numberIn(value: unknown, fallback: number, min: number, max: number, attribute: string): number {
  if (value == null || value === '' || Number.isNaN(value)) return fallback;
  const n = Number(value); // " 5 " and 5 alike
  if (n >= min && n <= max) return n;
  warnOnce(`${TAG}: ${attribute}="${String(value)}" is not a number from ${min} to ${max}; using ${fallback}.`);
  return fallback;
}
