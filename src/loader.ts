/**
 * The one-line embed: `<script type="module" src="…/dist/cdn/loader.js"></script>`.
 *
 * It looks for this library's tags in the document, imports only the modules of the tags it finds (from the
 * code-split files beside it: `<tag>.js` and one shared chunk with Lit, the practice's settings and `lib/`), and
 * keeps watching for tags added later — Squarespace and single-page hosts insert content after load. A host app
 * with its own shadow roots calls `discover(shadowRoot)`; the loader cannot see into them by itself.
 *
 * - `<practice-provider>` is defined by the shared chunk, which every element's module imports, so it is always
 *   registered before a widget asks for its settings.
 * - A tag that is already defined (the all-in-one file loaded too, or a host script owning the name) is loaded
 *   all the same, so that the element's own registration prints the one warning per tag that names both copies.
 * - A module that cannot be fetched (offline, blocked) leaves the elements' written-in fallback links in place and
 *   warns once; nothing throws.
 * - Once every tag has been asked for, the loader stops watching.
 *
 * It is built on its own (no Lit, no shared chunk) and must stay under 1 KB brotli: `npm run size` checks.
 */
const TAGS = ['practice-provider', 'consult-cta', 'imagery-timer', 'care-checklist', 'article-card'];
/**
 * The shared chunks each element's file imports (rollup.config.mjs, sharedChunk()): imported at the same time as the
 * element's file, so a page waits for one round trip after the loader instead of two. `test/embed/loader.test.ts`
 * checks this against the built files.
 */
const chunks = (tag: string) => (tag === 'imagery-timer' ? ['shared'] : ['shared', 'practice']);
const SELECTOR = TAGS.join();
const requested = new Set<string>();
const observers: MutationObserver[] = [];
const watched = new WeakSet<Node>();
let warned = false;

function load(tag: string): void {
  if (requested.has(tag)) return;
  requested.add(tag);
  if (requested.size === TAGS.length) for (const observer of observers.splice(0)) observer.disconnect();
  for (const file of [tag, ...chunks(tag)]) {
    const url = new URL(`./${file}.js`, import.meta.url).href;
    import(url).catch((error: unknown) => {
      if (warned) return;
      warned = true;
      console.warn(
        `[embrace-widgets] Could not load <${tag}> from ${url} (${String(error)}). Its written-in link stays on the ` +
          'page; check the script address, the network and the Content-Security-Policy.'
      );
    });
  }
}

function scan(node: Node): void {
  if (node instanceof Element && TAGS.includes(node.localName)) load(node.localName);
  for (const el of (node as ParentNode).querySelectorAll?.(SELECTOR) ?? []) load(el.localName);
}

/**
 * Loads the elements found in `root` (the document by default, or a shadow root or element the page owns) and
 * those added to it later. Calling it again on the same root only scans it again.
 */
export function discover(root: Document | DocumentFragment | Element = document): void {
  scan(root);
  if (requested.size === TAGS.length || watched.has(root)) return;
  watched.add(root);
  const observer = new MutationObserver((records) => {
    for (const record of records) record.addedNodes.forEach(scan);
  });
  observer.observe(root, { childList: true, subtree: true });
  observers.push(observer);
}

discover();
