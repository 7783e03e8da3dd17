// What issue 14's design pass promised, held by tests: the checklist gives no verdict before an answer, urgent
// advice leads with the instruction, a card without an image is as tall as its words, the booking dialog fills a
// phone's screen, served and not-served answers differ in more than colour, the banner keeps one layout, the inline
// link takes the host's weight and punctuation, and headings follow the heading tokens. Colour contrast on the
// light, dark and colored hosts is measured in contrast.test.ts.
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { ArticleCard, CareChecklist, ConsultCta } from '../../src/classes.js';
import { dialogInFrame, pickState } from '../helpers.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T & Element>(selector) as T;
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const words = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const box = (node: Element) => node.getBoundingClientRect();

/** The booking dialog open in a page of this size (see dialogInFrame); the frames go after each test. */
const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));
async function dialogIn(width: number, height: number) {
  const opened = await dialogInFrame(width, height);
  frames.push(opened.frame);
  return opened;
}

async function toggle(el: CareChecklist, index: number) {
  $$(el, 'input[type="checkbox"]')[index].click();
  await el.updateComplete;
}

describe('the design pass (issue 14)', () => {
  describe('<care-checklist>', () => {
    it('gives no verdict and offers no actions before the first answer', async () => {
      const el = await fixture<CareChecklist>(html`<care-checklist></care-checklist>`);
      const result = $(el, '[part="result"]');
      const prompt = words(result);
      expect(prompt).to.match(/^Your next step will show here as you check items\./);
      expect($(el, '[part="level"]'), 'no level before an answer').to.equal(null);
      expect(words(el.shadowRoot!.firstElementChild)).not.to.contain('Keep an eye on it');
      expect($$(el, 'button'), 'no Clear or Copy while nothing is checked').to.have.length(0);

      await toggle(el, 0);
      expect(words($(el, '[part="level"]'))).to.equal('Advice: It’s a good idea to see a medical provider');
      expect($$(el, 'button').map(words)).to.deep.equal(['Copy my list for an appointment', 'Clear answers']);

      await toggle(el, 0); // unchecked again: zero answers are no answer, so the same neutral prompt (issue 25)
      expect($(el, '[part="level"]')).to.equal(null);
      expect(words($(el, '[part="result"]'))).to.equal(prompt);
      expect($$(el, 'button')).to.have.length(0);

      await toggle(el, 1);
      $$(el, 'button')[1].click(); // Clear answers
      await el.updateComplete;
      expect($(el, '[part="level"]'), 'Clear goes back to the neutral prompt').to.equal(null);
      expect(el.shadowRoot!.activeElement).to.equal($$(el, 'input')[0]);
    });

    it('leads the urgent state with the instruction, the emergency line next, and nothing to sell', async () => {
      const el = await fixture<CareChecklist>(
        html`<care-checklist phone="3125550142">
          <ul>
            <li data-id="spotting">You notice spotting after sex most times</li>
            <li data-id="heavy" data-level="urgent">The bleeding is heavy, or hasn’t stopped after a few hours</li>
          </ul>
        </care-checklist>`
      );
      await toggle(el, 1);
      const result = $(el, '[part="result"]');
      const first = words(result.querySelector('p'));
      expect(first, 'first sentence of the result').to.equal('Urgent advice: Please get medical care today');
      expect(words(result)).to.equal(
        'Urgent advice: Please get medical care today Call your provider today. If you can’t reach them, go to an urgent care clinic.'
      );
      expect(result.nextElementSibling?.getAttribute('part'), 'the emergency line follows at once').to.equal(
        'emergency'
      );
      const all = words(el.shadowRoot!.firstElementChild);
      expect(all).not.to.contain('Ask us for a referral');
      expect(all).not.to.contain('sex therapist');
      expect($(el, '.referral')).to.equal(null);

      await toggle(el, 0); // urgent and see-provider together: still urgent, still no pitch
      expect(words($(el, '[part="level"]'))).to.equal('Urgent advice: Please get medical care today');
      expect($(el, '.referral')).to.equal(null);
    });

    it('is far shorter in the urgent state at 320 px than it was (2,286 px of page before the redesign)', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="width: 320px">
          <care-checklist>
            <ul>
              <li data-id="heavy" data-level="urgent">The bleeding is heavy, or hasn’t stopped after a few hours</li>
            </ul>
          </care-checklist>
        </div>`
      );
      const el = wrap.querySelector<CareChecklist>('care-checklist')!;
      await el.updateComplete;
      await toggle(el, 0);
      const height = box(el).height;
      expect(height).to.be.below(1300);
      const instruction = box($(el, '[part="level"]'));
      expect(instruction.top - box(el).top, 'the instruction is on the first screen').to.be.below(640);
    });
  });

  describe('<consult-cta>', () => {
    it('makes served and not-served answers differ in words, mark, outline and heading, not only colour', async () => {
      const el = await fixture<ConsultCta>(html`<consult-cta ask-location></consult-cta>`);
      await pickState(el, 'KS');
      const served = $(el, '[part="outcome"]');
      expect(served.classList.contains('served')).to.equal(true);
      const servedMark = served.querySelector('svg')!.innerHTML;
      const servedBorder = getComputedStyle(served).borderTopWidth;
      expect(words($(el, '#heading'))).to.equal('Start with a no\u2011pressure call');
      expect(words($(el, '.action'))).to.equal('Book your free consultation');

      await pickState(el, 'TX');
      const unserved = $(el, '[part="outcome"]');
      expect(unserved.classList.contains('not-served')).to.equal(true);
      expect(unserved.querySelector('svg')!.innerHTML, 'a different mark').not.to.equal(servedMark);
      expect(getComputedStyle(unserved).borderTopWidth, 'a different outline').not.to.equal(servedBorder);
      expect(words($(el, '#heading')), 'no invitation to book').to.equal('Let’s find you the right support');
      // No booking action for someone who cannot book: the one action leads to a directory instead (issue 26).
      expect(words($(el, '.action'))).to.equal('Find a certified sex therapist');
      expect(words(unserved.querySelector('p')!).split(' ').length, 'a short answer').to.be.at.most(18);
      expect(el.shadowRoot!.querySelector('.body'), 'the answer is the one message').to.equal(null);
    });

    it('never sends a referral request to the booking page', async () => {
      const el = await fixture<ConsultCta>(
        html`<consult-cta ask-location booking-url="https://book.example.com/consult"></consult-cta>`
      );
      await pickState(el, 'TX');
      const links = $$(el, 'a[href]').map((a) => a.getAttribute('href'));
      expect(links.filter((href) => href!.startsWith('https://book.example.com'))).to.deep.equal([]);
      el.setAttribute('fallback-url', 'https://directory.example.org/find');
      await el.updateComplete;
      expect(words($(el, '.action'))).to.equal('Find a therapist near you');
      expect($(el, '.action').getAttribute('href')).to.equal('https://directory.example.org/find');
    });

    it('keeps the banner in one layout whatever the answer', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="width: 1000px">
          <consult-cta variant="banner" ask-location></consult-cta>
        </div>`
      );
      const el = wrap.querySelector<ConsultCta>('consult-cta')!;
      await el.updateComplete;
      const base = $(el, '[part="base"]');
      expect(getComputedStyle(base).backgroundColor, 'a surface of its own').not.to.equal('rgba(0, 0, 0, 0)');
      const place = () => ({
        columns: getComputedStyle(base).gridTemplateColumns.split(' ').length,
        heading: box($(el, '#heading')).left,
        select: box($(el, 'select')).left,
        actions: box($(el, '.actions')).right
      });
      const before = place();
      expect(before.columns).to.equal(2);
      for (const state of ['KS', 'TX', 'outside-us', '']) {
        await pickState(el, state);
        const now = place();
        expect(now.columns, state).to.equal(before.columns);
        expect(now.heading, state).to.equal(before.heading);
        expect(now.select, state).to.equal(before.select);
        expect(Math.abs(now.actions - before.actions), `${state}: actions stay on the right`).to.be.below(1);
      }
    });

    it('fills a phone’s screen with the booking dialog, with a labelled ✕ and a loading state', async () => {
      const { win, el } = await dialogIn(375, 667);
      const dialog = $<HTMLDialogElement>(el, 'dialog');
      expect(dialog.open).to.equal(true);
      const rect = box(dialog);
      expect([rect.left, rect.top, rect.width, rect.height]).to.deep.equal([0, 0, 375, 667]);
      const close = $(el, '[part="dialog-close"]');
      expect(close.getAttribute('aria-label')).to.equal('Close');
      expect(box(close).width).to.be.at.least(44);
      expect(box(close).top - rect.top, 'the ✕ is on the first row, beside the heading').to.be.below(12);
      expect(words($(el, '.loading'))).to.contain('Loading the booking page…');
      const newTab = $(el, '.dialog-foot a');
      expect(words(newTab)).to.equal('Open in a new tab');
      expect(box(newTab).bottom, 'the way out is on screen').to.be.at.most(667);
      expect(win.document.activeElement).to.equal(el);
    });

    it('keeps the booking dialog framed on a wide screen', async () => {
      const { el } = await dialogIn(1280, 800);
      const rect = box($(el, 'dialog'));
      expect(rect.width).to.be.below(1280);
      expect(rect.left).to.be.above(0);
    });

    it('takes the host’s link weight inline and adds no words of its own to the host’s sentence', async () => {
      const host = await fixture<HTMLParagraphElement>(
        html`<p style="font-weight: 300">
          Pressure can take the joy out of intimacy. <consult-cta variant="inline"></consult-cta>
        </p>`
      );
      const el = host.querySelector('consult-cta')!;
      await el.updateComplete;
      const action = $(el, '.action');
      expect(getComputedStyle(action).fontWeight).to.equal('300');
      // The link alone: no question of ours left hanging in the host's sentence (issue 26).
      expect(words($(el, '[part="base"]'))).to.equal('Book your free consultation');
    });
  });

  describe('<article-card>', () => {
    it('is as tall as its words without an image, with no empty block', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="width: 715px">
          <article-card slug="bleeding-after-sex"></article-card>
        </div>`
      );
      const el = wrap.querySelector<ArticleCard>('article-card')!;
      await el.updateComplete;
      expect($(el, '[part="media"]'), 'no media block').to.equal(null);
      const card = box($(el, '[part="base"]'));
      const content = box($(el, '[part="content"]'));
      expect(card.height - content.height, 'card minus its words: borders only').to.be.below(4);
      expect(card.height).to.be.below(300);
    });

    it('caps the image’s height at full width', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="width: 1000px">
          <article-card
            heading="A calm place"
            href="https://example.com/a"
            image="/test/article-card/pixel.png"
          ></article-card>
        </div>`
      );
      const el = wrap.querySelector<ArticleCard>('article-card')!;
      await el.updateComplete;
      const media = box($(el, '[part="media"]'));
      expect(media.width).to.be.above(990);
      expect(media.height, '16rem').to.be.at.most(256.5);
    });

    it('lines cards up in a grid: one height per row, compact ones too, each meta line at the foot', async () => {
      // Before issue 29 a compact card kept the height of its words: compact cards of one row ended at 395 and
      // 416 px.
      const grid = await fixture<HTMLDivElement>(
        html`<div style="display: grid; grid-template-columns: repeat(3, 16rem); gap: 1rem">
          <article-card slug="bleeding-after-sex" layout="compact"></article-card>
          <article-card slug="guided-imagery" layout="compact"></article-card>
          <article-card slug="performance-pressure" layout="compact"></article-card>
          <article-card slug="bleeding-after-sex"></article-card>
          <article-card slug="guided-imagery"></article-card>
          <article-card slug="performance-pressure" layout="compact"></article-card>
        </div>`
      );
      const cards = [...grid.querySelectorAll<ArticleCard>('article-card')];
      await Promise.all(cards.map((el) => el.updateComplete));
      for (const row of [cards.slice(0, 3), cards.slice(3)]) {
        const bottoms = row.map((el) => Math.round(box($(el, '[part="base"]')).bottom));
        expect(new Set(bottoms).size, `one baseline per row: ${bottoms}`).to.equal(1);
        for (const el of row) {
          const gap = box($(el, '[part="base"]')).bottom - box($(el, '[part="meta"]')).bottom;
          expect(gap, `${el.slug} (${el.layout}): meta at the foot`).to.be.below(24);
        }
      }
    });

    it('marks text-only cards with the same top rule in every layout, also stacked in a narrow grid', async () => {
      const grid = await fixture<HTMLDivElement>(
        html`<div style="display: grid; grid-template-columns: 16rem; gap: 1rem">
          <article-card heading="A calm place" href="https://example.com/a" category="Anxiety"></article-card>
          <article-card
            heading="A calm place"
            href="https://example.com/a"
            category="Anxiety"
            layout="horizontal"
          ></article-card>
        </div>`
      );
      const [vertical, horizontal] = [...grid.querySelectorAll<ArticleCard>('article-card')];
      await Promise.all([vertical, horizontal].map((el) => el.updateComplete));
      const rule = (el: ArticleCard) => getComputedStyle($(el, '[part="base"]')).boxShadow;
      expect(rule(vertical), 'a top rule').to.match(/inset$|^inset/);
      expect(rule(vertical)).to.match(/\b0px 4px 0px\b/);
      expect(rule(horizontal), 'the horizontal card stacked: the same rule, not a left stripe').to.equal(
        rule(vertical)
      );
      // And side by side, wide: still the top rule (the left edge belongs to banners and advice boxes).
      grid.style.gridTemplateColumns = '40rem';
      await horizontal.updateComplete;
      expect(rule(horizontal)).to.equal(rule(vertical));
    });

    it('does not underline titles until the card is pointed at or focused', async () => {
      const el = await fixture<ArticleCard>(html`<article-card slug="guided-imagery"></article-card>`);
      const link = $(el, 'a');
      expect(getComputedStyle(link).textDecorationLine).to.equal('none');
      link.focus({ focusVisible: true } as FocusOptions);
      await aTimeout(0);
      expect(getComputedStyle(link).textDecorationLine).to.equal('underline');
    });

    it('shows the blog card for an unknown slug, never “we couldn’t find that article”', async () => {
      const el = await fixture<ArticleCard>(html`<article-card slug="no-such-article"></article-card>`);
      expect(words($(el, '.heading'))).to.equal('Articles from Embrace Sexual Wellness');
      expect(words(el.shadowRoot!.firstElementChild)).not.to.match(/couldn.t find/);
    });
  });

  describe('heading tokens', () => {
    it('follows --embrace-heading-font-weight and --embrace-heading-font-family on every widget', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="--embrace-heading-font-weight: 300; --embrace-heading-font-family: Georgia, serif">
          <consult-cta></consult-cta><care-checklist></care-checklist><imagery-timer></imagery-timer>
          <article-card slug="guided-imagery"></article-card>
        </div>`
      );
      const widgets = [...wrap.children] as Array<HTMLElement & { updateComplete: Promise<unknown> }>;
      await Promise.all(widgets.map((el) => el.updateComplete));
      for (const el of widgets) {
        const heading = $(el, '.heading');
        expect(getComputedStyle(heading).fontWeight, el.localName).to.equal('300');
        expect(getComputedStyle(heading).fontFamily, el.localName).to.contain('Georgia');
      }
    });
  });
});
