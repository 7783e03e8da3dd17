import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { BLOG_PATH, categoryPath, findArticle, type Article } from '../content/articles.js';
import { choice } from '../internal/choice.js';
import { property, readStrings, state } from '../internal/coerce.js';
import { headingLevel, renderHeading } from '../internal/heading.js';
import { LightDomController } from '../internal/light-dom.js';
import { warnOnce } from '../lib/warn.js';
import { PracticeElement } from '../practice/practice-element.js';
import { articleCardStyles } from './article-card.styles.js';
import { ARTICLE_CARD_STRINGS, type ArticleCardStrings } from './strings.js';

const TAG = 'article-card';
export const ARTICLE_CARD_LAYOUTS = ['vertical', 'horizontal', 'compact'] as const;
export type ArticleCardLayout = (typeof ARTICLE_CARD_LAYOUTS)[number];
// A press shorter than this on the card is a click; longer is someone selecting text.
const CLICK_MS = 250;

export interface ArticleCardClickDetail {
  /** Where the card goes, referral parameters included. */
  href: string;
  /** The catalog slug, or `null` for a card made from attributes. */
  slug: string | null;
}

/** Parses an ISO date ("2025-03-14" or a full timestamp); a date alone is a calendar day, not UTC midnight. */
export function parseDate(value: string): Date | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const date = day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(value.trim());
  if (Number.isNaN(date.getTime())) return null;
  if (day && date.getDate() !== Number(day[3])) return null; // 2025-02-31 rolls over: not a real date
  return date;
}

/**
 * @summary A card for one of the practice's articles: one link, the whole card clickable, text still selectable.
 * @tag article-card
 *
 * `slug` shows an article from the built-in catalog (`bleeding-after-sex`, `guided-imagery`,
 * `performance-pressure`); any attribute overrides its field, and attributes alone make a card without a slug.
 * Partners add `partner` (or wrap cards in `<practice-provider partner="…">`) so the link says who recommended it,
 * and `recommended-by` to show it.
 *
 * Content written inside the element (a plain link to the article) is what readers see before the script loads;
 * after upgrade its link and text are used when `href` and `heading` are not set.
 *
 * @fires {CustomEvent<ArticleCardClickDetail>} article-card-click - When the card's link is activated. Cancelable:
 * `preventDefault()` keeps the page where it is (for a single-page app's own routing).
 *
 * @csspart base - The card.
 * @csspart media - The image, or the category-colored block.
 * @csspart image - The image.
 * @csspart content - Everything but the media.
 * @csspart category - The category line.
 * @csspart heading - The heading.
 * @csspart link - The one link (the title).
 * @csspart excerpt - The excerpt.
 * @csspart meta - Reading time, date and author.
 * @csspart recommended - The "Recommended by" line.
 *
 * @cssprop --article-card-surface - Background. Default: `--embrace-surface`.
 * @cssprop --article-card-border-color - Border. Default: `--embrace-border-color`.
 * @cssprop --article-card-radius - Corner rounding. Default: `--embrace-radius`.
 * @cssprop --article-card-padding - Inner spacing. Default: `--embrace-space`.
 * @cssprop --article-card-link-color - The title's color. Default: the page's text color.
 * @cssprop --article-card-category-color - The category's mark (and a text-only card's top rule). Default: one per
 * category.
 * @cssprop --article-card-image-max-height - The tallest an image gets at full width. Default: 16rem.
 * @cssprop --article-card-image-ratio - The image's aspect ratio. Default: 16 / 9.
 *
 * @cssprop --embrace-accent - Shared by every widget: button fills, checked boxes; markers mix it with the page's text
 * color. Default: `#6a2b63`.
 * @cssprop --embrace-on-accent - Shared by every widget: words on the accent color. Default: `#ffffff`.
 * @cssprop --embrace-surface - Shared by every widget: card backgrounds. Default: transparent (the banner: the page's
 * text color at 6 %).
 * @cssprop --embrace-border-color - Shared by every widget: card borders and dividers. Default: the page's text color
 * at 25 %.
 * @cssprop --embrace-control-border-color - Shared by every widget: the edges of checkboxes, selects and buttons.
 * Default: the page's text color at 80 %.
 * @cssprop --embrace-muted-color - Shared by every widget: secondary text. Default: the page's text color at 90 %.
 * @cssprop --embrace-radius - Shared by every widget: corner rounding. Default: `0.5rem`.
 * @cssprop --embrace-space - Shared by every widget: padding and gaps. Default: `1rem`.
 * @cssprop --embrace-focus-color - Shared by every widget: the keyboard focus ring. Default: the page's text color.
 * @cssprop --embrace-font-family - Shared by every widget: text. Default: the page's font.
 * @cssprop --embrace-heading-font-family - Shared by every widget: headings. Default: `--embrace-font-family`.
 * @cssprop --embrace-heading-font-weight - Shared by every widget: headings. Default: `600`.
 * @cssprop --embrace-line-height - Shared by every widget: text. Default: `1.5`.
 */
