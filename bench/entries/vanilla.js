// The floor for a custom element: no library, a shadow root with one paragraph.
class BareElement extends HTMLElement {
  connectedCallback() {
    if (!this.shadowRoot) this.attachShadow({ mode: 'open' }).innerHTML = '<p>Book a free phone consultation</p>';
  }
}
customElements.define('bare-element', BareElement);
