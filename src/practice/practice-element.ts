import { ContextConsumer } from '@lit/context';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from '../internal/coerce.js';
import { withReferral } from '../lib/referral.js';
import { formatPhone, safeUrl, telHref } from '../lib/safe-url.js';
import { VERSION } from '../lib/version.js';
import { warnOnce } from '../lib/warn.js';
import { ensureContextRoot, forgetRequests, practiceContext } from './context.js';
import {
  DEFAULT_SITE_URL,
  mergeSettingsInput,
  resolveSettings,
  type PracticeSettings,
  type PracticeSettingsInput
} from './settings.js';

/**
 * The base of every element: the shared practice settings as attributes, the settings provided by the nearest
 * `<practice-provider>`, and one resolver that puts them together (own attribute, else provider, else default).
 */
export class PracticeElement extends LitElement {
  /** The library version that defined this element; named in the duplicate-registration warning. */
  static readonly version: string = VERSION;

  /** What the provider chain above this element sets (undefined outside any provider). */
  @state()
  protected provided?: PracticeSettingsInput;

  constructor() {
    super();
    // @lit/context's consumer, as its `@consume` decorator makes it (a decorator module fewer on every page).
    new ContextConsumer(this, {
      context: practiceContext,
      subscribe: true,
      callback: (value) => (this.provided = value)
    });
  }

  /** The practice's name, shown in copy and labels. Default: Embrace Sexual Wellness. */
  @property({ attribute: 'practice-name' }) practiceName?: string;

  /** Base for article links. Default: https://www.embracesexualwellness.com. */
  @property({ attribute: 'site-url' }) siteUrl?: string;

  /** Where "book a consultation" goes. Default: the site URL. */
  @property({ attribute: 'booking-url' }) bookingUrl?: string;

  /** The practice's phone number, shown as a `tel:` link when set. */
  @property() phone?: string;

  /** USPS codes of the states where the practice sees clients by telehealth. Default: IL, IN, ID, KS, LA. */
  @property() states?: string;

  /** Where the practice sees clients in person. Default: Chicago, IL. */
  @property({ attribute: 'in-person' }) inPerson?: string;

  /** Referral partner id: outbound practice links carry `utm_source=<partner>&utm_medium=referral`. */
  @property() partner?: string;

  /** `utm_campaign` for referral links. */
  @property() campaign?: string;

  override connectedCallback(): void {
    ensureContextRoot(this.ownerDocument);
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    forgetRequests(this);
    // Settings come from where the element is: once moved out of a provider, it must not keep the old one's.
    this.provided = undefined;
  }

  /** The settings written on this element itself. */
  protected get ownSettings(): PracticeSettingsInput {
    const { practiceName, siteUrl, bookingUrl, phone, states, inPerson, partner, campaign } = this;
    return { practiceName, siteUrl, bookingUrl, phone, states, inPerson, partner, campaign };
  }

  /**
   * What this element and its providers set, before any default: own attribute, else the nearest provider's. Tells
   * a value someone wrote (and whose attribute a warning should name) from a default.
   */
  protected get explicitSettings(): PracticeSettingsInput {
    return mergeSettingsInput(this.ownSettings, this.provided);
  }

  /** The resolved settings: this element's attributes, else the nearest provider's, else the practice defaults. */
  get settings(): PracticeSettings {
    return resolveSettings(this.explicitSettings);
  }

  /**
   * `value` as a safe absolute `http(s)` link, relative values resolved against the practice's site; otherwise
   * `null`, with one console warning that names this element and `attribute`.
   */
  protected safeLink(value: string | null | undefined, attribute: string, base?: string): string | null {
    if (value == null || value.trim() === '') return null;
    const href = safeUrl(value, { base: safeUrl(base ?? this.settings.siteUrl) ?? DEFAULT_SITE_URL });
    if (!href) warnOnce(`<${this.localName}>: ${attribute} "${value}" is not a safe http(s) link and is not used.`);
    return href;
  }

  /**
   * The practice's phone as a `tel:` link written for people ("(312) 555-0142"), or nothing when no phone is set.
   * A value that is not a phone number is not rendered, with one warning.
   */
  protected phoneLink(): TemplateResult | typeof nothing {
    const phone = this.settings.phone;
    if (!phone) return nothing;
    const tel = telHref(phone);
    if (tel) return html`<a href=${tel}>${formatPhone(phone)}</a>`;
    warnOnce(`<${this.localName}>: phone="${phone}" is not a phone number and is not shown.`);
    return nothing;
  }

  /** `href` with the partner's referral parameters (`utm_content` = this element's tag), when a partner is set. */
  protected withReferral(href: string): string {
    const { partner, campaign } = this.settings;
    return withReferral(href, { partner, campaign, content: this.localName });
  }
}
