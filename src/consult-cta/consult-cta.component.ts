import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { US_STATES } from '../content/us-states.js';
import { Announcer } from '../internal/announcer.js';
import { choice } from '../internal/choice.js';
import { property, readStrings, state } from '../internal/coerce.js';
import { headingLevel, renderHeading } from '../internal/heading.js';
import { LightDomController } from '../internal/light-dom.js';
import { warnOnce } from '../lib/warn.js';
import { PracticeElement } from '../practice/practice-element.js';
import { CONTACT_URL, DIRECTORY_URL } from '../content/practice.js';
import { DEFAULT_SITE_URL, humanList, type PracticeSettings } from '../practice/settings.js';
import { stateName } from '../practice/states.js';
import type { BookingDialog } from './booking-dialog.js';
import { consultCtaStyles } from './consult-cta.styles.js';
import { eligibility, OUTSIDE_US, type Eligibility, type LocationChoice } from './eligibility.js';
import { CONSULT_CTA_STRINGS, type ConsultCtaStrings } from './strings.js';

const TAG = 'consult-cta';
export const CONSULT_CTA_VARIANTS = ['card', 'banner', 'inline'] as const;
export const CONSULT_CTA_OPEN = ['same-tab', 'new-tab', 'dialog'] as const;
export type ConsultCtaVariant = (typeof CONSULT_CTA_VARIANTS)[number];
export type ConsultCtaOpen = (typeof CONSULT_CTA_OPEN)[number];
/**
 * How long a state picked from the keyboard must stay put before it counts as the answer. A closed select changes
 * with every arrow key or typed letter (and fires `change` each time in Chromium): waiting lets a person move through
 * the list without an answer, an event and a new action at every step. Enter or leaving the select answers at once.
 */
export const SETTLE_MS = 1200;

export interface ConsultCtaClickDetail {
  /** Where the action goes, referral parameters included. */
  href: string;
  /** The location the person chose, or `null` when they were not asked or did not answer. */
  state: LocationChoice | null;
  /** Whether the practice can see them there; `null` when unknown. */
  served: boolean | null;
}

export interface ConsultCtaLocationDetail {
  /** A USPS code, or `"outside-us"`. */
  state: LocationChoice;
  served: boolean;
}

