// The checks test/embed/snippets.test.ts runs on every copyable snippet: what is written in it, the snippet pasted
// into a page as is (with the script it names, else the loader), and the snippet with no script at all.
import { categoryPath, findArticle } from '../../src/content/articles.js';
import { DEFAULT_SETTINGS } from '../../src/practice/settings.js';
import { BOOKING_URL, isWebAddress } from '../../stories/support/fallback.js';
import { WIDGET_TAGS } from './host-page.js';

export const PROVIDER = 'practice-provider';
/** The tags that make a snippet a widget snippet. */
export const TAGS = WIDGET_TAGS;
export const WIDGETS = TAGS.filter((tag) => tag !== PROVIDER);
const WIDGET_SELECTOR = WIDGETS.join(', ');

/** The practice's booking page (from DEFAULT_SETTINGS): every booking link in a snippet must be this one. */
export { BOOKING_URL };

/** The package's files on jsDelivr: `$1` the version, `$2` the file. */
export const CDN_URL =
  /https:\/\/cdn\.jsdelivr\.net\/npm\/@embracesexualwellness\/widgets@([^/\s"'<>]+)\/dist\/cdn\/([^\s"'<>]+)/g;
/** Where the test server hands out the built dist/cdn/ files byte for byte (test/embed/snippet-server.mjs). */
export const LOCAL_CDN = '/published/dist/cdn/';

/** The smallest box a widget may render (an inline element: one line of text). */
const MIN_WIDTH = 100;
const MIN_HEIGHT = 40;
const MIN_LINE_HEIGHT = 16;
/** The page a snippet is pasted into. */
const PAGE_WIDTH = 800;
const PAGE_HEIGHT = 600;
/** How long a page may take to define the elements it holds. */
const UPGRADE_MS = 5000;

/** Fails at once when dist/cdn/ is missing (not built, or being rebuilt), instead of every snippet timing out. */
export async function assertBuilt(): Promise<void> {
  const response = await fetch(`${LOCAL_CDN}loader.js`, { method: 'HEAD' });
  if (!response.ok) throw new Error('dist/cdn/loader.js is missing: run `npm run build` first');
}

/**
 * `base`: the page's base address, which only relative addresses (an image) follow. The stories' snippets are shown
 * in Storybook, which serves stories/assets/ as its own root (`staticDirs`); their pages get that as their base.
 */
export interface PageOptions {
  base?: string;
}

type Upgraded = HTMLElement & { updateComplete?: Promise<unknown> };
interface Probe {
  errors: string[];
  warnings: string[];
}
type SnippetWindow = Window & typeof globalThis & { __snippet: Probe };

/** The snippet as inert markup: nothing upgrades, loads or runs. */
export function parse(code: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = code;
  return template.content;
}

/** `<tag attr="…">`, to name an element in a message. */
export function openTag(el: Element): string {
  const attributes = [...el.attributes].map(({ name, value }) => (value === '' ? name : `${name}="${value}"`));
  return `<${[el.localName, ...attributes].join(' ')}>`;
}

/**
 * The links written inside a widget for visitors without JavaScript. `<consult-cta>` takes only a link outside its
 * `description` slot as its booking link (consult-cta.component.ts), so only those count for it.
 */
export function writtenInLinks(widget: Element): HTMLAnchorElement[] {
  const selector =
    widget.localName === 'consult-cta' ? ':scope > a[href]:not([slot]), :scope > :not([slot]) a[href]' : 'a[href]';
  return [...widget.querySelectorAll<HTMLAnchorElement>(selector)];
}

const sameAddress = (href: string, expected: string) => {
  try {
    return new URL(href).href === expected;
  } catch {
    return false;
  }
};

function nodes(root: Node, what: number): Node[] {
  const walker = document.createTreeWalker(root, what);
  const found: Node[] = [];
  while (walker.nextNode()) found.push(walker.currentNode);
  return found;
}

/** US phone numbers as people write them: (312) 555-0142, 312-555-0142, 312.555.0142, +1 312 555 0142. */
const PHONE = /(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\b\d{3}[\s.-]?)\d{3}[\s.-]?\d{4}\b/g;

/** Every phone number in a snippet: `phone` attributes, `tel:` links and numbers in its text. */
function phoneNumbers(root: DocumentFragment): string[] {
  const found: string[] = [];
  for (const el of root.querySelectorAll('[phone]')) {
    const value = el.getAttribute('phone')!.trim();
    if (value) found.push(`phone="${value}" on <${el.localName}>`);
  }
  for (const link of root.querySelectorAll('a[href^="tel:" i]')) found.push(`href="${link.getAttribute('href')}"`);
  for (const text of nodes(root, NodeFilter.SHOW_TEXT)) {
    if (text.parentElement?.closest('script, style')) continue;
    for (const [number] of (text.textContent ?? '').matchAll(PHONE)) found.push(`"${number.trim()}"`);
  }
  return found;
}

/** Problems with what a widget snippet says, read from its markup alone. */
export function markupProblems(code: string, version: string): string[] {
  const problems: string[] = [];
  const root = parse(code);

  // A provider shares its settings with the widgets inside it; one that holds none shows nothing. (`page`: the page-wide
  // provider, for the widgets anywhere on the page, empty by design.)
  for (const provider of root.querySelectorAll(`${PROVIDER}:not([page])`)) {
    if (provider.querySelector(WIDGET_SELECTOR)) continue;
    const onlyComments = [...provider.childNodes].every(
      (node) => node.nodeType === Node.COMMENT_NODE || !node.textContent?.trim()
    );
    problems.push(
      `${openTag(provider)} holds no widget${onlyComments ? ' (only a comment or nothing)' : ''}: it renders nothing`
    );
  }

  for (const widget of root.querySelectorAll(WIDGET_SELECTOR)) {
    const links = writtenInLinks(widget);
    if (links.length === 0) {
      problems.push(`${openTag(widget)} has no written-in link (<a href="https://…">) for visitors without JavaScript`);
    }
    for (const link of links) {
      const href = link.getAttribute('href')!;
      if (!isWebAddress(href))
        problems.push(`${openTag(widget)}: its link href="${href}" is not a full http(s) address`);
    }
  }

  // A card takes the link written inside as its own: it must be where the card would link anyway (its `href`, else the
  // catalog's address), or the page sends people elsewhere with JavaScript than without.
  for (const card of root.querySelectorAll('article-card')) {
    const href = card.getAttribute('href')?.trim();
    const article = findArticle(card.getAttribute('slug'));
    const expected =
      href && isWebAddress(href) ? href : article ? (article.url ?? categoryPath(article.category)) : null;
    if (!expected) continue;
    const address = new URL(expected, DEFAULT_SETTINGS.siteUrl).href;
    for (const link of writtenInLinks(card)) {
      const written = link.getAttribute('href')!;
      if (!sameAddress(written, address)) {
        problems.push(`the link inside ${openTag(card)} goes to ${written}, the card's own address is ${address}`);
      }
    }
  }

  const bookingLinks = [
    ...[...root.querySelectorAll('consult-cta')].flatMap((cta) =>
      writtenInLinks(cta).map((link) => [`the link inside ${openTag(cta)}`, link.getAttribute('href')!])
    ),
    ...[...root.querySelectorAll('[booking-url]')].map((el) => [
      `booking-url on <${el.localName}>`,
      el.getAttribute('booking-url')!
    ])
  ];
  for (const [what, href] of bookingLinks) {
    if (!sameAddress(href, BOOKING_URL)) {
      problems.push(`${what} goes to ${href}, not the practice's booking page ${BOOKING_URL} (DEFAULT_SETTINGS)`);
    }
  }

  const phones = phoneNumbers(root);
  const comments = nodes(root, NodeFilter.SHOW_COMMENT).map((comment) => comment.textContent ?? '');
  if (phones.length > 0 && !comments.some((comment) => /placeholder/i.test(comment))) {
    problems.push(
      `phone number ${phones.join(', ')} is not marked as a placeholder (an HTML comment with the word "placeholder")`
    );
  }

  problems.push(...scriptProblems(code, version));
  return problems;
}

/** Problems with the script addresses of any snippet: only the package on jsDelivr, at this very version. */
export function scriptProblems(code: string, version: string): string[] {
  const problems: string[] = [];
  for (const [address, named] of code.matchAll(CDN_URL)) {
    if (named !== version) problems.push(`${address} names version ${named}; the package is at ${version}`);
  }
  for (const script of parse(code).querySelectorAll('script[src]')) {
    const src = script.getAttribute('src')!;
    if (!new RegExp(`^${CDN_URL.source}$`).test(src)) {
      problems.push(`<script src="${src}"> is not the package's address on jsDelivr (…/widgets@<version>/dist/cdn/…)`);
    }
  }
  return problems;
}

/** Records a page's errors and warnings from its first line on (errors: uncaught, rejected, failed loads). */
const PROBE = `<script>
  window.__snippet = { errors: [], warnings: [] };
  addEventListener('error', (event) => {
    const el = event.target;
    __snippet.errors.push(el instanceof Element
      ? 'could not load <' + el.localName + '> ' + (el.getAttribute('src') || el.getAttribute('href') || '')
      : String(event.message));
  }, true);
  addEventListener('unhandledrejection', (event) => __snippet.errors.push(String(event.reason)));
  for (const [level, list] of [['error', 'errors'], ['warn', 'warnings']]) {
    const original = console[level].bind(console);
    console[level] = (...args) => { __snippet[list].push(args.map(String).join(' ')); original(...args); };
  }
</script>`;

/** A fresh page (an iframe) holding `body`; without `scripts`, sandboxed so nothing can run in it. */
async function openSnippetPage(head: string, body: string, scripts: boolean, base = ''): Promise<SnippetWindow> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${PAGE_WIDTH}px; height: ${PAGE_HEIGHT}px; border: 0; display: block`;
  if (!scripts) frame.setAttribute('sandbox', 'allow-same-origin');
  const baseTag = base ? `<base href="${base}">` : '';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">${baseTag}${head}</head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as SnippetWindow;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const frames = (win: Window) =>
  new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));

/** Why an element is not seen, or null: display: none or opacity: 0 on it or around it, or visibility. */
function hiddenBy(el: Element, win: Window): string | null {
  const visibility = win.getComputedStyle(el).visibility;
  if (visibility !== 'visible') return `visibility: ${visibility}`;
  for (let at: Element | null = el; at; at = at.parentElement ?? (at.getRootNode() as ShadowRoot).host ?? null) {
    const style = win.getComputedStyle(at);
    if (style.display === 'none') return `display: none on ${openTag(at)}`;
    if (Number(style.opacity) === 0) return `opacity: 0 on ${openTag(at)}`;
  }
  return null;
}

/** Problems with a widget on the page: nothing rendered, no box, or a box nobody sees. */
function boxProblems(el: Element, win: Window): string[] {
  const name = openTag(el);
  const problems: string[] = [];
  if (!el.shadowRoot || el.shadowRoot.childElementCount === 0) problems.push(`${name} rendered nothing (shadow root)`);
  const hidden = hiddenBy(el, win);
  if (hidden) problems.push(`${name} is not visible: ${hidden}`);
  const box = el.getBoundingClientRect();
  // The inline call to action is a link inside a sentence: its box is the line's height.
  const inline = win.getComputedStyle(el).display === 'inline';
  const minHeight = inline ? MIN_LINE_HEIGHT : MIN_HEIGHT;
  if (box.width < MIN_WIDTH || box.height < minHeight) {
    problems.push(
      `${name} renders a ${Math.round(box.width)} × ${Math.round(box.height)} px box, under ${MIN_WIDTH} × ${minHeight}`
    );
  }
  const viewport = win.document.documentElement.clientWidth;
  if (box.left < -0.5 || box.right > viewport + 0.5) {
    problems.push(
      `${name} does not fit the ${viewport} px page: ${Math.round(box.left)} to ${Math.round(box.right)} px`
    );
  }
  return problems;
}

/**
 * The snippet pasted into a page as is: its jsDelivr address points at the local build (integrity and crossorigin
 * kept), or, for an element without a script line, the page loads the loader first. Every element must upgrade, and
 * every widget render a visible box, with no error and no warning of ours in the console.
 */
export async function pastedProblems(code: string, { base = '' }: PageOptions = {}): Promise<string[]> {
  const root = parse(code);
  const loader = root.querySelector('script') ? '' : `<script type="module" src="${LOCAL_CDN}loader.js"></script>`;
  const pasted = code.replace(CDN_URL, (_address, _version, file: string) => LOCAL_CDN + file);
  const win = await openSnippetPage(PROBE + loader, pasted, true, base);
  const doc = win.document;
  const problems: string[] = [];

  // Every element the page holds gets defined, unless a script failed to load (then nothing more will come).
  const present = TAGS.filter((tag) => doc.querySelector(tag));
  const undefinedTags = () => present.filter((tag) => !win.customElements.get(tag));
  const failedLoad = () => win.__snippet.errors.some((error) => error.startsWith('could not load'));
  for (const end = performance.now() + UPGRADE_MS; undefinedTags().length > 0 && performance.now() < end;) {
    if (failedLoad()) {
      await pause(200);
      break;
    }
    await pause(20);
  }
  for (const tag of undefinedTags()) problems.push(`<${tag}> never upgraded (not defined after the page loaded)`);
  for (const el of doc.querySelectorAll<Upgraded>(TAGS.join(','))) await el.updateComplete;
  await frames(win);
  await pause(50); // a late error or warning

  for (const widget of doc.querySelectorAll(WIDGET_SELECTOR)) problems.push(...boxProblems(widget, win));
  problems.push(...win.__snippet.errors.map((error) => `console error: ${error}`));
  const ours = win.__snippet.warnings.filter((warning) => warning.includes('[embrace-widgets]'));
  problems.push(...ours.map((warning) => `console warning: ${warning}`));
  return problems;
}

/** Whether a link is seen: a box, not hidden, at least partly inside the page's width. */
function linkSeen(link: Element, win: Window): boolean {
  const box = link.getBoundingClientRect();
  const viewport = win.document.documentElement.clientWidth;
  return box.width > 0 && box.height > 0 && box.right > 0 && box.left < viewport && !hiddenBy(link, win);
}

/** The snippet with no script at all (its `<script>` lines removed, in a frame that runs none): its links show. */
export async function noScriptProblems(code: string, { base = '' }: PageOptions = {}): Promise<string[]> {
  const root = parse(code);
  root.querySelectorAll('script').forEach((script) => script.remove());
  const holder = document.createElement('div');
  holder.append(root);
  const win = await openSnippetPage('', holder.innerHTML, false, base);
  const problems: string[] = [];
  let seen = 0;
  for (const widget of win.document.querySelectorAll(WIDGET_SELECTOR)) {
    const links = writtenInLinks(widget).filter((link) => isWebAddress(link.getAttribute('href')!));
    if (links.length === 0) continue; // markupProblems says so
    if (links.some((link) => linkSeen(link, win))) seen += 1;
    else problems.push(`without JavaScript, the link inside ${openTag(widget)} is not visible`);
  }
  if (seen === 0) problems.push('without JavaScript, no written-in link is visible: the snippet offers nothing');
  return problems;
}

/** Everything wrong with a widget snippet (empty when it is fine). */
export async function widgetSnippetProblems(code: string, version: string, page: PageOptions = {}): Promise<string[]> {
  return [
    ...markupProblems(code, version),
    ...(await pastedProblems(code, page)),
    ...(await noScriptProblems(code, page))
  ];
}
