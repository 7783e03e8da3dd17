import { ContextRoot, createContext } from '@lit/context';
import type { PracticeSettingsInput } from './settings.js';

/**
 * The practice settings context. Keyed by a string, not a Symbol, so that two copies of the library on one page
 * (a partner's bundle and the practice's CDN script, say) still find each other's providers.
 * The value holds what the provider chain sets; each widget resolves it against its own attributes and the defaults.
 */
export const practiceContext = createContext<PracticeSettingsInput | undefined>('embrace-widgets/practice-settings');

const rooted = new WeakSet<Document>();

/**
 * Makes a `<practice-provider>` that upgrades after its widgets (its script loaded later, or markup parsed before
 * the definition) still reach them: a ContextRoot on the document keeps unanswered requests and replays them when a
 * provider appears. Attached once per document (and copy of the library), when the first widget there connects.
 */
export function ensureContextRoot(doc: Document = document): void {
  if (rooted.has(doc)) return;
  rooted.add(doc);
  new ContextRoot().attach(doc.documentElement);
}
