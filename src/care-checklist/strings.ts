/**
 * Every word `<care-checklist>` shows, in one table (set `el.strings = { … }` to change any of them; `heading` is also
 * an attribute, and the emergency line a slot). Calm and plain on purpose: reassure, never alarm or shame.
 */
export interface CareChecklistStrings {
  heading: string;
  intro: string;
  legend: string;
  /** Where the advice will appear, before the first answer: no verdict before anyone has said anything. */
  prompt: string;
  /** Read before the level by screen readers (hidden on screen), the NHS way of spelling out urgency. */
  levelPrefix: (level: 'none' | 'see-provider' | 'urgent') => string;
  noneLevel: string;
  noneText: string;
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
    'Bleeding after sex is fairly common, and occasional light spotting isn’t always a sign of a problem. ' +
    'Some things are worth a visit, though.',
  legend: 'Check anything that sounds like you',
  prompt: 'Your next step will show here as you check items.',
  levelPrefix: (level) => (level === 'urgent' ? 'Urgent advice: ' : 'Advice: '),
  noneLevel: 'Keep an eye on it',
  noneText:
    'Nothing you’ve checked needs a visit right now. If the bleeding comes back, gets heavier, or anything ' +
    'changes, check in with a medical provider.',
  seeProviderLevel: 'It’s a good idea to see a medical provider',
  seeProviderText:
    'Book a visit with a gynecologist or primary-care provider when you can. It helps to bring a note of what ' +
    'you checked.',
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
  emergency: (number) =>
    `If you’re bleeding heavily, feel faint or dizzy, or have severe pain, call ${number} or go to the nearest ` +
    'emergency room now.',
  notDiagnosis: 'This checklist is general information, not a diagnosis or medical advice.',
  privacy: 'Your answers stay in this browser: nothing is saved or sent.',
  clear: 'Clear answers',
  copy: 'Copy my list for an appointment',
  copied: 'Copied. Paste it into a note or message for your provider.',
  copyFailed: 'Copying didn’t work in this browser. You can select the checked items and copy them yourself.',
  copyTitle: 'Things to mention to my provider:',
  cleared: 'Answers cleared.',
  announce: (level, count) =>
    count ? `${level}. ${count} ${count === 1 ? 'item' : 'items'} checked.` : 'No items checked.'
};
