// The plain-HTML example (examples/html/index.html, `npm run example:html`) as a visitor gets it: the README's
// snippet and one provider around several widgets, plus a partner's provider, all from the built CDN bundle.
import { expect } from '@open-wc/testing';
import { axeInPage, closePages, openPage, settle, type Timer, type Upgraded } from './host-page.js';

describe('plain HTML example', () => {
  afterEach(closePages);

  it('every widget upgrades with its provider’s settings; axe finds nothing', async () => {
    const win = await openPage('/examples/html/index.html');
    await settle(win);
    const doc = win.document;
    const [practice, partner] = doc.querySelectorAll('practice-provider');
    const widgets = [...doc.querySelectorAll<Upgraded>('consult-cta, imagery-timer, care-checklist, article-card')];
    expect(widgets).to.have.length(7);
    for (const el of widgets) expect(el.shadowRoot!.textContent!.trim(), `${el.localName} rendered`).not.to.equal('');

    const ownCta = practice.querySelector('consult-cta')!.shadowRoot!;
    expect(ownCta.querySelector('.action')!.getAttribute('href')).to.equal(
      'https://www.embracesexualwellness.com/contact'
    );
    expect(ownCta.querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:3125550142');
    for (const el of practice.querySelectorAll('article-card'))
      expect(el.shadowRoot!.querySelector('a')!.getAttribute('href')).not.to.contain('utm_');
    for (const el of partner.querySelectorAll('article-card, consult-cta')) {
      const link = el.shadowRoot!.querySelector('a')!.getAttribute('href')!;
      expect(link, `${el.localName} carries the partner's referral`).to.contain('utm_source=lakeview-gyn');
      expect(link).to.contain('utm_campaign=patient-handout');
    }

    const timer = doc.querySelector<Timer>('imagery-timer')!.shadowRoot!;
    expect(timer.querySelector('h2')!.textContent).to.equal('A guided imagery practice');
    const steps = [...timer.querySelectorAll('.steps li')].map((li) => li.firstElementChild!.textContent!.trim());
    expect(steps, "the practice's seven steps").to.have.length(7);
    expect(steps[0]).to.equal('Set the space');
    expect(timer.querySelector('.primary')!.textContent).to.equal('Start');

    const { violations } = await axeInPage(win);
    console.log(`plain HTML example: ${widgets.length} widgets, ${violations.length} axe violations`);
    expect(violations).to.deep.equal([]);
  });
});
