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
  inlineLead: string;
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
  /** What comes next for someone the practice cannot see, with the practice's phone (`null` when it has none). */
  wayForward: (state: string | null, phone: boolean) => string;
  /** The one short line screen readers hear when the answer is a state the practice serves. */
  announceServed: (state: string) => string;
  /** …and when it is not (`null`: outside the US). The full explanation is on screen beside it. */
  announceNotServed: (state: string | null) => string;
  fallbackAction: string;
  dialogClose: string;
  dialogLoading: string;
  /** Shown when the booking page is slow to appear (or refuses to be shown inside another site). */
  dialogSlow: string;
  dialogNewTab: string;
  /** Shown in the dialog: Escape does nothing while focus is inside the booking page (a cross-origin frame). */
  dialogHint: string;
  dialogFrameTitle: (practiceName: string) => string;
}

/** Small numbers in words, as in running text ("five states"). */
const NUMBERS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

const where = (state: string | null) => (state ? `in ${state}` : 'outside the US');

export const CONSULT_CTA_STRINGS: ConsultCtaStrings = {
  heading: 'Start with a free, no-pressure call',
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
  inlineLead: 'Wondering whether sex therapy could help?',
  newTab: '(opens in a new tab)',
  phoneLead: 'Prefer to call?',
  locationLabel: 'Where will you be during sessions?',
  locationHint: 'Therapists can only meet with people in states where they’re licensed.',
  locationPlaceholder: 'Choose a state',
  outsideUs: 'Outside the US',
  served: (state) => `Good news: we can see you by telehealth while you’re in ${state}.`,
  servedInPerson: (state, inPerson) =>
    `Good news: we can see you in person in ${inPerson}, or by telehealth anywhere in ${state}.`,
  notServed: (state) =>
    `We can’t offer sessions while you’re ${where(state)}. That’s because of state licensing laws, not anything about you.`,
  wayForward: (state, phone) =>
    phone
      ? `Call us and we’ll gladly suggest someone ${state ? `licensed in ${state}` : 'near you'}:`
      : `A therapist directory can help you find someone ${state ? `licensed in ${state}` : 'near you'}.`,
  announceServed: (state) => `Good news: we can see you while you’re in ${state}.`,
  announceNotServed: (state) => `We can’t offer sessions while you’re ${where(state)} — options below.`,
  fallbackAction: 'Find a therapist near you',
  dialogClose: 'Close',
  dialogLoading: 'Loading the booking page…',
  dialogSlow: 'Still loading? The booking page may open more easily in its own tab.',
  dialogNewTab: 'Open in a new tab',
  dialogHint: 'Esc or the ✕ button brings you back here.',
  dialogFrameTitle: (practice) => `${practice}: booking page`
};
