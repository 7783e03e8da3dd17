// Issue 17: a Squarespace page as the practice's site admin builds it. Each code block is its own part of the page
// (wrapper divs, the template's CSS), and the practice's details are set once, site-wide, in Code Injection with
// `<practice-provider page>`. The widgets in both blocks must get the booking page and the phone from it.
import { expect } from '@open-wc/testing';
import { axeInPage, closePages, openPage, settle, type Upgraded } from './host-page.js';

const BOOKING = 'https://www.embracesexualwellness.com/book-a-consultation';

const rendered = (el: Element) => el.getBoundingClientRect();

describe('a Squarespace page: the script in Header injection, the provider in Footer injection', () => {
  afterEach(closePages);

  for (const width of [1000, 320]) {
    it(`widgets in two separate code blocks get the booking page and phone (${width} px)`, async () => {
      const win = await openPage('/test/embed/pages/squarespace.html', width);
      await settle(win);
      const doc = win.document;
      expect(win.__probe.errors).to.deep.equal([]);
      expect(win.__probe.warnings, 'no warnings').to.deep.equal([]);

      // The script line in the Header injection leaves <head> whole: what Squarespace writes after it stays there.
      // The provider, in the Footer injection, is the last thing in <body>, after every block: no widget has a
      // provider around it, and the page-wide settings still reach them all.
      expect(doc.head.querySelector('meta[name="sqs-after-injection"]'), 'the head is not cut short').to.exist;
      const provider = doc.querySelector('practice-provider')!;
      expect(provider.parentElement === doc.body, 'in <body>, from the Footer injection').to.be.true;
      expect(
        provider.compareDocumentPosition(doc.querySelector('.sqs-block-code')!) & Node.DOCUMENT_POSITION_PRECEDING
      ).to.be.greaterThan(0);
      const blocks = [...doc.querySelectorAll('.sqs-block-code')];
      expect(blocks).to.have.length(2);
      const widgets = [...doc.querySelectorAll<Upgraded>('consult-cta, care-checklist')];
      expect(widgets).to.have.length(3);
      for (const el of widgets) {
        expect(el.closest('practice-provider'), `${el.localName} stands outside any provider`).to.equal(null);
        const box = rendered(el);
        // The inline call to action is one line of the block's text (62.5 % root): a link, no sentence of ours.
        const line = el.getAttribute('variant') === 'inline' ? 10 : 20;
        expect(box.height, `${el.localName} is visible`).to.be.greaterThan(line);
        expect(box.right, `${el.localName} fits the ${width} px page`).to.be.at.most(width + 0.5);
      }

      // Block 1: the card's action and phone.
      const card = blocks[0].querySelector('consult-cta')!;
      const action = card.shadowRoot!.querySelector<HTMLAnchorElement>('.action')!;
      expect(action.getAttribute('href')).to.equal(BOOKING);
      expect(card.shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!.getAttribute('href')).to.equal(
        'tel:3125550142'
      );

      // Block 2: the inline link, and the checklist's referral once something is checked.
      const inline = blocks[1].querySelector('consult-cta')!;
      expect(inline.shadowRoot!.querySelector<HTMLAnchorElement>('a')!.getAttribute('href')).to.equal(BOOKING);
      const checklist = blocks[1].querySelector<Upgraded>('care-checklist')!;
      checklist.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
      await checklist.updateComplete;
      const referral = checklist.shadowRoot!.querySelector('[part~="referral"]')!;
      const links = [...referral.querySelectorAll<HTMLAnchorElement>('a')].map((a) => a.getAttribute('href'));
      expect(links).to.include(BOOKING).and.to.include('tel:3125550142');

      if (width === 1000) {
        const { violations } = await axeInPage(win);
        expect(violations).to.deep.equal([]);
      }
      console.log(
        `squarespace page at ${width} px: 2 code blocks, ${widgets.length} widgets with the page provider's booking page and phone`
      );
    });
  }

  it('without the page attribute, the same provider reaches no block (what admins met before)', async () => {
    const win = await openPage('/test/embed/pages/squarespace.html', 1000);
    await settle(win);
    const doc = win.document;
    doc.querySelector('practice-provider')!.removeAttribute('page');
    const card = doc.querySelector<Upgraded>('consult-cta')!;
    await new Promise((resolve) => setTimeout(resolve, 50));
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('.action')!.getAttribute('href')).to.equal(
      'https://www.embracesexualwellness.com/'
    );
    expect(card.shadowRoot!.querySelector('a[href^="tel:"]')).to.equal(null);
  });
});
