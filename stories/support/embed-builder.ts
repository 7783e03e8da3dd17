// The embed builder (docs site: "Start here → Embed builder"): what Cal.com and Calendly give their customers. A
// practice's admin or a partner picks a widget, fills in a form, sees the widget live as it will look, and copies
// one snippet that works as pasted: the loader line, the element with its attributes escaped, and the link written
// inside it for visitors without JavaScript. It checks as it goes, with the words the widgets warn with.
// Not part of the package: it lives with the stories and uses the library's own helpers.
import { css, html, LitElement, nothing } from 'lit';
import { ARTICLES, categoryPath, findArticle } from '../../src/content/articles.js';
import { safeUrl, telHref } from '../../src/lib/safe-url.js';
import { VERSION } from '../../src/lib/version.js';
import { DEFAULT_SITE_URL, humanList } from '../../src/practice/settings.js';
import { parseStates } from '../../src/practice/states.js';

export const WIDGET_CHOICES = ['consult-cta', 'article-card', 'care-checklist', 'imagery-timer'] as const;
export type WidgetChoice = (typeof WIDGET_CHOICES)[number];

const LOADER = `https://cdn.jsdelivr.net/npm/@embracesexualwellness/widgets@${VERSION}/dist/cdn/loader.js`;
const HOME = `${DEFAULT_SITE_URL}/`;

/** Text made safe inside an attribute value or an element: what a person types never becomes markup. */
export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** What the form holds. */
export interface BuilderChoices {
  widget: WidgetChoice;
  phone: string;
  bookingUrl: string;
  states: string;
  variant: 'card' | 'banner' | 'inline';
  askLocation: boolean;
  partner: string;
  slug: string;
  minutes: string;
}

export const DEFAULT_CHOICES: BuilderChoices = {
  widget: 'consult-cta',
  phone: '',
  bookingUrl: '',
  states: '',
  variant: 'card',
  askLocation: true,
  partner: '',
  slug: ARTICLES[0].slug,
  minutes: ''
};

/**
 * The problems with the choices, in the widgets' own words (`<tag>: attribute … is not used.`), plus the one rule
 * of the builder's own: a booking page must be `https:`, since people book on it.
 */
export function problems(c: BuilderChoices): string[] {
  const out: string[] = [];
  const tag = `<${c.widget}>`;
  const reads = c.widget !== 'imagery-timer';
  const booking = c.bookingUrl.trim();
  if (reads && booking) {
    const href = safeUrl(booking);
    if (!href) out.push(`${tag}: booking-url "${booking}" is not a safe http(s) link and is not used.`);
    else if (!href.startsWith('https:'))
      out.push(`${tag}: booking-url "${booking}" is not https: people book there, so it needs a secure (https:) page.`);
  }
  if (reads && c.phone.trim() && !telHref(c.phone))
    out.push(`${tag}: phone="${c.phone.trim()}" is not a phone number and is not shown.`);
  if (c.widget === 'consult-cta' && c.states.trim()) {
    const { unknown, codes } = parseStates(c.states);
    if (unknown.length > 0) {
      const named = unknown.slice(0, 5).map((u) => `"${u}"`);
      if (unknown.length > 5) named.push(`${unknown.length - 5} more`);
      out.push(
        `states="${c.states}": ignoring ${humanList(named)}, ` +
          `which ${unknown.length === 1 ? 'is not a' : 'are not'} US state code${unknown.length === 1 ? '' : 's'} (use USPS codes such as "IL, IN").`
      );
    }
    if (codes.length === 0) out.push(`states="${c.states}" names no US state; the practice's own list is used.`);
  }
  if (c.widget === 'imagery-timer' && c.minutes.trim()) {
    const n = Number(c.minutes);
    if (!(n >= 0.5 && n <= 180))
      out.push(`<imagery-timer>: minutes="${c.minutes.trim()}" is not a number from 0.5 to 180; using 5.`);
  }
  return out;
}

/** The link written inside the element: where it goes and its words, for visitors without JavaScript. */
function writtenIn(c: BuilderChoices): [href: string, words: string] {
  if (c.widget === 'consult-cta') {
    const booking = safeUrl(c.bookingUrl.trim());
    return [booking?.startsWith('https:') ? booking : HOME, 'Book a free phone consultation'];
  }
  if (c.widget === 'article-card') {
    const article = findArticle(c.slug) ?? ARTICLES[0];
    return [new URL(article.url ?? categoryPath(article.category), HOME).href, article.title];
  }
  const article = findArticle(c.widget === 'imagery-timer' ? 'guided-imagery' : 'bleeding-after-sex')!;
  return [new URL(article.url ?? categoryPath(article.category), HOME).href, article.title];
}

