// dist/cdn/loader.js, the one-line embed (issue 18): it fetches only the modules of the tags a page holds, follows
// tags added later and those in shadow roots it is pointed at, defines <practice-provider> before any widget, and
// fails, or meets a second copy, without an error. The rest of the embed suite also runs through the loader (the
// "embed-loader" group of web-test-runner.config.mjs: CSPs, privacy, hostile CSS, storage faults, late upgrade).
import { expect } from '@open-wc/testing';
import {
  closePages,
  openPage,
  settle,
  until as waitFor,
  WIDGET_TAGS,
  type ProbedWindow,
  type Timer,
  type Upgraded
} from './host-page.js';

type LoaderWindow = ProbedWindow & { __discover(root: Node): void; __defined: string[]; __observers: number };

/** The files `/dist/cdn/<file>` imports (the shared files, whose names carry a hash). */
async function importsOf(file: string): Promise<string[]> {
  const source = await (await fetch(`/dist/cdn/${file}`)).text();
  return [...source.matchAll(/(?:\bfrom|\bimport)\s*"\.\/([\w.-]+\.js)"/g)].map((m) => m[1]);
}

/** Loading goes through the network: up to 3 s. */
const until = (check: () => boolean) => waitFor(check, 3000);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The files under /dist/cdn/ (or a copy of it under pages/) the page has fetched, by name, sorted. */
const pagesFiles = (win: Window, copy?: string) => {
  const dir = copy ? `/test/embed/pages/${copy}/` : '/dist/cdn/';
  const names = win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith(dir))
    .map((path) => path.slice(dir.length));
  return [...new Set(names)].sort();
};
const cdnFiles = (win: Window) => pagesFiles(win);
const defined = (win: Window) => WIDGET_TAGS.filter((tag) => win.customElements.get(tag));

