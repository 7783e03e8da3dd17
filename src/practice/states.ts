import { US_STATES, type StateCode } from '../content/us-states.js';
import { warnOnce } from '../lib/warn.js';
import { DEFAULT_STATES, humanList, useStates } from './settings.js';

// The table of state names and its parser, apart from settings.ts: only <consult-cta> shows states, so only its page
// loads them (about 700 B brotli that a card or checklist page no longer fetches).

const NAME_TO_CODE = new Map<string, StateCode>(
  Object.entries(US_STATES).map(([code, name]) => [name.toLowerCase(), code as StateCode])
);

export function isStateCode(value: string): value is StateCode {
  return Object.prototype.hasOwnProperty.call(US_STATES, value);
}

/** The full name of a state code ("IL" → "Illinois"). */
export function stateName(code: StateCode): string {
  return US_STATES[code];
}

/** How much of a `states` value is read (all 51 names in full, with separators, are about 700 characters). */
export const MAX_STATES_LENGTH = 1000;

export interface ParsedStates {
  codes: StateCode[];
  unknown: string[];
}

/**
 * Parses a `states` attribute leniently: any case, commas, semicolons, slashes, pipes or spaces between entries,
 * USPS codes or full names ("il, Indiana; KS"). Duplicates are dropped; order is kept. Entries that are neither are
 * returned in `unknown`.
 */
export function parseStates(value: string): ParsedStates {
  const codes: StateCode[] = [];
  const unknown: string[] = [];
  // Split on separators first, then try multi-word names ("New York") before single words. Every state and DC
  // written out in full is under 1,000 characters: a longer value is junk, and only its start is read.
  for (const chunk of value.slice(0, MAX_STATES_LENGTH).split(/[,;|/\n]+/)) {
    const words = chunk.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    const whole = NAME_TO_CODE.get(words.join(' ').toLowerCase());
    const found: Array<StateCode | string> = whole ? [whole] : words;
    for (const word of found) {
      const upper = word.toUpperCase();
      const code = isStateCode(upper) ? upper : NAME_TO_CODE.get(word.toLowerCase());
      if (!code) unknown.push(word);
      else if (!codes.includes(code)) codes.push(code);
    }
  }
  return { codes, unknown };
}

/**
 * A `states` value as codes: unknown entries dropped with a warning, and the practice's default list, with a
 * warning, when it names no state at all.
 */
export function resolveStates(value: string): readonly StateCode[] {
  const parsed = parseStates(value);
  if (parsed.unknown.length > 0) {
    const named = parsed.unknown.slice(0, 5).map((u) => `"${u}"`);
    if (parsed.unknown.length > 5) named.push(`${parsed.unknown.length - 5} more`);
    warnOnce(
      `states="${value}": ignoring ${humanList(named)}, ` +
        `which ${parsed.unknown.length === 1 ? 'is not a' : 'are not'} US state code${parsed.unknown.length === 1 ? '' : 's'} (use USPS codes such as "IL, IN").`
    );
  }
  if (parsed.codes.length > 0) return parsed.codes;
  warnOnce(`states="${value}" names no US state; using the practice's default (${DEFAULT_STATES.join(', ')}).`);
  return DEFAULT_STATES;
}

// Wherever states are shown, settings follow the `states` attribute.
useStates(resolveStates);
