/**
 * Turns the HTML a story rendered into the snippet a practice's web person can paste into a page: Lit's comment
 * markers gone, boolean attributes written bare (`ask-location`, not `ask-location=""`), Storybook-only helpers left
 * out, and everything indented the way people write HTML by hand.
 *
 * Storybook hands this the story's rendered markup (`docs.source.type: 'dynamic'` in `.storybook/preview.ts`) and
 * calls it twice on the same code (when the story renders, then in the docs' Source block), so formatting its own
 * output must change nothing.
 */

import { CTA_LINK } from './fallback.js';
import { escapeAttribute, escapeText } from './html.js';

const WIDTH = 100;
const INDENT = '  ';
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'wbr']);
/** Elements that sit inside a line of text; anything else starts a line of its own. */
const PHRASING = new Set('a abbr b br button code em i img input kbd label small span strong time'.split(' '));
/**
 * Storybook-only elements (see `stories/support/`), and the markup a snippet shows in their place. The settings
 * readout stands where a widget reads the settings, so a provider's snippet holds a widget there: pasted, it shows
 * something (a provider around nothing but a comment renders nothing at all).
 */
const STORY_ONLY = new Map([
  ['settings-readout', `<!-- your widgets go here, for example: --><consult-cta>${CTA_LINK}</consult-cta>`],
  ['link-readout', '']
]);
/** The nodes of a Storybook-only element's replacement markup. */
function replacementNodes(markup: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = markup;
  return [...template.content.childNodes];
}

/** Lit's part markers: `<!--?lit$123$-->` and `<!---->`. */
const LIT_MARKER = /^\??(lit\$\d+\$)?$/;

function attributes(element: Element): string[] {
  return [...element.attributes].map(({ name, value }) =>
    value === '' ? name : `${name}="${escapeAttribute(value)}"`
  );
}

const isElement = (node: Node): node is Element => node.nodeType === Node.ELEMENT_NODE;
const isComment = (node: Node): node is Comment => node.nodeType === Node.COMMENT_NODE;

/** Nodes worth printing: no Lit markers, no Storybook-only element that shows nothing. */
function children(node: Node): Node[] {
  return [...node.childNodes].filter(
    (child) =>
      !(isComment(child) && LIT_MARKER.test(child.data)) &&
      !(isElement(child) && STORY_ONLY.get(child.localName) === '')
  );
}

/** `<consult-cta variant="inline">` sits in a sentence: on a line of its own it would part a word from its full stop. */
const isInlineWidget = (element: Element) =>
  element.localName === 'consult-cta' && element.getAttribute('variant')?.trim().toLowerCase() === 'inline';

const isPhrasing = (node: Node) =>
  !isElement(node) || (PHRASING.has(node.localName) && !STORY_ONLY.has(node.localName)) || isInlineWidget(node);

/** A node on one line, whitespace collapsed (leading and trailing spaces kept: they separate words). */
function oneLine(node: Node): string {
  if (isComment(node)) return `<!--${node.data}-->`;
  if (!isElement(node)) return escapeText((node.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' '));
  const replacement = STORY_ONLY.get(node.localName);
  if (replacement !== undefined) return replacementNodes(replacement).map(oneLine).join('');
  const open = `<${[node.localName, ...attributes(node)].join(' ')}>`;
  if (VOID.has(node.localName)) return open;
  return `${open}${children(node).map(oneLine).join('').trim()}</${node.localName}>`;
}

/** Raw text (a `<style>`), re-indented under its element. */
function rawText(text: string, depth: number): string[] {
  const lines = text.replace(/\s+$/, '').split('\n');
  while (lines.length > 0 && lines[0].trim() === '') lines.shift();
  const margin = Math.min(...lines.filter((line) => line.trim()).map((line) => /^\s*/.exec(line)![0].length));
  return lines.map((line) => (line.trim() ? INDENT.repeat(depth) + line.slice(margin) : ''));
}

/** Lines for a list of sibling nodes: runs of text and phrasing elements on one line, other elements on their own. */
function block(nodes: Node[], depth: number): string[] {
  const lines: string[] = [];
  let run: Node[] = [];
  const flush = () => {
    const text = run.map(oneLine).join('').trim();
    if (text) lines.push(INDENT.repeat(depth) + text);
    run = [];
  };
  for (const node of nodes) {
    if (isPhrasing(node)) {
      run.push(node);
    } else {
      flush();
      lines.push(...print(node as Element, depth));
    }
  }
  flush();
  return lines;
}

function print(element: Element, depth: number): string[] {
  const pad = INDENT.repeat(depth);
  const tag = element.localName;
  const replacement = STORY_ONLY.get(tag);
  if (replacement !== undefined) return block(replacementNodes(replacement), depth);
  const inner = children(element);
  const simple = inner.every(isPhrasing) && tag !== 'style';
  if (simple && (pad + oneLine(element)).length <= WIDTH) return [pad + oneLine(element)];

  const names = attributes(element);
  const open = `<${[tag, ...names].join(' ')}>`;
  const opening =
    (pad + open).length <= WIDTH || names.length < 2
      ? [pad + open]
      : [`${pad}<${tag}`, ...names.map((name) => pad + INDENT + name), `${pad}>`];
  if (VOID.has(tag)) return opening;
  const body = tag === 'style' ? rawText(element.textContent ?? '', depth + 1) : block(inner, depth + 1);
  if (body.length === 0) {
    opening[opening.length - 1] += `</${tag}>`;
    return opening;
  }
  return [...opening, ...body, `${pad}</${tag}>`];
}

/** The copy-paste HTML for markup a story rendered. */
export function htmlSnippet(code: string): string {
  const template = document.createElement('template'); // inert: nothing upgrades, loads or runs
  template.innerHTML = code;
  return block(children(template.content), 0).join('\n');
}
