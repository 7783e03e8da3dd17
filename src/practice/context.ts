import { ContextEvent as ContextRequestEvent, createContext, type ContextCallback } from '@lit/context';
import type { PracticeSettingsInput } from './settings.js';

/**
 * The practice settings context. Keyed by a string, not a Symbol, so that two copies of the library on one page
 * (a partner's bundle and the practice's CDN script, say) still find each other's providers.
 * The value holds what the provider chain sets; each widget resolves it against its own attributes and the defaults.
 */
export const practiceContext = createContext<PracticeSettingsInput | undefined>('embrace-widgets/practice-settings');

type Callback = ContextCallback<PracticeSettingsInput | undefined>;

/**
 * Makes a `<practice-provider>` that upgrades after its widgets (its script loaded later, or markup parsed before
 * the definition) still reach them: requests no provider answered wait here, and are asked again when a provider
 * appears. Like `@lit/context`'s ContextRoot, with one difference: a widget that leaves the page leaves the list.
 * ContextRoot keeps a pair of WeakRefs per unanswered request until a provider turns up, so a page that adds and
 * removes widgets outside any provider grows by about 90 bytes each time (measured by `npm run bench`, memory).
 */
class WaitingRequests {
  private readonly waiting = new Map<Element, Callback>();

  constructor(root: HTMLElement) {
    root.addEventListener('context-request', this.onRequest);
    root.addEventListener('context-provider', this.onProvider);
  }

  forget(element: Element): void {
    this.waiting.delete(element);
  }

  get size(): number {
    return this.waiting.size;
  }

  private readonly onRequest = (event: ContextRequestEvent<{ __context__: unknown }>): void => {
    if (event.context !== practiceContext || !event.subscribe) return;
    // Another copy of the library on the page forgets its own widgets in its own list, not here: drop whatever
    // has left the page, so nothing removed is held for long.
    for (const element of this.waiting.keys()) if (!element.isConnected) this.waiting.delete(element);
    this.waiting.set(event.contextTarget ?? (event.composedPath()[0] as Element), event.callback as Callback);
  };

  private readonly onProvider = (event: Event & { context?: unknown }): void => {
    if (event.context !== practiceContext) return;
    const waiting = [...this.waiting];
    this.waiting.clear(); // those still unanswered come back through onRequest
    for (const [element, callback] of waiting) {
      if (element.isConnected) element.dispatchEvent(new ContextRequestEvent(practiceContext, element, callback, true));
    }
  };
}

const roots = new WeakMap<Document, WaitingRequests>();

/** Attached once per document (and copy of the library), when the first widget there connects. */
export function ensureContextRoot(doc: Document = document): void {
  if (!roots.has(doc)) roots.set(doc, new WaitingRequests(doc.documentElement));
}

/** A widget left the page: nothing should wait for a provider on its behalf any more. */
export function forgetRequests(element: Element): void {
  roots.get(element.ownerDocument)?.forget(element);
}

/** How many widgets in `doc` wait for a provider (for tests). */
export function waitingForProvider(doc: Document = document): number {
  return roots.get(doc)?.size ?? 0;
}
