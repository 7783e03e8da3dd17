// The privacy audit (every element, every interaction, nothing leaves the page) and late or repeated upgrades, on
// host pages that load the built CDN bundle.
import { expect } from '@open-wc/testing';
import {
  closePages,
  LIBRARY_URL,
  openPage,
  settle,
  timerButton,
  type ProbedWindow,
  type Timer,
  type Upgraded
} from './host-page.js';

const shadow = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const LOG_KEY = 'embrace-widgets:imagery-log';

/** Every key in the page's Web Storage (sessionStorage keys marked), for "nothing stored" and "only this key". */
function storageKeys(win: Window): string[] {
  const keys = (storage: Storage, mark = '') =>
    Array.from({ length: storage.length }, (_, i) => `${mark}${storage.key(i)!}`);
  return [...keys(win.localStorage), ...keys(win.sessionStorage, 'session:')];
}

/**
 * The library's own code, from where the page loaded it: through the loader, the timer's lazy parts (its sound code
 * when a person turns sound on or starts with it on; its practice log on a page with `remember`) and the call to
 * action's booking dialog (on a page with `open="dialog"`) are files of their own. A name and nothing else: no
 * query, nothing about the person.
 */
const OWN_CODE = /\/dist\/cdn\/(sound|log-part|booking-dialog)-[\w-]+\.js$/;

/**
 * What the widgets asked for since `loaded` was taken (the page's own resources are in it), apart from the library's
 * own lazy code files (logged, and checked to come from the page's origin with no query).
 */
const requestsAfter = (win: ProbedWindow, loaded: Set<string>) => {
  const names = win.performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => !loaded.has(name));
  const own = names.filter((name) => {
    const url = new URL(name);
    return url.origin === win.location.origin && !url.search && OWN_CODE.test(url.pathname);
  });
  if (own.length) console.log(`the library's own lazy code, fetched after load: ${own.join(', ')}`);
  return names.filter((name) => !own.includes(name));
};

/** A whole practice as a person goes through it, by its buttons: Start, Pause, Resume, Next, Previous, Next to the end. */
async function practise(timer: Timer): Promise<void> {
  const press = async (label: string) => {
    const button =
      label === 'primary' ? timer.shadowRoot!.querySelector<HTMLElement>('.primary') : timerButton(timer, label);
    expect(button, label).to.exist;
    button!.click();
    await timer.updateComplete;
  };
  await press('primary'); // Start
  expect(timer.state).to.equal('running');
  await press('Pause');
  expect(timer.state).to.equal('paused');
  await press('Resume');
  await press('Next step');
  await press('Previous step');
  for (let i = 0; timer.state === 'running' && i < 20; i += 1) await press('Next step');
  expect(timer.state, 'the practice finished').to.equal('complete');
}

