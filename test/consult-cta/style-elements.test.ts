/**
 * A browser without constructable stylesheets (Safari before 16.4, Firefox before 101, some embedded web views):
 * Lit puts each element's styles in `<style>` elements in its shadow root, with the page's `litNonce`. The booking
 * dialog's styles arrive later, in the dialog's own file (issue 29), and must take the same road, or such a browser
 * shows a bare, unstyled dialog. Lit decides once, when its module is first evaluated, so this file takes the
 * adoption API away before anything imports Lit: every import below is dynamic.
 */
// Types only: erased, so nothing is evaluated before the lines below.
import type * as Testing from '@open-wc/testing';
import type { ConsultCta as Cta } from '../../src/classes.js';

for (const proto of [Document.prototype, ShadowRoot.prototype])
  delete (proto as { adoptedStyleSheets?: unknown }).adoptedStyleSheets;
(globalThis as { litNonce?: string }).litNonce = 'style-elements-test';

let expect: typeof Testing.expect;
let fixture: typeof Testing.fixture;
let html: typeof Testing.html;
let oneEvent: typeof Testing.oneEvent;
before(async () => {
  ({ expect, fixture, html, oneEvent } = await import('@open-wc/testing'));
  await import('../../src/consult-cta.js');
});

const BOOKING_PAGE = `${location.origin}/test/embed/pages/booking.html`;
const styles = (el: Element) => [...el.shadowRoot!.querySelectorAll('style')];
const dialogStyle = (el: Element) => styles(el).find((style) => style.textContent!.includes('dialog[open]'));

describe('<consult-cta open="dialog"> where shadow roots cannot adopt stylesheets', () => {
  it('has no adoption API here, so Lit writes <style> elements (the premise of this file)', async () => {
    expect('adoptedStyleSheets' in ShadowRoot.prototype).to.be.false;
    const el = await fixture<Cta>(html`<consult-cta></consult-cta>`);
    expect(styles(el).length).to.be.greaterThan(0);
    expect(dialogStyle(el), 'no dialog styles without open="dialog"').to.be.undefined;
  });

  it('adds the dialog’s styles as a <style> with the page’s nonce, after the element’s own, before any click', async () => {
    const el = await fixture<Cta>(html`<consult-cta open="dialog" booking-url=${BOOKING_PAGE}></consult-cta>`);
    await el.updateComplete; // waits for the dialog's file
    const own = styles(el);
    const dialog = dialogStyle(el);
    expect(dialog, 'the dialog’s <style>').to.exist;
    expect(dialog!.nonce).to.equal('style-elements-test');
    expect(own.indexOf(dialog!)).to.equal(own.length - 1);
    expect(own.filter((style) => style.textContent!.includes('dialog[open]'))).to.have.length(1);
  });

  it('shows a styled dialog, and keeps its styles when the element changes variant and reconnects', async () => {
    const el = await fixture<Cta>(html`<consult-cta open="dialog" booking-url=${BOOKING_PAGE}></consult-cta>`);
    await el.updateComplete;
    el.variant = 'inline';
    await el.updateComplete;
    el.variant = 'banner';
    await el.updateComplete;
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await el.updateComplete;
    expect(styles(el).filter((style) => style.textContent!.includes('dialog[open]'))).to.have.length(1);

    const opened = oneEvent(el, 'consult-cta-click');
    el.shadowRoot!.querySelector<HTMLElement>('.action')!.click();
    await opened;
    await el.updateComplete;
    const shown = el.shadowRoot!.querySelector('dialog')!;
    expect(shown.open).to.be.true;
    expect(getComputedStyle(shown).display).to.equal('flex');
    const close = el.shadowRoot!.querySelector<HTMLElement>('.close')!.getBoundingClientRect();
    expect([close.width, close.height]).to.deep.equal([44, 44]);
    shown.close();
  });
});
