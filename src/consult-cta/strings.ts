/**
 * Every word `<consult-cta>` shows, in one table: a translation or a practice's own voice is a change of data.
 * Set `el.strings = { … }` to override any of them; `heading` and `label` are also attributes.
 */
export interface ConsultCtaStrings {
  heading: string;
  /** The heading once the person has said they will be somewhere the practice cannot see them. */
  notServedHeading: string;
  label: string;
  welcome: (practiceName: string) => string;
  where: (inPerson: string, states: string) => string;
  /** With `ask-location`: the states are in the answer, so the body only says where the practice is. */
  whereAsking: (inPerson: string, count: number) => string;
  bannerLead: string;
  newTab: string;
  phoneLead: string;
  locationLabel: string;
  locationHint: string;
  locationPlaceholder: string;
  outsideUs: string;
  served: (state: string) => string;
  servedInPerson: (state: string, inPerson: string) => string;
  /** `null`: outside the US. Short and kind: the reason is the law, never the person. */
  notServed: (state: string | null) => string;
  /** The action for someone in a state the practice cannot see, to `fallback-url`. */
  fallbackAction: string;
  /** …to the default directory (AASECT's, `src/content/practice.ts`), and the line that says what it is. */
  directoryAction: string;
  directoryNote: string;
  /** The action for someone outside the US: the practice's contact page. */
  contactAction: string;
  /** Before the practice's phone, for someone it cannot see (`null`: outside the US). Shown only with a phone. */
  wayForward: (state: string | null) => string;
  /** The one short line screen readers hear when the answer is a state the practice serves. */
  announceServed: (state: string) => string;
  /** …and when it is not (`null`: outside the US). The full explanation is on screen beside it. */
  announceNotServed: (state: string | null) => string;
  dialogClose: string;
  dialogLoading: string;
  /** Shown when the booking page is slow to appear (or refuses to be shown inside another site). */
  dialogSlow: string;
  dialogNewTab: string;
  /**
   * The dialog's second close button, after the booking page: a keyboard user inside the page (a cross-origin frame,
   * where Escape doesn't reach the dialog) tabs on to it.
   */
  dialogBack: string;
  dialogFrameTitle: (practiceName: string) => string;
}

/** Small numbers in words, as in running text ("five states"). */
const NUMBERS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

const where = (state: string | null) => (state ? `in ${state}` : 'outside the US');

export const CONSULT_CTA_STRINGS: ConsultCtaStrings = {
  heading: 'Start with a no\u2011pressure call', // a non-breaking hyphen: never "no-" at the end of a line
  notServedHeading: 'Let’s find you the right support',
  label: 'Book your free consultation',
  welcome: (practice) =>
    `${practice} welcomes people of every sexual orientation, gender identity, and relationship style. ` +
    `Tell us what’s on your mind, and we’ll talk about how we can help.`,
  where: (inPerson, states) => `We see clients in person in ${inPerson}, and by telehealth anywhere in ${states}.`,
  whereAsking: (inPerson, count) =>
    `We see clients in person in ${inPerson}, and by telehealth in ${count < 10 ? NUMBERS[count] : count} ` +
    `state${count === 1 ? '' : 's'}.`,
  bannerLead: 'Now welcoming new clients, in person and by telehealth.',
  newTab: '(opens in a new tab)',
  phoneLead: 'Prefer to call?',
  locationLabel: 'Where will you be during sessions?',
  locationHint: 'Therapists can only meet with people in states where they’re licensed.',
  locationPlaceholder: 'Choose where you’ll be',
  outsideUs: 'Outside the US',
  served: (state) => `Good news: we can see you by telehealth while you’re in ${state}.`,
  servedInPerson: (state, inPerson) =>
    `Good news: we can see you in person in ${inPerson}, or by telehealth anywhere in ${state}.`,
  notServed: (state) =>
    state
      ? `We can’t offer sessions while you’re in ${state}. That’s because of state licensing laws, not anything about you.`
      : 'We can’t offer sessions while you’re outside the US: we’re licensed only in certain US states. That’s ' +
        'about the law, not anything about you. You’re welcome to get in touch all the same.',
  fallbackAction: 'Find a therapist near you',
  directoryAction: 'Find a certified sex therapist',
  directoryNote: 'AASECT, the US professional body for sex therapists, lists certified sex therapists in every state.',
  contactAction: 'Contact us',
  // Only with a phone, and the practice confirms the offer (src/content/practice.ts).
  wayForward: (state) =>
    state ? `You can also call us, and we’ll suggest someone licensed in ${state}:` : 'You can also call us:',
  announceServed: (state) => `Good news: we can see you while you’re in ${state}.`,
  announceNotServed: (state) => `We can’t offer sessions while you’re ${where(state)} — options below.`,
  dialogClose: 'Close',
  dialogLoading: 'Loading the booking page…',
  dialogSlow: 'Still loading? The booking page may open more easily in its own tab.',
  dialogNewTab: 'Open in a new tab',
  dialogBack: 'Close and go back',
  dialogFrameTitle: (practice) => `${practice}: booking page`
};
