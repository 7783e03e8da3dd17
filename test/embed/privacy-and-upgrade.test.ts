// The privacy audit (every element, every interaction, nothing leaves the page) and late or repeated upgrades, on
// host pages that load the built CDN bundle.
import { expect } from '@open-wc/testing';
import { closePages, openPage, settle, type Upgraded } from './host-page.js';

const shadow = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;

describe('privacy audit', () => {
  afterEach(closePages);

  it('every element, every interaction: 0 requests, 0 cookies, 0 storage keys, 0 beacons', async () => {
    const win = await openPage('/test/embed/pages/privacy.html');
    await settle(win);
    const doc = win.document;
    // Everything the page itself loaded is in the timeline already; only what the widgets ask for comes after.
    const loaded = new Set(win.performance.getEntriesByType('resource').map((entry) => entry.name));
    const stopNavigation = (event: Event) => event.preventDefault();
    doc.addEventListener('click', stopNavigation);

    const [cta, inline] = doc.querySelectorAll<Upgraded>('consult-cta');
    for (const state of ['KS', 'IL', 'TX', 'outside-us']) {
      const select = shadow(cta, 'select') as HTMLSelectElement;
      select.value = state;
      select.dispatchEvent(new win.Event('change'));
      await cta.updateComplete;
    }
    shadow(cta, '.action').click();
    shadow(inline, '.action').click();
    const checklist = doc.querySelector<Upgraded>('care-checklist')!;
    for (const box of checklist.shadowRoot!.querySelectorAll<HTMLInputElement>('input')) box.click();
    await checklist.updateComplete;
    (checklist.shadowRoot!.querySelector('.actions button') as HTMLElement).click();
    for (const card of doc.querySelectorAll<Upgraded>('article-card')) shadow(card, 'a').click();
    await new Promise((resolve) => setTimeout(resolve, 200));

    const requests = win.performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => !loaded.has(name));
    const elsewhere = win.performance
      .getEntriesByType('resource')
      .filter((entry) => new URL(entry.name).origin !== win.location.origin);
    expect(
      elsewhere.map((entry) => entry.name),
      'requests to any other origin, ever'
    ).to.deep.equal([]);
    const storage = win.localStorage.length + win.sessionStorage.length;
    console.log(
      `privacy: ${requests.length} requests, ${doc.cookie ? doc.cookie.split(';').length : 0} cookies, ` +
        `${storage} storage keys, ${win.__probe.beacons} beacons, ${win.__probe.errors.length} errors`
    );
    expect(requests, 'requests after load (clicks were kept on the page)').to.deep.equal([]);
    expect(doc.cookie).to.equal('');
    expect(storage).to.equal(0);
    expect(win.__probe.beacons).to.equal(0);
    expect(win.__probe.errors).to.deep.equal([]);
  });
});

describe('late and repeated upgrade', () => {
  afterEach(closePages);

  it('elements in the page long before the script, then moved between providers: right settings, one event per action', async () => {
    const win = await openPage('/test/embed/pages/late.html');
    const doc = win.document;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(doc.querySelector('consult-cta')!.shadowRoot, 'nothing upgrades before the script').to.be.null;

    const script = doc.createElement('script');
    script.type = 'module';
    script.src = '/dist/cdn/embrace-widgets.js';
    doc.head.append(script);
    await settle(win);

    const cta = doc.querySelector<Upgraded>('consult-cta')!;
    const card = doc.querySelector<Upgraded>('article-card')!;
    expect(shadow(cta, '.action').getAttribute('href')).to.contain('utm_source=clinic-a');
    expect(cta.shadowRoot!.textContent).to.contain('anywhere in Illinois.');
    expect(shadow(card, 'a').getAttribute('href')).to.contain('utm_source=clinic-a');

    // Move the call to action into the other provider, and back, and there again.
    const providerB = doc.querySelector('#b practice-provider')!;
    const providerA = doc.querySelector('#a practice-provider')!;
    for (const target of [providerB, providerA, providerB]) {
      target.append(cta);
      await cta.updateComplete;
    }
    expect(shadow(cta, '.action').getAttribute('href')).to.contain('utm_source=clinic-b');
    expect(cta.shadowRoot!.textContent).to.contain('anywhere in Kansas.');

    let clicks = 0;
    cta.addEventListener('consult-cta-click', (event) => {
      clicks += 1;
      event.preventDefault();
    });
    shadow(cta, '.action').click();
    expect(clicks, 'consult-cta-click fires once after three moves').to.equal(1);

    const checklist = doc.querySelector<Upgraded>('care-checklist')!;
    let changes = 0;
    checklist.addEventListener('care-checklist-change', () => (changes += 1));
    checklist.remove();
    doc.body.append(checklist);
    await checklist.updateComplete;
    (checklist.shadowRoot!.querySelector('input') as HTMLInputElement).click();
    expect(changes, 'care-checklist-change fires once after re-attaching').to.equal(1);
    expect(win.__probe.errors).to.deep.equal([]);
    console.log(`late upgrade: settings right after 3 moves, ${clicks} click event, ${changes} change event`);
  });
});
