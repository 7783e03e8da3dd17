/**
 * Every word `<care-checklist>` shows, in one table (set `el.strings = { … }` to change any of them; `heading` is also
 * an attribute, and the emergency and support lines are slots). Calm and plain on purpose: reassure, never alarm or shame.
 */
export interface CareChecklistStrings {
  heading: string;
  intro: string;
  legend: string;
  /**
   * Where the advice will appear whenever nothing is checked (before the first answer, after Clear, and after
   * unchecking every box): no verdict on zero answers, and never a word that tells anyone not to go.
   */
  prompt: string;
  /** Read before the level by screen readers (hidden on screen), the NHS way of spelling out urgency. */
  levelPrefix: (level: 'see-provider' | 'urgent') => string;
  seeProviderLevel: string;
  seeProviderText: string;
  urgentLevel: string;
  urgentText: string;
  referral: (practiceName: string) => string;
  referralAction: string;
  phoneLead: string;
  emotional: string;
  emotionalAction: string;
  emergency: (emergencyNumber: string) => string;
  /** The support line after sex someone didn't want: always shown, never a checkbox. Words before the number. */
  support: string;
  /** The support line's number, shown as a `tel:` link. */
  supportPhone: string;
  /** The support line after the number. */
  supportCare: string;
  notDiagnosis: string;
  privacy: string;
  clear: string;
  copy: string;
  copied: string;
  copyFailed: string;
  copyTitle: string;
  /** Said when the person presses "Clear answers". */
  cleared: string;
  /** Said after each box the person checks or unchecks, after the new advice when the advice changed. */
  count: (count: number) => string;
}

export const CARE_CHECKLIST_STRINGS: CareChecklistStrings = {
  heading: 'When to see a medical provider',
  intro:
    'Bleeding after sex is fairly common, and occasional light spotting isn’t always a sign of a problem. ' +
    'Some things are worth a visit, though.',
  legend: 'Check anything that sounds like you',
  prompt:
    'Your next step will show here as you check items. If something else worries you, it’s always okay to ask a ' +
    'medical provider.',
  levelPrefix: (level) => (level === 'urgent' ? 'Urgent advice: ' : 'Advice: '),
  seeProviderLevel: 'It’s a good idea to see a medical provider',
  seeProviderText: 'Book a visit when you can. It helps to bring a note of what you checked.',
  urgentLevel: 'Please get medical care today',
  urgentText: 'Call your provider today. If you can’t reach them, go to an urgent care clinic.',
  referral: (practice) =>
    `Don’t have a provider you trust? ${practice} can connect you with a gynecologist or primary-care provider ` +
    'who is queer-friendly and trauma-informed.',
  referralAction: 'Ask us for a referral',
  phoneLead: 'or call',
  emotional:
    'Bleeding or pain can also bring up embarrassment, worry about being “not normal,” hesitation about sex, or ' +
    'distance from a partner. Those feelings are common, and sex therapy can help.',
  emotionalAction: 'Talk with a sex therapist',
  // "Heavily" in words a person can use: CDC, "About Heavy Menstrual Bleeding" ("soaks through one or more pads or
  // tampons every hour"). Fainting, dizziness and severe pain: NHS and Mayo Clinic's emergency signs.
  emergency: (number) =>
    `If you’re soaking through a pad or tampon every hour, feel faint or dizzy, or have severe pain, call ${number} ` +
    'or go to the nearest emergency room now.',
  // RAINN, National Sexual Assault Hotline, 800.656.HOPE (4673), any time. Within 72 hours: NIH HIVinfo ("PEP must be
  // started within 72 hours"); emergency contraception pills work best within 3 days (Planned Parenthood, NHS).
  support: 'If you had sex you didn’t want, you’re not alone. Support is there any time, day or night: call',
  supportPhone: '800-656-4673',
  supportCare:
    '(RAINN’s National Sexual Assault Hotline). Medicines that can prevent HIV and pregnancy work best when started ' +
    'within 72 hours.',
  notDiagnosis: 'This checklist is general information, not a diagnosis or medical advice.',
  privacy: 'Your answers stay in this browser: nothing is saved or sent.',
  clear: 'Clear answers',
  copy: 'Copy my list for an appointment',
  copied: 'Copied. Paste it into a note or message for your provider.',
  copyFailed: 'Copying didn’t work in this browser. You can select the checked items and copy them yourself.',
  copyTitle: 'Things to mention to my provider:',
  cleared: 'Answers cleared.',
  count: (count) => (count ? `${count} ${count === 1 ? 'item' : 'items'} checked.` : 'No items checked.')
};
