import sinon from 'sinon';
import { resetWarnings } from '../src/lib/warn.js';

/**
 * Watches console warnings for one test: forgets which warnings the library already printed (so each test sees its
 * own), stubs console.warn, and gives the library's own messages (Lit's dev-mode notes are not ours to count).
 * Call inside beforeEach; restore with sinon.restore() or the returned stub's restore().
 */
export function watchWarnings() {
  resetWarnings();
  const stub = sinon.stub(console, 'warn');
  return {
    stub,
    /** The messages embrace-widgets printed, in order. */
    ours: () =>
      stub
        .getCalls()
        .map((call) => String(call.args[0]))
        .filter((message) => message.startsWith('[embrace-widgets]'))
  };
}

/**
 * Keeps link clicks from navigating the test page. The listener is on window, bubbling, so it runs after the
 * element's own handlers and records whether one of them (or a host that cancelled the element's event) had
 * already prevented the navigation.
 */
export function holdNavigation() {
  const clicks: Array<{ href: string; prevented: boolean }> = [];
  const listener = (event: MouseEvent) => {
    const anchor = (event.composedPath()[0] as Element).closest?.('a');
    clicks.push({ href: anchor?.href ?? '', prevented: event.defaultPrevented });
    event.preventDefault();
  };
  window.addEventListener('click', listener);
  return { clicks, release: () => window.removeEventListener('click', listener) };
}

/**
 * The usual hooks of a widget's test suite, registered in the calling `describe`: watch warnings, hold navigation,
 * restore sinon afterwards. Read `ours()` and `nav` from the returned object inside each test.
 */
export function widgetTestHooks() {
  const hooks = {
    ours: (): string[] => [],
    nav: { clicks: [] as Array<{ href: string; prevented: boolean }>, release: () => {} }
  };
  beforeEach(() => {
    hooks.ours = watchWarnings().ours;
    hooks.nav = holdNavigation();
  });
  afterEach(() => {
    hooks.nav.release();
    sinon.restore();
  });
  return hooks;
}

/** The live regions inside a widget's shadow root (and any nested widget's): what screen readers speak by themselves. */
export function liveRegions(el: Element): Element[] {
  const selector = '[role="status"], [role="alert"], [role="log"], [aria-live]:not([aria-live="off"])';
  return [...el.shadowRoot!.querySelectorAll(selector)];
}

/**
 * Records what assistive technology would hear from a widget: every text a live region takes, in order, read once
 * per batch of DOM changes (as screen readers read once per frame). Empty texts are not heard and not logged; the
 * same text set again without a change in between is not heard either, so it is not logged.
 */
export function recordAnnouncements(el: Element) {
  const log: string[] = [];
  const last = new Map<Element, string>();
  const read = () => {
    for (const region of liveRegions(el)) {
      const text = region.textContent!.replace(/\s+/g, ' ').trim();
      if (text !== (last.get(region) ?? '') && text) log.push(text);
      last.set(region, text);
    }
  };
  for (const region of liveRegions(el)) last.set(region, region.textContent!.replace(/\s+/g, ' ').trim());
  const observer = new MutationObserver(read);
  observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
  return { log, stop: () => observer.disconnect() };
}

/** Whether an element takes part in the accessibility tree: neither it nor an ancestor is display: none or hidden. */
export function inAccessibilityTree(node: Element): boolean {
  for (let at: Element | null = node; at; at = at.parentElement ?? (at.getRootNode() as ShadowRoot).host ?? null) {
    const style = getComputedStyle(at);
    if (style.display === 'none' || style.visibility === 'hidden' || at.hasAttribute('hidden')) return false;
    if (at.getAttribute('aria-hidden') === 'true') return false;
  }
  return true;
}

/** Picks a state in `<consult-cta ask-location>` as a mouse or a phone's picker does (an answer at once). */
export async function pickState(el: Element & { updateComplete: Promise<unknown> }, value: string) {
  const select = el.shadowRoot!.querySelector('select')!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/**
 * A page of the given size (an iframe: the booking dialog follows the viewport, which a test cannot resize in every
 * engine) holding `<consult-cta open="dialog">`, with its dialog open. `script` is what the page loads (the CDN file,
 * or a source module); `rootStyle` styles its `<html>` (200 % text, say). Remove `frame` when done.
 */
export async function dialogInFrame(
  width: number,
  height: number,
  { script = '/dist/cdn/embrace-widgets.js', rootStyle = '' } = {}
) {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0`;
  const booking = `${location.origin}/test/embed/pages/booking.html`;
  frame.srcdoc = `<!doctype html><html lang="en" style="${rootStyle}"><body style="margin: 0">
    <script type="module" src="${script}"></script>
    <consult-cta open="dialog" booking-url="${booking}"></consult-cta></body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as Window & typeof globalThis;
  await win.customElements.whenDefined('consult-cta');
  const el = win.document.querySelector('consult-cta') as HTMLElement & {
    updateComplete: Promise<unknown>;
    showBooking(): Promise<void>;
  };
  await el.updateComplete;
  await el.showBooking();
  return { frame, win, el };
}
