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
