// What the React and Vue interop tests check on a rendered example (examples/react, examples/vue): the same page,
// so the same checks. Every element must be upgraded with the attributes and properties the framework passed, and
// each widget's custom event must reach the framework's handler (the example prints what it received).
import { expect } from 'vitest';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

const TAGS = ['practice-provider', 'consult-cta', 'care-checklist', 'article-card'];

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
  expect(card.getAttribute('layout')).toBe('horizontal');
  expect(shadow(card, 'a').getAttribute('href')).toContain(`utm_source=${partner}`);
  expect(card.shadowRoot!.textContent).toContain('Recommended by Our clinic');
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

  // The framework re-rendered four times above: the person's answers are still theirs.
  expect((checklist as unknown as { checked: string[] }).checked).toHaveLength(2);
  expect(window.location.pathname, 'cancelled clicks kept the page').not.toContain('guided-imagery');
}