describe('the loader (dist/cdn/loader.js)', () => {
  afterEach(closePages);

  it('fetches only what the tags on the page need: one card is loader + card + practice + shared', async () => {
    const win = (await openPage('/test/embed/pages/loader-card.html')) as LoaderWindow;
    await settle(win);
    const shared = await importsOf('article-card.js');
    expect(shared.map((file) => file.replace(/-[\w-]+\.js$/, '')).sort()).to.deep.equal(['practice', 'shared']);
    expect(cdnFiles(win)).to.deep.equal(['article-card.js', 'loader.js', ...shared].sort());
    // The practice file defines the provider (every element but the timer reads its settings); nothing else is.
    expect(defined(win)).to.deep.equal(['practice-provider', 'article-card']);
    const card = win.document.querySelector<Upgraded>('article-card')!;
    expect(card.shadowRoot!.querySelector('a')!.getAttribute('href')).to.contain('utm_source=loader-test');
    expect(win.__probe.errors).to.deep.equal([]);
    expect(win.__probe.warnings).to.deep.equal([]);
  });

  for (const tag of WIDGET_TAGS) {
    it(`<${tag}> alone: the loader asks for its file and the chunks that file imports at once, and nothing else`, async () => {
      // From the copy where each element's own file arrives 300 ms late, so "before it arrived" is not a race.
      const win = (await openPage(`/test/embed/pages/loader-one.html?tag=${tag}&from=slow`)) as LoaderWindow;
      await settle(win);
      // The practice file defines the provider, so <practice-provider> can be ready before its own (held) file.
      await until(() => pagesFiles(win, 'slow').includes(`${tag}.js`));
      const imports = await importsOf(`${tag}.js`);
      expect(imports.length, 'every element file imports the shared chunk').to.be.greaterThan(0);
      expect(pagesFiles(win, 'slow')).to.deep.equal([...new Set(['loader.js', `${tag}.js`, ...imports])].sort());
      // Asked for together with the element's file (by the loader), not after it arrived: one round trip, not two.
      const timing = (file: string) =>
        (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((entry) =>
          entry.name.endsWith(`/slow/${file}`)
        )!;
      for (const chunk of imports)
        expect(timing(chunk).startTime, `${chunk} requested before ${tag}.js arrived`).to.be.below(
          timing(`${tag}.js`).responseEnd
        );
      expect(win.document.querySelector<Upgraded>(tag)!.shadowRoot, 'rendered').to.exist;
      expect(win.__probe.errors).to.deep.equal([]);
    });
  }

  it('loads tags added later, at any depth, and only then', async () => {
    const win = (await openPage('/test/embed/pages/loader-card.html')) as LoaderWindow;
    await settle(win);
    const doc = win.document;
    const app = doc.getElementById('app')!;

    // A single-page host renders a view with a call to action deep inside, after load.
    app.innerHTML = '<section><div><p>Booking</p><consult-cta></consult-cta></div></section>';
    expect(await until(() => Boolean(win.customElements.get('consult-cta'))), 'consult-cta defined').to.be.true;
    const cta = doc.querySelector<Upgraded>('consult-cta')!;
    await cta.updateComplete;
    expect(cta.shadowRoot!.querySelector('.action'), 'rendered').to.exist;
    expect(cdnFiles(win)).to.include('consult-cta.js');
    expect(cdnFiles(win)).not.to.include('care-checklist.js');

    // An element created, then inserted: the insertion is what counts.
    const checklist = doc.createElement('care-checklist');
    await pause(100);
    expect(win.customElements.get('care-checklist'), 'not fetched while detached').to.be.undefined;
    app.append(checklist);
    expect(await until(() => Boolean(win.customElements.get('care-checklist')))).to.be.true;
    expect(cdnFiles(win)).not.to.include('imagery-timer.js');
    expect(win.__probe.errors).to.deep.equal([]);
  });

  it('discover(shadowRoot) loads the tags inside a host app’s shadow root, and those added there later', async () => {
    const win = (await openPage('/test/embed/pages/loader-card.html')) as LoaderWindow;
    await settle(win);
    await until(() => typeof win.__discover === 'function');
    const host = win.document.getElementById('app')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<div><imagery-timer></imagery-timer></div>';
    await pause(200);
    // The loader cannot see into a shadow root by itself (nor can Shoelace's autoloader).
    expect(win.customElements.get('imagery-timer'), 'unseen until discover()').to.be.undefined;

    win.__discover(root);
    expect(await until(() => Boolean(win.customElements.get('imagery-timer')))).to.be.true;
    const timer = root.querySelector<Upgraded>('imagery-timer')!;
    await timer.updateComplete;
    expect(timer.shadowRoot!.querySelector('.primary'), 'the timer rendered').to.exist;

    // The root is watched from then on.
    root.querySelector('div')!.insertAdjacentHTML('beforeend', '<care-checklist></care-checklist>');
    expect(await until(() => Boolean(win.customElements.get('care-checklist')))).to.be.true;
    // Calling it again on the same root is harmless.
    win.__discover(root);
    expect(win.__probe.errors).to.deep.equal([]);
  });

  it('defines <practice-provider> before any widget, so a widget written before its provider still gets the settings', async () => {
    const win = (await openPage('/test/embed/pages/loader-provider.html')) as LoaderWindow;
    await settle(win);
    expect(win.__defined[0]).to.equal('practice-provider');
    expect([...win.__defined].sort()).to.deep.equal(['care-checklist', 'consult-cta', 'practice-provider']);
    const inside = win.document.querySelector<Upgraded>('#inside')!;
    expect(inside.shadowRoot!.querySelector('.action')!.getAttribute('href')).to.equal(
      'https://clinic.example/book?utm_source=order&utm_medium=referral&utm_content=consult-cta'
    );
    expect(inside.shadowRoot!.textContent).to.contain('312');
    // Outside any provider: the practice's own defaults.
    const outside = win.document.querySelector<Upgraded>('#outside')!;
    expect(outside.shadowRoot!.querySelector('.action')!.getAttribute('href')).not.to.contain('clinic.example');
    expect(win.__probe.errors).to.deep.equal([]);
  });

  it('when its modules cannot be fetched: the written-in links stay, one warning, no error', async () => {
    const win = (await openPage('/test/embed/pages/loader-offline.html')) as LoaderWindow;
    expect(await until(() => win.__probe.warnings.length > 0)).to.be.true;
    await pause(300);
    expect(defined(win)).to.deep.equal([]);
    const warnings = win.__probe.warnings;
    expect(warnings, warnings.join('\n')).to.have.length(1);
    expect(warnings[0]).to.match(/^\[embrace-widgets\] Could not load <[a-z-]+> from http.*written-in link stays/);
    expect(win.__probe.errors, 'no uncaught error or unhandled rejection').to.deep.equal([]);
    for (const tag of ['consult-cta', 'article-card']) {
      const link = win.document.querySelector(`${tag} a`)!;
      expect(link.getBoundingClientRect().height, `${tag}'s link is visible`).to.be.greaterThan(0);
    }
  });

  it('when a file loaded on demand cannot be fetched: a warning, and widgets that still work', async () => {
    // The booking dialog's, the sound's and the practice log's files are gone (the network dropped after load).
    const win = (await openPage('/test/embed/pages/lazy-offline.html')) as LoaderWindow;
    await settle(win);
    const cta = win.document.querySelector<Upgraded>('consult-cta')!;
    expect(await until(() => win.__probe.warnings.some((w) => w.includes('booking dialog')))).to.be.true;
    // The dialog's button opens the booking page in the tab instead.
    cta.setAttribute('booking-url', `${win.location.origin}/test/embed/pages/booking.html`);
    await cta.updateComplete;
    const frame = [...document.querySelectorAll('iframe')].at(-1)!;
    const navigated = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    cta.shadowRoot!.querySelector<HTMLButtonElement>('button.action')!.click();
    await navigated;
    expect(frame.contentWindow!.location.pathname, 'the booking page, in the tab').to.equal(
      '/test/embed/pages/booking.html'
    );
  });

  it('when the timer’s sound and practice log cannot be fetched: the practice runs, no count is offered', async () => {
    const win = (await openPage('/test/embed/pages/lazy-offline.html')) as LoaderWindow;
    await settle(win);
    const timer = win.document.querySelector<Timer>('imagery-timer')!;
    timer.shadowRoot!.querySelector<HTMLButtonElement>('.primary')!.click(); // Start, with the chime and voice on
    await timer.updateComplete;
    timer.next();
    await timer.updateComplete;
    // The voice could not load: the live region says the step instead, so it can still be followed by ear.
    expect(timer.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Step 2 of 7');
    for (let i = 0; i < 8 && timer.state !== 'complete'; i += 1) {
      timer.next();
      await timer.updateComplete;
    }
    expect(timer.state).to.equal('complete');
    await pause(100);
    const ours = win.__probe.warnings.filter((w) => w.includes('[embrace-widgets]'));
    expect(ours.join('\n')).to.contain('practice log could not be loaded');
    expect(ours.join('\n')).to.contain('chime and voice could not be loaded');
    expect(timer.shadowRoot!.textContent, 'no count offered').not.to.contain('private count');
    expect(win.__probe.errors, 'no uncaught error or unhandled rejection').to.deep.equal([]);
  });

  const twice = {
    'the loader twice (two URLs)': ['/dist/cdn/loader.js', '/dist/cdn/loader.js?copy=2'],
    'the loader, then the all-in-one file': ['/dist/cdn/loader.js', '/dist/cdn/embrace-widgets.js'],
    'the all-in-one file, then the loader': ['/dist/cdn/embrace-widgets.js', '/dist/cdn/loader.js'],
    'two versions of the loader': ['/dist/cdn/loader.js', '/test/embed/pages/older/loader.js']
  };
  for (const [name, [first, second]] of Object.entries(twice)) {
    it(`${name}: no error, at most one warning per tag, the widgets work`, async () => {
      const query = new URLSearchParams({ first, second });
      const win = (await openPage(`/test/embed/pages/loader-twice.html?${query}`)) as LoaderWindow;
      await settle(win);
      await pause(300); // a second copy's modules evaluate after the first's
      expect(win.__probe.errors).to.deep.equal([]);
      const clashes = win.__probe.warnings.filter((w) => w.includes('is already defined'));
      expect(win.__probe.warnings.length, win.__probe.warnings.join('\n')).to.equal(clashes.length);
      for (const tag of WIDGET_TAGS)
        expect(clashes.filter((w) => w.includes(`<${tag}>`)).length, `${tag}: ${clashes.join('\n')}`).to.be.at.most(1);
      if (name.startsWith('the loader twice')) expect(clashes, 'one module graph: nothing to clash').to.deep.equal([]);
      if (name.startsWith('two versions')) expect(clashes.join('\n')).to.contain('0.0.9-older');
      const card = win.document.querySelector<Upgraded>('article-card')!;
      expect(card.shadowRoot!.querySelector('a')!.getAttribute('href'), 'settings reach the card').to.contain(
        'utm_source=twice'
      );
      const cta = win.document.querySelector<Upgraded>('consult-cta')!;
      expect(cta.shadowRoot!.querySelector('.action')!.getAttribute('href'), 'settings reach the widget').to.equal(
        'https://clinic.example/book?utm_source=twice&utm_medium=referral&utm_content=consult-cta'
      );
      expect(win.document.querySelector<Upgraded>('article-card')!.shadowRoot!.querySelector('a')).to.exist;
    });
  }

  it('before anyone acts, fetches nothing but its own folder’s scripts, once each, and sets no cookie', async () => {
    const win = (await openPage('/test/embed/pages/loader-provider.html')) as LoaderWindow;
    await settle(win);
    await pause(200);
    const entries = win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const pageOwn = ['/test/embed/pages/probe.js', '/test/embed/pages/define-order.js'];
    const paths = entries
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => !pageOwn.includes(path) && !path.startsWith('/__web-dev-server')); // the test runner's
    expect(
      paths.filter((path) => !/^\/dist\/cdn\/[\w.-]+\.js$/.test(path)),
      'anything else'
    ).to.deep.equal([]);
    expect(paths.length, 'each file once').to.equal(new Set(paths).size);
    expect(win.document.cookie).to.equal('');
  });

  it('after a failed fetch, tries again the next time such an element is added; one warning per page', async () => {
    const win = (await openPage('/test/embed/pages/loader-flaky.html')) as LoaderWindow;
    const app = win.document.getElementById('app')!;
    const link = '<a href="https://www.embracesexualwellness.com/contact">Book a free phone consultation</a>';
    app.innerHTML = `<consult-cta>${link}</consult-cta>`;
    expect(await until(() => win.__probe.warnings.length > 0)).to.be.true;
    expect(win.customElements.get('consult-cta'), 'the blip').to.be.undefined;
    expect(app.querySelector('a')!.getBoundingClientRect().height, 'the link stays').to.be.greaterThan(0);
    // A single-page app renders the view again: the element comes back, and this time its file arrives.
    app.innerHTML = `<consult-cta>${link}</consult-cta>`;
    expect(await until(() => Boolean(win.customElements.get('consult-cta'))), 'loaded on the retry').to.be.true;
    await (app.querySelector('consult-cta') as Upgraded).updateComplete;
    expect(app.querySelector('consult-cta')!.shadowRoot!.querySelector('.action')).to.exist;
    // Another tag's blip is retried the same way; the page has had its one warning.
    app.insertAdjacentHTML('beforeend', '<care-checklist></care-checklist>');
    await pause(300);
    expect(win.customElements.get('care-checklist')).to.be.undefined;
    app.insertAdjacentHTML('beforeend', '<care-checklist></care-checklist>');
    expect(await until(() => Boolean(win.customElements.get('care-checklist')))).to.be.true;
    expect(win.__probe.warnings, 'one warning per page').to.have.length(1);
    expect(win.__probe.warnings[0]).to.contain('<consult-cta>');
    expect(win.__probe.errors).to.deep.equal([]);
  });

  it('one observer for every root: discover() on 50 shadow roots creates none, and sees an element from another window', async () => {
    const win = (await openPage('/test/embed/pages/loader-card.html')) as LoaderWindow;
    await settle(win);
    await until(() => typeof win.__discover === 'function');
    const before = win.__observers;
    const hosts = Array.from({ length: 50 }, () => win.document.createElement('div'));
    win.document.getElementById('app')!.append(...hosts);
    for (const host of hosts) win.__discover(host.attachShadow({ mode: 'open' }));
    expect(win.__observers - before, 'observers created').to.equal(0);
    // Still watched: an element added to the last of them loads.
    hosts[49].shadowRoot!.innerHTML = '<imagery-timer></imagery-timer>';
    expect(await until(() => Boolean(win.customElements.get('imagery-timer')))).to.be.true;
    // An element made by this (parent) window's document and put into the page: another realm's Element.
    win.document.getElementById('app')!.append(document.createElement('care-checklist'));
    expect(await until(() => Boolean(win.customElements.get('care-checklist'))), 'cross-window element').to.be.true;
  });

  it('its tag list is the package’s: every element, nothing else', async () => {
    const source = await (await fetch('/dist/cdn/loader.js')).text();
    const list = /\["practice-provider"[^\]]*\]/.exec(source)?.[0];
    expect(JSON.parse(list ?? '[]')).to.have.members(WIDGET_TAGS);
    const manifest = await (await fetch('/dist/custom-elements.json')).json();
    const tags = manifest.modules.flatMap((m: { declarations?: { tagName?: string }[] }) =>
      (m.declarations ?? []).map((d) => d.tagName).filter(Boolean)
    );
    expect([...new Set(tags)]).to.have.members(WIDGET_TAGS);
  });

  it('its files contain no code that could send or keep anything but the timer’s opt-in count', async () => {
    const shared = [...new Set((await Promise.all(WIDGET_TAGS.map((tag) => importsOf(`${tag}.js`)))).flat())];
    // Lit and the helpers; the settings; the drawn controls, which a card never has.
    expect(shared.map((file) => file.replace(/-.*/, '')).sort(), 'shared files').to.deep.equal([
      'controls',
      'practice',
      'shared'
    ]);
    const files = ['loader.js', ...shared, ...WIDGET_TAGS.map((tag) => `${tag}.js`)];
    for (const file of files) {
      const source = await (await fetch(`/dist/cdn/${file}`)).text();
      expect(source.length, file).to.be.greaterThan(50);
      for (const api of ['sendBeacon', 'XMLHttpRequest', 'fetch(', 'WebSocket', 'EventSource', 'document.cookie'])
        expect(source, `${file}: ${api}`).not.to.contain(api);
      if (!['imagery-timer.js'].includes(file)) expect(source, `${file}: storage`).not.to.match(/localStorage/);
    }
  });
});