describe('privacy audit', () => {
  afterEach(() => {
    closePages();
    localStorage.removeItem(LOG_KEY); // the frames share this page's origin, so its storage
  });

  it('every element, every interaction: 0 requests, 0 cookies, 0 storage keys, 0 beacons', async () => {
    const win = await openPage('/test/embed/pages/privacy.html');
    await settle(win);
    const doc = win.document;
    // Everything the page itself loaded is in the timeline already; only what the widgets ask for comes after.
    const loaded = new Set(win.performance.getEntriesByType('resource').map((entry) => entry.name));
    // Keep link clicks on the page, and only link clicks: a prevented click on a checkbox would undo it.
    const stopNavigation = (event: Event) => {
      if (event.composedPath().some((node) => (node as Element).localName === 'a')) event.preventDefault();
    };
    doc.addEventListener('click', stopNavigation);

    const [cta, inline] = doc.querySelectorAll<Upgraded>('consult-cta');
    const choose = async (state: string) => {
      const select = shadow(cta, 'select') as HTMLSelectElement;
      select.value = state;
      select.dispatchEvent(new win.Event('change'));
      await cta.updateComplete;
    };
    for (const state of ['KS', 'IL', 'TX', 'outside-us']) await choose(state);
    // Not served (outside the US): no booking action; the practice's contact page and its phone as the way forward.
    expect(shadow(cta, '.action').textContent!.trim(), 'no booking action for someone it cannot see').to.equal(
      'Contact us'
    );
    shadow(cta, '.action').click();
    const wayForward = shadow(cta, '.phone a') as HTMLAnchorElement;
    expect(wayForward.getAttribute('href')).to.equal('tel:3125550142');
    wayForward.click();
    await choose('IL'); // served again: the booking action is back
    shadow(cta, '.action').click();
    shadow(inline, '.action').click();
    const checklist = doc.querySelector<Upgraded>('care-checklist')!;
    for (const box of checklist.shadowRoot!.querySelectorAll<HTMLInputElement>('input')) box.click();
    await checklist.updateComplete;
    expect((checklist as Upgraded & { checked: string[] }).checked, 'every box checked').to.have.length(7);
    const checklistButton = (label: string) =>
      [...checklist.shadowRoot!.querySelectorAll<HTMLElement>('.actions button')].find(
        (button) => button.textContent!.trim() === label
      )!;
    checklistButton('Copy my list for an appointment').click(); // to the clipboard (or refused): never stored or sent
    await new Promise((resolve) => setTimeout(resolve, 50));
    checklistButton('Clear answers').click();
    await checklist.updateComplete;
    expect((checklist as Upgraded & { checked: string[] }).checked, 'cleared').to.deep.equal([]);
    for (const card of doc.querySelectorAll<Upgraded>('article-card')) shadow(card, 'a').click();
    // imagery-timer with `remember` (and the chime): a whole practice, offered a count but not opting in.
    const timer = doc.querySelector<Timer>('imagery-timer')!;
    await practise(timer);
    expect(timerButton(timer, 'Keep a count on this device'), 'the offer is there, untaken').to.exist;
    await new Promise((resolve) => setTimeout(resolve, 200));

    const requests = requestsAfter(win, loaded);
    const elsewhere = win.performance
      .getEntriesByType('resource')
      .filter((entry) => new URL(entry.name).origin !== win.location.origin);
    expect(
      elsewhere.map((entry) => entry.name),
      'requests to any other origin, ever'
    ).to.deep.equal([]);
    const storage = storageKeys(win).length;
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

  it('<imagery-timer remember>: "Keep a count on this device" stores one key of timestamps; "Forget" removes it', async () => {
    const win = await openPage('/test/embed/pages/privacy.html');
    await settle(win);
    const loaded = new Set(win.performance.getEntriesByType('resource').map((entry) => entry.name));
    const timer = win.document.querySelector<Timer>('imagery-timer')!;
    await practise(timer);
    expect(storageKeys(win), 'nothing before the person opts in').to.deep.equal([]);

    const before = Date.now();
    timerButton(timer, 'Keep a count on this device')!.click();
    await timer.updateComplete;
    const keys = storageKeys(win);
    const raw = win.localStorage.getItem(LOG_KEY);
    console.log(`practice count: ${keys.length} key after opting in (${keys.join(', ')}): ${raw}`);
    expect(keys).to.deep.equal([LOG_KEY]);
    expect(raw, 'a list of numbers and nothing else').to.match(/^\[\d+(,\d+)*\]$/);
    const times = JSON.parse(raw!) as number[];
    expect(times).to.have.length(1);
    expect(times[0], 'the time the practice finished').to.be.within(before - 60_000, Date.now());
    expect(timer.shadowRoot!.textContent).to.contain('You’ve practiced once in the past week.');

    timerButton(timer, 'Forget my practice history')!.click();
    await timer.updateComplete;
    expect(storageKeys(win), 'forgotten').to.deep.equal([]);
    expect(timer.shadowRoot!.textContent).to.contain('Your practice history on this device is gone.');
    expect(requestsAfter(win, loaded)).to.deep.equal([]);
    expect(win.document.cookie).to.equal('');
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
    script.src = LIBRARY_URL;
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

    // imagery-timer: its <ol> (in the page before the script) became the steps; a running practice moved three
    // times keeps its place and fires one step event per Next.
    const timer = doc.querySelector<Timer>('imagery-timer')!;
    const titles = [...timer.shadowRoot!.querySelectorAll('.steps li')].map((li) => li.firstElementChild!.textContent);
    expect(titles, "the page's own steps").to.deep.equal(['Arrive', 'Breathe slowly', 'Come back']);
    const steps: string[] = [];
    timer.addEventListener('imagery-timer-step', (event) => steps.push(event.detail.title));
    shadow(timer, '.primary').click();
    await timer.updateComplete;
    for (const target of [providerA, doc.body, providerB]) {
      target.append(timer);
      await timer.updateComplete;
    }
    expect(timer.state, 'still running after 3 moves').to.equal('running');
    expect(timer.remaining).to.be.within(100_000, 120_000);
    const bar = shadow(timer, '.fill').getAnimations();
    expect(
      bar.map((animation) => animation.playState),
      'the bar moves again after the moves'
    ).to.deep.equal(['running']);
    timerButton(timer, 'Next step')!.click();
    await timer.updateComplete;
    expect(steps, 'one step event per step').to.deep.equal(['Arrive', 'Breathe slowly']);
    expect(shadow(timer, '#now').textContent).to.equal('Breathe slowly');
    expect(win.__probe.errors).to.deep.equal([]);
    console.log(
      `late upgrade: settings right after 3 moves, ${clicks} click event, ${changes} change event, ` +
        `timer ${steps.length} step events (start + 1 Next) after 3 moves`
    );
  });
});
