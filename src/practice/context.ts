import { ContextEvent as ContextRequestEvent, createContext, type ContextCallback } from '@lit/context';
import { mergeSettingsInput, sameInput, type PracticeSettingsInput } from './settings.js';

/**
 * The practice settings context. Keyed by a string, not a Symbol, so that two copies of the library on one page
 * (a partner's bundle and the practice's CDN script, say) still find each other's providers.
 * The value holds what the provider chain sets; each widget resolves it against its own attributes and the defaults.
 */
export const practiceContext = createContext<PracticeSettingsInput | undefined>('embrace-widgets/practice-settings');

type Callback = ContextCallback<PracticeSettingsInput | undefined>;

/**
 * The unsubscribe handed out with the page's settings: one function for every widget, so an answer repeated after
 * a provider appeared elsewhere is not taken for a new provider. A widget leaving the page is forgotten by
 * `forgetRequests`, and one answered by a nearer provider left the list when the requests were asked again.
 */
const forgotten = (): void => {};

/**
 * The document's own answer to settings requests that no `<practice-provider>` answered. Two jobs:
 *
 * - **Late providers.** A provider that upgrades after its widgets (its script loaded later, or markup parsed before
 *   the definition) still reaches them: requests no provider answered wait here, and are asked again when a provider
 *   appears. Like `@lit/context`'s ContextRoot, with one difference: a widget that leaves the page leaves the list.
 *   ContextRoot keeps a pair of WeakRefs per unanswered request until a provider turns up, so a page that adds and
 *   removes widgets outside any provider grows by about 90 bytes each time (measured by `npm run bench`, memory).
 * - **Page-wide settings.** `<practice-provider page>` registers its own settings here, and every waiting widget
 *   gets them: a provider in site-wide Code Injection reaches widgets in every Squarespace code block. With several,
 *   the one placed last wins, field by field (a page's own Code Injection comes after the site's).
 */
class WaitingRequests {
  private readonly waiting = new Map<Element, Callback>();
  private readonly pages = new Map<Element, PracticeSettingsInput>();
  value?: PracticeSettingsInput;

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

  /** Sets (or, with no settings, removes) a page-wide provider's settings; returns the page's settings. */
  page(element: Element, settings?: PracticeSettingsInput): PracticeSettingsInput | undefined {
    if (settings) this.pages.set(element, settings);
    else this.pages.delete(element);
    const value = this.pages.size ? mergeSettingsInput(...[...this.pages.values()].reverse()) : undefined;
    if (value ? !sameInput(this.value, value) : this.value) {
      this.value = value;
      for (const callback of this.waiting.values()) callback(value, forgotten);
    }
    return value;
  }

  private readonly onRequest = (event: ContextRequestEvent<{ __context__: unknown }>): void => {
    if (event.context !== practiceContext || !event.subscribe) return;
    // Another copy of the library on the page forgets its own widgets in its own list, not here: drop whatever
    // has left the page, so nothing removed is held for long.
    for (const element of this.waiting.keys()) if (!element.isConnected) this.waiting.delete(element);
    const element = event.contextTarget ?? (event.composedPath()[0] as Element);
    this.waiting.set(element, event.callback as Callback);
    if (this.value) event.callback(this.value, forgotten);
  };

  private readonly onProvider = (event: Event & { context?: unknown }): void => {
    if (event.context !== practiceContext) return;
    const waiting = [...this.waiting];
    this.waiting.clear(); // those no nearer provider answers come back through onRequest
    for (const [element, callback] of waiting) {
      if (element.isConnected) element.dispatchEvent(new ContextRequestEvent(practiceContext, element, callback, true));
    }
  };
}

const roots = new WeakMap<Document, WaitingRequests>();

/** Attached once per document (and copy of the library), when the first widget there connects. */
export function ensureContextRoot(doc: Document = document): WaitingRequests {
  let root = roots.get(doc);
  if (!root) roots.set(doc, (root = new WaitingRequests(doc.documentElement)));
  return root;
}

/** A widget left the page: nothing should wait for a provider on its behalf any more. */
export function forgetRequests(element: Element): void {
  roots.get(element.ownerDocument)?.forget(element);
}

/** How many widgets in `doc` wait for a provider (for tests). */
export function waitingForProvider(doc: Document = document): number {
  return roots.get(doc)?.size ?? 0;
}
