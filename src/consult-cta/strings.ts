/**
 * Every word `<consult-cta>` shows, in one table: a translation or a practice's own voice is a change of data.
 * Set `el.strings = { … }` to override any of them; `heading` and `label` are also attributes.
 */
export interface ConsultCtaStrings {
  heading: string;
  label: string;
  welcome: (practiceName: string) => string;
  where: (inPerson: string, states: string) => string;
  bannerLead: string;
  inlineLead: string;
  newTab: string;
  phoneLead: string;
  locationLabel: string;
  locationHint: string;
  locationPlaceholder: string;
  outsideUs: string;
  served: (state: string) => string;
  servedInPerson: (state: string, inPerson: string) => string;
  notServed: (state: string, states: string) => string;
  outside: (states: string) => string;
  /** The one short line screen readers hear when the answer is a state the practice serves. */
  announceServed: (state: string) => string;
  /** …and when it is not (`null`: outside the US). The full explanation is on screen beside it. */
  announceNotServed: (state: string | null) => string;
  fallbackAction: string;
  referralAction: string;
  dialogClose: string;
  dialogNewTab: string;
  /** Shown in the dialog: Escape does nothing while focus is inside the booking page (a cross-origin frame). */
  dialogHint: string;
  dialogFrameTitle: (practiceName: string) => string;
}

export const CONSULT_CTA_STRINGS: ConsultCtaStrings = {
  heading: 'Book a free phone consultation',
  label: 'Book your free consultation',
  welcome: (practice) =>
    `${practice} welcomes people of every sexual orientation, gender identity and relationship style. ` +
    `A short, no-pressure call is an easy first step: tell us what's on your mind, and we'll talk about how we can help.`,
  where: (inPerson, states) => `We see clients in person in ${inPerson}, and by telehealth anywhere in ${states}.`,
  bannerLead: 'Now welcoming new clients, in person and by telehealth.',
  inlineLead: 'Wondering whether sex therapy could help?',
  newTab: '(opens in a new tab)',
  phoneLead: 'Prefer to call?',
  locationLabel: 'Where will you be during sessions?',
  locationHint: "Therapists can only meet with people who are in a state where they're licensed.",
  locationPlaceholder: 'Choose a state',
  outsideUs: 'Outside the US',
  served: (state) => `Good news: we can see you by telehealth while you're in ${state}.`,
  servedInPerson: (state, inPerson) =>
    `Good news: we can see you in person in ${inPerson}, or by telehealth anywhere in ${state}.`,
  notServed: (state, states) =>
    `Our therapists are licensed in ${states}, and licensing rules only let us meet with people who are in one of ` +
    `those states during sessions. That's about the law, not about you, and we'd be glad to help you find someone ` +
    `licensed in ${state}.`,
  outside: (states) =>
    `Our therapists are licensed in ${states}, and licensing rules only let us meet with people who are in one of ` +
    `those states during sessions. That's about the law, not about you, and we'd be glad to help you find support ` +
    `where you are.`,
  announceServed: (state) => `Good news: we can see you while you're in ${state}.`,
  announceNotServed: (state) =>
    `We can't see you while you're ${state ? `in ${state}` : 'outside the US'} — options below.`,
  fallbackAction: 'Find a therapist near you',
  referralAction: 'Ask us for a referral',
  dialogClose: 'Close',
  dialogNewTab: 'Open the booking page in a new tab',
  dialogHint: 'Esc or Close brings you back here.',
  dialogFrameTitle: (practice) => `${practice}: booking page`
};
