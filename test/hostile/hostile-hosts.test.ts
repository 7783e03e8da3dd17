// Hostile hosts, round two (issue 16): what ordinary host pages and frameworks do that used to break a widget or leak
// an answer. Each case names the item it holds; each failed on 30bd798.
import { aTimeout, expect, fixture, html, nextFrame } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/index.js';
import {
  type ArticleCard,
  type CareChecklist,
  type ConsultCta,
  type ImageryTimer,
  type PracticeProvider
} from '../../src/classes.js';
import { readItems } from '../../src/care-checklist/items.js';
import { defineElement } from '../../src/lib/define.js';
import { telHref } from '../../src/lib/safe-url.js';
import { warnOnce } from '../../src/lib/warn.js';
import { resolveSettings } from '../../src/practice/settings.js';
import { parseStates } from '../../src/practice/states.js';
import { watchWarnings } from '../helpers.js';

const BOOKING_PAGE = `${location.origin}/test/embed/pages/booking.html`;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T & Element>(selector) as T;
const words = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
type Loose = Record<string, unknown>;

/** A dialog-mode <consult-cta> in a box with an empty <section> beside it, where a host script may move it. */
async function dialogCtaWithSpace() {
  const box = await fixture<HTMLDivElement>(
    html`<div>
      <consult-cta open="dialog" booking-url=${BOOKING_PAGE}></consult-cta>
      <section></section>
    </div>`
  );
  const el = box.querySelector('consult-cta')!;
  await el.updateComplete;
  return { box, el };
}

