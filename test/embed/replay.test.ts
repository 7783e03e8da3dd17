// Session replay: a host page that records itself with rrweb (its defaults, as most hosts leave them) must not
// capture what a person answers in <care-checklist>. The widget is in charge of this, by marking its own shadow tree
// with the opt-out markers of the common replay tools; the host should not have to configure anything.
import { expect } from '@open-wc/testing';
import { CARE_CHECKLIST_STRINGS } from '../../src/care-checklist/strings.js';
import { DEFAULT_CARE_ITEMS } from '../../src/content/care-items.js';
import { closePages, openPage, settle, type ProbedWindow, type Upgraded } from './host-page.js';

/** pages/replay.html pushes every rrweb event into `__replay`. */
type ReplayWindow = ProbedWindow & { __replay: unknown[] };

/** The custom items written inside the second checklist on the page. */
const CUSTOM_LABELS = ['Tender spot on the left', 'Fainting after bleeding'];

/** What the recording holds for `text`: strings are JSON-escaped in it (quotes, backslashes…). */
const inJson = (text: string) => JSON.stringify(text).slice(1, -1);

/** The strings of `texts` that occur in the recording. */
const found = (recording: string, texts: readonly string[]) => texts.filter((text) => recording.includes(inJson(text)));

describe('session replay (rrweb, default options)', () => {
  let win: ReplayWindow;
  let checklists: Upgraded[];
  let recording: string;

  before(async () => {
    win = (await openPage('/test/embed/pages/replay.html')) as ReplayWindow;
    await settle(win);
    checklists = [...win.document.querySelectorAll<Upgraded>('care-checklist')];
    expect(checklists, 'both checklists on the page').to.have.length(2);
    // As a person would: two boxes in each checklist, clicked (trusted-looking input and change events, as rrweb sees
    // them), so the result part appears with its "You mentioned" list.
    for (const checklist of checklists) {
      const boxes = checklist.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
      for (const box of [...boxes].slice(0, 2)) {
        box.click();
        await checklist.updateComplete;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 300)); // rrweb emits mutations from its MutationObservers
    recording = JSON.stringify(win.__replay);
  });

  after(closePages);

  it('records the page itself (so the other checks are not vacuous)', () => {
    // A recorder that failed to start would "leak nothing" too: the host's own heading must be in the recording.
    expect(win.__replay.length, 'rrweb emitted events').to.be.greaterThan(0);
    expect(recording).to.include(inJson('Our clinic'));
  });

  it('records no default item label', () => {
    // The labels are in the shadow tree; rrweb serialises open shadow roots by default. They also appear again in the
    // result after "You mentioned:", which is where they become answers.
    const labels = DEFAULT_CARE_ITEMS.map((item) => item.label);
    expect(found(recording, labels), 'default labels in the recording').to.deep.equal([]);
  });

  it("records custom item labels only as the host wrote them, never the widget's copy or an answer", () => {
    // The host's own light-DOM <ul> feeds the items, and rrweb records a host's light children like any other page
    // content: that one copy is the host's text, not an answer (the README tells hosts whose item wording is itself
    // private to put class="rr-block" on the element too). The widget's rendered labels and its "You mentioned"
    // list are inside the blocked shadow content: no second or third copy.
    for (const label of CUSTOM_LABELS) {
      const copies = recording.split(inJson(label)).length - 1;
      expect(copies, label).to.be.at.most(1);
    }
  });

  it('records none of the advice that only checked items produce', () => {
    // These appear (and are announced in the live region) only once something is checked: each reveals answers.
    const t = CARE_CHECKLIST_STRINGS;
    const results = [t.seeProviderLevel, t.seeProviderText, t.urgentLevel, t.urgentText];
    expect(found(recording, results), 'result texts in the recording').to.deep.equal([]);
  });

  it('records no checked state', () => {
    // rrweb's input events carry `isChecked` (with the box's value); snapshots of a checked box carry
    // `checked: true`; and the item's class flip to "checked" is an attribute mutation naming the same box.
    expect(recording.match(/"isChecked":true/g) ?? [], 'rrweb input events with isChecked: true').to.deep.equal([]);
    expect(recording.match(/"checked":true/g) ?? [], 'checked: true attributes').to.deep.equal([]);
    expect(recording.match(/"class":"checked"/g) ?? [], 'class mutations to "checked"').to.deep.equal([]);
  });

  it('marks each checklist for the common replay tools', () => {
    // One marker per tool, on the element that holds everything the checklist renders, so each tool blocks (or
    // masks) the whole tree: rrweb, Sentry, FullStory, Hotjar, Microsoft Clarity, LogRocket and Datadog.
    const expected = {
      'class rr-block': true, // rrweb's default blockClass (and tools built on rrweb)
      'class sentry-block': true, // Sentry Session Replay
      'class fs-exclude': true, // FullStory
      'data-hj-suppress': true, // Hotjar (presence is enough)
      'data-clarity-mask': 'true', // Microsoft Clarity
      'data-private': true, // LogRocket (presence is enough)
      'data-dd-privacy': 'hidden' // Datadog RUM Session Replay
    };
    for (const [index, checklist] of checklists.entries()) {
      const base = checklist.shadowRoot!.querySelector('[part~="base"]');
      expect(base, `checklist ${index + 1}: [part~="base"]`).to.exist;
      const actual = {
        'class rr-block': base!.classList.contains('rr-block'),
        'class sentry-block': base!.classList.contains('sentry-block'),
        'class fs-exclude': base!.classList.contains('fs-exclude'),
        'data-hj-suppress': base!.hasAttribute('data-hj-suppress'),
        'data-clarity-mask': base!.getAttribute('data-clarity-mask'),
        'data-private': base!.hasAttribute('data-private'),
        'data-dd-privacy': base!.getAttribute('data-dd-privacy')
      };
      expect(actual, `checklist ${index + 1}: markers on [part~="base"]`).to.deep.equal(expected);
    }
  });
});

describe('session replay of <imagery-timer> (rrweb, default options)', () => {
  it('records the page but not the private practice count, after the person opts in', async () => {
    const win = (await openPage('/test/embed/pages/replay-timer.html')) as ReplayWindow;
    await settle(win);
    const timer = win.document.querySelector<Upgraded & { start(): void; next(): void; state: string }>(
      'imagery-timer'
    )!;
    timer.start();
    for (let i = 0; i < 7 && timer.state !== 'complete'; i += 1) timer.next();
    await timer.updateComplete;
    const keep = [...timer.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.includes('Keep a count'));
    expect(keep, 'the offer to keep a count').to.exist;
    keep!.click(); // the person opts in: the count appears, and is said in the live region
    await timer.updateComplete;
    const count = 'You’ve practiced once in the past week.';
    expect(timer.shadowRoot!.textContent).to.contain(count);
    await new Promise((resolve) => setTimeout(resolve, 300)); // rrweb emits mutations from its MutationObservers
    const recording = JSON.stringify(win.__replay);
    expect(recording, 'the recorder ran').to.include(inJson('Our clinic'));
    expect(recording, 'the finish screen was recorded').to.include(inJson('Start again'));
    expect(found(recording, [count, 'practiced', 'Forget my practice history']), 'the private count').to.deep.equal([]);
    win.localStorage.clear();
    closePages();
  });
});
