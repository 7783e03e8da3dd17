import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { US_STATES, type StateCode } from '../content/us-states.js';
import { Announcer } from '../internal/announcer.js';
import { choice } from '../internal/choice.js';
import { property, readStrings } from '../internal/coerce.js';
import { headingLevel, renderHeading } from '../internal/heading.js';
import { LightDomController } from '../internal/light-dom.js';
import { PracticeElement } from '../practice/practice-element.js';
import { DEFAULT_SITE_URL, humanList, stateName, type PracticeSettings } from '../practice/settings.js';
import { BookingDialog } from './booking-dialog.js';
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
 * booking link when `booking-url` is not set, and its text the action's label when `label` is not set.
 *
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
 * @cssprop --consult-cta-on-accent - Action text colour. Default: `--embrace-on-accent`.
 * @cssprop --consult-cta-surface - Card and banner background. Default: `--embrace-surface`.
 * @cssprop --consult-cta-text - Text colour. Default: inherited from the page.
 * @cssprop --consult-cta-radius - Corner rounding. Default: `--embrace-radius`.
 * @cssprop --consult-cta-padding - Inner spacing of the card and banner. Default: 1.25 × `--embrace-space`.
 * @cssprop --consult-cta-gap - Space between parts. Default: 0.75 × `--embrace-space`.
 * @cssprop --consult-cta-border-color - Card and banner border. Default: `--embrace-border-color`.
 */
export class ConsultCta extends PracticeElement {
  static override styles = consultCtaStyles;

  private readonly dialog = new BookingDialog(this);
  /** The polite live region: one short line per settled answer; the explanation is ordinary text beside it. */
  private readonly announcer = new Announcer(this);
  /** Whether the select's last change came from a key (a person still moving through the list). */
  private keyed = false;
  private settleTimer?: ReturnType<typeof setTimeout>;

  /** The location the person chose ('' before they answer). */
  constructor() {
    super();
    new LightDomController(this, () => this.requestUpdate()); // follows the content written inside the element
  }

  @state() private location: LocationChoice | '' = '';

  /** The heading. Default: "Book a free phone consultation". */
  @property() heading?: string;

  /** The action's text. Default: the text of a link inside the element, else "Book your free consultation". */
  @property() label?: string;

  /** `card` (default), `banner` (a full-width strip) or `inline` (one line inside text). */
  @property({ reflect: true }) variant: ConsultCtaVariant = 'card';

  /** Ask where the person will be during sessions, and answer whether the practice can see them there. */
  @property({ type: Boolean, attribute: 'ask-location' }) askLocation = false;

  /** Where to send people in states the practice does not serve (a therapist directory, say). */
  @property({ attribute: 'fallback-url' }) fallbackUrl?: string;

  /** `same-tab` (default), `new-tab`, or `dialog` (the booking page in an accessible dialog). */
  @property() open: ConsultCtaOpen = 'same-tab';

  /** The heading's level, 2–6. Default: 2. */
  @property({ attribute: 'heading-level' }) headingLevel?: string;

  /** Overrides for any of the element's words (see `ConsultCtaStrings`). */
  @property({ attribute: false }) strings: Partial<ConsultCtaStrings> = {};

