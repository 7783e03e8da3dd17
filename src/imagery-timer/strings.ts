/**
 * Every word `<imagery-timer>` shows or says, in one table (set `el.strings = { … }` to change any of them; `heading`
 * is also an attribute, and the steps come from an `<ol>` or the `steps` property). Warm and unhurried on purpose:
 * nothing here hurries, grades or counts against the person.
 */
export interface ImageryTimerStrings {
  heading: string;
  intro: string;
  /** The practice's length, before Start. */
  total: (ms: number) => string;
  /** How often the practice's article suggests practicing. */
  schedule: string;
  /** Said before Start: the person is in charge, and may stop at any moment. */
  inCharge: string;
  stepsLabel: string;
  /** A step's length in the list before starting. */
  length: (minutes: number, seconds: number) => string;
  optionalTag: string;
  /** The toggle for the optional steps, named by their titles. */
  includeOptional: (titles: string[]) => string;
  chime: string;
  voice: string;
  /** Shown with the voice on when the page's language has no on-device voice. */
  voiceOnline: string;
  start: string;
  pause: string;
  resume: string;
  resumed: string;
  previous: string;
  next: string;
  end: string;
  /** "Step 3 of 7": shown above the title and read at each change. */
  stepOf: (n: number, count: number) => string;
  /** The session's time left, in whole minutes: a calm practice does not need a ticking seconds display. */
  left: (ms: number) => string;
  /** The current step's time left, after the session's (the same line, read by a screen reader on demand). */
  stepLeft: (ms: number) => string;
  paused: string;
  breatheIn: string;
  breatheOut: string;
  /** The guidance a screen reader hears on a breath step, in place of the pacer's visual cue. */
  breathPace: (inSeconds: number, outSeconds: number) => string;
  /** Said (with the current step) when the person comes back to a practice that moved on without them. */
  back: string;
  welcomeBack: string;
  doneHeading: string;
  doneText: string;
  /** The heading after the person pressed End: a choice met kindly, not a completion. */
  stoppedHeading: string;
  stoppedText: string;
  doneAway: string;
  reflection: string;
  again: string;
  rememberOffer: string;
  remember: string;
  /** How many practices finished on this device in the past week (only with `remember`, after opting in). */
  count: (times: number) => string;
  forget: string;
  forgotten: string;
  storageOff: string;
}

export const IMAGERY_TIMER_STRINGS: ImageryTimerStrings = {
  heading: 'A guided imagery practice',
  intro: 'A few quiet minutes to relax, imagine and reconnect with your body, one gentle step at a time.',
  total: (ms) =>
    ms < 60_000
      ? `It takes about ${Math.round(ms / 1000)} seconds.`
      : `It takes about ${Math.round(ms / 60_000)} minute${Math.round(ms / 60_000) === 1 ? '' : 's'}.`,
  // The article suggests this practice a few times a week (its "five minutes a day" is about couples' time).
  schedule: 'We suggest practicing a few times a week.',
  // Trauma-informed practice says this up front: the person sets the pace and can stop at any moment.
  inCharge:
    'You’re in charge the whole time: pause, skip a step or stop whenever you like. If anything feels ' +
    'uncomfortable, open your eyes and stop.',
  stepsLabel: 'The steps',
  length: (min, sec) => [min && `${min} min`, sec && `${sec} sec`].filter(Boolean).join(' '),
  optionalTag: '(optional)',
  // The practice's own optional step is its touch step; a page's own optional step is named after a colon.
  includeOptional: (titles) =>
    titles.length > 1
      ? `Include the ${titles.length} optional steps`
      : titles[0] === 'Add gentle touch'
        ? 'Include the optional touch step'
        : `Include the optional step: ${titles[0]}`,
  chime: 'A soft chime between steps',
  voice: 'Read each step aloud',
  voiceOnline:
    'This browser has no voice for this page’s language on your device: each step’s words would go to its online ' +
    'speech service.',
  start: 'Start',
  pause: 'Pause',
  resume: 'Resume',
  resumed: 'Resumed',
  previous: 'Previous step',
  next: 'Next step',
  end: 'End',
  stepOf: (n, count) => `Step ${n} of ${count}`,
  left: (ms) => (ms < 60_000 ? 'Less than a minute left' : `About ${Math.round(ms / 60_000)} min left`),
  stepLeft: (ms) =>
    ms < 60_000 ? 'less than a minute in this step' : `about ${Math.round(ms / 60_000)} min in this step`,
  paused: 'Paused',
  breatheIn: 'Breathe in',
  breatheOut: 'Breathe out',
  breathPace: (i, o) => `Breathe in for about ${i} seconds and out for about ${o}.`,
  back: 'Welcome back.',
  welcomeBack: 'Welcome back. Your practice carried on while you were away.',
  doneHeading: 'Your practice is complete',
  doneText: 'Take your time coming back. Let your breath find its own pace before you move on.',
  stoppedHeading: 'You stopped, and that’s okay',
  stoppedText:
    'Stopping when you need to is part of the practice too. Take a moment, let your breath settle, and come back ' +
    'whenever you like.',
  doneAway: 'Your practice finished while you were away.',
  reflection:
    'What did you notice? A feeling, a sensation, a thought: there’s no wrong answer, and nothing here is saved.',
  again: 'Start again',
  rememberOffer: 'Would you like a private count of your practice, kept only in this browser?',
  remember: 'Keep a count on this device',
  count: (n) =>
    n
      ? `You’ve practiced ${n === 1 ? 'once' : `${n} times`} in the past week.`
      : 'Your count starts with your next practice.',
  forget: 'Forget my practice history',
  forgotten: 'Your practice history on this device is gone.',
  storageOff: 'This browser isn’t keeping a count right now. That’s fine: your practice still counts.'
};