/** The element's attributes, in the order the docs write them; only what differs from the defaults. */
function attributes(c: BuilderChoices): string[] {
  const list: Array<[string, string | true]> = [];
  const reads = c.widget !== 'imagery-timer';
  if (c.widget === 'article-card') list.push(['slug', c.slug]);
  if (c.widget === 'consult-cta') {
    if (c.variant !== 'card') list.push(['variant', c.variant]);
    if (c.askLocation) list.push(['ask-location', true]);
  }
  if (c.widget === 'imagery-timer' && c.minutes.trim()) list.push(['minutes', c.minutes.trim()]);
  const booking = safeUrl(c.bookingUrl.trim());
  if (reads && c.widget !== 'article-card' && booking?.startsWith('https:')) list.push(['booking-url', booking]);
  if (reads && c.widget !== 'article-card' && telHref(c.phone)) list.push(['phone', c.phone.trim()]);
  if (c.widget === 'consult-cta' && parseStates(c.states).codes.length > 0) list.push(['states', c.states.trim()]);
  if (reads && c.partner.trim()) list.push(['partner', c.partner.trim()]);
  return list.map(([name, value]) => (value === true ? name : `${name}="${escapeHtml(value)}"`));
}

/** The element alone, with its written-in link. */
export function elementMarkup(c: BuilderChoices): string {
  const [href, words] = writtenIn(c);
  const open = [c.widget, ...attributes(c)].join(' ');
  return `<${open}>\n  <a href="${escapeHtml(href)}">${escapeHtml(words)}</a>\n</${c.widget}>`;
}

/** The whole snippet: the loader line once, then the element. */
export function snippet(c: BuilderChoices): string {
  return `<script type="module" src="${LOADER}"></script>\n${elementMarkup(c)}`;
}

export class EmbedBuilder extends LitElement {
  static override properties = { choices: { state: true }, copied: { state: true } };
  declare choices: BuilderChoices;
  declare copied: string;

  static override styles = css`
    :host {
      display: block;
      font: inherit;
    }
    .layout {
      display: grid;
      gap: 1.5rem;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr));
      align-items: start;
    }
    form {
      display: grid;
      gap: 0.9rem;
    }
    label {
      display: grid;
      gap: 0.3rem;
      font-weight: 600;
    }
    label.inline {
      display: flex;
      align-items: center;
      gap: 0.5rem;
    }
    .hint {
      font-weight: 400;
      font-size: 0.9em;
    }
    input:not([type='checkbox']),
    select,
    textarea {
      font: inherit;
      padding: 0.5rem 0.6rem;
      border: 1px solid currentColor;
      border-radius: 0.4rem;
      min-height: 2.75rem;
      box-sizing: border-box;
      width: 100%;
      background: Field;
      color: FieldText;
    }
    input[type='checkbox'] {
      width: 1.25rem;
      height: 1.25rem;
    }
    textarea {
      font-family: ui-monospace, monospace;
      font-size: 0.85em;
      min-height: 9rem;
    }
    .problems {
      margin: 0;
      padding: 0.6rem 0.9rem;
      border: 2px solid #b3261e;
      border-radius: 0.4rem;
      list-style: none;
    }
    .problems li + li {
      margin-top: 0.5rem;
    }
    .preview {
      padding: 1rem;
      border: 1px dashed currentColor;
      border-radius: 0.4rem;
    }
    button {
      font: inherit;
      font-weight: 600;
      min-height: 2.75rem;
      padding: 0.5rem 1.2rem;
      border: 1px solid currentColor;
      border-radius: 0.4rem;
      background: #6a2b63;
      color: #fff;
      cursor: pointer;
    }
    h3 {
      margin: 0 0 0.5rem;
      font-size: 1.05em;
    }
  `;

  constructor() {
    super();
    this.choices = { ...DEFAULT_CHOICES };
    this.copied = '';
  }

  private set<K extends keyof BuilderChoices>(key: K, value: BuilderChoices[K]): void {
    this.choices = { ...this.choices, [key]: value };
    this.copied = '';
  }