describe('hostile hosts, round two', () => {
  let ours: () => string[];
  beforeEach(() => ({ ours } = watchWarnings()));
  afterEach(() => sinon.restore());

  describe('1. one page-wide scroll lock, released on every path', () => {
    it('a click listener that removes the widget leaves the page scrollable, with no error', async () => {
      const errors: string[] = [];
      const onError = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
      window.addEventListener('unhandledrejection', onError);
      const el = await fixture<ConsultCta>(html`<consult-cta open="dialog" booking-url=${BOOKING_PAGE}></consult-cta>`);
      el.addEventListener('consult-cta-click', () => el.remove());
      $<HTMLButtonElement>(el, '.action').click();
      await aTimeout(50);
      window.removeEventListener('unhandledrejection', onError);
      expect(document.documentElement.style.overflow).to.equal('');
      expect(errors).to.deep.equal([]);
    });

    it('a widget moved while its dialog is opening: no dialog left open without its lock, no lock left behind', async () => {
      const { box, el } = await dialogCtaWithSpace();
      $<HTMLButtonElement>(el, '.action').click(); // the dialog starts opening (it waits for a render)…
      box.querySelector('section')!.append(el); // …and a host script moves the widget in that moment
      await aTimeout(50);
      const dialog = $<HTMLDialogElement>(el, 'dialog');
      if (dialog.open) {
        $<HTMLButtonElement>(el, '.close').click(); // if it opened, it must close and unlock like any other
        await el.updateComplete;
      }
      expect(dialog.open).to.be.false;
      expect(document.documentElement.style.overflow).to.equal('');
    });

    it('removed, put back and pressed again within one task: one lock, released on Close', async () => {
      const box = await fixture<HTMLDivElement>(
        html`<div><consult-cta open="dialog" booking-url=${BOOKING_PAGE}></consult-cta></div>`
      );
      const el = box.querySelector('consult-cta')!;
      await el.updateComplete;
      const button = $<HTMLButtonElement>(el, '.action');
      button.click();
      el.remove();
      box.append(el);
      button.click();
      await aTimeout(50);
      expect($<HTMLDialogElement>(el, 'dialog').open).to.be.true;
      $<HTMLButtonElement>(el, '.close').click();
      await el.updateComplete;
      expect(document.documentElement.style.overflow).to.equal('');
    });

    it('a document click listener that moves the widget does not cancel its dialog', async () => {
      const { box, el } = await dialogCtaWithSpace();
      document.addEventListener('click', () => box.querySelector('section')!.append(el), { once: true });
      $<HTMLButtonElement>(el, '.action').click();
      await aTimeout(50);
      expect($<HTMLDialogElement>(el, 'dialog').open).to.be.true;
      $<HTMLButtonElement>(el, '.close').click();
      await el.updateComplete;
      expect(document.documentElement.style.overflow).to.equal('');
    });

    it('two dialogs opened and closed oldest first give the page back its own overflow', async () => {
      document.documentElement.style.overflow = 'clip';
      const box = await fixture<HTMLDivElement>(
        html`<div>
          <consult-cta open="dialog" booking-url=${BOOKING_PAGE}></consult-cta>
          <consult-cta open="dialog" booking-url=${BOOKING_PAGE}></consult-cta>
        </div>`
      );
      const [first, second] = box.querySelectorAll('consult-cta');
      await first.showBooking();
      await second.showBooking();
      expect(document.documentElement.style.overflow).to.equal('hidden');
      $<HTMLButtonElement>(first, '.close').click();
      await first.updateComplete;
      expect(document.documentElement.style.overflow, 'still one open').to.equal('hidden');
      $<HTMLButtonElement>(second, '.close').click();
      await second.updateComplete;
      expect(document.documentElement.style.overflow).to.equal('clip');
      document.documentElement.style.overflow = '';
    });
  });

  describe('3. numbers, arrays and null set as properties', () => {
    it('React/Vue-style values: a number, a list and null work like the attributes they stand for', async () => {
      const checklist = await fixture<CareChecklist>(html`<care-checklist></care-checklist>`);
      (checklist as unknown as Loose).emergencyNumber = 112;
      (checklist as unknown as Loose).heading = 42;
      await checklist.updateComplete;
      expect(words($(checklist, '[part="emergency"]'))).to.contain('call 112');
      expect(words($(checklist, 'h2'))).to.equal('42');
      expect(checklist.getBoundingClientRect().height).to.be.greaterThan(100);

      const cta = await fixture<ConsultCta>(html`<consult-cta ask-location></consult-cta>`);
      Object.assign(cta as unknown as Loose, { label: 7, phone: 3125550142, states: ['IL', 'KS'] });
      await cta.updateComplete;
      expect(words($(cta, '.action'))).to.equal('7');
      expect($(cta, '[part="phone"] a').getAttribute('href')).to.equal('tel:3125550142');
      expect(cta.settings.states).to.deep.equal(['IL', 'KS']);

      const card = await fixture<ArticleCard>(html`<article-card slug="guided-imagery"></article-card>`);
      (card as unknown as Loose).readingMinutes = 5;
      await card.updateComplete;
      expect(words($(card, '[part="meta"]'))).to.equal('5 min read');

      const provider = await fixture<PracticeProvider>(html`<practice-provider></practice-provider>`);
      (provider as unknown as Loose).states = ['KS'];
      (provider as unknown as Loose).phone = null;
      await provider.updateComplete;
      expect(provider.settings.states).to.deep.equal(['KS']);

      const timer = await fixture<ImageryTimer>(html`<imagery-timer></imagery-timer>`);
      (timer as unknown as Loose).minutes = 10;
      await timer.updateComplete;
      expect(timer.remaining).to.equal(10 * 60_000);
      expect(ours()).to.deep.equal([]);
    });

    it('anything else gets the default and one warning naming the element and property', async () => {
      const checklist = await fixture<CareChecklist>(html`<care-checklist></care-checklist>`);
      (checklist as unknown as Loose).emergencyNumber = { number: 112 };
      await checklist.updateComplete;
      expect(words($(checklist, '[part="emergency"]'))).to.contain('call 911');
      expect(ours()).to.deep.equal([
        '[embrace-widgets] <care-checklist>: emergencyNumber was set to an object, not text; using the default.'
      ]);
    });
  });

  describe('4. session-replay tools', () => {
    it('the checklist is marked private for the common recorders, and its checkbox values hold no answer words', async () => {
      const el = await fixture<CareChecklist>(html`<care-checklist></care-checklist>`);
      const base = $(el, '[part~="base"]');
      for (const name of ['rr-block', 'ph-no-capture', 'sentry-block', 'fs-exclude'])
        expect(base.classList.contains(name), name).to.be.true;
      expect(base.hasAttribute('data-hj-suppress')).to.be.true;
      expect(base.getAttribute('data-clarity-mask')).to.equal('true');
      expect(base.hasAttribute('data-private')).to.be.true;
      expect(base.getAttribute('data-dd-privacy')).to.equal('hidden');
      const values = [...el.shadowRoot!.querySelectorAll('input')].map((input) => input.value);
      expect(values).to.deep.equal(['0', '1', '2', '3', '4', '5', '6']);
      el.shadowRoot!.querySelectorAll('input')[3].click();
      await el.updateComplete;
      expect(el.checked, 'the public API still speaks in ids').to.deep.equal(['pain']);
    });
  });

  it('5. a link in the description slot never becomes the action', async () => {
    const el = await fixture<ConsultCta>(
      html`<consult-cta>
        <p slot="description">We keep your details safe: read our <a href="/privacy">privacy policy</a>.</p>
      </consult-cta>`
    );
    const action = $<HTMLAnchorElement>(el, '.action');
    expect(words(action)).to.equal('Book your free consultation');
    expect(action.pathname).to.equal('/');
    const withFallback = await fixture<ConsultCta>(
      html`<consult-cta>
        <p slot="description">Read our <a href="/privacy">privacy policy</a>.</p>
        <a href="/contact">Book a call</a>
      </consult-cta>`
    );
    expect(words($(withFallback, '.action'))).to.equal('Book a call');
    expect($<HTMLAnchorElement>(withFallback, '.action').pathname).to.equal('/contact');
  });

  it('6. answers are cleared when the page goes into the back/forward cache, and when it comes back', async () => {
    const el = await fixture<CareChecklist>(html`<care-checklist></care-checklist>`);
    el.shadowRoot!.querySelectorAll('input')[3].click();
    await el.updateComplete;
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false })); // a real unload: nothing to do
    await el.updateComplete;
    expect(el.checked).to.deep.equal(['pain']);
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    await el.updateComplete;
    expect(el.checked).to.deep.equal([]);
    expect(el.shadowRoot!.querySelectorAll('input')[3].checked).to.be.false;
    expect(words(el.shadowRoot!.querySelector('[role="status"]')), 'nor its last spoken line').to.equal('');
    el.checked = ['pain'];
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await el.updateComplete;
    expect(el.checked).to.deep.equal([]);
    // Back to the neutral prompt of a checklist nobody has answered: no advice left from the answers.
    const result = el.shadowRoot!.querySelector('[part="result"]')!;
    expect(words(result)).to.match(/^Your next step will show here as you check items\./);
    expect(result.classList.contains('prompt')).to.be.true;
  });

  it('6b. answers are cleared when a checklist kept off the page (a single-page app’s cached view) missed the cache', async () => {
    // Vue KeepAlive or Angular route reuse take the view off the page before pagehide: its listeners are gone then.
    const el = await fixture<CareChecklist>(html`<care-checklist></care-checklist>`);
    const parent = el.parentElement!;
    el.shadowRoot!.querySelectorAll('input')[3].click();
    await el.updateComplete;
    el.remove();
    el.remove(); // twice: still one departure
    parent.append(el); // back without the page going anywhere: the person's answers stay
    await el.updateComplete;
    expect(el.checked).to.deep.equal(['pain']);
    el.remove();
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    parent.append(el);
    await el.updateComplete;
    expect(el.checked, 'the page went into the cache while the checklist was away').to.deep.equal([]);
    expect(el.shadowRoot!.querySelectorAll('input')[3].checked).to.be.false;
    // A plain reload-free remove and re-add afterwards keeps new answers.
    el.shadowRoot!.querySelectorAll('input')[0].click();
    await el.updateComplete;
    el.remove();
    parent.append(el);
    await el.updateComplete;
    expect(el.checked).to.deep.equal(['bleeding-regularly']);
  });

  describe('7. strings tables of the wrong shape', () => {
    it('a text where a function is expected becomes that text; a throwing function falls back; the event still fires', async () => {
      const el = await fixture<CareChecklist>(html`<care-checklist></care-checklist>`);
      el.strings = { emergency: 'Call 112 now.', count: () => { throw new Error('boom'); } } as unknown as typeof el.strings; // prettier-ignore
      await el.updateComplete;
      expect(words($(el, '[part="emergency"]'))).to.equal('Call 112 now.');
      const changes: unknown[] = [];
      el.addEventListener('care-checklist-change', (event) => changes.push((event as CustomEvent).detail));
      el.shadowRoot!.querySelectorAll('input')[0].click();
      await el.updateComplete;
      expect(changes).to.deep.equal([{ level: 'see-provider', count: 1 }]);
      expect(words(el.shadowRoot!.querySelector('[role="status"]'))).to.contain('1 item checked');
      expect(ours()).to.deep.equal([
        '[embrace-widgets] <care-checklist>: strings.count is not usable here; using the default wording.'
      ]);

      const card = await fixture<ArticleCard>(html`<article-card slug="guided-imagery"></article-card>`);
      card.strings = { readingTime: 'min' } as unknown as typeof card.strings;
      await card.updateComplete;
      expect(words($(card, '[part="meta"]'))).to.equal('min');
    });

    it('anything else is left out with a warning, and a table that throws gives the defaults', async () => {
      const el = await fixture<ConsultCta>(html`<consult-cta></consult-cta>`);
      el.strings = { label: { text: 'Book' }, heading: 5 } as unknown as typeof el.strings;
      await el.updateComplete;
      expect(words($(el, '.action'))).to.equal('Book your free consultation');
      expect(words($(el, 'h2'))).to.equal('5');
      el.strings = new Proxy({}, { ownKeys: () => { throw new Error('trap'); } }); // prettier-ignore
      await el.updateComplete;
      expect(words($(el, 'h2'))).to.equal('Start with a no\u2011pressure call');
      expect(ours()).to.include(
        '[embrace-widgets] <consult-cta>: strings.label is not usable here; using the default wording.'
      );
    });
  });

  describe('8. referrer: never more than nothing', () => {
    it('every outbound link and the booking frame carry referrerpolicy="no-referrer"', async () => {
      // For someone it cannot see, the way out is the directory (fallback-url): that link is counted too.
      const cta = await fixture<ConsultCta>(
        html`<consult-cta ask-location fallback-url="https://directory.example/find"></consult-cta>`
      );
      const checklist = await fixture<CareChecklist>(html`<care-checklist></care-checklist>`);
      const card = await fixture<ArticleCard>(html`<article-card slug="guided-imagery"></article-card>`);
      const dialogCta = await fixture<ConsultCta>(
        html`<consult-cta open="dialog" booking-url=${BOOKING_PAGE}></consult-cta>`
      );
      const links = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href^="http"]')];
      checklist.shadowRoot!.querySelectorAll('input')[0].click(); // shows the referral links
      await checklist.updateComplete;
      const select = $<HTMLSelectElement>(cta, 'select');
      const found = [...links(cta), ...links(checklist), ...links(card)];
      select.value = 'TX';
      select.dispatchEvent(new Event('change'));
      await cta.updateComplete;
      expect(links(cta).map((a) => a.href)).to.deep.equal(['https://directory.example/find']);
      found.push(...links(cta));
      await dialogCta.showBooking();
      await nextFrame();
      found.push(...links(dialogCta), $<HTMLAnchorElement>(dialogCta, 'iframe'));
      expect(found.length).to.be.at.least(7);
      for (const node of found) {
        const rel = node.getAttribute('rel') ?? '';
        expect(node.referrerPolicy === 'no-referrer' || rel.includes('noreferrer'), node.outerHTML.slice(0, 80)).to.be
          .true;
      }
      $<HTMLButtonElement>(dialogCta, '.close').click();
    });
  });

  it('9. a polluted Object.prototype re-routes nothing', async () => {
    const proto = Object.prototype as Loose;
    Object.assign(proto, {
      bookingUrl: 'https://evil.example/',
      siteUrl: 'https://evil.example/',
      phone: '9005550100'
    });
    try {
      expect(resolveSettings({}).bookingUrl).to.equal('https://www.embracesexualwellness.com');
      const box = await fixture<HTMLElement>(
        html`<practice-provider partner="p"
          ><consult-cta></consult-cta><care-checklist></care-checklist
        ></practice-provider>`
      );
      const cta = box.querySelector('consult-cta')!;
      const checklist = box.querySelector('care-checklist')!;
      await cta.updateComplete;
      await checklist.updateComplete;
      expect($<HTMLAnchorElement>(cta, '.action').hostname).to.equal('www.embracesexualwellness.com');
      expect($(cta, '[part="phone"]')).to.be.null;
      checklist.shadowRoot!.querySelectorAll('input')[0].click();
      await checklist.updateComplete;
      for (const a of checklist.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href^="http"]'))
        expect(a.hostname).to.equal('www.embracesexualwellness.com');
    } finally {
      for (const key of ['bookingUrl', 'siteUrl', 'phone']) delete proto[key];
    }
  });

  it('10. `checked` set before connection is checked against the items written inside', async () => {
    const el = document.createElement('care-checklist') as CareChecklist;
    el.checked = ['spotting', 'pain'];
    el.innerHTML = '<ul><li data-id="spotting">Spotting</li><li data-id="pain">Pain</li></ul>';
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    box.append(el);
    await el.updateComplete;
    expect(el.checked).to.deep.equal(['spotting', 'pain']);
    const plain = document.createElement('care-checklist') as CareChecklist;
    plain.checked = ['nope'];
    box.append(plain);
    await plain.updateComplete;
    expect(plain.checked, 'an unknown id is still dropped').to.deep.equal([]);
    expect($(plain, '.actions'), 'nothing checked: no Clear or Copy').to.be.null;
    expect($(el, '.actions'), 'checked: Clear and Copy').not.to.be.null;
  });

  it('11. a phone with an extension links with ;ext= (RFC 3966)', async () => {
    expect(telHref('(312) 555-0142 ext. 3')).to.equal('tel:3125550142;ext=3');
    expect(telHref('312-555-0142 x12')).to.equal('tel:3125550142;ext=12');
    expect(telHref('+1 312 555 0142 extension 45')).to.equal('tel:+13125550142;ext=45');
    expect(telHref('312 555 0142')).to.equal('tel:3125550142');
    // Anything else around the digits is not a number to dial: no link rather than a wrong one.
    for (const odd of ['ext. 3 312 555 0142', '+1 312 555 0142 #3', '312-555-0142 x 3 or 4', 'Fax 3125550142'])
      expect(telHref(odd), odd).to.be.null;
    const el = await fixture<ConsultCta>(html`<consult-cta phone="(312) 555-0142 ext. 3"></consult-cta>`);
    const link = $<HTMLAnchorElement>(el, '[part="phone"] a');
    expect(link.getAttribute('href')).to.equal('tel:3125550142;ext=3');
    expect(words(link)).to.equal('(312) 555-0142 ext. 3');
  });

  it('12. enumerated attributes are normalised once: "Inline" and " inline" are inline, host included', async () => {
    for (const value of ['Inline', ' inline', 'INLINE ']) {
      const p = await fixture<HTMLParagraphElement>(html`<p>Text <consult-cta variant=${value}></consult-cta></p>`);
      const el = p.querySelector('consult-cta')!;
      await el.updateComplete;
      expect(getComputedStyle(el).display, JSON.stringify(value)).to.equal('inline');
      expect(el.getAttribute('variant')).to.equal('inline');
    }
    const card = await fixture<ArticleCard>(
      html`<article-card slug="guided-imagery" layout=" Compact"></article-card>`
    );
    expect($(card, 'img, [part="media"]')).to.be.null;
    expect(ours()).to.deep.equal([]);
    const odd = await fixture<ConsultCta>(html`<consult-cta variant="sidebar"></consult-cta>`);
    expect(getComputedStyle(odd).display).to.equal('block');
    expect(ours()).to.deep.equal([
      '[embrace-widgets] <consult-cta>: variant="sidebar" is not one of "card", "banner", "inline"; using "card".'
    ]);
  });

  it('13. a host-patched customElements.get that throws does not escape defineElement', () => {
    const registry = {
      get: () => {
        throw new Error('patched');
      },
      define: () => {}
    } as unknown as CustomElementRegistry;
    expect(defineElement('x-never', class extends HTMLElement {}, registry)).to.be.false;
    expect(ours()).to.deep.equal(['[embrace-widgets] <x-never> could not be registered: patched']);
  });

  describe('14. memory and CPU under junk', () => {
    it('warnings keep bounded memory: long messages are cut, and after 200 one line says the rest are not shown', () => {
      const big = 'x'.repeat(100_000);
      for (let round = 0; round < 2; round += 1) for (let i = 0; i < 300; i += 1) warnOnce(`${i} ${big}`);
      const all = ours();
      expect(all).to.have.length(201);
      expect(all[200]).to.equal('[embrace-widgets] more than 200 different warnings; the rest are not shown.');
      expect(Math.max(...all.map((m) => m.length))).to.be.below(500);
    });

    it('3,000 repeated data-ids: linear, one warning', () => {
      const list = document.createElement('ul');
      list.innerHTML = '<li data-id="same">Same</li>'.repeat(3000);
      const started = performance.now();
      const items = readItems(list)!;
      const took = performance.now() - started;
      expect(items).to.have.length(3000);
      expect(new Set(items.map((item) => item.id)).size).to.equal(3000);
      expect(items[2999].id).to.equal('same-3000');
      expect(ours()).to.have.length(1);
      expect(took, 'ms').to.be.below(500); // 2.1 s before (quadratic); about 20 ms now
    });

    it('a 1 MB states value is read only as far as any real list goes', () => {
      const junk = `IL, ${'Narnia, '.repeat(150_000)}KS`;
      const started = performance.now();
      const parsed = parseStates(junk);
      expect(performance.now() - started, 'ms').to.be.below(200);
      expect(parsed.codes).to.deep.equal(['IL']);
      const settings = resolveSettings({ states: junk });
      expect(settings.states).to.deep.equal(['IL']);
      expect(ours()[0].length).to.be.below(500);
    });
  });
});
