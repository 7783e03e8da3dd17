import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/care-checklist.js';
import { CareChecklist } from '../../src/classes.js';
import type { CareChecklistChangeDetail } from '../../src/classes.js';
import { DEFAULT_CARE_ITEMS } from '../../src/content/care-items.js';
import { watchWarnings } from '../helpers.js';

const boxes = (el: CareChecklist) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
const part = (el: CareChecklist, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const status = (el: CareChecklist) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
const words = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const buttons = (el: CareChecklist) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.actions button')];
const button = (el: CareChecklist, name: string) => buttons(el).find((b) => b.textContent!.trim() === name)!;

const NONE_TEXT =
  'Nothing you’ve checked needs a visit right now. If the bleeding comes back, gets heavier, or anything changes, ' +
  'check in with a medical provider.';
const SEE_PROVIDER_TEXT =
  'Book a visit with a gynecologist or primary-care provider when you can. It helps to bring a note of what ' +
  'you checked.';
const EMOTIONAL =
  'Bleeding or pain can also bring up embarrassment, worry about being “not normal,” hesitation about sex, or ' +
  'distance from a partner. Those feelings are common, and sex therapy can help. Talk with a sex therapist.';

/**
 * The items' ids, in list order, that the element knows among `ids` (the boxes' values are positions, so that no
 * answer's words are in the DOM; the ids are what `checked` reports). Leaves the answers as they were.
 */
function knownIds(el: CareChecklist, ids: string[]) {
  const saved = el.checked;
  el.checked = ids;
  const known = el.checked;
  el.checked = saved;
  return known;
}

/** Clicks a checkbox the way a person does and waits for the render. */
async function toggle(el: CareChecklist, index: number) {
  boxes(el)[index].click();
  await el.updateComplete;
}

describe('<care-checklist>', () => {
  let ours: () => string[];
  beforeEach(() => ({ ours } = watchWarnings()));
  afterEach(() => {
    sinon.restore();
    localStorage.clear();
    sessionStorage.clear();
  });

  it('renders the five default items as native checkboxes in a fieldset, accessibly', async () => {
    const el = await fixture<CareChecklist>(html`<care-checklist></care-checklist>`);
    expect(el).to.be.instanceOf(CareChecklist);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('When to see a medical provider');
    const fieldset = el.shadowRoot!.querySelector('fieldset')!;
    expect(fieldset.querySelector('legend')!.textContent).to.equal('Check anything that sounds like you');
    expect(boxes(el)).to.have.length(5);
    expect(boxes(el).map((box) => box.labels![0].textContent!.trim())).to.deep.equal(
      DEFAULT_CARE_ITEMS.map((item) => item.label)
    );
    for (const box of boxes(el)) {
      expect(box.parentElement!.classList.contains('check'), 'a native input in the drawn box').to.be.true;
      expect(box.getAttribute('part')).to.equal('checkbox');
    }
    expect(el.level).to.equal('none');
    expect(el.checked).to.deep.equal([]);
    // Before any answer: a neutral prompt where the advice will be, no level and no verdict.
    const prompt = part(el, 'result')!;
    expect(prompt.localName).to.equal('p');
    expect([...prompt.classList]).to.deep.equal(['result', 'prompt']);
    expect(words(prompt)).to.equal('Your next step will show here as you check items.');
    expect(part(el, 'level')).to.be.null;
    expect(part(el, 'actions'), 'no Copy or Clear with nothing checked').to.be.null;
    expect(words(el.shadowRoot!.querySelector('.emotional'))).to.equal(EMOTIONAL);
    expect(words(part(el, 'emergency'))).to.equal(
      'If you’re bleeding heavily, feel faint or dizzy, or have severe pain, call 911 or go to the nearest ' +
        'emergency room now.'
    );
    expect(words(part(el, 'notes')))
      .to.contain('not a diagnosis')
      .and.contain('nothing is saved or sent');
    expect(ours()).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('keeps an eye on it once the person has answered with nothing that needs a visit', async () => {
    const el = await fixture<CareChecklist>(html`<care-checklist></care-checklist>`);
    await toggle(el, 0);
    await toggle(el, 0);
    expect(el.level).to.equal('none');
    expect(el.checked).to.deep.equal([]);
    expect(words(part(el, 'level'))).to.equal('Advice: Keep an eye on it');
    expect(words(part(el, 'result'))).to.equal(`Advice: Keep an eye on it ${NONE_TEXT}`);
    expect(part(el, 'result')!.classList.contains('none')).to.be.true;
    expect(part(el, 'referral')).to.be.null;
    expect(part(el, 'actions'), 'nothing checked: nothing to copy or clear').to.be.null;
    await expect(el).to.be.accessible();
  });

  it('maps attributes to properties', async () => {
    const el = await fixture<CareChecklist>(
      html`<care-checklist
        heading="Is it time for a check-up?"
        emergency-number="112"
        hide-emergency
        name="care"
        heading-level="3"
      ></care-checklist>`
    );
    expect([el.heading, el.emergencyNumber, el.hideEmergency, el.name, el.headingLevel]).to.deep.equal([
      'Is it time for a check-up?',
      '112',
      true,
      'care',
      '3'
    ]);
    expect(el.shadowRoot!.querySelector('h3')!.textContent).to.equal('Is it time for a check-up?');
    expect(part(el, 'emergency')).to.be.null;
  });

  it('advises seeing a provider, with the referral and the phone, and no recap of the answers', async () => {
    const el = await fixture<CareChecklist>(html`<care-checklist phone="(312) 555-0142" partner="p"></care-checklist>`);
    await toggle(el, 0);
    await toggle(el, 1);
    expect(el.level).to.equal('see-provider');
    expect(el.checked).to.deep.equal(['bleeding-regularly', 'pain']);
    const result = part(el, 'result')!;
    expect(words(part(el, 'level'))).to.equal('Advice: It’s a good idea to see a medical provider');
    // The checked items are not repeated under the advice: the boxes above already show them.
    expect(result.querySelector('ul, li')).to.be.null;
    for (const item of DEFAULT_CARE_ITEMS) expect(words(result)).not.to.contain(item.label);
    expect(words(result.querySelector(':scope > p:not(.level)'))).to.equal(SEE_PROVIDER_TEXT);
    expect(words(part(el, 'referral'))).to.equal(
      'Don’t have a provider you trust? Embrace Sexual Wellness can connect you with a gynecologist or ' +
        'primary-care provider who is queer-friendly and trauma-informed. Ask us for a referral or call (312) 555-0142'
    );
    const [referral, phone] = part(el, 'referral')!.querySelectorAll('a');
    expect(referral.href).to.equal(
      'https://www.embracesexualwellness.com/?utm_source=p&utm_medium=referral&utm_content=care-checklist'
    );
    expect(phone.getAttribute('href')).to.equal('tel:3125550142');
    expect(status(el)).to.equal('It’s a good idea to see a medical provider. 2 items checked.');
    await expect(el).to.be.accessible();
  });

  it('asks for care today when the practice marks an item urgent, and emphasises the emergency line', async () => {
    const el = await fixture<CareChecklist>(
      html`<care-checklist>
        <ul>
          <li data-id="spotting">Light spotting once after sex</li>
          <li data-id="heavy" data-level="urgent">Heavy bleeding that soaks a pad in an hour</li>
        </ul>
      </care-checklist>`
    );
    expect(boxes(el)).to.have.length(2);
    await toggle(el, 0);
    expect(el.level).to.equal('see-provider');
    await toggle(el, 1);
    expect(el.level).to.equal('urgent');
    expect(words(part(el, 'level'))).to.equal('Urgent advice: Please get medical care today');
    expect(part(el, 'result')!.classList.contains('urgent')).to.be.true;
    // The instruction and nothing else: no referral, and no sex-therapy paragraph before or after the emergency line.
    expect(words(part(el, 'result'))).to.equal(
      'Urgent advice: Please get medical care today Call your provider today. If you can’t reach them, go to an ' +
        'urgent care clinic.'
    );
    expect(part(el, 'referral')).to.be.null;
    expect(part(el, 'result')!.nextElementSibling).to.equal(part(el, 'emergency'));
    expect(part(el, 'emergency')!.classList.contains('emphasis')).to.be.true;
    expect(el.shadowRoot!.querySelector('.emotional')).to.be.null;
    expect(words(part(el, 'base'))).not.to.contain('Talk with a sex therapist');
    await expect(el).to.be.accessible();
  });

  it('fires care-checklist-change with the level and count only, never the answers', async () => {
    const el = await fixture<CareChecklist>(html`<care-checklist></care-checklist>`);
    const changed = oneEvent(el, 'care-checklist-change');
    await toggle(el, 2);
    const event = await changed;
    expect(event.detail).to.deep.equal({ level: 'see-provider', count: 1 });
    expect(Object.keys(event.detail).sort()).to.deep.equal(['count', 'level']);
    const serialised = JSON.stringify(event.detail);
    for (const item of DEFAULT_CARE_ITEMS) {
      expect(serialised).not.to.contain(item.id);
      expect(serialised).not.to.contain(item.label);
    }
    expect(event.bubbles && event.composed).to.be.true;
  });

  it('fires nothing for programmatic changes', async () => {
    const el = await fixture<CareChecklist>(html`<care-checklist></care-checklist>`);
    const spy = sinon.spy();
    el.addEventListener('care-checklist-change', spy);
    el.checked = ['pain', 'unknown-id', 'pain'];
    await el.updateComplete;
    expect(el.checked).to.deep.equal(['pain']);
    expect(boxes(el)[1].checked).to.be.true;
    expect(words(part(el, 'level')), 'answers set by host code show their advice').to.equal(
      'Advice: It’s a good idea to see a medical provider'
    );
    el.clear();
    await el.updateComplete;
    expect(el.checked).to.deep.equal([]);
    expect(words(part(el, 'result'))).to.equal('Your next step will show here as you check items.');
    expect(spy.called).to.be.false;
  });

  it('is usable with the keyboard alone: Tab to a box, Space to check, Tab to Clear, Enter', async () => {
    const el = await fixture<CareChecklist>(html`<care-checklist></care-checklist>`);
    boxes(el)[0].focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(boxes(el)[1]);
    await sendKeys({ type: ' ' }); // a typed space: every driver knows it, not all know the key name
    await el.updateComplete;
    expect(el.checked).to.deep.equal(['pain']);
    expect(buttons(el).map((b) => b.textContent!.trim())).to.deep.equal([
      'Copy my list for an appointment',
      'Clear answers'
    ]);
    expect(buttons(el).every((b) => b.classList.contains('ghost'))).to.be.true;
    const clear = button(el, 'Clear answers');
    clear.focus();
    const changed = oneEvent(el, 'care-checklist-change');
    await sendKeys({ press: 'Enter' });
    expect((await changed).detail).to.deep.equal({ level: 'none', count: 0 });
    await el.updateComplete;
    expect(el.checked).to.deep.equal([]);
    expect(part(el, 'actions'), 'the buttons go with the answers').to.be.null;
    expect(el.shadowRoot!.activeElement, 'focus moves back to the list, not lost with the buttons').to.equal(
      boxes(el)[0]
    );
    expect(words(part(el, 'result')), 'back to the neutral prompt').to.equal(
      'Your next step will show here as you check items.'
    );
    expect(part(el, 'level')).to.be.null;
    expect(status(el)).to.equal('Answers cleared.');
  });

  it('keeps targets at least 44 px tall and reflows at 320 px', async () => {
    const frame = await fixture<HTMLDivElement>(
      html`<div style="width: 320px; font-size: 16px">
        <care-checklist phone="3125550142"></care-checklist>
      </div>`
    );
    const el = frame.querySelector('care-checklist')!;
    await el.updateComplete;
    await toggle(el, 0);
    for (const label of el.shadowRoot!.querySelectorAll('label')) {
      expect(label.getBoundingClientRect().height).to.be.at.least(44);
    }
    for (const button of el.shadowRoot!.querySelectorAll('button')) {
      expect(button.getBoundingClientRect().height).to.be.at.least(44);
    }
    const base = part(el, 'base')!;
    expect(base.scrollWidth).to.be.at.most(320);
  });

  it('copies the checked items for an appointment, without storing them', async () => {
    const el = await fixture<CareChecklist>(html`<care-checklist></care-checklist>`);
    await toggle(el, 1);
    // The clipboard is the person's own; the spy only records what the button asked the browser to copy.
    const write = sinon.stub(navigator.clipboard, 'writeText').resolves();
    button(el, 'Copy my list for an appointment').click();
    await aTimeout(0);
    await el.updateComplete;
    expect(write.firstCall.args[0]).to.equal(`Things to mention to my provider:\n- ${DEFAULT_CARE_ITEMS[1].label}`);
    expect(status(el)).to.equal('Copied. Paste it into a note or message for your provider.');
    write.rejects(new DOMException('denied', 'NotAllowedError'));
    button(el, 'Copy my list for an appointment').click();
    await aTimeout(0);
    await el.updateComplete;
    expect(status(el)).to.equal(
      'Copying didn’t work in this browser. You can select the checked items and copy them yourself.'
    );
  });

  describe('forms', () => {
    it('submits the checked ids under its name with a host form, and a reset clears it', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <input name="visit" value="first" />
          <care-checklist name="care"></care-checklist>
          <button type="reset">Reset</button>
        </form>`
      );
      const el = form.querySelector('care-checklist')!;
      await el.updateComplete;
      expect(new FormData(form).getAll('care')).to.deep.equal([]);
      await toggle(el, 0);
      await toggle(el, 3);
      expect(new FormData(form).getAll('care')).to.deep.equal(['bleeding-regularly', 'new-symptoms']);
      form.reset();
      await el.updateComplete;
      expect(el.checked).to.deep.equal([]);
      expect(new FormData(form).getAll('care')).to.deep.equal([]);
      expect(new FormData(form).get('visit')).to.equal('first');
    });

    it('submits nothing without a name', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><care-checklist></care-checklist></form>`);
      const el = form.querySelector('care-checklist')!;
      await toggle(el, 0);
      expect([...new FormData(form).keys()]).to.deep.equal([]);
    });

    it('is disabled by a disabled fieldset', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <fieldset disabled><care-checklist name="care"></care-checklist></fieldset>
        </form>`
      );
      const el = form.querySelector('care-checklist')!;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('fieldset')!.disabled).to.be.true;
    });
  });

  describe('custom items and bad input', () => {
    it('shows the practice list before upgrade and replaces the defaults after, with stable ids', async () => {
      const el = await fixture<CareChecklist>(
        html`<care-checklist>
          <ul>
            <li>Bleeding that started after a new medication</li>
            <li data-id="fever">Fever or chills</li>
          </ul>
        </care-checklist>`
      );
      expect(el.querySelector('ul')!.getClientRects().length, 'the light-DOM list is not shown twice').to.equal(0);
      const first = ['bleeding-that-started-after-a-new-medication', 'fever'];
      expect(knownIds(el, first)).to.deep.equal(first);
      expect(boxes(el).map((box) => box.value)).to.deep.equal(['0', '1']);
      await toggle(el, 0);
      el.querySelector('ul')!.insertAdjacentHTML('afterbegin', '<li data-id="new">A new first item</li>');
      await aTimeout(0);
      await el.updateComplete;
      const next = ['new', 'bleeding-that-started-after-a-new-medication', 'fever'];
      expect(knownIds(el, next)).to.deep.equal(next);
      expect(el.checked, 'answers follow their item, not its position').to.deep.equal([
        'bleeding-that-started-after-a-new-medication'
      ]);
    });

    it('drops empty items, fixes unknown levels and duplicate ids, each with a warning', async () => {
      const el = await fixture<CareChecklist>(
        html`<care-checklist>
          <ul>
            <li data-id="a">First</li>
            <li data-id="a">Second</li>
            <li data-level="critical">Third</li>
            <li></li>
          </ul>
        </care-checklist>`
      );
      expect(knownIds(el, ['a', 'a-2', 'third', 'a-3'])).to.deep.equal(['a', 'a-2', 'third']);
      expect(boxes(el)).to.have.length(3);
      await toggle(el, 2);
      expect(el.level).to.equal('see-provider');
      const messages = ours();
      expect(messages.some((m) => m.includes('"a" is used more than once'))).to.be.true;
      expect(messages.some((m) => m.includes('data-level="critical"'))).to.be.true;
      expect(messages.some((m) => m.includes('empty <li>'))).to.be.true;
    });

    it('falls back to the default items when the list has none', async () => {
      const el = await fixture<CareChecklist>(
        html`<care-checklist
          ><ul>
            <li></li></ul
        ></care-checklist>`
      );
      expect(boxes(el)).to.have.length(5);
      expect(ours().some((m) => m.includes('no items with text'))).to.be.true;
    });

    it('renders no referral link for an unsafe booking-url, and everything else', async () => {
      const el = await fixture<CareChecklist>(
        html`<care-checklist booking-url="javascript:alert(1)"></care-checklist>`
      );
      await toggle(el, 0);
      expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(0);
      expect(words(part(el, 'referral'))).to.contain('queer-friendly');
      expect(ours().filter((m) => m.includes('booking-url'))).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('uses 911 for a malformed emergency number, and the slot when given', async () => {
      const el = await fixture<CareChecklist>(html`<care-checklist emergency-number="call 9-1-1"></care-checklist>`);
      expect(words(part(el, 'emergency'))).to.contain('call 911');
      expect(ours().some((m) => m.includes('emergency-number'))).to.be.true;
      const slotted = await fixture<CareChecklist>(
        html`<care-checklist>
          <p slot="emergency">In the UK, call 999.</p>
        </care-checklist>`
      );
      const slot = slotted.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="emergency"]')!;
      expect(slot.assignedElements()[0].textContent).to.equal('In the UK, call 999.');
    });
  });

  it('takes the referral settings from <practice-provider>', async () => {
    const root = await fixture(
      html`<practice-provider booking-url="https://clinic.example/refer" phone="3125550142">
        <care-checklist></care-checklist>
      </practice-provider>`
    );
    const el = root.querySelector('care-checklist')!;
    await toggle(el, 0);
    const links = [...part(el, 'referral')!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['https://clinic.example/refer', 'tel:3125550142']);
  });

  it('keeps answers on the page: no storage, no cookies, no requests, in any state', async () => {
    performance.clearResourceTimings();
    const el = await fixture<CareChecklist>(html`<care-checklist name="care" phone="3125550142"></care-checklist>`);
    const details: CareChecklistChangeDetail[] = [];
    el.addEventListener('care-checklist-change', (event) => details.push(event.detail));
    for (let i = 0; i < boxes(el).length; i += 1) await toggle(el, i);
    button(el, 'Clear answers').click();
    await el.updateComplete;
    await aTimeout(50);
    expect(localStorage.length + sessionStorage.length).to.equal(0);
    expect(document.cookie).to.equal('');
    expect(performance.getEntriesByType('resource')).to.have.length(0);
    expect(details.map((d) => d.count)).to.deep.equal([1, 2, 3, 4, 5, 0]);
  });
});
