import { VERSION } from './version.js';
import { warnOnce } from './warn.js';

/** A custom element class that says which version of embrace-widgets it came from. */
export interface VersionedElement extends CustomElementConstructor {
  readonly version?: string;
}

/**
 * Registers `ctor` as `tag` without ever throwing. When the tag is taken — the bundle loaded twice, two versions of
 * the library on one page, or a host page that owns the name — this copy is skipped with one warning naming the tag
 * and both versions, and the element already defined keeps working. Returns whether this call defined the tag.
 */
export function defineElement(
  tag: string,
  ctor: VersionedElement,
  registry: CustomElementRegistry | null = globalThis.customElements ?? null
): boolean {
  if (!registry) return false; // server-side rendering or a very old browser: nothing to register against
  try {
    // Inside the try: a host page may have patched the registry (get() throwing included).
    const existing = registry.get(tag) as VersionedElement | undefined;
    if (existing === ctor) return false;
    if (existing) {
      const theirs = existing.version ? `embrace-widgets ${existing.version}` : 'a script outside embrace-widgets';
      warnOnce(
        `<${tag}> is already defined by ${theirs}; this copy (embrace-widgets ${ctor.version ?? VERSION}) ` +
          `was not registered and the existing element is used. Load the library once per page.`
      );
      return false;
    }
    registry.define(tag, ctor);
    return true;
  } catch (error) {
    // A race with another registry user, or a constructor the registry refuses: say so, never throw.
    warnOnce(`<${tag}> could not be registered: ${String((error as Error)?.message ?? error)}`);
    return false;
  }
}
