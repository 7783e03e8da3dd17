import { html, type TemplateResult } from 'lit';
import { warnOnce } from '../lib/warn.js';

/** Heading levels a widget may use inside a host page (h1 belongs to the page). */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** Reads a `heading-level` attribute: 2–6, else `fallback` with a warning naming the element. */
export function headingLevel(value: unknown, fallback: HeadingLevel, tag: string): HeadingLevel {
  if (value == null || value === '') return fallback;
  const level = Number(value);
  if (Number.isInteger(level) && level >= 2 && level <= 6) return level as HeadingLevel;
  warnOnce(`<${tag}>: heading-level="${String(value)}" is not 2–6; using ${fallback}.`);
  return fallback;
}

/**
 * A real heading element of the given level (h2–h6). Lit cannot bind a tag name, and the static-html module would
 * cost more bytes than these five lines.
 */
export function renderHeading(level: HeadingLevel, content: unknown, id = 'heading'): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 id=${id} part="heading" class="heading">${content}</h2>`;
    case 3:
      return html`<h3 id=${id} part="heading" class="heading">${content}</h3>`;
    case 4:
      return html`<h4 id=${id} part="heading" class="heading">${content}</h4>`;
    case 5:
      return html`<h5 id=${id} part="heading" class="heading">${content}</h5>`;
    default:
      return html`<h6 id=${id} part="heading" class="heading">${content}</h6>`;
  }
}