export class ArticleCard extends PracticeElement {
  static override styles = articleCardStyles;

  private pressStart = 0;

  constructor() {
    super();
    new LightDomController(this, () => this.requestUpdate()); // follows the fallback link written inside
  }

  @state() private imageFailed = false;

  /** An article from the built-in catalog. */
  @property() slug?: string;
  /** The article's address (relative to `site-url` or absolute). Default: the catalog entry's. */
  @property() href?: string;
  /** The title. */
  @property() heading?: string;
  /** One or two sentences on what the reader will get. */
  @property() excerpt?: string;
  /** The blog category. */
  @property() category?: string;
  /** An image to show (requested only when set). */
  @property() image?: string;
  /** The image's text alternative; without it the image is decorative (`alt=""`), since the title says it all. */
  @property({ attribute: 'image-alt' }) imageAlt?: string;
  /** Publication date (ISO), shown in the reader's locale. */
  @property() published?: string;
  /** Reading time in minutes. */
  @property({ attribute: 'reading-minutes' }) readingMinutes?: string;
  /** The author's name. */
  @property() author?: string;
  /** `vertical` (default), `horizontal` or `compact` (no image). */
  @property({ reflect: true }) layout: ArticleCardLayout = 'vertical';
  /** The heading's level, 2–6. Default: 3. */
  @property({ attribute: 'heading-level' }) headingLevel?: string;
  /** A visible referral line, "Recommended by" and the name you give (for example `recommended-by="Dr. Lee, OB-GYN"`). */
  @property({ attribute: 'recommended-by' }) recommendedBy?: string;
  /** Open the article in a new tab. */
  @property({ type: Boolean, attribute: 'new-tab' }) newTab = false;
  /** Overrides for any of the element's words (see `ArticleCardStrings`). */
  @property({ attribute: false }) strings: Partial<ArticleCardStrings> = {};

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('image')) this.imageFailed = false;
    // Normalized once and reflected: "Compact" and " compact" are the compact layout, attribute included.
    if (changed.has('layout')) this.layout = choice(this.layout, ARTICLE_CARD_LAYOUTS, TAG, 'layout');
  }

  private get text(): ArticleCardStrings {
    return readStrings(ARTICLE_CARD_STRINGS, this.strings, TAG);
  }

  private get fallbackLink(): HTMLAnchorElement | null {
    return this.querySelector('a[href]');
  }

  /** The catalog entry, if the slug names one (an unknown slug warns once). */
  private get article(): Article | undefined {
    if (!this.slug?.trim()) return undefined;
    const article = findArticle(this.slug);
    if (!article) warnOnce(`<${TAG}>: slug="${this.slug}" is not in the catalog; showing a card for the blog instead.`);
    return article;
  }

  /**
   * The link: `href`, else the light-DOM link, else the catalog's address or category page, else the blog. `where`
   * is the category when the link goes to the category page instead of the article (the link's name says so).
   */
  private resolveHref(article: Article | undefined): { href: string; where?: string } {
    const base = this.ownerDocument.baseURI;
    const own =
      this.safeLink(this.href, 'href') ??
      this.safeLink(this.fallbackLink?.getAttribute('href'), 'the link inside it', base);
    const where = own || !article || article.url ? undefined : article.category;
    const href = own ?? this.safeLink(article?.url ?? (where ? categoryPath(where) : BLOG_PATH), 'the catalog address');
    return { href: this.withReferral(href ?? new URL(BLOG_PATH, 'https://www.embracesexualwellness.com').href), where };
  }

  private get minutes(): number | null {
    const raw = this.readingMinutes?.trim();
    if (!raw) return null;
    const minutes = Number(raw);
    if (Number.isInteger(minutes) && minutes > 0 && minutes < 600) return minutes;
    warnOnce(`<${TAG}>: reading-minutes="${raw}" is not a whole number of minutes; it is not shown.`);
    return null;
  }

  private get date(): TemplateResult | typeof nothing {
    const raw = this.published?.trim();
    if (!raw) return nothing;
    const date = parseDate(raw);
    if (!date) {
      warnOnce(`<${TAG}>: published="${raw}" is not an ISO date (YYYY-MM-DD); it is not shown.`);
      return nothing;
    }
    return html`<time datetime=${raw}
      >${new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(date)}</time
    >`;
  }

  private onLinkClick(event: MouseEvent, href: string, slug: string | null): void {
    const allowed = this.dispatchEvent(
      new CustomEvent<ArticleCardClickDetail>('article-card-click', {
        bubbles: true,
        composed: true,
        cancelable: true,
        detail: { href, slug }
      })
    );
    if (!allowed) event.preventDefault();
  }

  private onPointerDown(event: PointerEvent): void {
    this.pressStart = event.button === 0 ? event.timeStamp : 0;
  }

  /**
   * The whole card is clickable without covering its text with the link: a quick press anywhere on the card follows
   * the link; a longer press (selecting text) does not; a press on the link itself is the link's own.
   */
  private onPointerUp(event: PointerEvent): void {
    const quick = this.pressStart > 0 && event.timeStamp - this.pressStart < CLICK_MS;
    this.pressStart = 0;
    const target = event.composedPath()[0] as Element;
    if (!quick || event.button !== 0 || target.closest?.('a')) return;
    // Engines hide the text of a selection inside a shadow root (toString() is ""), but its type still says
    // "Range" while something is selected.
    if (this.ownerDocument.getSelection()?.type === 'Range') return;
    this.renderRoot.querySelector<HTMLAnchorElement>('a')?.click();
  }

  private renderMedia(): TemplateResult | typeof nothing {
    if (this.layout === 'compact') return nothing;
    const src = this.image ? this.safeLink(this.image, 'image', this.ownerDocument.baseURI) : null;
    if (!src || this.imageFailed) return nothing; // a text-only card: no empty block that looks like a failed image
    return html`<div part="media" class="media">
      <img
        part="image"
        src=${src}
        alt=${this.imageAlt?.trim() ?? ''}
        loading="lazy"
        decoding="async"
        referrerpolicy="no-referrer"
        @error=${() => {
          warnOnce(`<${TAG}>: the image "${this.image}" did not load; showing the card without it.`);
          this.imageFailed = true;
        }}
      />
    </div>`;
  }

  protected override render(): TemplateResult {
    const t = this.text;
    const article = this.article;
    const own = this.heading?.trim() || this.fallbackLink?.textContent?.trim();
    const known = Boolean(article || own);
    const slug = article?.slug ?? null;
    const { href, where } = this.resolveHref(article);
    // An unknown slug with nothing else, or an empty card: the card for the blog (the console says which slug was
    // unknown; the public never reads "we couldn't find that article").
    const heading = own || article?.title || t.blogHeading(this.settings.practiceName);
    const excerpt = this.excerpt?.trim() || article?.excerpt || (known ? '' : t.blogExcerpt);
    const category = this.category?.trim() || article?.category;
    const minutes = this.minutes ?? article?.readingMinutes ?? null;
    const { layout } = this;
    const meta = [
      minutes ? t.readingTime(minutes) : null,
      this.date,
      this.author?.trim() ? t.by(this.author.trim()) : null
    ].filter((item) => item && item !== nothing);

    // The heading sits inside the one link, and what the link adds for screen readers ("in our Anxiety articles",
    // "opens in a new tab") after it: in the link's name, never in the heading's text that heading lists read.
    const hint = [where && t.inCategory(where), this.newTab && t.newTab].filter(Boolean).join(' ');
    const link = html`<a
      part="link"
      class="link"
      href=${href}
      target=${ifDefined(this.newTab ? '_blank' : undefined)}
      rel=${ifDefined(this.newTab ? 'noopener noreferrer' : undefined)}
      referrerpolicy="no-referrer"
      @click=${(event: MouseEvent) => this.onLinkClick(event, href, slug)}
      >${renderHeading(headingLevel(this.headingLevel, 3, TAG), heading)}${
        hint ? html`<span class="visually-hidden"> ${hint}</span>` : nothing
      }</a
    >`;

    const media = this.renderMedia();
    return html`<article
      part="base"
      class="card ${layout} ${media === nothing ? 'text-only' : 'with-image'} cat-${(category ?? '').toLowerCase().replace(/[^a-z]+/g, '-')}"
      @pointerdown=${this.onPointerDown}
      @pointerup=${this.onPointerUp}
    >
      ${media}
      <div part="content" class="content">
        ${link} ${category ? html`<p part="category" class="category">${category}</p>` : nothing}
        ${excerpt && layout !== 'compact' ? html`<p part="excerpt" class="excerpt">${excerpt}</p>` : nothing}
        ${
          meta.length
            ? html`<p part="meta" class="meta">${meta.map((item, i) => html`${i ? ' · ' : ''}${item}`)}</p>`
            : nothing
        }
        ${
          this.recommendedBy?.trim()
            ? html`<p part="recommended" class="recommended">${t.recommendedBy(this.recommendedBy.trim())}</p>`
            : nothing
        }
      </div>
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'article-card': ArticleCard;
  }
  interface GlobalEventHandlersEventMap {
    'article-card-click': CustomEvent<ArticleCardClickDetail>;
  }
}
