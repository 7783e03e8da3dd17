/**
 * The one-line embed: `<script type="module" src="…/dist/cdn/loader.js"></script>`.
 *
 * It looks for this library's tags in the document, imports only the files of the tags it finds (code-split, beside
 * it: `<tag>.js`, which imports `shared-<hash>.js` with Lit and the helpers, all but the timer's also
 * `practice-<hash>.js` with the practice's settings, and the call to action's, the checklist's and the timer's
 * `controls-<hash>.js` with the drawn controls), and keeps watching for tags added later — Squarespace and
 * single-page hosts insert content after load. A host app with its own shadow roots calls `discover(shadowRoot)`;
 * the loader cannot see into them by itself.
 *
 * - An element's file and the shared files it imports are asked for together (the build writes their names in
 *   below), so a page waits one round trip after the loader, not two. The shared files' names carry a hash of their
 *   content, and each element's file names the very ones it was built with: files of two releases never mix.
 * - `<practice-provider>` is defined by the practice file, which every element that reads settings imports, so it is
 *   always registered before a widget asks for its settings.
 * - A tag that is already defined (the all-in-one file loaded too, or a host script owning the name) is loaded
 *   all the same, so that the element's own registration prints the one warning per tag that names both copies.
 * - A file that cannot be fetched (offline, blocked) leaves the elements' written-in fallback links in place and
 *   warns once; nothing throws. The next time such an element is added to the page, it is tried again.
 * - One MutationObserver watches every root; it stops once every tag has loaded.
 *
 * It is built with the element files (rollup.config.mjs), imports nothing itself, and must stay under 1 KB brotli:
 * `npm run size` checks.
 */
const TAGS = ['practice-provider', 'consult-cta', 'imagery-timer', 'care-checklist', 'article-card'];
/** The shared files, and each element's (by index), written in by the build (rollup.config.mjs, chunkNames()). */
const [FILES, CHUNKS]: [string[], Record<string, number[]>] = JSON.parse('__EMBRACE_CHUNKS__');
const SELECTOR = TAGS.join();
const requested = new Set<string>();
const loaded = new Set<string>();
let warned = false;
const attempts = new Map<string, number>();
const watched = new WeakSet<Node>();
const observer = new MutationObserver((records) => {
  for (const record of records) record.addedNodes.forEach(scan);
});

function load(tag: string): void {
  if (requested.has(tag)) return;
  requested.add(tag);
  const attempt = attempts.get(tag) ?? 0;
  attempts.set(tag, attempt + 1);
  // A failed module stays failed for its address: a retry asks under a new one.
  const url = new URL(`./${tag}.js${attempt ? `?retry=${attempt}` : ''}`, import.meta.url).href;
  for (const chunk of CHUNKS[tag] ?? []) import(new URL(`./${FILES[chunk]}.js`, import.meta.url).href).catch(() => {});
  import(url).then(
    () => {
      loaded.add(tag);
      if (loaded.size === TAGS.length) observer.disconnect();
    },
    (error: unknown) => {
      requested.delete(tag); // the next element of this tag added to the page tries again
      if (warned) return; // once per page: the first failure says where to look
      warned = true;
      console.warn(
        `[embrace-widgets] Could not load <${tag}> from ${url} (${String(error)}). Its written-in link stays on the ` +
          'page; check the script address, the network and the Content-Security-Policy.'
      );
    }
  );
}

/** The node itself if it is one of ours, and everything below it (an element, a document or a shadow root). */
function scan(node: Node): void {
  // nodeType, not instanceof: an element made in another window counts too.
  if (node.nodeType === 1 && TAGS.includes((node as Element).localName)) load((node as Element).localName);
  for (const found of (node as ParentNode).querySelectorAll?.(SELECTOR) ?? []) load(found.localName);
}

/**
 * Loads the elements found in `root` (the document by default, or a shadow root or element the page owns) and
 * those added to it later. Import it from the same address as the page's loader script, so that one loader runs.
 * Calling it again on the same root only scans it again.
 */
export function discover(root: Document | DocumentFragment | Element = document): void {
  scan(root);
  if (loaded.size === TAGS.length || watched.has(root)) return;
  watched.add(root);
  observer.observe(root, { childList: true, subtree: true });
}

discover();
