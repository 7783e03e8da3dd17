// A host page that already uses the name <consult-cta> for an element of its own, before embrace-widgets loads.
customElements.define(
  'consult-cta',
  class HostConsultCta extends HTMLElement {
    connectedCallback() {
      this.setAttribute('data-host-element', '');
    }
  }
);
