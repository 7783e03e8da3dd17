// Lit alone: the smallest useful LitElement (what every Lit-based library starts from).
import { LitElement, css, html } from 'lit';

class LitHello extends LitElement {
  static styles = css`
    p {
      margin: 0;
    }
  `;
  render() {
    return html`<p>Book a free phone consultation</p>`;
  }
}
customElements.define('lit-hello', LitHello);
