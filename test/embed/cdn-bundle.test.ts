// Loads the built CDN bundle (dist/cdn/embrace-widgets.js) the way a host page does. `npm test` builds first.
import { expect, fixture, html } from '@open-wc/testing';
import { closePages, openPage, settle } from './host-page.js';

/** The tags the bundle registers: one per `./<tag>.js` entry point in package.json. */
async function elementTags(): Promise<string[]> {
  const pkg = (await (await fetch('/package.json')).json()) as { exports: Record<string, unknown> };
  return Object.keys(pkg.exports)
    .filter((key) => /^\.\/[a-z]+-[a-z-]+\.js$/.test(key))
    .map((key) => key.slice(2, -3));
}

describe('CDN bundle', () => {
  afterEach(closePages);

  it('exports every class and registers every element', async () => {
    const mod = (await import('/dist/cdn/embrace-widgets.js' as string)) as Record<string, unknown>;
    expect(mod.PracticeProvider).to.be.a('function');
    expect(mod.VERSION).to.be.a('string');
    expect(customElements.get('practice-provider')).to.equal(mod.PracticeProvider);
    expect(customElements.get('consult-cta')).to.equal(mod.ConsultCta);
    expect(customElements.get('imagery-timer')).to.equal(mod.ImageryTimer);
    for (const tag of await elementTags()) expect(customElements.get(tag), tag).to.exist;
  });

  it("ships Lit's production build only: no development-mode code or warnings", async () => {
    const source = await (await fetch('/dist/cdn/embrace-widgets.js')).text();
    for (const devOnly of ['Lit is in dev mode', 'Multiple versions of Lit', 'litIssuedWarnings', 'lit.dev/msg']) {
      expect(source, devOnly).not.to.contain(devOnly);
    }
    expect(source).to.contain('[embrace-widgets]'); // our own configuration warnings stay: hosts need them
  });

  it('contains no code that could send or keep anything: no fetch, beacon, socket, cookie or storage access', async () => {
    const source = await (await fetch('/dist/cdn/embrace-widgets.js')).text();
    const apis = ['sendBeacon', 'XMLHttpRequest', 'fetch(', 'WebSocket', 'EventSource', 'document.cookie'];
    for (const api of apis) expect(source, api).not.to.contain(api);
  });

  it('renders from its minified templates as from the sources: text spacing, links, accessibility', async () => {
    await import('/dist/cdn/embrace-widgets.js' as string);
    const inline = await fixture(html`<p>Questions? <consult-cta variant="inline" open="new-tab"></consult-cta></p>`);
    const cta = inline.querySelector('consult-cta')!;
    await (cta as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(cta.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Book your free consultation (opens in a new tab)'
    );
    await expect(cta).to.be.accessible();
    const card = await fixture(html`<consult-cta ask-location phone="3125550142"></consult-cta>`);
    await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(card.shadowRoot!.querySelector('h2')!.textContent).to.equal('Start with a no\u2011pressure call');
    expect(card.shadowRoot!.querySelector('[part="phone"]')!.textContent).to.equal('Prefer to call? (312) 555-0142');
    expect(getComputedStyle(card.shadowRoot!.querySelector('.action')!).backgroundColor).to.equal('rgb(106, 43, 99)');
    await expect(card).to.be.accessible();
    const timer = await fixture(html`<imagery-timer></imagery-timer>`);
    await (timer as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const steps = [...timer.shadowRoot!.querySelectorAll('.steps li > span:first-child')].map((s) => s.textContent);
    expect(steps[4], 'the space before the optional tag survives').to.equal('Add gentle touch (optional)');
    expect(timer.shadowRoot!.querySelector('.steps li')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Set the space 30 sec'
    );
    expect(getComputedStyle(timer.shadowRoot!.querySelector('.primary')!).backgroundColor).to.equal('rgb(106, 43, 99)');
    await expect(timer).to.be.accessible();
  });

  it('loaded twice from two URLs: no uncaught error, one warning per tag, elements still work', async () => {
    const tags = await elementTags();
    const win = await openPage('/test/embed/pages/double-load.html');
    await settle(win);
    expect(win.__probe.errors, 'uncaught errors').to.deep.equal([]);
    const clashes = win.__probe.warnings.filter((w) => w.includes('is already defined'));
    expect(clashes, 'one warning per tag').to.have.length(tags.length);
    for (const tag of tags)
      expect(
        clashes.filter((w) => w.includes(`<${tag}>`)),
        tag
      ).to.have.length(1);
    const provider = win.document.querySelector('practice-provider')!;
    expect(provider.shadowRoot, 'the first copy upgraded the element').to.exist;
    expect(win.getComputedStyle(provider).display).to.equal('contents');
    const cta = win.document.querySelector('consult-cta')!;
    expect(cta.shadowRoot!.querySelector('.action')!.getAttribute('href'), 'settings reach the widget').to.equal(
      'https://clinic.example/book?utm_source=twice&utm_medium=referral&utm_content=consult-cta'
    );
  });
});
