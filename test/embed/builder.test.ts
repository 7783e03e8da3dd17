// The embed builder (stories/support/embed-builder.ts, the docs site's "Start here → Embed builder"), as a practice's
// admin uses it: fill in the form, take the snippet, paste it into a blank page, and the widget renders with the
// chosen settings. Its checks speak with the widgets' own words, compared here with what the widgets warn.
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/index.js';
import '../../stories/support/embed-builder.js';
import type { EmbedBuilder } from '../../stories/support/embed-builder.js';
import { watchWarnings } from '../helpers.js';
import { closePages, type Upgraded } from './host-page.js';
import { pastedProblems } from './snippet-check.js';

const BOOKING = 'https://book.example.org/free-consultation?from=site';

/** Types into a field of the builder as a person does (its value, then the input event). */
async function fill(builder: EmbedBuilder, name: string, value: string | boolean): Promise<void> {
  const field = builder.shadowRoot!.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`);
  expect(field, `a "${name}" field`).to.exist;
  if (typeof value === 'boolean') (field as HTMLInputElement).checked = value;
  else field!.value = value;
  field!.dispatchEvent(
    new Event(field instanceof HTMLSelectElement || typeof value === 'boolean' ? 'change' : 'input')
  );
  await builder.updateComplete;
}

const snippetOf = (builder: EmbedBuilder) => builder.shadowRoot!.querySelector('textarea')!.value;
const checks = (builder: EmbedBuilder) =>
  [...builder.shadowRoot!.querySelectorAll('.problems li')].map((li) => li.textContent!.trim());
/** The page the snippet was last pasted into by pastedProblems(). */
const pastedPage = () => [...document.querySelectorAll('iframe')].at(-1)!.contentWindow!;

describe('embed builder', function () {
  this.timeout(40_000); // each paste is a fresh page; WebKitGTK takes a few seconds for each
  afterEach(() => {
    closePages();
    sinon.restore();
  });

  it('copies a snippet that works as pasted, with every setting the form was given', async () => {
    const builder = await fixture<EmbedBuilder>(html`<embed-builder></embed-builder>`);
    await fill(builder, 'widget', 'consult-cta');
    await fill(builder, 'variant', 'banner');
    await fill(builder, 'askLocation', true);
    await fill(builder, 'states', 'IL, KS');
    await fill(builder, 'bookingUrl', BOOKING);
    await fill(builder, 'phone', '(312) 555-0142');
    await fill(builder, 'partner', 'lakeview-gyn');
    expect(checks(builder), 'nothing to fix').to.deep.equal([]);
    const snippet = snippetOf(builder);
    expect(snippet).to.contain('/dist/cdn/loader.js"></script>');
    expect(snippet).to.contain(`booking-url="${BOOKING.replace(/&/g, '&amp;')}"`);
    // The live preview shows the same element.
    expect(builder.querySelector('consult-cta')?.getAttribute('variant')).to.equal('banner');

    expect(await pastedProblems(snippet), 'pasted into a blank page').to.deep.equal([]);
    const cta = pastedPage().document.querySelector<Upgraded>('consult-cta')!;
    const shadow = cta.shadowRoot!;
    const select = shadow.querySelector('select')!;
    select.value = 'KS';
    select.dispatchEvent(new Event('change'));
    await cta.updateComplete;
    const action = new URL(shadow.querySelector<HTMLAnchorElement>('.action')!.href);
    expect(`${action.origin}${action.pathname}`).to.equal('https://book.example.org/free-consultation');
    expect(action.searchParams.get('utm_source'), 'the partner id').to.equal('lakeview-gyn');
    expect(shadow.querySelector('a[href^="tel:"]')?.getAttribute('href')).to.equal('tel:3125550142');
    const offered = [...select.options].map((option) => option.value);
    expect(offered, 'the states chosen').to.include.members(['IL', 'KS']);
  });

  for (const widget of ['article-card', 'care-checklist', 'imagery-timer']) {
    it(`builds <${widget}>, which renders as pasted`, async () => {
      const builder = await fixture<EmbedBuilder>(html`<embed-builder></embed-builder>`);
      await fill(builder, 'widget', widget);
      if (widget === 'article-card') await fill(builder, 'slug', 'guided-imagery');
      if (widget === 'imagery-timer') await fill(builder, 'minutes', '10');
      const snippet = snippetOf(builder);
      expect(snippet, widget).to.contain(`<${widget}`);
      expect(await pastedProblems(snippet), `${widget} pasted`).to.deep.equal([]);
      const el = pastedPage().document.querySelector<Upgraded>(widget)!;
      if (widget === 'article-card') expect(el.shadowRoot!.textContent).to.contain('Guided Imagery');
      if (widget === 'imagery-timer') expect(el.shadowRoot!.textContent).to.contain('It takes about 10 minutes.');
    });
  }

  it('checks as it goes, with the words the widgets warn with', async () => {
    const { ours } = watchWarnings();
    const builder = await fixture<EmbedBuilder>(html`<embed-builder></embed-builder>`);
    await fill(builder, 'bookingUrl', 'javascript:alert(1)');
    await fill(builder, 'states', 'IL, Texass');
    await fill(builder, 'phone', 'call us');
    const said = checks(builder);
    // The same values on the widget itself: its warnings are the builder's words.
    const cta = await fixture<Upgraded>(
      html`<consult-cta
        ask-location
        booking-url="javascript:alert(1)"
        states="IL, Texass"
        phone="call us"
      ></consult-cta>`
    );
    await cta.updateComplete;
    const warned = ours().map((warning) => warning.replace('[embrace-widgets] ', ''));
    expect(said.length, JSON.stringify(said)).to.equal(3);
    for (const line of said) expect(warned, 'a warning of the widget').to.include(line);
    // And a booking page that is not https: is named too (the widget would accept it; people book there).
    await fill(builder, 'bookingUrl', 'http://book.example.org/');
    expect(checks(builder).join(' ')).to.contain('is not https:');
    expect(snippetOf(builder), 'an unusable booking page is left out').not.to.contain('booking-url');
  });

  it('escapes what a person types: it never becomes markup in the snippet', async () => {
    const builder = await fixture<EmbedBuilder>(html`<embed-builder></embed-builder>`);
    await fill(builder, 'partner', '"><img src=x onerror="window.__pwned=1">');
    const snippet = snippetOf(builder);
    expect(snippet).to.contain('partner="&quot;&gt;&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;"');
    expect(await pastedProblems(snippet)).to.deep.equal([]);
    const page = pastedPage();
    expect(page.document.querySelector('img'), 'no element from the typed text').to.equal(null);
    expect((page as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
