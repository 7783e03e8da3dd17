/**
 * Referral attribution for partner embeds. A partner's card or button sends people to the practice with
 * `utm_source=<partner>&utm_medium=referral&utm_content=<tag>` (and `utm_campaign` when set), so the practice can see
 * which partner sent a visit without any tracking script, cookie or request from the widget itself.
 */

// A lone half of a surrogate pair makes encodeURIComponent throw; such text is replaced, never thrown on.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const encode = (value: string) => encodeURIComponent(value.replace(LONE_SURROGATE, '\uFFFD'));

export interface Referral {
  /** The partner id (`partner` attribute). Without it the URL is returned unchanged. */
  partner?: string | null;
  /** `utm_campaign`. */
  campaign?: string | null;
  /** `utm_content`: the tag of the widget that carried the link. */
  content?: string | null;
}

/**
 * Adds the referral parameters to an absolute `http(s)` URL. Existing query parameters, their encoding, the hash
 * and any `utm_*` already present are kept as they are (a link that already carries attribution is not rewritten).
 * Anything that is not an absolute `http(s)` URL is returned unchanged.
 */
export function withReferral(href: string, referral: Referral): string {
  const partner = referral.partner?.trim();
  if (!partner) return href;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return href;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return href;

  const existing = new URLSearchParams(url.search);
  const wanted: Array<[string, string | null | undefined]> = [
    ['utm_source', partner],
    ['utm_medium', 'referral'],
    ['utm_campaign', referral.campaign?.trim()],
    ['utm_content', referral.content?.trim()]
  ];
  const added = wanted
    .filter(([key, value]) => value && !existing.has(key))
    .map(([key, value]) => `${key}=${encode(value!)}`);
  if (added.length === 0) return href;
  // Appending by hand keeps the existing query byte for byte; URLSearchParams would re-encode it.
  url.search = url.search.length > 1 ? `${url.search}&${added.join('&')}` : `?${added.join('&')}`;
  return url.href;
}
