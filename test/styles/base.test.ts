import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { widgetStyles } from '../../src/styles/base.js';

/** A bare widget with the shared styles, to check what every element inherits from them. */
class StyledProbe extends LitElement {
  static override styles = widgetStyles;
  protected override render() {
    return litHtml`<p>Text</p>
      <button>Action</button>
      <span class="visually-hidden">Only for screen readers</span>`;
  }
}
customElements.define('styled-probe', StyledProbe);

describe('shared styles', () => {
  it("inherit the host page's font and text colour", async () => {
    const wrapper = await fixture(
      html`<div style="font-family: Georgia, serif; color: rgb(10, 20, 30); font-size: 21px">
        <styled-probe></styled-probe>
      </div>`
    );
    const text = wrapper.querySelector('styled-probe')!.shadowRoot!.querySelector('p')!;
    const style = getComputedStyle(text);
    expect(style.fontFamily).to.contain('Georgia');
    expect(style.color).to.equal('rgb(10, 20, 30)');
    expect(style.fontSize).to.equal('21px');
  });

  it('take the --embrace-* tokens from any ancestor, with literal fallbacks', async () => {
    const plain = await fixture<StyledProbe>(html`<styled-probe></styled-probe>`);
    expect(getComputedStyle(plain).getPropertyValue('--_accent').trim()).to.equal('#6a2b63');
    const themed = await fixture(
      html`<div style="--embrace-accent: rgb(11, 93, 91); --embrace-radius: 0px">
        <styled-probe></styled-probe>
      </div>`
    );
    const probe = themed.querySelector('styled-probe')!;
    expect(getComputedStyle(probe).getPropertyValue('--_accent').trim()).to.equal('rgb(11, 93, 91)');
    expect(getComputedStyle(probe).getPropertyValue('--_radius').trim()).to.equal('0px');
  });

  it('hide visually-hidden text from sight but not from the accessibility tree', async () => {
    const el = await fixture<StyledProbe>(html`<styled-probe></styled-probe>`);
    const hidden = el.shadowRoot!.querySelector('.visually-hidden')!;
    expect(hidden.getBoundingClientRect().width).to.be.at.most(1);
    expect(getComputedStyle(hidden).display).not.to.equal('none');
  });

  it('honour the hidden attribute', async () => {
    const el = await fixture<StyledProbe>(html`<styled-probe hidden></styled-probe>`);
    expect(getComputedStyle(el).display).to.equal('none');
  });
});
