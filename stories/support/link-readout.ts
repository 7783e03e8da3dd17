import { css, html, LitElement, type ReactiveElement } from 'lit';
import { state } from 'lit/decorators.js';

/**
 * Storybook-only: prints the address the widget just before it links to, read from the widget's shadow root after
 * it has rendered, so a partner can see the referral parameters their snippet produces. Follows changes to the
 * widget's attributes and its replacement by another (a story re-rendered with new args).
 * Not part of the package; snippets leave it out (`stories/support/snippet.ts`).
 */
export class LinkReadout extends LitElement {
  static override styles = css`
    :host {
      display: block;
      margin-block: 0.75rem;
    }
    p {
      margin: 0;
    }
    .href {
      display: block;
      margin-top: 0.25rem;
      padding: 0.5rem 0.75rem;
      border: 1px dashed currentColor;
      border-radius: 0.25rem;
      overflow-wrap: anywhere;
    }
  `;

  @state() private href = '';

  private readonly observer = new MutationObserver(() => void this.read());

  private get widget(): ReactiveElement | null {
    return this.previousElementSibling as ReactiveElement | null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.parentNode) this.observer.observe(this.parentNode, { attributes: true, childList: true, subtree: true });
    void this.read();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer.disconnect();
  }

  /** Resolves once the address on show is the widget's current one. */
  async read(): Promise<string> {
    const widget = this.widget;
    if (!widget) return '';
    await customElements.whenDefined(widget.localName);
    await widget.updateComplete;
    const link = widget.shadowRoot?.querySelector<HTMLAnchorElement>('a[part~="link"], a[part~="action"]');
    this.href = link?.href ?? '';
    await this.updateComplete;
    return this.href;
  }

  protected override render() {
    return html`<p>
      Where the <code>&lt;${this.widget?.localName}&gt;</code> above sends people:
      <code class="href">${this.href || '(no link yet)'}</code>
    </p>`;
  }
}

if (!customElements.get('link-readout')) customElements.define('link-readout', LinkReadout);
