/**
 * The practice's guided-imagery steps, after its article "How Guided Imagery Can Improve Your Sex Life". Data only:
 * an `<ol>` inside `<imagery-timer>` or its `steps` property replaces them. Warm, unhurried and never explicit; the
 * practice is in Chicago, so American spelling.
 */
export interface ImageryStep {
  /** Short name, shown as the step's heading and read out at each change. */
  title: string;
  /** What to do during the step, in a sentence or three. May be empty. */
  text: string;
  /** A fixed length in seconds. Without it the step shares the session's length by `weight`. */
  seconds?: number;
  /** Its share of the session when it has no fixed length. Default 1. */
  weight?: number;
  /** A step the person may leave out before starting (the default list marks gentle touch). */
  optional?: boolean;
  /** Shows the breathing pacer during this step. */
  breath?: boolean;
}

/**
 * A step as a page or framework may give it to the `steps` property: a plain string is a title; an object needs a
 * title or text, and its lengths may be numbers or numeric strings. What cannot be a step is left out with a warning.
 */
export type ImageryStepInput =
  | string
  | {
      title?: string;
      text?: string;
      seconds?: number | string;
      weight?: number | string;
      optional?: boolean;
      breath?: boolean;
    };

/**
 * Seven steps over five minutes by default: breathing and the scene take longest (1 min each), setting the space and
 * returning are shortest (30 s each).
 */
export const DEFAULT_IMAGERY_STEPS: readonly ImageryStep[] = [
  {
    title: 'Set the space',
    text:
      'Find a quiet, comfortable spot where you won’t be interrupted. Soften the light or put on gentle music if ' +
      'that helps. There’s nothing to get right here.',
    weight: 2
  },
  {
    title: 'Focus on your breath',
    text:
      'Sit or lie down, and close your eyes if that feels okay. Take a few slow, deep breaths, breathing out a ' +
      'little longer than you breathe in. Let your body grow heavy and settled.',
    weight: 4,
    breath: true
  },
  {
    title: 'Create your scene',
    text:
      'Picture a place that feels safe, peaceful and sensual to you: a beach at sunset, a warm bath, a soft bed. ' +
      'Let it take shape slowly, however it comes.',
    weight: 4
  },
  {
    title: 'Engage your senses',
    text:
      'Notice what you see there, what you hear and smell, how the air feels on your skin. Let your body soften: ' +
      'relaxed, warm, open to whatever you feel.',
    weight: 3
  },
  {
    title: 'Add gentle touch',
    text:
      'If it feels good, rest a hand lightly on your arm, your neck or your chest. Keep the touch soft and ' +
      'comforting, and breathe into it. You can skip this any time.',
    weight: 2,
    optional: true
  },
  {
    title: 'Invite desire',
    text:
      'Let an intimate moment that brings you pleasure unfold in your mind, as slowly as you like. You are ' +
      'exploring, not performing: there is no goal and nowhere you need to get to.',
    weight: 3
  },
  {
    title: 'Return gently',
    text:
      'Let the scene fade and come back to the room little by little. Wiggle your fingers and toes, open your eyes ' +
      'when you are ready, and notice what you felt or learned.',
    weight: 2
  }
];