  @query('.action') private actionElement?: HTMLElement;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('askLocation') && !this.askLocation) this.location = '';
    // Normalised once and reflected, so the host's own display (inline or block) follows "Inline" or " inline".
    if (changed.has('variant')) this.variant = choice(this.variant, CONSULT_CTA_VARIANTS, TAG, 'variant');
  }

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
      this.safeLink(this.fallbackLink?.getAttribute('href'), 'the link inside it', this.ownerDocument.baseURI) ??
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
    else if (trigger.localName === 'button') void this.dialog.open(trigger);
  }

  private get mode(): ConsultCtaOpen {
    return choice(this.open, CONSULT_CTA_OPEN, TAG, 'open');
  }

  /** Opens the booking dialog (with `open="dialog"`), as if the person pressed the action. */
  async showBooking(): Promise<void> {
    if (this.mode !== 'dialog') return;
    await this.updateComplete;
    if (this.announceClick(this.bookingHref) && this.actionElement) await this.dialog.open(this.actionElement);
  }

  private renderAction(label: string, href: string, t: ConsultCtaStrings): TemplateResult {
    const mode = this.mode;
    if (mode === 'dialog') {
      return html`<button
        type="button"
        part="action"
        class="action"
        aria-haspopup="dialog"
        @click=${this.onActionClick}
      >
        ${label}
      </button>`;
    }
    const newTab = mode === 'new-tab';
    return html`<a
      part="action"
      class="action"
      href=${href}
      target=${ifDefined(newTab ? '_blank' : undefined)}
      rel=${ifDefined(newTab ? 'noopener noreferrer' : undefined)}
      referrerpolicy="no-referrer"
      @click=${this.onActionClick}
      >${label}${newTab ? html`<span class="visually-hidden"> ${t.newTab}</span>` : nothing}</a
    >`;
  }

  private renderPhone(t: ConsultCtaStrings): TemplateResult | typeof nothing {
    const link = this.phoneLink();
    return link === nothing ? nothing : html`<p part="phone" class="phone">${t.phoneLead} ${link}</p>`;
  }

  private renderLocation(
    outcome: Eligibility | null,
    states: string,
    settings: PracticeSettings,
    href: string,
    t: ConsultCtaStrings
  ): TemplateResult | typeof nothing {
    if (!this.askLocation) return nothing;
    let message = '';
    if (outcome?.served) {
      const name = stateName(outcome.state as StateCode);
      message = outcome.inPerson ? t.servedInPerson(name, settings.inPerson) : t.served(name);
    } else if (outcome) {
      message = outcome.state === OUTSIDE_US ? t.outside(states) : t.notServed(stateName(outcome.state), states);
    }
    return html`<div part="location" class="location">
        <label for="location">${t.locationLabel}</label>
        <span class="hint" id="location-hint">${t.locationHint}</span>
        <select
          id="location"
          part="location-select"
          aria-describedby="location-hint"
          .value=${this.location}
          @keydown=${this.onLocationKey}
          @change=${this.onLocationChange}
          @blur=${this.settle}
        >
          <option value="">${t.locationPlaceholder}</option>
          ${Object.entries(US_STATES).map(
            ([code, name]) => html`<option value=${code} ?selected=${this.location === code}>${name}</option>`
          )}
          <option value=${OUTSIDE_US} ?selected=${this.location === OUTSIDE_US}>${t.outsideUs}</option>
        </select>
      </div>
      <p part="outcome" class="outcome">${message}</p>
      ${this.announcer.render()} ${outcome && !outcome.served ? this.renderWayForward(href, t) : nothing}`;
  }

  /** For a person the practice cannot see: a directory when the practice set one, else a referral request. */
  private renderWayForward(href: string, t: ConsultCtaStrings): TemplateResult {
    const fallback = this.safeLink(this.fallbackUrl, 'fallback-url'); // unsafe: warns, and the referral link stays
    return html`<div class="actions">
      ${
        fallback
          ? html`<a class="action" part="action" href=${fallback} referrerpolicy="no-referrer">${t.fallbackAction}</a>`
          : html`<a class="action" part="action" href=${href} referrerpolicy="no-referrer" @click=${this.onActionClick}
              >${t.referralAction}</a
            >`
      }
      ${this.renderPhone(t)}
    </div>`;
  }

  protected override render(): TemplateResult {
    const t = this.text;
    const settings = this.settings;
    const { variant } = this;
    const label = this.label?.trim() || this.fallbackLink?.textContent?.trim() || t.label;
    const heading = this.heading?.trim() || t.heading;
    const outcome = this.outcome;
    const showAction = !outcome || outcome.served;
    const states = humanList(settings.states.map(stateName));
    const href = this.bookingHref;
    const location = this.renderLocation(outcome, states, settings, href, t);
    const dialog = this.mode === 'dialog' ? this.dialog.render(heading, href, t, settings.practiceName) : nothing;

    if (variant === 'inline') {
      // A link written inside sits in the host's own sentence: the element takes its place word for word, so the
      // upgrade moves nothing on the page (no layout shift, whenever the script arrives). Without one, a lead-in.
      const lead = this.fallbackLink ? nothing : html`${t.inlineLead} `;
      return html`<span part="base" class="base inline"
          >${lead}${showAction ? this.renderAction(label, href, t) : nothing}</span
        >${location}${dialog}`;
    }
    const body =
      variant === 'banner'
        ? html`<p>${t.bannerLead} ${t.where(settings.inPerson, states)}</p>`
        : html`<p>${t.welcome(settings.practiceName)}</p>
            <p>${t.where(settings.inPerson, states)}</p>`;
    return html`<div part="base" class="base ${variant}">
        <div class="text">
          ${renderHeading(headingLevel(this.headingLevel, 2, TAG), heading)}
          <div part="body" class="body"><slot name="description">${body}</slot></div>
        </div>
        ${location}
        ${showAction ? html`<div class="actions">${this.renderAction(label, href, t)} ${this.renderPhone(t)}</div>` : nothing}
      </div>
      ${dialog}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'consult-cta': ConsultCta;
  }
  interface GlobalEventHandlersEventMap {
    'consult-cta-click': CustomEvent<ConsultCtaClickDetail>;
    'consult-cta-location': CustomEvent<ConsultCtaLocationDetail>;
  }
}
