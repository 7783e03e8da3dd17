import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { withActions } from 'storybook/actions/decorator';
import { expect, userEvent } from 'storybook/test';
import type { ImageryTimer, ImageryTimerCompleteDetail } from '../src/classes.js';
import { TIMER_LINK } from './support/fallback.js';
import { element } from './support/render.js';

interface TimerArgs {
  heading?: string;
  'heading-level'?: number;
  minutes?: number;
  'skip-optional'?: boolean;
  chime?: boolean;
  voice?: boolean;
  'breath-in'?: number;
  'breath-out'?: number;
  remember?: boolean;
}

/** Where `remember` keeps its count (the storage wrapper's prefix and the log's key). */
const LOG_KEY = 'embrace-widgets:imagery-log';
/** Clears the count before a story that uses `remember` and again when it unmounts, so no story inherits one. */
const forgetLog = () => {
  localStorage.removeItem(LOG_KEY);
  return () => localStorage.removeItem(LOG_KEY);
};

const meta: Meta<TimerArgs> = {
  title: 'Elements/imagery-timer',
  component: 'imagery-timer',
  decorators: [withActions],
  parameters: {
    actions: {
      handles: [
        'imagery-timer-start',
        'imagery-timer-step',
        'imagery-timer-pause',
        'imagery-timer-resume',
        'imagery-timer-complete'
      ]
    },
    docs: {
      description: {
        component:
          'A guided-imagery practice, one gentle step at a time, after the practice’s article on guided imagery. Time comes from timestamps, so a hidden tab or a sleeping laptop comes back to the right step; the time left shows in whole minutes, the step’s progress as a bar. Nothing is stored unless the person asks.'
      }
    }
  },
  argTypes: {
    'heading-level': { control: 'inline-radio', options: [2, 3, 4, 5, 6] },
    minutes: { control: { type: 'number', min: 0.5, max: 180, step: 0.5 } },
    'breath-in': { control: { type: 'number', min: 2, max: 12, step: 1 } },
    'breath-out': { control: { type: 'number', min: 2, max: 12, step: 1 } }
  },
  // Without JavaScript, the link written inside leads to the article (the timer reads only an `<ol>` written inside).
  render: (args) => element('imagery-timer', args, TIMER_LINK)
};
export default meta;

type Story = StoryObj<TimerArgs>;

const timer = (canvas: HTMLElement) => canvas.querySelector<ImageryTimer>('imagery-timer')!;
const inShadow = <T extends Element = HTMLElement>(canvas: HTMLElement, selector: string) =>
  timer(canvas).shadowRoot!.querySelector<T>(selector);
