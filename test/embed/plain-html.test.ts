// The plain-HTML example (examples/html/index.html, `npm run example:html`) as a visitor gets it: a partner clinic's
// page with the README's snippet, the partner's provider around the whole page and the practice's provider nested
// inside it around several widgets, all from the built CDN bundle.
import { expect } from '@open-wc/testing';
import { axeInPage, closePages, openPage, settle, type Timer, type Upgraded } from './host-page.js';
import { markupProblems } from './snippet-check.js';

describe('plain HTML example', () => {
  afterEach(closePages);

  it('every widget upgrades with its provider’s settings; axe finds nothing', async () => {
    const win = await openPage('/examples/html/index.html');
    await settle(win);
    const doc = win.document;
    const partner = doc.querySelector('practice-provider[partner]')!;
    const practice = partner.querySelector('practice-provider[booking-url]')!;
    expect(doc.querySelectorAll('practice-provider')).to.have.length(2);
    const widgets = [...doc.querySelectorAll<Upgraded>('consult-cta, imagery-timer, care-checklist, article-card')];
    expect(widgets).to.have.length(7);
    for (const el of widgets) {
      // An inline call to action with a link written inside shows that link (slotted): the words are the page's.
      const shown = el.shadowRoot!.querySelector('slot:not([name])') ? el.textContent : el.shadowRoot!.textContent;
      expect(shown!.trim(), `${el.localName} rendered`).not.to.equal('');
    }

    // The nested provider's booking page and phone, with the partner's referral from the provider around it.
    const ctas = [...practice.querySelectorAll('consult-cta')];
    expect(ctas).to.have.length(2);
    for (const cta of ctas)
      expect(
        (cta.shadowRoot!.querySelector('.action') ?? cta.querySelector('a'))!.getAttribute('href'), // inline: the page's own link
        cta.getAttribute('variant') ?? 'card'
      ).to.equal(
        'https://www.embracesexualwellness.com/?utm_source=lakeview-gyn&utm_medium=referral&utm_campaign=patient-handout&utm_content=consult-cta'
      );
    const ownCta = practice.querySelector('consult-cta[ask-location]')!.shadowRoot!;
    expect(ownCta.querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:3125550142');
    // The partner's provider is around the whole page: every link to the practice says it came from the partner.
    const partnerLinks = partner.querySelectorAll('article-card, consult-cta');
    expect(partnerLinks).to.have.length(5);
    for (const el of partnerLinks) {
      const link = (el.shadowRoot!.querySelector('a') ?? el.querySelector('a'))!.getAttribute('href')!;
      expect(link, `${el.localName} carries the partner's referral`).to.contain('utm_source=lakeview-gyn');
      expect(link).to.contain('utm_campaign=patient-handout');
    }

    const timer = doc.querySelector<Timer>('imagery-timer')!.shadowRoot!;
    expect(timer.querySelector('h2')!.textContent).to.equal('A guided imagery practice');
    const steps = [...timer.querySelectorAll('.steps li')].map((li) => li.firstElementChild!.textContent!.trim());
    expect(steps, "the practice's seven steps").to.have.length(7);
    expect(steps[0]).to.equal('Set the space');
    expect(timer.querySelector('.primary')!.textContent).to.equal('Start');

    // What the docs ask of every snippet, asked of the example too: a written-in link in every widget, to where it
    // would go anyway; the practice's booking page (not an address the practice has not confirmed); phone
    // placeholders marked as such. The example loads the local build, so no CDN version is named in it.
    const markup = await (await fetch('/examples/html/index.html')).text(); // as written, before any upgrade
    const problems = markupProblems(markup, '').filter((problem) => !problem.startsWith('<script'));
    expect(problems, 'the example follows the docs').to.deep.equal([]);

    const { violations } = await axeInPage(win);
    console.log(`plain HTML example: ${widgets.length} widgets, ${violations.length} axe violations`);
    expect(violations).to.deep.equal([]);
  });
});
