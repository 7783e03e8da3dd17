import type { StateCode } from '../content/us-states.js';
import { parseStates } from '../practice/states.js';

/** Where a person says they will be during sessions: a state (or DC), or outside the US. */
export type LocationChoice = StateCode | 'outside-us';

export const OUTSIDE_US = 'outside-us';

export interface Eligibility {
  /** What the person chose. */
  state: LocationChoice;
  /** Whether the practice can see them there (by telehealth, or in person). */
  served: boolean;
  /** Whether in-person sessions are possible there too. */
  inPerson: boolean;
}

/** The state of the practice's in-person office, from text like "Chicago, IL" or "Chicago, Illinois". */
export function inPersonState(inPerson: string): StateCode | null {
  const afterComma = inPerson.split(',').pop() ?? '';
  const { codes } = parseStates(afterComma.trim());
  return codes.length === 1 ? codes[0] : null;
}

/**
 * Whether the practice can see someone who will be in `choice` during sessions. Therapists may only see people who
 * are physically in a state where they are licensed: the telehealth `states`, plus the state of the office.
 */
export function eligibility(choice: LocationChoice, states: readonly StateCode[], inPerson: string): Eligibility {
  if (choice === OUTSIDE_US) return { state: choice, served: false, inPerson: false };
  const office = inPersonState(inPerson) === choice;
  return { state: choice, served: office || states.includes(choice), inPerson: office };
}