/**
 * @summary Book a free phone consultation: a warm card, banner or inline link that knows where the practice can see
 * people.
 * @tag consult-cta
 *
 * With no attributes it renders the practice's own invitation: who it welcomes, where it sees people (in person in
 * Chicago, by telehealth in the states from the settings) and one clear action to its booking page. With
 * `ask-location` it first asks where the person will be during sessions, because therapists may only see people
 * who are in a state where they are licensed, and answers kindly either way.
 *
 * An `<a>` placed inside the element is what a reader without JavaScript sees; after upgrade its `href` is the
 * booking link when `booking-url` is not set, and its text the action's label when `label` is not set. Inline, it is
 * shown as written (slotted, so the host's link styles reach it) and becomes the action.
 *
 * Someone the practice cannot see always gets a next step: in a US state, `fallback-url` or AASECT's directory of
 * certified sex therapists; outside the US, the practice's contact page; with a phone, an offer to suggest someone.
 *
 * @slot - Inline: the link written inside, shown as written.
 * @slot description - Replaces the two default sentences of the card and banner.
 *
 * @fires {CustomEvent<ConsultCtaClickDetail>} consult-cta-click - Before navigating or opening the dialog.
 * Cancelable: call `preventDefault()` and nothing happens, so the host can open its own flow.
 * @fires {CustomEvent<ConsultCtaLocationDetail>} consult-cta-location - When the person picks where they will be.
 *
 * @csspart base - The card, banner or inline wrapper.
 * @csspart heading - The heading.
 * @csspart body - The sentences under the heading.
 * @csspart action - The booking link or button.
 * @csspart phone - The phone line.
 * @csspart location - The location question: label, hint and select.
 * @csspart location-select - The state select.
 * @csspart outcome - The answer to the location question.
 * @csspart dialog - The booking dialog.
 * @csspart dialog-close - The dialog's close button.
 * @csspart dialog-frame - The booking page inside the dialog.
 *
 * @cssprop --consult-cta-accent - Action background and highlights. Default: `--embrace-accent`.
 * @cssprop --consult-cta-on-accent - Action text color. Default: `--embrace-on-accent`.
 * @cssprop --consult-cta-surface - Card and banner background. Default: `--embrace-surface` (the banner: a light wash
 * of the page's text color).
 * @cssprop --consult-cta-text - Text color. Default: inherited from the page.
 * @cssprop --consult-cta-radius - Corner rounding. Default: `--embrace-radius`.
 * @cssprop --consult-cta-padding - Inner spacing of the card and banner. Default: 1.25 × `--embrace-space`.
 * @cssprop --consult-cta-gap - Space between parts. Default: 0.75 × `--embrace-space`.
 * @cssprop --consult-cta-border-color - Card and banner border. Default: `--embrace-border-color`.
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
export class ConsultCta extends PracticeElement {
  static override styles = consultCtaStyles;

  /**
   * The booking dialog, loaded only by a call to action with `open="dialog"` (its code is its own file on the CDN),
   * as soon as it renders that way: before any click, so the click opens it at once.
   */
  private dialog?: BookingDialog;
  private dialogLoading?: Promise<BookingDialog | null>;
  /** The polite live region: one short line per settled answer; the explanation is ordinary text beside it. */
  private readonly announcer = new Announcer(this);
  /** Whether the select's last change came from a key (a person still moving through the list). */
  private keyed = false;
  private settleTimer?: ReturnType<typeof setTimeout>;
  /** A written-in link's own address, and the one this element gave it, so a partner change never stacks up. */
  private readonly written = new WeakMap<HTMLAnchorElement, [string | null, string]>();

  /** What the author wrote as the link's address (not the booking link this element put there). */
  private writtenHref(link: HTMLAnchorElement): string | null {
    const now = link.getAttribute('href');
    const seen = this.written.get(link);
    return seen && seen[1] === now ? seen[0] : now;
  }

  /** The location the person chose ('' before they answer). */
  constructor() {
    super();
    new LightDomController(this, () => this.requestUpdate()); // follows the content written inside the element
    this.addEventListener('click', this.onOwnLinkClick);
  }

  @state() private location: LocationChoice | '' = '';

  /** The heading. Default: "Start with a free, no-pressure call" (and, for someone the practice cannot see, "Let’s find you the right support"). */
  @property() heading?: string;

  /** The action's text. Default: the text of a link inside the element, else "Book your free consultation". */
  @property() label?: string;

  /** `card` (default), `banner` (a full-width strip) or `inline` (one line inside text). */
  @property({ reflect: true }) variant: ConsultCtaVariant = 'card';

  /** Ask where the person will be during sessions, and answer whether the practice can see them there. */
  @property({ type: Boolean, attribute: 'ask-location' }) askLocation = false;

  /**
   * Where to send people in US states the practice does not serve. Default: AASECT's referral directory of certified
   * sex therapists (outside the US: the practice's contact page, whatever this says).
   */
  @property({ attribute: 'fallback-url' }) fallbackUrl?: string;

  /** `same-tab` (default), `new-tab`, or `dialog` (the booking page in an accessible dialog). */
  @property() open: ConsultCtaOpen = 'same-tab';

  /** The heading's level, 2–6. Default: 2. */
  @property({ attribute: 'heading-level' }) headingLevel?: string;

  /** Overrides for any of the element's words (see `ConsultCtaStrings`). */
  @property({ attribute: false }) strings: Partial<ConsultCtaStrings> = {};

  private get actionElement(): HTMLElement | null {
    return this.renderRoot?.querySelector('.action') ?? null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('askLocation') && !this.askLocation) this.location = '';
    // Normalized once and reflected, so the host's own display (inline or block) follows "Inline" or " inline".
    if (changed.has('variant')) this.variant = choice(this.variant, CONSULT_CTA_VARIANTS, TAG, 'variant');
    // A new layout or opening mode rebuilds or drops the <dialog>: close it first, cleanly (scroll lock, listener,
    // frame), instead of leaving a dialog that no `close` event will ever shut.
    if ((changed.has('variant') || changed.has('open')) && this.hasUpdated) this.dialog?.close();
    if (this.mode === 'dialog') void this.loadDialog();
  }

  /** The booking dialog's code; `null` when it cannot be fetched (offline, blocked): the page then opens in this tab. */
  private loadDialog(): Promise<BookingDialog | null> {
    return (this.dialogLoading ??= import('./booking-dialog.js').then(
      (module) => {
        this.requestUpdate();
        return (this.dialog = new module.BookingDialog(this));
      },
      () => {
        warnOnce(`<${TAG}>: the booking dialog could not be loaded; the booking page opens in this tab instead.`);
        return null;
      }
    ));
  }

  /** Opens the dialog from `trigger`, or, when its code could not be fetched, the booking page itself. */
  private async openDialog(trigger: HTMLElement): Promise<void> {
    const dialog = await this.loadDialog();
    if (dialog) await dialog.open(trigger);
    else location.assign(this.bookingHref);
  }

  /** Also waits for the booking dialog's code when it is on its way, and the render it asks for. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!this.dialogLoading) return done;
    await this.dialogLoading;
    return super.getUpdateComplete();
  }

  /**
   * The answer can swap the action for another element (the booking button for a directory link) just as the
   * browser moves focus onto it (Tab out of the select settles the answer): focus follows to the new action instead
   * of falling to the page.
   */
  protected override update(changed: PropertyValues<this>): void {
    const focused = this.shadowRoot?.activeElement;
    super.update(changed);
    if (focused?.classList.contains('action') && !focused.isConnected) this.actionElement?.focus();
  }

  override updated(): void {
    this.adoptOwnLink();
  }

  /**
   * Inline, a link written inside is shown as written (slotted: the host's own link color and styles) and becomes
   * the action: its address is the booking link, and it opens as the action would.
   */
  private adoptOwnLink(): void {
    const own = this.variant === 'inline' ? this.fallbackLink : null;
    if (!own) return;
    const mode = this.mode;
    // Only what differs: each change is a mutation the light-DOM observer answers with a render.
    const set = (name: string, value: string | false) => {
      if (value === false) own.removeAttribute(name);
      else if (own.getAttribute(name) !== value) own.setAttribute(name, value);
    };
    const original = this.writtenHref(own);
    const href = this.bookingHref;
    this.written.set(own, [original, href]);
    set('href', href);
    set('referrerpolicy', 'no-referrer');
    if (mode === 'new-tab') {
      set('target', '_blank');
      set('rel', 'noopener noreferrer');
    }
    set('aria-haspopup', mode === 'dialog' && 'dialog');
  }

  /** A click on the inline variant's written-in link: the action's click (the event, and the dialog). */
  private readonly onOwnLinkClick = (event: MouseEvent): void => {
    const link = this.variant === 'inline' ? this.fallbackLink : null;
    if (!link || !event.composedPath().includes(link)) return;
    const go = this.announceClick(link.href);
    if (!go || this.mode === 'dialog') event.preventDefault();
    if (go && this.mode === 'dialog') void this.openDialog(link);
  };

  private get text(): ConsultCtaStrings {
    return readStrings(CONSULT_CTA_STRINGS, this.strings, TAG);
  }

  /** The no-JavaScript link written inside the element, if any. */
  private get fallbackLink(): HTMLAnchorElement | null {
    // Only the documented fallback: a link written inside, not one inside the description slot's content.
    return this.querySelector(':scope > a[href]:not([slot]), :scope > :not([slot]) a[href]');
  }

  /**
   * The booking link: `booking-url` (own or provided), else the light-DOM link, else `site-url`, else the practice's
   * site. An unsafe value is skipped with a warning, so the action always goes somewhere safe.
   */
  get bookingHref(): string {
    const explicit = this.explicitSettings;
    const href =
      this.safeLink(explicit.bookingUrl, 'booking-url') ??
      this.safeLink(
        this.fallbackLink && this.writtenHref(this.fallbackLink),
        'the link inside it',
        this.ownerDocument.baseURI
      ) ??
      this.safeLink(explicit.siteUrl, 'site-url', DEFAULT_SITE_URL) ??
      new URL(DEFAULT_SITE_URL).href;
    return this.withReferral(href);
  }

  private get outcome(): Eligibility | null {
    if (!this.askLocation || !this.location) return null;
    const settings = this.settings;
    return eligibility(this.location, settings.states, settings.inPerson);
  }

  private onLocationKey(event: KeyboardEvent): void {
    if (event.key === 'Enter') this.settle();
    else this.keyed = !event.altKey && event.key !== ' ' && event.key !== 'Tab'; // these open the list or leave
  }

  private onLocationChange(): void {
    clearTimeout(this.settleTimer);
    if (this.keyed) this.settleTimer = setTimeout(this.settle, SETTLE_MS);
    else this.settle(); // a pick with the mouse, a touch or a phone's picker is an answer already
  }

  /**
   * Leaving the select answers. Focus is then on its way to the next control, usually the action, which the answer
   * may replace with another element (the dialog's button for a directory link): focus follows to the new one.
   */
  private onLocationBlur(event: FocusEvent): void {
    const next = event.relatedTarget as HTMLElement | null;
    this.settle();
    if (!next?.classList.contains('action')) return;
    // The render only: focus never waits for the booking dialog's file.
    void super.getUpdateComplete().then(() => {
      if (!next.isConnected) this.actionElement?.focus();
    });
  }

  /** The select's value is the person's answer now: show the outcome, say it briefly, tell the host once. */
  private readonly settle = (): void => {
    clearTimeout(this.settleTimer);
    this.keyed = false;
    if (!this.isConnected) return; // removed while a keyboard choice was pending: nobody to answer
    const value = (this.renderRoot.querySelector('select')?.value ?? '') as LocationChoice | '';
    if (value === this.location) return;
    this.location = value;
    const outcome = this.outcome;
    const t = this.text;
    if (!outcome) return this.announcer.say('');
    const name = outcome.state === OUTSIDE_US ? null : stateName(outcome.state);
    this.announcer.say(outcome.served ? t.announceServed(name!) : t.announceNotServed(name));
    this.dispatchEvent(
      new CustomEvent<ConsultCtaLocationDetail>('consult-cta-location', {
        bubbles: true,
        composed: true,
        detail: { state: outcome.state, served: outcome.served }
      })
    );
  };

  /** Fires `consult-cta-click`; returns whether the host let the action go ahead. */
  private announceClick(href: string): boolean {
    const outcome = this.outcome;
    return this.dispatchEvent(
      new CustomEvent<ConsultCtaClickDetail>('consult-cta-click', {
        bubbles: true,
        composed: true,
        cancelable: true,
        detail: { href, state: outcome?.state ?? null, served: outcome?.served ?? null }
      })
    );
  }

  private onActionClick(event: MouseEvent): void {
    const trigger = event.currentTarget as HTMLElement;
    if (!this.announceClick(this.bookingHref)) event.preventDefault();
    else if (trigger.localName === 'button') void this.openDialog(trigger);
  }

  private get mode(): ConsultCtaOpen {
    return choice(this.open, CONSULT_CTA_OPEN, TAG, 'open');
  }

  /** Opens the booking dialog (with `open="dialog"`), as if the person pressed the action. */
  async showBooking(): Promise<void> {
    if (this.mode !== 'dialog') return;
    await this.updateComplete;
    if (this.announceClick(this.bookingHref) && this.actionElement) await this.openDialog(this.actionElement);
  }

  /**
   * The one action: the booking link (or, with `open="dialog"`, the button that opens it), or, for someone the
   * practice cannot see, where to go instead. Links share one template, so an answer changes the same element's
   * address and words, and a person who has just tabbed onto it keeps their place.
   */
  private renderAction(label: string, href: string, t: ConsultCtaStrings, away = false): TemplateResult {
    const mode = this.mode;
    const inline = this.variant === 'inline';
    // The card and banner's action is a filled button: its words sit in a span that takes the on-accent color
    // (see .solid). Inline, it is a link in the host's color and weight.
    const words = inline ? label : html`<span>${label}</span>`;
    if (mode === 'dialog' && !away) {
      return html`<button
        type="button"
        part="action"
        class="action ${inline ? '' : 'solid'}"
        aria-haspopup="dialog"
        @click=${this.onActionClick}
      >
        ${words}
      </button>`;
    }
    const newTab = mode === 'new-tab';
    return html`<a
      part="action"
      class="action ${inline ? '' : 'solid'}"
      href=${href}
      target=${ifDefined(newTab ? '_blank' : undefined)}
      rel=${ifDefined(newTab ? 'noopener noreferrer' : undefined)}
      referrerpolicy="no-referrer"
      @click=${this.onActionClick}
      >${words}${newTab ? html`<span class="visually-hidden"> ${t.newTab}</span>` : nothing}</a
    >`;
  }

  private renderPhone(lead: string): TemplateResult | typeof nothing {
    const link = this.phoneLink();
    return link === nothing ? nothing : html`<p part="phone" class="phone">${lead} ${link}</p>`;
  }

  /**
   * For someone the practice cannot see: where to go instead, as [words, address, a line that says what it is].
   * In a US state, `fallback-url`, else AASECT's directory of certified sex therapists; outside the US (where a US
   * directory is no help), the practice's contact page. Never the booking page: booking is not what they can do.
   */
  private wayForward(outcome: Eligibility, t: ConsultCtaStrings): [string, string, string?] {
    if (outcome.state === OUTSIDE_US) {
      const contact = this.safeLink(CONTACT_URL ?? this.settings.siteUrl, 'site-url') ?? DEFAULT_SITE_URL;
      return [t.contactAction, this.withReferral(contact)];
    }
    const fallback = this.safeLink(this.fallbackUrl, 'fallback-url'); // unsafe: warns, and the directory stands in
    return fallback ? [t.fallbackAction, fallback] : [t.directoryAction, DIRECTORY_URL, t.directoryNote];
  }

  /**
   * The question, and once answered the answer, with what comes next for someone the practice cannot see (`note`:
   * what the place the action leads to is, from `wayForward`).
   */
  private renderLocation(
    outcome: Eligibility | null,
    settings: PracticeSettings,
    t: ConsultCtaStrings,
    note?: string
  ): [TemplateResult, TemplateResult | typeof nothing] {
    let message: TemplateResult | typeof nothing = nothing;
    if (outcome) {
      const name = outcome.state === OUTSIDE_US ? null : stateName(outcome.state);
      const words = !outcome.served
        ? t.notServed(name)
        : outcome.inPerson
          ? t.servedInPerson(name!, settings.inPerson)
          : t.served(name!);
      // A tick or an "i" as well as the words and the box's outline: served and not served never look alike.
      message = html`<div part="outcome" class="outcome ${outcome.served ? 'served' : 'not-served'}">
        ${outcome.served ? icons.yes : icons.info}
        <div>
          <p>${words}</p>
          ${note ? html`<p>${note}</p>` : nothing} ${outcome.served ? nothing : this.renderPhone(t.wayForward(name))}
        </div>
      </div>`;
    }
    const question = html`<div part="location" class="location">
      <label for="location">${t.locationLabel}</label>
      <span class="hint" id="location-hint">${t.locationHint}</span>
      <span class="select">
        <select
          id="location"
          part="location-select"
          aria-describedby="location-hint"
          .value=${this.location}
          @keydown=${this.onLocationKey}
          @change=${this.onLocationChange}
          @blur=${this.onLocationBlur}
        >
          <option value="">${t.locationPlaceholder}</option>
          ${Object.entries(US_STATES).map(
            ([code, name]) => html`<option value=${code} ?selected=${this.location === code}>${name}</option>`
          )}
          <option value=${OUTSIDE_US} ?selected=${this.location === OUTSIDE_US}>${t.outsideUs}</option>
        </select>
      </span>
    </div>`;
    return [question, message];
  }

  protected override render(): TemplateResult {
    const t = this.text;
    const settings = this.settings;
    const { variant, askLocation } = this;
    const own = this.fallbackLink;
    const label = this.label?.trim() || own?.textContent?.trim() || t.label;
    const outcome = this.outcome;
    const notServed = outcome !== null && !outcome.served;
    // The heading follows the answer: no invitation to book for someone just told they can't be seen.
    const heading = notServed ? t.notServedHeading : this.heading?.trim() || t.heading;
    const href = this.bookingHref;
    // The dialog is named by what it holds: the action's words ("Book your free consultation"), short enough for
    // one line on a phone.
    const dialog =
      this.mode === 'dialog' && this.dialog ? this.dialog.render(label, href, t, settings.practiceName) : nothing;
    const [awayWords, awayHref, awayNote] = notServed ? this.wayForward(outcome, t) : [];
    const action = notServed ? this.renderAction(awayWords!, awayHref!, t, true) : this.renderAction(label, href, t);
    const [question, answer] = askLocation ? this.renderLocation(outcome, settings, t, awayNote) : [nothing, nothing];

    if (variant === 'inline') {
      // In the host's sentence: its own link, as written (slotted, so the host's link styles reach it), else ours;
      // no words of ours around it. Asking where, the question comes first and the action after it, in a block
      // under the sentence; a written-in link stays in the sentence, and the block adds where to go instead for
      // someone the practice cannot see.
      const sentence = own ? html`<slot></slot>` : askLocation ? nothing : action;
      const after = askLocation && (!own || notServed) ? html`<div class="actions">${action}</div>` : nothing;
      return html`<span part="base" class="base inline">${sentence}</span>${
          askLocation ? html`<div class="ask">${question}${answer}${after}${this.announcer.render()}</div>` : nothing
        }${dialog}`;
    }
    const states = settings.states.map(stateName);
    const body =
      variant === 'banner'
        ? html`<p>${t.bannerLead}</p>`
        : html`<p>${t.welcome(settings.practiceName)}</p>
            <p>
              ${askLocation ? t.whereAsking(settings.inPerson, states.length) : t.where(settings.inPerson, humanList(states))}
            </p>`;
    // Once answered, the answer is the one message: the invitation above it gives way.
    return html`<div part="base" class="base ${variant} ${outcome ? (notServed ? 'not-served' : 'served') : ''}">
        <div class="text">
          ${renderHeading(headingLevel(this.headingLevel, 2, TAG), heading)}
          ${outcome ? nothing : html`<div part="body" class="body"><slot name="description">${body}</slot></div>`}
        </div>
        ${askLocation ? html`<div class="ask">${question}</div>` : nothing} ${answer}
        <div class="actions">${action}${notServed ? nothing : this.renderPhone(t.phoneLead)}</div>
        ${askLocation ? this.announcer.render() : nothing}
      </div>
      ${dialog}`;
  }
}

/** Small marks beside the answer, hidden from screen readers: the words say it. */
const icons = {
  yes: html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
    <circle cx="12" cy="12" r="10" />
    <path d="M7.5 12.5l3 3 6-7" />
  </svg>`,
  info: html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
    <circle cx="12" cy="12" r="10" />
    <path d="M12 11v6M12 7.5v.5" />
  </svg>`
};

declare global {
  interface HTMLElementTagNameMap {
    'consult-cta': ConsultCta;
  }
  interface GlobalEventHandlersEventMap {
    'consult-cta-click': CustomEvent<ConsultCtaClickDetail>;
    'consult-cta-location': CustomEvent<ConsultCtaLocationDetail>;
  }
}
