import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { DEFAULT_CARE_ITEMS, type CareItem, type CareLevel } from '../content/care-items.js';
import { Announcer } from '../internal/announcer.js';
import { tick } from '../internal/tick.js';
import { property, readStrings, state } from '../internal/coerce.js';
import { headingLevel, renderHeading } from '../internal/heading.js';
import { LightDomController } from '../internal/light-dom.js';
import { telHref } from '../lib/safe-url.js';
import { warnOnce } from '../lib/warn.js';
import { PracticeElement } from '../practice/practice-element.js';
import { careChecklistStyles } from './care-checklist.styles.js';
import { levelOf, readItems } from './items.js';
import { CARE_CHECKLIST_STRINGS, type CareChecklistStrings } from './strings.js';

const TAG = 'care-checklist';
// Emergency numbers are short (911, 112, 999, 000, 111); anything else is a typo.
const EMERGENCY_NUMBER = /^[0-9]{2,6}$/;

/**
 * How many times this page has gone into or come back from the back/forward cache. Counted here, once for the
 * module, because a checklist that is off the page then (a single-page app keeping a view alive, Vue `KeepAlive`)
 * has no listeners of its own: it compares the count when it is put back and forgets its answers if it moved.
 */
let cacheVisits = 0;
let counting = false;
const countVisit = (event: PageTransitionEvent) => {
  if (event.persisted) cacheVisits += 1;
};

export type CareChecklistLevel = CareLevel | 'none';

export interface CareChecklistChangeDetail {
  /** The overall advice level. */
  level: CareChecklistLevel;
  /** How many items are checked. Never which ones: the answers stay with the host code that asks for them. */
  count: number;
}

