import type { SessionClock } from './clock.js';

/**
 * Puts the step bar and the breathing pacer where the clock is: composited animations (transform, opacity) and no
 * script per frame. Each animation moves in `steps()`, a dozen a second for the orb and four for the bar: the
 * compositor only makes (and tells the main thread about) a frame when something moved, so a gliding 60 fps bar
 * would cost the page about as much as a text rewritten every second, and these cost a fraction of it
 * (`npm run bench`). Returns the animations, paused when the practice is; `onStepEnd` runs when the bar fills.
 */
export function animate(
  root: ParentNode,
  clock: SessionClock,
  [inhale, exhale]: [number, number],
  paused: boolean,
  onStepEnd: () => void
): Animation[] {
  const motion: Animation[] = [];
  const { index, inStep } = clock.position();
  const step = clock.steps[index];
  const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const add = (selector: string, frames: Keyframe[], options: KeyframeAnimationOptions): Animation | undefined => {
    const animation = root.querySelector(selector)?.animate?.(frames, { fill: 'both', ...options });
    if (animation) motion.push(animation);
    return animation;
  };
  const ticks = (ms: number, every: number) => `steps(${Math.max(Math.round(ms / every), 1)})`;
  // With reduced motion the bar moves in a few still steps (every 15 s) instead of creeping.
  const bar = add('.fill', [{ transform: 'scaleX(0)' }, { transform: 'scaleX(1)' }], {
    duration: step.length,
    easing: ticks(step.length, still ? 15_000 : 250)
  });
  // The bar ends with its step, and its finish event comes in the first frame after the page could not run (a
  // stopped tab, a suspended laptop whose monotonic clock kept going), ahead of the overdue timer: that frame
  // already shows the right step.
  if (bar) bar.onfinish = onStepEnd;
  if (step.breath && !paused) {
    const duration = (inhale + exhale) * 1000;
    const turn = inhale / (inhale + exhale);
    const cue = { duration, iterations: Infinity, easing: ticks(duration, 80) };
    if (!still) {
      const ease = 'ease-in-out'; // each breath starts and ends softly
      add(
        '.orb',
        [
          { transform: 'scale(.55)', easing: ease },
          { transform: 'scale(1)', offset: turn, easing: ease },
          { transform: 'scale(.55)' }
        ],
        cue
      );
    }
    // The words swap at the turn of the breath (no movement, so reduced motion keeps them).
    const swap = (a: number, b: number): Keyframe[] => [
      { opacity: a, easing: 'step-end' },
      { opacity: b, offset: turn },
      { opacity: b }
    ];
    add('.in', swap(1, 0), cue);
    add('.out', swap(0, 1), cue);
  }
  for (const animation of motion) {
    animation.currentTime = inStep;
    if (paused) animation.pause();
  }
  return motion;
}
