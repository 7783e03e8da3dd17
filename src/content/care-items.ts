/**
 * The default "when to see a medical provider" items, after the practice's article on bleeding after sex. Data only:
 * a `<ul>` inside `<care-checklist>` replaces them. Written in plain, second-person words; never alarming.
 */

/** How soon a checked item means someone should see a provider. */
export type CareLevel = 'see-provider' | 'urgent';

export interface CareItem {
  /** Stable id: what `checked` and form submission report. Never shown. */
  id: string;
  /** What the person reads next to the checkbox. */
  label: string;
  level: CareLevel;
}

export const CARE_LEVELS: readonly CareLevel[] = ['see-provider', 'urgent'];

export const DEFAULT_CARE_ITEMS: readonly CareItem[] = [
  { id: 'bleeding-regularly', label: 'You bleed after sex more than once in a while', level: 'see-provider' },
  { id: 'pain', label: 'You feel pain, burning, or discomfort during or after sex', level: 'see-provider' },
  { id: 'bleeding-between-periods', label: 'You bleed at times outside your period', level: 'see-provider' },
  {
    id: 'new-symptoms',
    label: 'You’ve noticed unusual discharge, a new smell, or other changes that are new for you',
    level: 'see-provider'
  },
  {
    id: 'no-recent-exam',
    label: 'It’s been a while since your last pelvic exam or STI screening',
    level: 'see-provider'
  }
];
