/**
 * The default "when to see a medical provider" items, after the practice's article on bleeding after sex. Data only:
 * a `<ul>` inside `<care-checklist>` replaces them. Plain, second-person words (grade 6 or below), never alarming,
 * and for every body the article speaks to: bleeding after vaginal or anal sex, toys or fingers, whatever a person's
 * gender identity, whether or not they have periods.
 *
 * Where safety needs more than the article says, each item names the guidance it follows. A clinician at the practice
 * signs off these items and their wording before each release (src/content/practice.ts, CLINICAL_SIGN_OFF).
 */

/** How soon a checked item means someone should see a provider. */
export type CareLevel = 'see-provider' | 'urgent';

export interface CareItem {
  /** Stable id: what `checked` and form submission report. Never shown. */
  id: string;
  /** What the person reads next to the checkbox. */
  label: string;
  level: CareLevel;
  /** A line the advice adds when this item is checked (default items only). */
  note?: string;
}

/**
 * The levels. `see-provider`: book a visit when you can (NHS, "Vaginal bleeding between periods or after sex": see a
 * GP or sexual health clinic). `urgent`: get care today (NHS: "Ask for an urgent GP appointment or get help from NHS
 * 111"; Mayo Clinic: "contact your healthcare professional right away"). What needs an ambulance is the emergency
 * line's, never an item's (see strings.ts).
 */
export const CARE_LEVELS: readonly CareLevel[] = ['see-provider', 'urgent'];

export const DEFAULT_CARE_ITEMS: readonly CareItem[] = [
  // The article; NHS (bleeding after sex: see a GP or sexual health clinic; bleeding from the bottom: see a GP).
  {
    id: 'bleeding-regularly',
    label: 'You bleed from the vagina or anus after sex more than once',
    level: 'see-provider'
  },
  // The article ("bleeding outside of your menstrual cycle"), for people without periods too (after menopause, on
  // testosterone, on contraception that stops them). NHS: "Always get any unusual bleeding checked"; Mayo Clinic:
  // bleeding after menopause must always be checked. The note says so.
  {
    id: 'unexpected-bleeding',
    label: 'You bleed when you don’t expect it, even if your periods have stopped',
    level: 'see-provider',
    note: 'Bleeding you don’t expect, after menopause too, is always worth a check, even if it’s light.'
  },
  // Mayo Clinic, "Bleeding during pregnancy": tell your care team about any bleeding, right away later in pregnancy;
  // NHS: bleeding with a missed period and tummy pain needs checking as soon as possible (ectopic pregnancy).
  { id: 'pregnant-bleeding', label: 'You’re pregnant, or might be, and you’re bleeding', level: 'urgent' },
  // The article ("notice pain").
  { id: 'pain', label: 'You feel pain, burning, or discomfort during or after sex', level: 'see-provider' },
  // NHS, "Pelvic inflammatory disease": urgent GP appointment or NHS 111; a very high temperature is the emergency
  // line's (999 there, 911 here).
  { id: 'pain-with-fever', label: 'You have pain low in your belly with a fever or chills', level: 'urgent' },
  // The article (changes in discharge or smell).
  { id: 'new-symptoms', label: 'You notice unusual discharge, a new smell, or other changes', level: 'see-provider' },
  // The article (regular check-ups); CDC and ACOG name the Pap test and the HPV test as cervical screening.
  { id: 'no-recent-exam', label: 'It’s been a while since your last STI test, Pap or HPV test', level: 'see-provider' }
];
