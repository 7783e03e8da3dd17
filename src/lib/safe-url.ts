/**
 * Turns an attribute value into a link the widgets may render, or `null`. Lit escapes text but never sanitizes
 * URLs, so every `href` the widgets write goes through here.
 *
 * The value is parsed with the browser's own `URL` parser (the same one that will follow the link) against `base`,
 * and the *serialized* result is returned, so what is rendered is exactly what was checked. Anything whose protocol
 * is not on the allow-list — `javascript:`, `data:`, `vbscript:`, `blob:`, `file:` in any case or spacing — is
 * refused, as are non-strings, empty strings and absurdly long values.
 */

/** Protocols for ordinary links. */
export const WEB_PROTOCOLS = ['https:', 'http:'] as const;
/** Protocols for a contact link: the web ones, `tel:` and `mailto:`. */
export const CONTACT_PROTOCOLS = ['https:', 'http:', 'tel:', 'mailto:'] as const;

/** Longer than any real link; longer values are refused instead of being parsed. */
export const MAX_URL_LENGTH = 2048;

export type SafeProtocol = (typeof CONTACT_PROTOCOLS)[number];

export interface SafeUrlOptions {
  /** What a relative value resolves against. Must itself be an absolute `http(s)` URL; otherwise relative values are refused. */
  base?: string;
  /** Protocols accepted; defaults to `https:` and `http:`. */
  allow?: readonly SafeProtocol[];
}

// C0 controls, DEL and the C1 range. The URL parser strips some of these silently; a value that contains them was
// not typed by a person, so it is refused rather than "repaired".
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// Characters a phone number may contain after `tel:` (RFC 3966 visual separators, `+`, digits, extensions).
const TEL = /^tel:\+?[0-9().\- ]{3,30}(;ext=\d{1,6})?$/i;
// A plain address: no percent-escapes, markup or spaces in either half, and a dotted domain.
const MAILTO = /^mailto:[a-z0-9._+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i;

function absoluteBase(base: string | undefined): URL | undefined {
  if (!base) return undefined;
  try {
    const url = new URL(base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Returns the serialized, absolute URL for `value` when it is safe to render as a link, otherwise `null`.
 *
 * @example safeUrl('/esw-blog', { base: 'https://www.embracesexualwellness.com' })
 *   // 'https://www.embracesexualwellness.com/esw-blog'
 * @example safeUrl(' JaVaScRiPt:alert(1)') // null
 */
export function safeUrl(value: unknown, options: SafeUrlOptions = {}): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.length > MAX_URL_LENGTH || CONTROL.test(trimmed)) return null;
  const allow: readonly string[] = options.allow ?? WEB_PROTOCOLS;
  let url: URL;
  try {
    url = new URL(trimmed, absoluteBase(options.base));
  } catch {
    return null; // relative without a usable base, or not a URL at all
  }
  if (!allow.includes(url.protocol)) return null;
  // Chromium keeps a space in a host as "%20" where the standard refuses it: no real host has a percent sign.
  if ((url.protocol === 'https:' || url.protocol === 'http:') && (!url.hostname || url.hostname.includes('%'))) {
    return null;
  }
  // Engines serialize opaque tel:/mailto: paths differently, so those are checked on the text and normalized.
  if (url.protocol === 'tel:') return TEL.test(trimmed) ? telHref(trimmed.slice(4)) : null;
  if (url.protocol === 'mailto:' && !MAILTO.test(url.href.split('?')[0])) return null;
  return url.href;
}

/**
 * Builds a `tel:` link from a phone number as a person writes it ("(312) 555-0142", "+1 312 555 0142"),
 * keeping only digits and a leading `+`. Returns `null` when fewer than 7 digits remain.
 */
export function telHref(phone: unknown): string | null {
  if (typeof phone !== 'string') return null;
  const trimmed = phone.trim();
  if (trimmed.length > 40 || CONTROL.test(trimmed)) return null;
  // An extension at the end ("ext. 3", "x3", "extension 3", ";ext=3") is dialled after the number: RFC 3966's
  // ";ext=". Anything else but digits and separators (letters, "#", a second extension) is not a number to dial.
  const [number, ext] = trimmed.split(/\s*(?:;ext=|\bext\.?|\bextension|\bx)\s*(?=\d+$)/i);
  if (/[^0-9+().\-\s]/.test(number)) return null;
  const digits = number.replace(/[^0-9]/g, '');
  if (digits.length < 7 || digits.length > 15) return null;
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${digits}${ext ? `;ext=${ext}` : ''}`;
}

/**
 * Formats a phone number for people: a US number — 10 digits, or 11 starting with 1 — as "(312) 555-0142";
 * anything else (an international number) as written, trimmed.
 */
export function formatPhone(phone: string): string {
  const digits = phone.replace(/[^0-9]/g, '');
  const plus = phone.trim().startsWith('+');
  const us =
    digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : !plus && digits.length === 10 ? digits : '';
  return us ? `(${us.slice(0, 3)}) ${us.slice(3, 6)}-${us.slice(6)}` : phone.trim();
}
