import { BLOG_PATH, categoryPath, findArticle } from '../../src/content/articles.js';
import { DEFAULT_SETTINGS } from '../../src/practice/settings.js';
import { escapeAttribute, escapeText } from './html.js';

/**
 * What the stories write inside their widgets: the link a visitor gets when the script has not loaded (or JavaScript
 * is off), which the snippet panels then offer to copy. Every address comes from the practice's own values
 * (src/content/practice.ts, through DEFAULT_SETTINGS and the article catalog), so once the practice confirms its
 * booking page or an article's address, every story's snippet follows. test/embed/snippets.test.ts checks each one.
 */

/** The practice's booking page (DEFAULT_SETTINGS: the site until the practice confirms its scheduling page). */
export const BOOKING_URL = new URL(DEFAULT_SETTINGS.bookingUrl).href;

/** Inside `<consult-cta>`: it becomes the booking link and the button's words when the script runs. */
export const CTA_LINK = `<a href="${BOOKING_URL}">Book a free phone consultation</a>`;

/** The address a card for `slug` links to: the article's own once confirmed, else its category page, else the blog. */
export function articleUrl(slug?: string): string {
  const article = findArticle(slug);
  return new URL(article ? (article.url ?? categoryPath(article.category)) : BLOG_PATH, DEFAULT_SETTINGS.siteUrl).href;
}

/** "Read “<title>” in our <category> articles": a link to a catalog article, named for where it goes. */
function readLink(slug: string): string {
  const article = findArticle(slug)!;
  const where = article.url ? '' : ` in our ${article.category} articles`;
  return `<a href="${articleUrl(slug)}">Read “${escapeText(article.title)}”${where}</a>`;
}

/** Inside `<imagery-timer>` (which reads only an `<ol>`): the practice's article on guided imagery. */
export const TIMER_LINK = readLink('guided-imagery');

/** Inside `<care-checklist>` (which reads only a list): the article on bleeding after sex and when to see a provider. */
export const CHECKLIST_LINK = readLink('bleeding-after-sex');

/** A full http(s) address (a relative one would point at the host's own site once pasted). */
export const isWebAddress = (value: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

/**
 * Inside `<article-card>`: the link the card would show, which it then takes as its link and heading. From a story's
 * args (the controls can change them): `href` when it is a full http(s) address, else the catalog's address for
 * `slug`; `heading`, else the article's title.
 */
export function cardLink(args: { slug?: string; href?: string; heading?: string }): string {
  const href = args.href?.trim() && isWebAddress(args.href.trim()) ? args.href.trim() : articleUrl(args.slug);
  const text =
    args.heading?.trim() || findArticle(args.slug)?.title || `Articles from ${DEFAULT_SETTINGS.practiceName}`;
  return `<a href="${escapeAttribute(href)}">${escapeText(text)}</a>`;
}

/** The stories' phone number: a 555 number, not the practice's (which it has not confirmed). */
export const PLACEHOLDER_PHONE = '(312) 555-0142';

/** Whether `value` is the stories' placeholder number, however it is written. */
export const isPlaceholderPhone = (value: unknown): value is string =>
  typeof value === 'string' && value.replace(/\D/g, '') === PLACEHOLDER_PHONE.replace(/\D/g, '');

/** The comment that goes with the placeholder number in a snippet, so nobody copies it as the practice's own. */
export const phoneNote = (phone: string) =>
  `<!-- ${escapeText(phone).replace(/--/g, '')} is a placeholder (a 555 number): put the practice's own phone number here -->`;

/**
 * For a story that shows a failure (an unsafe address, an unknown slug): Storybook offers no code to copy for it,
 * neither on the docs page nor in the Code panel.
 */
export const NOT_COPYABLE = { docs: { codePanel: false, canvas: { sourceState: 'none' } } };