const text = (canvas: HTMLElement, selector: string) =>
  inShadow(canvas, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/**
 * For the stories that show a state. Storybook runs no play function on a docs page unless told to; these only call
 * the element's own methods (no clicks, so no focus moves and no scrolling), so the page can show each state instead
 * of another idle timer. RememberKept clicks, and stays idle there.
 */
const SHOW_STATE_IN_DOCS = { docs: { story: { autoplay: true } } };

/** Starts the practice and waits for the first step to render. */
async function start(canvas: HTMLElement): Promise<ImageryTimer> {
  const el = timer(canvas);
  await customElements.whenDefined('imagery-timer');
  el.start();
  await el.updateComplete;
  return el;
}

/** Presses Next until the practice is complete, as a person who skips through would. */
async function finish(el: ImageryTimer): Promise<void> {
  for (let i = 0; i < 50 && el.state !== 'complete'; i += 1) {
    el.next();
    await el.updateComplete;
  }
}

/** No attributes: the practice's seven steps over five minutes, ready to start. */
export const Default: Story = {};

/** One minute (`minutes="1"`): the same seven steps, each shortened by its share of the time. */
export const OneMinute: Story = {
  args: { minutes: 1 },
  play: async ({ canvasElement }) => {
    const el = timer(canvasElement);
    await el.updateComplete;
    await expect(el.remaining).toBe(60_000); // before starting: the planned length
  }
};

/**
 * The practice's own steps, written as a list inside the element: `data-title` is the heading, the text is the
 * guidance, `data-seconds` a fixed length (or `data-weight` a share of `minutes`), `data-breath` shows the breathing
 * pacer, `data-optional` lets the person leave a step out. Without JavaScript, this list is what people see.
 */
export const CustomSteps: Story = {
  render: (args) =>
    element(
      'imagery-timer',
      args,
      `<ol>
        <li data-title="Arrive" data-seconds="30">Settle into your seat and let your shoulders drop.</li>
        <li data-title="Breathe" data-seconds="60" data-breath>Breathe in through your nose, and out a little longer.</li>
        <li data-title="Your calm place" data-seconds="120">Picture a place where you feel safe and at ease, and stay there a while.</li>
        <li data-title="Come back" data-seconds="30">Notice the room around you again, and open your eyes when you are ready.</li>
      </ol>
      ${TIMER_LINK}`
    ),
  play: async ({ canvasElement }) => {
    const el = timer(canvasElement);
    await el.updateComplete;
    const rows = [...el.shadowRoot!.querySelectorAll('[part="steps"] > li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim()
    );
    await expect(rows).toEqual(['Arrive 30 sec', 'Breathe 1 min', 'Your calm place 2 min', 'Come back 30 sec']);
    await expect(el.remaining).toBe(240_000);
  }
};

/** Started: step 1 with its guidance, the bar filling over the step, and about how long is left. */
export const Running: Story = {
  parameters: SHOW_STATE_IN_DOCS,
  play: async ({ canvasElement }) => {
    const el = await start(canvasElement);
    await expect(el.state).toBe('running');
    await expect(text(canvasElement, '#now')).toBe('Set the space');
    await expect(text(canvasElement, '[role="status"]')).toMatch(/^Step 1 of 7: Set the space\. Find a quiet/);
    await expect(text(canvasElement, '[role="timer"]')).toBe('About 5 min left, less than a minute in this step');
    await expect(text(canvasElement, '.primary')).toBe('Pause');
  }
};

/** Paused on the breath step: the time stops, the bar holds, the pacer says "Paused", and the main button offers Resume. */
export const Paused: Story = {
  parameters: SHOW_STATE_IN_DOCS,
  play: async ({ canvasElement }) => {
    const el = await start(canvasElement);
    el.next();
    el.pause();
    await el.updateComplete;
    await expect(el.state).toBe('paused');
    await expect(text(canvasElement, '[role="status"]')).toBe('Paused');
    await expect(text(canvasElement, '[role="timer"]')).toMatch(/^Paused\. /);
    await expect(text(canvasElement, '.primary')).toBe('Resume');
    await expect(text(canvasElement, '.pacer')).toBe('Paused');
  }
};

/** Stopped early with End: met kindly ("You stopped, and that's okay"), never called a completion. */
export const StoppedEarly: Story = {
  parameters: SHOW_STATE_IN_DOCS,
  play: async ({ canvasElement }) => {
    const el = await start(canvasElement);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.controls .quiet')!.click();
    await el.updateComplete;
    await expect(el.state).toBe('complete');
    await expect(text(canvasElement, '#done')).toBe('You stopped, and that’s okay');
    await expect(text(canvasElement, '.primary')).toBe('Start again');
  }
};

/** The end of the practice: a gentle return and a question to take away (nothing typed, nothing kept). */
export const Complete: Story = {
  parameters: SHOW_STATE_IN_DOCS,
  play: async ({ canvasElement }) => {
    const el = await start(canvasElement);
    let detail: ImageryTimerCompleteDetail | undefined;
    el.addEventListener('imagery-timer-complete', (e) => (detail = e.detail), { once: true });
    await finish(el);
    await expect(el.state).toBe('complete');
    await expect(detail?.steps).toBe(7);
    await expect(text(canvasElement, '#done')).toBe('Your practice is complete');
    await expect(text(canvasElement, '[role="status"]')).toBe('Your practice is complete');
    await expect(text(canvasElement, '.primary')).toBe('Start again');
  }
};

/**
 * `remember`: when the practice ends, the person is offered a count of their practice kept only in this browser.
 * Nothing is stored before they choose it (this story checks that storage is still empty).
 */
export const WithRemember: Story = {
  parameters: SHOW_STATE_IN_DOCS,
  args: { remember: true },
  beforeEach: forgetLog,
  play: async ({ canvasElement }) => {
    const el = await start(canvasElement);
    await finish(el);
    await expect(text(canvasElement, '[part="log"]')).toContain(
      'Would you like a private count of your practice, kept only in this browser?'
    );
    await expect(text(canvasElement, '[part="log"] button')).toBe('Keep a count on this device');
    await expect(localStorage.getItem(LOG_KEY)).toBeNull();
  }
};

/**
 * After the person chose "Keep a count on this device": how many practices in the past week (never a streak) and a
 * way to forget it all. The story clears the count when it unmounts.
 */
export const RememberKept: Story = {
  args: { remember: true },
  beforeEach: forgetLog,
  play: async ({ canvasElement }) => {
    const el = await start(canvasElement);
    await finish(el);
    await userEvent.click(inShadow(canvasElement, '[part="log"] button')!);
    await el.updateComplete;
    await expect(text(canvasElement, '[part="log"] p')).toBe('You’ve practiced once in the past week.');
    await expect(text(canvasElement, '[part="log"] button')).toBe('Forget my practice history');
    await expect(JSON.parse(localStorage.getItem(LOG_KEY)!)).toHaveLength(1);
  }
};

/**
 * The breath step. The orb grows as you breathe in and shrinks as you breathe out; "Breathe in" and "Breathe out"
 * take turns at each turn of the breath, and a screen reader hears the pace in words instead.
 *
 * **Reduced motion:** with "reduce motion" on, the orb stays still and only the words change (nothing moves),
 * and the step's bar moves in a few still steps instead of gliding. Storybook cannot switch the setting for one
 * story: turn it on in your system (macOS: Accessibility → Display → Reduce motion; Windows: Settings →
 * Accessibility → Visual effects → Animation effects off; iOS/Android: in Accessibility) or, in Chrome's DevTools,
 * open the Rendering panel and set "Emulate CSS media feature prefers-reduced-motion" to `reduce`, then reload
 * this story. Its check follows whichever setting is on.
 */
export const ReducedMotion: Story = {
  parameters: SHOW_STATE_IN_DOCS,
  args: { 'breath-in': 4, 'breath-out': 6 },
  play: async ({ canvasElement }) => {
    const el = await start(canvasElement);
    el.next();
    await el.updateComplete;
    await expect(text(canvasElement, '#now')).toBe('Focus on your breath');
    await expect(text(canvasElement, '.step .visually-hidden')).toBe(
      'Breathe in for about 4 seconds and out for about 6.'
    );
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    await expect(inShadow(canvasElement, '.orb')!.getAnimations()).toHaveLength(reduced ? 0 : 1);
    await expect(inShadow(canvasElement, '.out')!.getAnimations()).toHaveLength(1); // the words change either way
  }
};

/**
 * Ready to start, on a dark partner site (#eee text on #111). Any story can be seen on any host with the "Host page"
 * switch in the toolbar; this one stays on the dark page.
 */
export const OnDarkHost: Story = { globals: { host: 'dark' } };

/** Started, with the step's bar and the controls, on a colored partner site (white text on teal). */
export const OnColoredHost: Story = { ...Running, globals: { host: 'colored' } };

/**
 * Restyled from the outside with nothing but its custom properties and parts: a partner clinic's deep teal, a
 * tinted surface and a serif step heading. Copy the `<style>` into your own stylesheet.
 */
export const Themed: Story = {
  render: () =>
    html`<style>
        .teal-timer {
          --imagery-timer-accent: #0b5d5b;
          --imagery-timer-surface: #f1f7f6;
          --imagery-timer-border-color: #0b5d5b;
          --imagery-timer-radius: 1rem;
          --imagery-timer-gap: 1.25rem;
        }
        .teal-timer::part(heading) {
          font-family: Georgia, 'Times New Roman', serif;
        }
      </style>
      <imagery-timer class="teal-timer" skip-optional>${unsafeHTML(TIMER_LINK)}</imagery-timer>`,
  play: async ({ canvasElement }) => {
    const el = timer(canvasElement);
    await el.updateComplete;
    await expect(getComputedStyle(inShadow(canvasElement, '.primary')!).backgroundColor).toBe('rgb(11, 93, 91)');
  }
};
