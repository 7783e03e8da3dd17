import { IN_PERSON, PHONE, PRACTICE_NAME, SITE_URL, STATES, BOOKING_URL } from '../content/practice.js';
import { US_STATES, type StateCode } from '../content/us-states.js';
import { warnOnce } from '../lib/warn.js';

/** The practice's settings, shared by every widget (see `<practice-provider>`). All values resolved. */
export interface PracticeSettings {
  /** Shown in copy and labels. */
  practiceName: string;
  /** Base for article links. */
  siteUrl: string;
  /** Where "book a consultation" goes. */
  bookingUrl: string;
  /** Shown as a `tel:` link when set. */
  phone: string | null;
  /** USPS codes where the practice sees clients by telehealth. */
  states: readonly StateCode[];
  /** Where the practice sees clients in person. */
  inPerson: string;
  /** Referral partner id for `utm_source`. */
  partner: string | null;
  /** `utm_campaign`. */
  campaign: string | null;
}

/**
 * Settings as written on an element: only what its attributes set. `states` is still the attribute's text; it is
 * parsed when settings are resolved.
 */
export interface PracticeSettingsInput {
  practiceName?: string | null;
  siteUrl?: string | null;
  bookingUrl?: string | null;
  phone?: string | null;
  states?: string | null;
  inPerson?: string | null;
  partner?: string | null;
  campaign?: string | null;
}

export const DEFAULT_SITE_URL = SITE_URL;
export const DEFAULT_STATES: readonly StateCode[] = STATES;

/**
 * The practice's own settings: what every widget shows with no configuration at all. The values only the practice
 * can confirm live in `src/content/practice.ts`.
 */
export const DEFAULT_SETTINGS: Readonly<PracticeSettings> = Object.freeze({
  practiceName: PRACTICE_NAME,
  siteUrl: SITE_URL,
  bookingUrl: BOOKING_URL ?? SITE_URL,
  phone: PHONE,
  states: DEFAULT_STATES,
  inPerson: IN_PERSON,
  partner: null,
  campaign: null
});

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
 * Joins words as a person would write a list: "Illinois", "Illinois and Indiana",
 * "Illinois, Indiana, Idaho, Kansas, and Louisiana".
 */
export function humanList(items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  // Written out rather than Intl.ListFormat (same output for English: "A and B", "A, B, and C"): constructing the
  // first ListFormat on a page loads locale data, which took about 30 ms of a cold page's first render (issue 18).
  const word = type === 'conjunction' ? 'and' : 'or';
  if (items.length < 3) return items.join(` ${word} `);
  return `${items.slice(0, -1).join(', ')}, ${word} ${items[items.length - 1]}`;
}

/** A layer's own value for `key`, trimmed; never one inherited from a (possibly polluted) prototype. */
function own(layer: PracticeSettingsInput | undefined, key: keyof PracticeSettingsInput): string | undefined {
  const value = layer && Object.prototype.hasOwnProperty.call(layer, key) ? layer[key] : undefined;
  const trimmed = typeof value === 'string' ? value.trim() : undefined;
  return trimmed ? trimmed : undefined;
}

/**
 * Merges settings layers, nearest first: the first layer that sets a field wins (an element's own attributes, then
 * the nearest `<practice-provider>`, then outer providers). Empty strings count as "not set". Only a layer's own
 * properties count, and the result has no prototype: `Object.prototype.bookingUrl`, set by some other script's bug,
 * cannot re-route the widgets.
 */
export function mergeSettingsInput(...layers: Array<PracticeSettingsInput | undefined>): PracticeSettingsInput {
  const merged: PracticeSettingsInput = Object.create(null);
  for (const key of Object.keys(DEFAULT_SETTINGS) as Array<keyof PracticeSettingsInput>) {
    for (const layer of layers) {
      const value = own(layer, key);
      if (value !== undefined) {
        merged[key] = value;
        break;
      }
    }
  }
  return merged;
}

/** Whether two sets of written settings say the same (`a` may be missing). */
export function sameInput(a: PracticeSettingsInput | undefined, b: PracticeSettingsInput): boolean {
  if (!a) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof PracticeSettingsInput>;
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
}

/**
 * Resolves settings for a widget: each field from the first layer that sets it (own attributes, then providers),
 * else the practice default. `bookingUrl` defaults to the resolved `siteUrl`. Unknown state codes are dropped with a
 * warning; a `states` value with no known state falls back to the default list. URLs are *not* validated here — the
 * widget validates a URL where it renders it (`safeUrl`), so the warning can say which attribute was wrong.
 */
export function resolveSettings(...layers: Array<PracticeSettingsInput | undefined>): PracticeSettings {
  const input = mergeSettingsInput(...layers);
  let states = DEFAULT_SETTINGS.states;
  if (input.states != null) {
    const parsed = parseStates(input.states);
    if (parsed.unknown.length > 0) {
      const named = parsed.unknown.slice(0, 5).map((u) => `"${u}"`);
      if (parsed.unknown.length > 5) named.push(`${parsed.unknown.length - 5} more`);
      warnOnce(
        `states="${input.states}": ignoring ${humanList(named)}, ` +
          `which ${parsed.unknown.length === 1 ? 'is not a' : 'are not'} US state code${parsed.unknown.length === 1 ? '' : 's'} (use USPS codes such as "IL, IN").`
      );
    }
    if (parsed.codes.length > 0) states = parsed.codes;
    else
      warnOnce(
        `states="${input.states}" names no US state; using the practice's default (${DEFAULT_STATES.join(', ')}).`
      );
  }
  const siteUrl = input.siteUrl ?? DEFAULT_SETTINGS.siteUrl;
  return {
    practiceName: input.practiceName ?? DEFAULT_SETTINGS.practiceName,
    siteUrl,
    bookingUrl: input.bookingUrl ?? BOOKING_URL ?? siteUrl,
    phone: input.phone ?? PHONE,
    states,
    inPerson: input.inPerson ?? DEFAULT_SETTINGS.inPerson,
    partner: input.partner ?? null,
    campaign: input.campaign ?? null
  };
}
