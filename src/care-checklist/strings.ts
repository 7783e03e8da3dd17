/**
 * Every word `<care-checklist>` shows, in one table (set `el.strings = { … }` to change any of them; `heading` is also
 * an attribute, and the emergency line a slot). Calm and plain on purpose: reassure, never alarm or shame.
 */
export interface CareChecklistStrings {
  heading: string;
  intro: string;
  legend: string;
  /** Read before the level by screen readers (hidden on screen), the NHS way of spelling out urgency. */
  levelPrefix: (level: 'none' | 'see-provider' | 'urgent') => string;
  noneLevel: string;
  noneText: string;
  seeProviderLevel: string;
  seeProviderText: string;
  urgentLevel: string;
  urgentText: string;
  reasonsLead: string;
  alwaysEvaluate: string;
  referral: (practiceName: string) => string;
  referralAction: string;
  phoneLead: string;
  emotional: (practiceName: string) => string;
  emotionalAction: string;
  emergency: (emergencyNumber: string) => string;
  notDiagnosis: string;
  privacy: string;
  clear: string;
  copy: string;
  copied: string;
  copyFailed: string;
  copyTitle: string;
  /** Said when the person presses "Clear answers". */
  cleared: string;
  /** Said after each box the person checks or unchecks. */
  announce: (level: string, count: number) => string;
}

export const CARE_CHECKLIST_STRINGS: CareChecklistStrings = {
  heading: 'When to see a medical provider',
  intro:
    'Bleeding after sex is fairly common, and occasional light spotting is not always a sign of a problem. ' +
    'Some things are worth a visit, though. Check anything that sounds like you.',
  legend: 'Which of these apply to you?',
  levelPrefix: (level) => (level === 'urgent' ? 'Urgent advice: ' : 'Advice: '),
  noneLevel: 'Keep an eye on it',
  noneText:
    "Nothing you've checked needs a visit right now. Occasional light spotting isn't always a cause for concern. " +
    'If it keeps happening, gets heavier, or anything changes, check in with a medical provider.',
  seeProviderLevel: "It's a good idea to see a medical provider",
  seeProviderText: 'Book a visit with a gynecologist or primary-care provider when you can.',
  urgentLevel: 'Please get medical care today',
  urgentText: 'Call your provider today, or visit an urgent care clinic if you cannot reach them.',
  reasonsLead: 'You mentioned:',
  alwaysEvaluate: 'Bleeding after sex that keeps happening, or that is heavy, should always be checked by a provider.',
  referral: (practice) =>
    `If you don't have a provider you trust, ${practice} can connect you with a gynecologist or primary-care ` +
    'provider who is queer-friendly and trauma-informed.',
  referralAction: 'Ask us for a referral',
  phoneLead: 'Or call',
  emotional: (practice) =>
    'Bleeding or pain can also bring up embarrassment, worry about being "not normal", hesitation to start sex, or ' +
    `distance from a partner. Those feelings are common, and sex therapy can help. ${practice} is here to talk it through.`,
  emotionalAction: 'Talk with a sex therapist',
  emergency: (number) =>
    `If you are bleeding heavily, feel faint or dizzy, or have severe pain, call ${number} or go to the nearest ` +
    'emergency room now.',
  notDiagnosis: 'This checklist is general information, not a diagnosis or medical advice.',
  privacy: 'Your answers stay in this browser: nothing is saved or sent.',
  clear: 'Clear answers',
  copy: 'Copy my list for an appointment',
  copied: 'Copied. Paste it into a note or message for your provider.',
  copyFailed: 'Copying did not work in this browser. You can select the list above and copy it yourself.',
  copyTitle: 'Things to mention to my provider:',
  cleared: 'Answers cleared.',
  announce: (level, count) =>
    count ? `${level}. ${count} ${count === 1 ? 'item' : 'items'} checked.` : 'No items checked.'
};
