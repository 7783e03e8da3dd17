import { html, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { isPlaceholderPhone, phoneNote } from './fallback.js';

/**
 * Story args named after attributes (`'ask-location': true`, `variant: 'banner'`), as the controls from the Custom
 * Elements Manifest set them.
 */
export type AttributeArgs = object;

const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;
const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Renders `<tag>` with one attribute per arg, so every attribute in the controls works without a list of bindings
 * per story: a non-empty string or a number sets it, `true` sets a boolean attribute, anything else (unset, `false`,
 * an empty text box, an action handler) leaves it out. Values are escaped; `inner` is trusted story markup. With the
 * stories' placeholder phone number, a comment before the element says it is one (the snippet panels copy it too).
 */
export function element(tag: string, args: AttributeArgs, inner = ''): TemplateResult {
  const attributes = Object.entries(args)
    .filter(([name]) => ATTRIBUTE_NAME.test(name))
    .map(([name, value]) => {
      if (value === true) return ` ${name}`;
      if ((typeof value === 'string' && value !== '') || typeof value === 'number') {
        return ` ${name}="${escapeAttribute(String(value))}"`;
      }
      return '';
    })
    .join('');
  const note = 'phone' in args && isPlaceholderPhone(args.phone) ? phoneNote(args.phone) : '';
  return html`${unsafeHTML(`${note}<${tag}${attributes}>${inner}</${tag}>`)}`;
}