/**
 * @summary "When to see a medical provider": a calm checklist whose answers never leave the page.
 * @tag care-checklist
 *
 * With no attributes it shows the practice's seven signs that bleeding or pain around sex is worth a visit, as native
 * checkboxes, in words for every body (bleeding from the vagina or anus, with or without periods). With nothing
 * checked it gives no verdict, only a neutral prompt. As boxes change, the advice updates in words (never color
 * alone): see a provider, with the practice's offer of a trusted, queer-friendly, trauma-informed referral and a line
 * on the emotional side; or get care today, for the red flags standard guidance names (bleeding in pregnancy, belly
 * pain with a fever). The emergency line and a quiet support line for someone after sex they didn't want are always
 * there.
 *
 * Answers are never stored, sent or put in an event, and never restored: not by the browser's form restore, and not
 * by its back/forward cache (they are cleared when the page is put in it and when it comes back). Inside a `<form>`
 * they are submitted only when the element has a `name`. Host code can read them through `checked`, and, like any
 * script on the page, by listening to `click` or `input` on the document (`composedPath()` reaches the checkbox and
 * its label). The checkboxes' values are positions ("0"…"4"), not the answers' words. The whole checklist is marked
 * for session-replay tools (rrweb, PostHog, Sentry, Hotjar, Microsoft Clarity, FullStory, LogRocket, Datadog)
 * as private, so their default settings record a blank box instead of the answers.
 *
 * A `<ul>` inside the element (`<li data-id data-level="urgent">`) replaces the default items and is what a reader
 * without JavaScript sees.
 *
 * @slot emergency - Replaces the emergency line.
 * @slot support - Replaces the support line for someone after sex they didn't want (a US hotline by default).
 *
 * @fires {CustomEvent<CareChecklistChangeDetail>} care-checklist-change - When the person checks, unchecks or clears
 * items. The detail holds the level and the count, never the answers.
 *
 * @csspart base - The whole checklist.
 * @csspart heading - The heading.
 * @csspart fieldset - The group of checkboxes.
 * @csspart item - One item's label (checkbox and text).
 * @csspart checkbox - One checkbox.
 * @csspart result - The advice for the current answers.
 * @csspart level - The advice level, in words.
 * @csspart referral - The referral offer and its links.
 * @csspart emergency - The emergency line.
 * @csspart support - The support line after sex someone didn't want.
 * @csspart notes - The "not a diagnosis" and privacy lines.
 * @csspart actions - The clear and copy buttons.
 *
 * @cssprop --care-checklist-accent - A checked box's fill and the see-a-provider marker. Default: `--embrace-accent`.
 * @cssprop --care-checklist-urgent-color - The emergency line's border, the one red on the widget, mixed with the page's
 * text color so it shows on dark pages too. Default: a deep red.
 * @cssprop --care-checklist-surface - Background. Default: `--embrace-surface`.
 * @cssprop --care-checklist-radius - Corner rounding. Default: `--embrace-radius`.
 * @cssprop --care-checklist-gap - Space between parts. Default: `--embrace-space`.
 * @cssprop --care-checklist-border-color - Border. Default: `--embrace-border-color`.
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
export class CareChecklist extends PracticeElement {
  static override styles = careChecklistStyles;
  /** Lets the checked ids join a host `<form>` (only when `name` is set). */
  static readonly formAssociated = true;

  private readonly internals: ElementInternals | null = this.attachInternalsSafely();
  /** The polite live region: the new advice when it changes, else only the count. */
  private readonly announcer = new Announcer(this);
  /** `cacheVisits` when this checklist left the page. */
  private leftAt = -1;

  constructor() {
    super();
    new LightDomController(this, () => this.readLightDom()); // follows the content written inside the element
  }

  @state() private items: readonly CareItem[] = DEFAULT_CARE_ITEMS;
  @state() private checkedIds: readonly string[] = [];
  @state() private formDisabled = false;

  /** The heading. Default: "When to see a medical provider". */
  @property() heading?: string;

  /** The number to call in an emergency. Default: 911. */
  @property({ attribute: 'emergency-number' }) emergencyNumber?: string;

  /** Hide the emergency line (for pages that show their own). */
  @property({ type: Boolean, attribute: 'hide-emergency' }) hideEmergency = false;

  /** Hide the support line after sex someone didn't want (for pages that already say it). */
  @property({ type: Boolean, attribute: 'hide-support' }) hideSupport = false;

  /** With a name, the checked item ids are submitted with a host `<form>` under this name. Without, nothing is. */
  @property() name?: string;

  /** The heading's level, 2–6. Default: 2. */
  @property({ attribute: 'heading-level' }) headingLevel?: string;

  /** Overrides for any of the element's words (see `CareChecklistStrings`). */
  @property({ attribute: false }) strings: Partial<CareChecklistStrings> = {};

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('checkedIds' as keyof CareChecklist) || changed.has('name')) this.updateFormValue();
  }

  /** Put in the back/forward cache, or restored from it: the next person must not find these answers. */
  private readonly forget = (event: PageTransitionEvent) => {
    if (!event.persisted) return;
    this.clear();
    this.announcer.say(''); // its last line ("1 item checked") tells the advice too
  };

  override connectedCallback(): void {
    super.connectedCallback(); // reads the items written inside
    this.checked = this.checkedIds; // ids set before connection, now checked against those items
    if (!counting) {
      counting = true;
      addEventListener('pagehide', countVisit);
      addEventListener('pageshow', countVisit);
    }
    // Off the page while the page went into the back/forward cache: the next person must not find these answers.
    if (this.leftAt >= 0 && this.leftAt !== cacheVisits) this.clear();
    addEventListener('pagehide', this.forget);
    addEventListener('pageshow', this.forget);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.leftAt = cacheVisits;
    removeEventListener('pagehide', this.forget);
    removeEventListener('pageshow', this.forget);
  }

  /** A form reset clears the answers. */
  formResetCallback(): void {
    this.clear();
  }

  /** A disabled `<fieldset>` around the element disables its checkboxes. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /**
   * Browsers offer to restore form state after back/forward navigation. Answers are never restored: a shared or
   * public computer must not show the last person's answers.
   */
  formStateRestoreCallback(): void {
    this.updateFormValue();
  }

  /** The ids of the checked items, in list order. Setting it changes the boxes without firing an event. */
  get checked(): string[] {
    return this.items.filter((item) => this.checkedIds.includes(item.id)).map((item) => item.id);
  }
  set checked(ids: readonly string[]) {
    const list: unknown[] = Array.isArray(ids) ? ids : ids == null ? [] : [ids];
    const wanted = [...new Set(list.filter((id) => typeof id === 'string' || typeof id === 'number').map(String))];
    if (wanted.length < list.length) warnOnce(`<${TAG}>: checked takes item ids (text); other values were left out.`);
    // Before the element is on the page its own items are not read yet: keep every id, they are checked then.
    const known = new Set(this.items.map((item) => item.id));
    this.checkedIds = this.isConnected ? wanted.filter((id) => known.has(id)) : wanted;
  }

  /** The advice level for the current answers: `none`, `see-provider` or `urgent`. */
  get level(): CareChecklistLevel {
    return levelOf(this.checkedItems);
  }

  /** Unchecks everything (without firing an event: a person's clear is announced and fired by the button). */
  clear(): void {
    this.checkedIds = [];
  }

  private attachInternalsSafely(): ElementInternals | null {
    try {
      return this.attachInternals();
    } catch {
      return null; // an engine without form-associated custom elements: the checklist still works, just not in forms
    }
  }

  private readLightDom(): void {
    const items = readItems(this.querySelector(':scope > ul, :scope > ol'));
    const next = items && items.length > 0 ? items : DEFAULT_CARE_ITEMS;
    if (JSON.stringify(next) === JSON.stringify(this.items)) return;
    this.items = next;
    this.checked = this.checkedIds; // drop answers to items that are gone
  }

  private updateFormValue(): void {
    if (!this.internals) return;
    const name = this.name?.trim();
    if (!name || this.checkedIds.length === 0) {
      this.internals.setFormValue(null);
      return;
    }
    const data = new FormData();
    for (const id of this.checked) data.append(name, id);
    // No restore state (`null`): otherwise the browser keeps the ids in session history, on disk, to hand back on Back.
    this.internals.setFormValue(data, null);
  }

  private get text(): CareChecklistStrings {
    return readStrings(CARE_CHECKLIST_STRINGS, this.strings, TAG);
  }

  private get checkedItems(): CareItem[] {
    return this.items.filter((item) => this.checkedIds.includes(item.id));
  }

  /** The advice for a level, as [level words, what to do]; nothing checked: the neutral prompt alone. */
  private advice(level: CareChecklistLevel, t: CareChecklistStrings): [string, string] | [string] {
    return level === 'urgent'
      ? [t.urgentLevel, t.urgentText]
      : level === 'see-provider'
        ? [t.seeProviderLevel, t.seeProviderText]
        : [t.prompt];
  }

  /**
   * Something the person did changed the answers: tell the host the level and count, and say what changed: the new
   * advice (back to the neutral prompt included) when the advice changed, else only the count.
   */
  private personChanged(before: CareChecklistLevel, line?: string): void {
    const { level } = this;
    const count = this.checkedIds.length;
    const t = this.text;
    const counted = t.count(count);
    const changed = level !== before;
    const [words, text] = this.advice(level, t);
    // The level in a few words (the instruction is one step on, in the result), or the prompt back to neutral.
    this.announcer.say(line ?? (changed ? (text ? `${words}. ${counted}` : `${counted} ${words}`) : counted));
    this.dispatchEvent(
      new CustomEvent<CareChecklistChangeDetail>('care-checklist-change', {
        bubbles: true,
        composed: true,
        detail: { level, count }
      })
    );
  }

  private onToggle(event: Event): void {
    const box = event.target as HTMLInputElement;
    const { id } = this.items[Number(box.value)]; // the value is the item's position: no answer's words in the DOM
    const others = this.checkedIds.filter((other) => other !== id);
    const before = this.level;
    this.checkedIds = box.checked ? [...others, id] : others;
    this.personChanged(before);
  }

  private onClear(): void {
    this.clear();
    this.personChanged('none', this.text.cleared);
    this.renderRoot.querySelector<HTMLInputElement>('input')?.focus(); // the button is gone with the answers
  }

  private async onCopy(): Promise<void> {
    const t = this.text;
    const list = [t.copyTitle, ...this.checkedItems.map((item) => `- ${item.label}`)].join('\n');
    try {
      await navigator.clipboard.writeText(list);
      this.announcer.say(t.copied);
    } catch {
      this.announcer.say(t.copyFailed);
    }
  }

  private get emergencyDigits(): string {
    const value = this.emergencyNumber?.trim();
    if (!value) return '911';
    if (EMERGENCY_NUMBER.test(value)) return value;
    warnOnce(`<${TAG}>: emergency-number="${value}" is not a short emergency number; using 911.`);
    return '911';
  }

  /** The practice's referral link: `booking-url` (own or provided), else its site; unsafe means no link. */
  private get referralHref(): string | null {
    // The resolved booking URL already falls back to the site; the attribute is named only for the warning.
    const attribute = this.explicitSettings.bookingUrl ? 'booking-url' : 'site-url';
    const href = this.safeLink(this.settings.bookingUrl, attribute);
    return href && this.withReferral(href);
  }

  private renderPhone(t: CareChecklistStrings): TemplateResult | typeof nothing {
    const link = this.phoneLink();
    return link === nothing ? nothing : html`<span>${t.phoneLead} ${link}</span>`;
  }

  /**
   * The advice for the current answers. With nothing checked (before the first answer, after Clear, or after
   * unchecking every box), the same neutral prompt: no verdict on zero answers. Urgent advice is the instruction and
   * nothing else; the emergency line follows it, unchanged: one red tier on the widget, and it is the emergency's.
   */
  private renderResult(level: CareChecklistLevel, href: string | null, t: CareChecklistStrings) {
    const [words, body] = this.advice(level, t);
    if (level === 'none') return html`<p part="result" class="result prompt">${words}</p>`;
    const referral =
      level === 'see-provider'
        ? html`<div part="referral" class="referral">
            <p>${t.referral(this.settings.practiceName)}</p>
            ${
              href || this.settings.phone
                ? html`<p class="links">
                    ${href ? html`<a href=${href} referrerpolicy="no-referrer">${t.referralAction}</a>` : nothing}
                    ${this.renderPhone(t)}
                  </p>`
                : nothing
            }
          </div>`
        : nothing;
    return html`<div part="result" class="result ${level}">
      <p part="level" class="level"><span class="visually-hidden">${t.levelPrefix(level)}</span>${words}</p>
      <p>${body}</p>
      ${level === 'see-provider' ? this.checkedItems.map((item) => (item.note ? html`<p>${item.note}</p>` : nothing)) : nothing}
      ${referral}
    </div>`;
  }

  /** The support line after sex someone didn't want: quiet, always there, the hotline as a link to call. */
  private renderSupport(t: CareChecklistStrings) {
    const tel = telHref(t.supportPhone);
    return html`<div part="support" class="support">
      <slot name="support"
        ><p>${t.support} ${tel ? html`<a href=${tel}>${t.supportPhone}</a>` : t.supportPhone} ${t.supportCare}</p></slot
      >
    </div>`;
  }

  protected override render(): TemplateResult {
    const t = this.text;
    const level = this.level;
    const href = this.referralHref;
    const count = this.checkedIds.length;
    const emergency = this.hideEmergency
      ? nothing
      : html`<div part="emergency" class="emergency">
          <slot name="emergency"><p>${t.emergency(this.emergencyDigits)}</p></slot>
        </div>`;
    // Private for session-replay tools: each one's own marker, so their default settings leave the answers out. (The
    // timer's privateBlock() writes the same markers; kept inline here so the shared chunk every page loads stays
    // without them.)
    return html`<div
      part="base"
      class="base rr-block ph-no-capture sentry-block fs-exclude"
      data-hj-suppress
      data-clarity-mask="true"
      data-private
      data-dd-privacy="hidden"
    >
      ${renderHeading(headingLevel(this.headingLevel, 2, TAG), this.heading?.trim() || t.heading)}
      <p>${t.intro}</p>
      <fieldset part="fieldset" ?disabled=${this.formDisabled}>
        <legend>${t.legend}</legend>
        <ul class="items">
          ${this.items.map((item, index) => {
            const on = this.checkedIds.includes(item.id);
            return html`<li class=${on ? 'checked' : 'unchecked'}>
              <label part="item">
                <span class="check"
                  ><input
                    part="checkbox"
                    type="checkbox"
                    value=${index}
                    .checked=${on}
                    @change=${this.onToggle}
                  />${tick}</span
                >
                <span>${item.label}</span>
              </label>
            </li>`;
          })}
        </ul>
      </fieldset>
      ${this.renderResult(level, href, t)} ${emergency}
      ${
        level === 'urgent'
          ? nothing
          : html`<p class="emotional">
              ${t.emotional}
              ${href ? html`<a href=${href} referrerpolicy="no-referrer">${t.emotionalAction}</a>.` : nothing}
            </p>`
      }
      ${this.hideSupport ? nothing : this.renderSupport(t)}
      <p part="notes" class="notes">${t.notDiagnosis} ${t.privacy}</p>
      ${
        count
          ? html`<div part="actions" class="actions">
              <button type="button" class="ghost" @click=${this.onCopy}>${t.copy}</button>
              <button type="button" class="ghost" @click=${this.onClear}>${t.clear}</button>
            </div>`
          : nothing
      }
      ${this.announcer.render()}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'care-checklist': CareChecklist;
  }
  interface GlobalEventHandlersEventMap {
    'care-checklist-change': CustomEvent<CareChecklistChangeDetail>;
  }
}
