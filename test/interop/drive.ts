// What the React and Vue interop tests check on a rendered example (examples/react, examples/vue): the same page,
// so the same checks. Every element must be upgraded with the attributes and properties the framework passed, and
// each widget's custom event must reach the framework's handler (the example prints what it received).
import { expect } from 'vitest';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };
type Timer = Widget & { state: string; stepIndex: number; remaining: number; minutes?: unknown; steps?: unknown };

const TAGS = ['practice-provider', 'consult-cta', 'imagery-timer', 'care-checklist', 'article-card'];

/** Waits for the next frames until `check` passes (the frameworks re-render asynchronously). */
export async function eventually(check: () => void, frames = 60): Promise<void> {
  for (let i = 0; ; i += 1) {
    try {
      check();
      return;
    } catch (error) {
      if (i >= frames) throw error;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  }
}

export async function upgraded(root: ParentNode): Promise<Record<string, Widget>> {
  await Promise.all(TAGS.map((tag) => customElements.whenDefined(tag)));
  const found: Record<string, Widget> = {};
  for (const tag of TAGS) {
    const el = root.querySelector<Widget>(tag);
    expect(el, `${tag} rendered by the framework`).not.toBeNull();
    expect(el!.shadowRoot, `${tag} upgraded`).not.toBeNull();
    await el!.updateComplete;
    found[tag] = el!;
  }
  return found;
}

const shadow = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
const printed = (root: ParentNode, id: string) => root.querySelector(`[data-testid="${id}"]`)!.textContent!.trim();
const text = (el: Element | null) => el!.textContent!.replace(/\s+/g, ' ').trim();
const timerButton = (timer: Element, label: string) =>
  [...timer.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === label)!;

/** The example's own steps (set as the `steps` property), each with its length from `minutes={2}` shared by weight. */
const CUSTOM_STEPS = ['Arrive 30 sec', 'Breathe slowly 1 min', 'Come back 30 sec'];

/** The attributes and properties the example passed, as the elements rendered them. */
export async function expectConfigured(root: ParentNode, partner: string): Promise<void> {
  const { 'consult-cta': cta, 'care-checklist': checklist, 'article-card': card } = await upgraded(root);
  expect(shadow(cta, '[part="heading"]').textContent, 'heading attribute').toContain('Talk with us first');
  expect(shadow(cta, '.action').textContent, 'strings property (an object)').toContain('Book a free call');
  expect(shadow(cta, 'select'), 'ask-location boolean attribute').not.toBeNull();
  expect(shadow(cta, '.action').getAttribute('href'), 'provider partner reaches the widget').toContain(
    `utm_source=${partner}`
  );
  expect(shadow(checklist, '[part="heading"]').textContent).toContain('Is it time to see someone?');
  expect((checklist as unknown as { checked: string[] }).checked, 'checked property (an array)').toEqual(['pain']);
  // No event fires for the box `checked` ticks: the example starts from the element's own `level` and `checked`.
  const { level, checked } = checklist as unknown as { level: string; checked: string[] };
  expect(level, 'the pre-checked box already calls for a provider').toBe('see-provider');
  await eventually(() => expect(printed(root, 'care'), 'the starting level').toBe(`${level} (${checked.length})`));
  expect(card.getAttribute('layout')).toBe('horizontal');
  expect(shadow(card, 'a').getAttribute('href')).toContain(`utm_source=${partner}`);
  expect(card.shadowRoot!.textContent).toContain('Recommended by Our clinic');

  const timer = root.querySelector<Timer>('imagery-timer')!;
  expect(shadow(timer, '[part="heading"]').textContent).toContain('A two-minute practice');
  expect(Array.isArray(timer.steps), 'steps set as a property (an array)').toBe(true);
  const rows = [...timer.shadowRoot!.querySelectorAll('.steps li')].map(text);
  expect(rows, 'the custom titles replace the seven defaults; 2 minutes shared by weight').toEqual(CUSTOM_STEPS);
  expect(timer.shadowRoot!.textContent).not.toContain('Set the space');
  expect(timer.minutes, 'minutes={2} set as the property, a number').toBe(2);
  expect(timer.remaining, 'and used as one').toBe(120_000);
}

/** One interaction per widget; the framework handler must have received each custom event's detail. */
export async function expectEventsReachTheFramework(root: ParentNode, partner: string): Promise<void> {
  const { 'consult-cta': cta, 'care-checklist': checklist, 'article-card': card } = await upgraded(root);

  const select = shadow<HTMLSelectElement>(cta, 'select');
  select.value = 'KS';
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await eventually(() => expect(printed(root, 'location')).toBe('KS: served'));

  shadow(cta, '.action').click();
  await eventually(() => expect(printed(root, 'booking')).toContain(`utm_source=${partner}`));

  const boxes = checklist.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
  boxes[0].click(); // 'bleeding-regularly'; 'pain' was checked by the example's property
  await eventually(() => expect(printed(root, 'care')).toBe('see-provider (2)'));

  shadow(card, 'a').click();
  await eventually(() => expect(printed(root, 'article')).toBe('guided-imagery'));

  // The timer: Start fires imagery-timer-step for the first custom step, Next for the second (the breath step, paced
  // by the breath-in number); each detail reaches the framework, whose re-render leaves the practice running.
  const timer = root.querySelector<Timer>('imagery-timer')!;
  shadow(timer, '.primary').click();
  await eventually(() => expect(printed(root, 'imagery-step')).toBe('0: Arrive'));
  await timer.updateComplete;
  expect(text(shadow(timer, '#now')), 'the step heading shows the first custom title').toBe('Arrive');
  expect(text(shadow(timer, '[role="timer"]'))).toBe('About 2 min left, less than a minute in this step');
  timerButton(timer, 'Next step').click();
  await eventually(() => expect(printed(root, 'imagery-step')).toBe('1: Breathe slowly'));
  await timer.updateComplete;
  expect(text(shadow(timer, '#now'))).toBe('Breathe slowly');
  expect(text(shadow(timer, '.step .visually-hidden')), 'breath-in={3}').toContain('about 3 seconds');
  expect(shadow(timer, '.pacer')).not.toBeNull();
  expect([timer.state, timer.stepIndex], 'still running after the framework re-rendered').toEqual(['running', 1]);

  // The framework re-rendered six times above: the person's answers are still theirs.
  expect((checklist as unknown as { checked: string[] }).checked).toHaveLength(2);
  expect(window.location.pathname, 'cancelled clicks kept the page').not.toContain('guided-imagery');
}
