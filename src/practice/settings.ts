import { IN_PERSON, PHONE, PRACTICE_NAME, SITE_URL, STATES, BOOKING_URL } from '../content/practice.js';
import type { StateCode } from '../content/us-states.js';

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

/**
 * Reads a `states` value into codes, warning about what it cannot read. Set by `<consult-cta>`, the one widget that
 * shows states (src/practice/states.ts): a page without it never loads the table of state names or the parser, and
 * its widgets' `settings.states` is the practice's default, whatever `states` says.
 */
let readStates: ((value: string) => readonly StateCode[]) | undefined;

/** Lets `settings.states` follow the `states` attribute (see `readStates`). */
export function useStates(read: (value: string) => readonly StateCode[]): void {
  readStates = read;
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
 * else the practice default. `bookingUrl` defaults to the resolved `siteUrl`. `states` is read only on a page that
 * shows states (see `useStates`): unknown state codes are dropped with a warning, and a value with no known state
 * falls back to the default list. URLs are *not* validated here — the
 * widget validates a URL where it renders it (`safeUrl`), so the warning can say which attribute was wrong.
 */
export function resolveSettings(...layers: Array<PracticeSettingsInput | undefined>): PracticeSettings {
  const input = mergeSettingsInput(...layers);
  const siteUrl = input.siteUrl ?? DEFAULT_SETTINGS.siteUrl;
  return {
    practiceName: input.practiceName ?? DEFAULT_SETTINGS.practiceName,
    siteUrl,
    bookingUrl: input.bookingUrl ?? BOOKING_URL ?? siteUrl,
    phone: input.phone ?? PHONE,
    states: input.states != null && readStates ? readStates(input.states) : DEFAULT_STATES,
    inPerson: input.inPerson ?? DEFAULT_SETTINGS.inPerson,
    partner: input.partner ?? null,
    campaign: input.campaign ?? null
  };
}
