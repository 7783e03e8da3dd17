import { ContextProvider } from '@lit/context';
import { css, html } from 'lit';
import { PracticeElement } from './practice-element.js';
import { practiceContext } from './context.js';
import { resolveSettings, type PracticeSettingsInput } from './settings.js';

function sameInput(a: PracticeSettingsInput | undefined, b: PracticeSettingsInput): boolean {
  if (!a) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof PracticeSettingsInput>;
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
}

/**
 * @summary Shares the practice's settings with every widget inside it.
 * @tag practice-provider
 *
 * Set the practice's name, site, booking page, phone, states and referral partner once; every embrace widget
 * inside picks them up through `@lit/context`. A widget's own attribute still wins. Providers nest: an inner
 * provider overrides only what it sets. The provider renders its children unchanged (`display: contents`), so it
 * never affects the host page's layout.
 *
 * @slot - The widgets (and any other content) that share these settings.
 */
export class PracticeProvider extends PracticeElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  private readonly provider = new ContextProvider(this, { context: practiceContext, initialValue: undefined });

  override connectedCallback(): void {
    super.connectedCallback(); // asks an outer provider for its settings first
    // Provide now, not on the first update: the widgets inside connect right after this and then render once,
    // with the right settings, instead of rendering the defaults and changing a frame later.
    this.provide();
  }

  protected override willUpdate(): void {
    this.provide();
  }

  private provide(): void {
    const merged = this.explicitSettings;
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
