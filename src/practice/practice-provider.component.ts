import { ContextProvider } from '@lit/context';
import { css, html } from 'lit';
import { PracticeElement } from './practice-element.js';
import { ensureContextRoot, practiceContext } from './context.js';
import { resolveSettings, sameInput } from './settings.js';

/**
 * @summary Shares the practice's settings with every widget inside it.
 * @tag practice-provider
 *
 * Set the practice's name, site, booking page, phone, states and referral partner once; every embrace widget
 * inside picks them up through `@lit/context`. A widget's own attribute still wins. Providers nest: an inner
 * provider overrides only what it sets. The provider renders its children unchanged (`display: contents`), so it
 * never affects the host page's layout.
 *
 * With `page`, its settings reach every widget in the document that is not inside another provider, wherever the
 * widget stands: place it once (on Squarespace, in site-wide Code Injection) and the widgets in every code block
 * read it. Precedence: a widget's own attribute, then the nearest enclosing provider, then the page provider.
 *
 * @slot - The widgets (and any other content) that share these settings.
 */
export class PracticeProvider extends PracticeElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  // Declared without a decorator: the decorator helper would be this file's only one, copied in again.
  static override properties = { page: { type: Boolean } };

  /**
   * Provide these settings to every widget in the document that is not inside another provider, not only to those
   * inside this element. With several, the one placed last wins where both set a value.
   */
  declare page: boolean;

  private readonly provider = new ContextProvider(this, { context: practiceContext, initialValue: undefined });

  override connectedCallback(): void {
    super.connectedCallback(); // asks an outer provider for its settings first
    // Provide now, not on the first update: the widgets inside connect right after this and then render once,
    // with the right settings, instead of rendering the defaults and changing a frame later.
    this.provide();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.provide();
  }

  protected override willUpdate(): void {
    this.provide();
  }

  private provide(): void {
    // A page provider's own settings join the page's; the widgets inside it get the page's, like those outside.
    const page = this.page && this.isConnected;
    const pageValue = ensureContextRoot(this.ownerDocument).page(this, page ? this.ownSettings : undefined);
    const merged = page ? pageValue! : this.explicitSettings;
    if (sameInput(this.provider.value, merged)) return;
    resolveSettings(merged); // warns now about bad values (unknown states), not only when a widget reads them
    this.provider.setValue(merged);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'practice-provider': PracticeProvider;
  }
}