  private field(key: 'phone' | 'bookingUrl' | 'states' | 'partner' | 'minutes', label: string, hint: string) {
    return html`<label
      >${label} <span class="hint">${hint}</span>
      <input
        name=${key}
        .value=${this.choices[key]}
        @input=${(e: Event) => this.set(key, (e.target as HTMLInputElement).value)}
    /></label>`;
  }

  private async copy(): Promise<void> {
    const text = snippet(this.choices);
    try {
      await navigator.clipboard.writeText(text);
      this.copied = 'Copied. Paste it into a code block where the widget should appear.';
    } catch {
      // No clipboard (an insecure page, a refusal): the text is selected for Ctrl+C / Cmd+C instead.
      this.renderRoot.querySelector('textarea')?.select();
      this.copied = 'Selected: press Ctrl+C (or Cmd+C) to copy it.';
    }
  }

  protected override updated(): void {
    // The live preview is the element as pasted (the library is on this page), in this page's light DOM.
    const preview =
      this.querySelector<HTMLElement>('[slot="preview"]') ?? this.appendChild(document.createElement('div'));
    preview.slot = 'preview';
    const markup = elementMarkup(this.choices);
    if (preview.dataset.markup !== markup) {
      preview.dataset.markup = markup;
      preview.innerHTML = markup; // our own escaped markup, built above from the form
    }
  }

  protected override render() {
    const c = this.choices;
    const found = problems(c);
    const reads = c.widget !== 'imagery-timer';
    return html`<div class="layout">
      <form @submit=${(e: Event) => e.preventDefault()} aria-label="Your widget">
        <label
          >Widget
          <select
            name="widget"
            @change=${(e: Event) => this.set('widget', (e.target as HTMLSelectElement).value as WidgetChoice)}
          >
            ${WIDGET_CHOICES.map((tag) => html`<option value=${tag} ?selected=${tag === c.widget}>&lt;${tag}&gt;</option>`)}
          </select></label
        >
        ${
          c.widget === 'article-card'
            ? html`<label
                >Article
                <select name="slug" @change=${(e: Event) => this.set('slug', (e.target as HTMLSelectElement).value)}>
                  ${ARTICLES.map((a) => html`<option value=${a.slug} ?selected=${a.slug === c.slug}>${a.title}</option>`)}
                </select></label
              >`
            : nothing
        }
        ${
          c.widget === 'consult-cta'
            ? html`<label
                  >Shape
                  <select
                    name="variant"
                    @change=${(e: Event) => this.set('variant', (e.target as HTMLSelectElement).value as BuilderChoices['variant'])}
                  >
                    ${(['card', 'banner', 'inline'] as const).map(
                      (v) => html`<option value=${v} ?selected=${v === c.variant}>${v}</option>`
                    )}
                  </select></label
                >
                <label class="inline"
                  ><input
                    type="checkbox"
                    name="askLocation"
                    .checked=${c.askLocation}
                    @change=${(e: Event) => this.set('askLocation', (e.target as HTMLInputElement).checked)}
                  />
                  Ask where the person will be during sessions</label
                >
                ${this.field('states', 'States', '(USPS codes, for example "IL, IN"; empty: the practice’s own)')}`
            : nothing
        }
        ${
          reads && c.widget !== 'article-card'
            ? html`${this.field('bookingUrl', 'Booking page', '(https:… address; empty: the practice’s home page)')}
              ${this.field('phone', 'Practice phone', '(empty: no phone shown)')}`
            : nothing
        }
        ${c.widget === 'imagery-timer' ? this.field('minutes', 'Minutes', '(0.5 to 180; empty: 5)') : nothing}
        ${reads ? this.field('partner', 'Partner id', '(partners only: the id the practice gave you)') : nothing}
      </form>
      <div>
        <h3>Check</h3>
        <div role="status">
          ${
            found.length
              ? html`<ul class="problems">
                  ${found.map((p) => html`<li>${p}</li>`)}
                </ul>`
              : html`<p>All set: nothing to fix.</p>`
          }
        </div>
        <h3>As it will look</h3>
        <div class="preview"><slot name="preview"></slot></div>
        <h3><label for="snippet">Your snippet</label></h3>
        <textarea id="snippet" readonly .value=${snippet(c)}></textarea>
        <p>
          <button type="button" @click=${this.copy}>Copy the snippet</button>
          <span role="status">${this.copied}</span>
        </p>
      </div>
    </div>`;
  }
}

if (!customElements.get('embed-builder')) customElements.define('embed-builder', EmbedBuilder);
