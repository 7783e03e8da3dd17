// Opening a host page (an HTML file under test/embed/pages/) in an iframe, the way the embed tests all do.
import type * as AxeCore from 'axe-core';

/** What pages/probe.js records in the host page. */
export interface Probe {
  errors: string[];
  warnings: string[];
  violations: string[];
  beacons: number;
}
export type ProbedWindow = Window & typeof globalThis & { __probe: Probe };
export type Upgraded = HTMLElement & { updateComplete: Promise<unknown> };

export const WIDGET_TAGS = ['practice-provider', 'consult-cta', 'imagery-timer', 'care-checklist', 'article-card'];

/**
 * How the embed suite delivers the library (issue 18): the all-in-one file its pages name, or, in the
 * "embed-loader" group of web-test-runner.config.mjs, the one-line loader (the server swaps the script tag).
 */
export const DELIVERY: 'all-in-one' | 'loader' =
  (globalThis as { __embraceDelivery?: string }).__embraceDelivery === 'loader' ? 'loader' : 'all-in-one';
/** The script a test adds to a page itself, for the delivery under test. */
export const LIBRARY_URL = DELIVERY === 'loader' ? '/dist/cdn/loader.js' : '/dist/cdn/embrace-widgets.js';

/** `path` with `delivery=loader` added when the suite runs through the loader. */
export function delivered(path: string): string {
  if (DELIVERY !== 'loader') return path;
  return `${path}${path.includes('?') ? '&' : '?'}delivery=loader`;
}

/**
 * Imports the library into this test page itself: the all-in-one file, or every element's own file
 * (`dist/cdn/<tag>.js`, the second way the loader's chunks can be used).
 */
export async function importLibrary(): Promise<void> {
  if (DELIVERY === 'all-in-one') await import(LIBRARY_URL);
  else await Promise.all(WIDGET_TAGS.map((tag) => import(`/dist/cdn/${tag}.js`)));
}

/** `<imagery-timer>` as the embed tests drive it (API.md). */
export type Timer = Upgraded & {
  state: 'idle' | 'running' | 'paused' | 'complete';
  stepIndex: number;
  remaining: number;
  start(): void;
  pause(): void;
  resume(): void;
  next(): void;
  previous(): void;
  reset(): void;
};

/** The timer's button that says `label` ("Start", "Next step", "Keep a count on this device"…), or null. */
export function timerButton(timer: Element, label: string): HTMLButtonElement | null {
  const buttons = timer.shadowRoot!.querySelectorAll<HTMLButtonElement>('button');
  return [...buttons].find((button) => button.textContent!.trim() === label) ?? null;
}

/** Loads `path` in a fresh iframe of the given width and resolves with its window once it has loaded. */
export async function openPage(path: string, width = 800): Promise<ProbedWindow> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '600px';
  frame.style.border = '0';
  frame.src = delivered(path);
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const doc = frame.contentDocument!;
  // The loader run must really go through the loader (the server swaps the script tag; see deliveryPlugin).
  const fixed = doc.querySelector('meta[name="delivery"][content="fixed"]');
  if (DELIVERY === 'loader' && !fixed && doc.querySelector('script[src*="embrace-widgets.js"]'))
    throw new Error(`${path}: the loader run still loads the all-in-one file`);
  return frame.contentWindow as ProbedWindow;
}

/** Waits until the widgets on the page are defined and have rendered. */
export async function settle(win: ProbedWindow): Promise<void> {
  // Through the loader, only the tags the page holds are ever defined.
  const present = WIDGET_TAGS.filter((tag) => win.document.querySelector(tag));
  await Promise.all(present.map((tag) => win.customElements.whenDefined(tag)));
  await new Promise((resolve) => setTimeout(resolve, 50)); // a second copy of the library evaluates after the first
  for (const el of win.document.querySelectorAll<Upgraded>(WIDGET_TAGS.join(','))) await el.updateComplete;
}

/** Polls `check` every 20 ms for up to `ms`; resolves with its last answer (for `expect(…).to.be.true`). */
export async function until(check: () => boolean, ms = 1000): Promise<boolean> {
  for (const end = performance.now() + ms; !check() && performance.now() < end;)
    await new Promise((resolve) => setTimeout(resolve, 20));
  return check();
}

/** Removes the iframes a test opened. */
export function closePages(): void {
  document.querySelectorAll('iframe').forEach((frame) => frame.remove());
}

/**
 * Runs axe inside the host page itself (its own copy, loaded into the frame): WCAG 2.x A and AA, contrast included.
 * `violations` lists each as "rule: targets", ready for `deep.equal([])`.
 */
export async function axeInPage(win: Window): Promise<{ results: AxeCore.AxeResults; violations: string[] }> {
  const doc = win.document;
  const script = doc.createElement('script');
  script.src = '/node_modules/axe-core/axe.min.js';
  await new Promise((resolve, reject) => {
    script.onload = resolve;
    script.onerror = reject;
    doc.head.append(script);
  });
  const { axe } = win as unknown as { axe: typeof AxeCore };
  const results = await axe.run(doc, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
  const violations = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  return { results, violations };
}
