import { consume } from '@lit/context';
import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { VERSION } from '../lib/version.js';
import { practiceContext, ensureContextRoot } from './context.js';
import { resolveSettings, type PracticeSettings, type PracticeSettingsInput } from './settings.js';

/**
 * The base of every element: the shared practice settings as attributes, the settings provided by the nearest
 * `<practice-provider>`, and one resolver that puts them together (own attribute, else provider, else default).
 */
export class PracticeElement extends LitElement {
  /** The library version that defined this element; named in the duplicate-registration warning. */
  static readonly version: string = VERSION;

  /** What the provider chain above this element sets (undefined outside any provider). */
  @consume({ context: practiceContext, subscribe: true })
  @state()
  protected provided?: PracticeSettingsInput;

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
    // Settings come from where the element is: once moved out of a provider, it must not keep the old one's.
    this.provided = undefined;
  }

  /** The settings written on this element itself. */
  protected get ownSettings(): PracticeSettingsInput {
    const { practiceName, siteUrl, bookingUrl, phone, states, inPerson, partner, campaign } = this;
    return { practiceName, siteUrl, bookingUrl, phone, states, inPerson, partner, campaign };
  }

  /** The resolved settings: this element's attributes, else the nearest provider's, else the practice defaults. */
  get settings(): PracticeSettings {
    return resolveSettings(this.ownSettings, this.provided);
  }
}
