import { aTimeout, expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { nothing } from 'lit';
import sinon from 'sinon';
import '../../src/article-card.js';
import { ArticleCard } from '../../src/classes.js';
import { parseDate } from '../../src/article-card/article-card.component.js';
import { ARTICLES } from '../../src/content/articles.js';
import { widgetTestHooks } from '../helpers.js';

const SITE = 'https://www.embracesexualwellness.com';
/** A real image served by the test server (1×1 PNG written by the test below), and one that does not exist. */
const IMAGE = `${location.origin}/test/article-card/pixel.png`;
const MISSING = `${location.origin}/test/article-card/missing.png`;

const q = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector(selector) as T | null;
const links = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')];
const link = (el: Element) => links(el)[0];
/** The card's own classes, other than its layout and category. */
const kind = (el: Element) => ['text-only', 'with-image'].filter((c) => q(el, '[part="base"]')!.classList.contains(c));

/** A press on an element of the card, as quick or as slow as asked. */
async function press(target: Element, ms: number) {
  const options = { bubbles: true, composed: true, button: 0, pointerId: 1, isPrimary: true };
  target.dispatchEvent(new PointerEvent('pointerdown', options));
  await aTimeout(ms);
  target.dispatchEvent(new PointerEvent('pointerup', options));
}

describe('<article-card>', () => {
  const t = widgetTestHooks();

  it('renders a link to the blog with no attributes, accessibly', async () => {
    const el = await fixture<ArticleCard>(html`<article-card></article-card>`);
    expect(el).to.be.instanceOf(ArticleCard);
    expect(q(el, 'h3')!.textContent!.trim()).to.equal('Articles from Embrace Sexual Wellness');
    expect(link(el).href).to.equal(`${SITE}/esw-blog`);
    expect(q(el, '[part="excerpt"]')!.textContent).to.equal(
      'Plain-spoken articles on sex, intimacy and relationships, written by sex therapists.'
    );
    // The title is not underlined until the card is hovered or focused.
    expect(getComputedStyle(link(el)).textDecorationLine).to.equal('none');
    expect(t.ours()).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  for (const article of ARTICLES) {
    it(`renders the catalog entry "${article.slug}"`, async () => {
      const el = await fixture<ArticleCard>(html`<article-card slug=${article.slug}></article-card>`);
      expect(q(el, 'h3')!.textContent!.trim()).to.equal(article.title);
      // Until the catalog has the article's own address, the link goes to its category page, and says so.
      expect(link(el).href).to.equal(`${SITE}/esw-blog/category/${article.category}`);
      expect(link(el).textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        `${article.title} (in our ${article.category} articles)`
      );
      expect(q(el, '[part="category"]')!.textContent).to.equal(article.category);
      expect(q(el, '[part="excerpt"]')!.textContent).to.equal(article.excerpt);
      expect(q(el, '[part="meta"]')!.textContent!.trim()).to.equal(`${article.readingMinutes} min read`);
      // No image: a text-only card, with no empty block where an image would be.
      expect(q(el, '[part="media"]')).to.be.null;
      expect(kind(el)).to.deep.equal(['text-only']);
      expect(q(el, 'img')).to.be.null;
      await expect(el).to.be.accessible();
    });
  }

  it('lets every attribute override the catalog', async () => {
    const el = await fixture<ArticleCard>(
      html`<article-card
        slug="guided-imagery"
        href="/esw-blog/guided-imagery"
        heading="Guided imagery, step by step"
        excerpt="A gentle practice."
        category="Wellness"
        published="2025-03-14"
        reading-minutes="7"
        author="Dr. Sam Rivera"
      ></article-card>`
    );
    expect(link(el).href).to.equal(`${SITE}/esw-blog/guided-imagery`);
    expect(link(el).textContent!.trim()).to.equal('Guided imagery, step by step');
    expect(q(el, '[part="excerpt"]')!.textContent).to.equal('A gentle practice.');
    expect(q(el, '[part="category"]')!.textContent).to.equal('Wellness');
    const meta = q(el, '[part="meta"]')!;
    const formatted = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(2025, 2, 14));
    expect(meta.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`7 min read · ${formatted} · By Dr. Sam Rivera`);
    expect(meta.querySelector('time')!.getAttribute('datetime')).to.equal('2025-03-14');
  });

  it('makes a card from attributes alone', async () => {
    const el = await fixture<ArticleCard>(
      html`<article-card
        href="https://partner.example/blog/our-favourite-reads"
        heading="Our favourite reads"
      ></article-card>`
    );
    expect(link(el).href).to.equal('https://partner.example/blog/our-favourite-reads');
    expect(q(el, '[part="excerpt"]')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('has exactly one link, holding a heading of the chosen level', async () => {
    for (const level of ['2', '3', '4', '5', '6']) {
      const el = await fixture<ArticleCard>(
        html`<article-card slug="bleeding-after-sex" heading-level=${level}></article-card>`
      );
      expect(links(el)).to.have.length(1);
      expect(q(el, `a > h${level}`)?.parentElement === link(el), `h${level}`).to.be.true;
    }
    const bad = await fixture<ArticleCard>(
      html`<article-card slug="bleeding-after-sex" heading-level="9"></article-card>`
    );
    expect(q(bad, 'h3')).to.exist;
    expect(t.ours().some((m) => m.includes('heading-level="9"'))).to.be.true;
  });

  it('follows the link from a quick press anywhere on the card, and not from a slow one (text selection)', async () => {
    const el = await fixture<ArticleCard>(html`<article-card slug="guided-imagery" image=${IMAGE}></article-card>`);
    const excerpt = q(el, '[part="excerpt"]')!;
    const clicked = oneEvent(el, 'article-card-click');
    await press(excerpt, 0);
    expect((await clicked).detail).to.deep.equal({ href: `${SITE}/esw-blog/category/Arousal`, slug: 'guided-imagery' });
    expect(t.nav.clicks.map((c) => c.href)).to.deep.equal([`${SITE}/esw-blog/category/Arousal`]);
    await press(excerpt, 400);
    expect(t.nav.clicks, 'a long press is for selecting text').to.have.length(1);
    expect(getComputedStyle(excerpt).userSelect).not.to.equal('none');
    // The whole card is the target: the image, the category and the meta line too.
    for (const part of ['media', 'category', 'meta']) await press(q(el, `[part="${part}"]`)!, 0);
    expect(t.nav.clicks, 'every quick press followed the one link').to.have.length(4);
  });

  it('keeps a text selection instead of navigating', async () => {
    const el = await fixture<ArticleCard>(html`<article-card slug="guided-imagery"></article-card>`);
    const excerpt = q(el, '[part="excerpt"]')!;
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.setBaseAndExtent(excerpt.firstChild!, 0, excerpt.firstChild!, 12); // as a person dragging across it
    const spy = sinon.spy();
    el.addEventListener('article-card-click', spy);
    const options = { bubbles: true, composed: true, button: 0 };
    excerpt.dispatchEvent(new PointerEvent('pointerdown', options));
    excerpt.dispatchEvent(new PointerEvent('pointerup', options));
    expect(spy.called).to.be.false;
    selection.removeAllRanges();
  });

  it('fires a cancelable article-card-click', async () => {
    const el = await fixture<ArticleCard>(html`<article-card slug="performance-pressure"></article-card>`);
    el.addEventListener('article-card-click', (event) => event.preventDefault());
    link(el).click();
    expect(t.nav.clicks[0].prevented).to.be.true;
  });

  it('adds referral parameters for a partner, and shows the recommendation', async () => {
    const root = await fixture(
      html`<practice-provider partner="lakeview-gyn" campaign="spring">
        <article-card slug="bleeding-after-sex" recommended-by="Dr. Lee, OB-GYN"></article-card>
      </practice-provider>`
    );
    const el = root.querySelector('article-card')!;
    await el.updateComplete;
    expect(link(el).href).to.equal(
      `${SITE}/esw-blog/category/Anxiety?utm_source=lakeview-gyn&utm_medium=referral&utm_campaign=spring&utm_content=article-card`
    );
    expect(q(el, '[part="recommended"]')!.textContent).to.equal('Recommended by Dr. Lee, OB-GYN');
    await expect(el).to.be.accessible();
  });

  it('sends no referrer, and opens a new tab safely when asked', async () => {
    const el = await fixture<ArticleCard>(html`<article-card slug="guided-imagery" new-tab></article-card>`);
    expect(link(el).referrerPolicy).to.equal('no-referrer'); // attribution travels in utm_*, never in the referrer
    expect(link(el).target).to.equal('_blank');
    expect(link(el).rel).to.equal('noopener noreferrer');
    expect(link(el).textContent).to.contain('(opens in a new tab)');
  });

  describe('layouts', () => {
    for (const layout of ['vertical', 'horizontal', 'compact'] as const) {
      for (const image of [IMAGE, undefined]) {
        it(`${layout}, ${image ? 'with an image' : 'text-only'}: reflows to 320 px, axe clean`, async () => {
          const frame = await fixture<HTMLDivElement>(
            html`<div style="width: 320px">
              <article-card
                slug="performance-pressure"
                layout=${layout}
                published="2025-01-09"
                image=${image ?? nothing}
              ></article-card>
            </div>`
          );
          const el = frame.querySelector('article-card')!;
          await el.updateComplete;
          const card = q(el, '[part="base"]')!;
          expect(card.classList.contains(layout)).to.be.true;
          expect(card.scrollWidth).to.be.at.most(320);
          const media = Boolean(image) && layout !== 'compact';
          expect(Boolean(q(el, '[part="media"]'))).to.equal(media);
          expect(kind(el)).to.deep.equal([media ? 'with-image' : 'text-only']);
          await expect(el).to.be.accessible();
        });
      }
    }

    it('horizontal sits side by side when there is room', async () => {
      const frame = await fixture<HTMLDivElement>(
        html`<div style="width: 800px">
          <article-card slug="performance-pressure" layout="horizontal" image=${IMAGE}></article-card>
        </div>`
      );
      const el = frame.querySelector('article-card')!;
      await el.updateComplete;
      const media = q(el, '[part="media"]')!.getBoundingClientRect();
      const content = q(el, '[part="content"]')!.getBoundingClientRect();
      expect(content.left).to.be.at.least(media.right - 1);
    });

    it('an unknown layout falls back to vertical with a warning', async () => {
      const el = await fixture<ArticleCard>(html`<article-card slug="guided-imagery" layout="poster"></article-card>`);
      expect(q(el, '[part="base"]')!.classList.contains('vertical')).to.be.true;
      expect(t.ours().some((m) => m.includes('layout="poster"'))).to.be.true;
    });

    it('cards in a host grid share their row height', async () => {
      const grid = await fixture<HTMLDivElement>(
        html`<div style="display: grid; grid-template-columns: 1fr 1fr; width: 640px">
          <article-card slug="bleeding-after-sex"></article-card>
          <article-card heading="Short" href="/x"></article-card>
        </div>`
      );
      const [a, b] = [...grid.querySelectorAll('article-card')];
      await a.updateComplete;
      await b.updateComplete;
      expect(q(a, '[part="base"]')!.getBoundingClientRect().height).to.equal(
        q(b, '[part="base"]')!.getBoundingClientRect().height
      );
    });
  });

  describe('images', () => {
    before(async () => {
      // Make the test image: a real PNG the dev server can serve is simpler to reason about than a data: URL,
      // which img-src policies often block.
      const response = await fetch(IMAGE, { method: 'HEAD' });
      expect(response.ok, 'test/article-card/pixel.png exists').to.be.true;
    });

    it('loads lazily and asynchronously, in a box reserved before it loads (no layout shift)', async () => {
      const frame = await fixture<HTMLDivElement>(
        html`<div style="width: 400px">
          <article-card
            slug="guided-imagery"
            image=${`${IMAGE}?slow`}
            image-alt="A calm beach at sunset"
          ></article-card>
        </div>`
      );
      const el = frame.querySelector('article-card')!;
      await el.updateComplete;
      const img = q<HTMLImageElement>(el, 'img')!;
      expect(img.loading).to.equal('lazy');
      expect(img.decoding).to.equal('async');
      expect(img.alt).to.equal('A calm beach at sunset');
      const before = q(el, '[part="base"]')!.getBoundingClientRect();
      const media = q(el, '[part="media"]')!.getBoundingClientRect();
      expect(media.height).to.be.closeTo((media.width * 9) / 16, 1);
      if (!img.complete) await new Promise((resolve) => img.addEventListener('load', resolve, { once: true }));
      await nextFrame();
      const after = q(el, '[part="base"]')!.getBoundingClientRect();
      expect([after.width, after.height]).to.deep.equal([before.width, before.height]);
    });

    it('caps the image height in a wide card (16rem, or --article-card-image-max-height)', async () => {
      const frame = await fixture<HTMLDivElement>(
        html`<div style="width: 800px; font-size: 16px">
          <article-card slug="guided-imagery" image=${IMAGE}></article-card>
          <article-card
            slug="guided-imagery"
            image=${IMAGE}
            style="--article-card-image-max-height: 10rem"
          ></article-card>
        </div>`
      );
      const [own, capped] = [...frame.querySelectorAll('article-card')];
      await own.updateComplete;
      await capped.updateComplete;
      expect(q(own, '[part="media"]')!.getBoundingClientRect().height).to.be.closeTo(256, 1); // 800 × 9 / 16 is 450
      expect(q(capped, '[part="media"]')!.getBoundingClientRect().height).to.be.closeTo(160, 1);
    });

    it('is decorative without image-alt', async () => {
      const el = await fixture<ArticleCard>(html`<article-card slug="guided-imagery" image=${IMAGE}></article-card>`);
      expect(q<HTMLImageElement>(el, 'img')!.getAttribute('alt')).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('shows the text-only card when the image fails', async () => {
      const el = await fixture<ArticleCard>(html`<article-card slug="guided-imagery" image=${MISSING}></article-card>`);
      expect(kind(el)).to.deep.equal(['with-image']);
      const img = q<HTMLImageElement>(el, 'img')!;
      await new Promise((resolve) => {
        if (img.complete && img.naturalWidth === 0) resolve(null);
        img.addEventListener('error', resolve, { once: true });
      });
      await el.updateComplete;
      expect(q(el, 'img')).to.be.null;
      expect(q(el, '[part="media"]')).to.be.null;
      expect(kind(el)).to.deep.equal(['text-only']);
      expect(t.ours()).to.include(
        `[embrace-widgets] <article-card>: the image "${MISSING}" did not load; showing the card without it.`
      );
    });
  });

  describe('bad input', () => {
    it('never renders an unsafe href or image, and warns', async () => {
      const el = await fixture<ArticleCard>(
        html`<article-card
          slug="guided-imagery"
          href="javascript:alert(1)"
          image=${'data:image/svg+xml,<svg onload=alert(1)>'}
        ></article-card>`
      );
      expect(link(el).href).to.equal(`${SITE}/esw-blog/category/Arousal`);
      expect(q(el, 'img')).to.be.null;
      const messages = t.ours();
      expect(messages.some((m) => m.includes('href "javascript:alert(1)"'))).to.be.true;
      expect(messages.some((m) => m.includes('image "data:'))).to.be.true;
    });

    it('omits an invalid date or reading time, with a warning', async () => {
      const el = await fixture<ArticleCard>(
        html`<article-card slug="guided-imagery" published="2025-02-31" reading-minutes="a while"></article-card>`
      );
      expect(q(el, 'time')).to.be.null;
      expect(q(el, '[part="meta"]')!.textContent!.trim()).to.equal('6 min read');
      expect(t.ours().some((m) => m.includes('published="2025-02-31"'))).to.be.true;
      expect(t.ours().some((m) => m.includes('reading-minutes="a while"'))).to.be.true;
    });

    it('shows the blog card for an unknown slug, and says which slug in the console', async () => {
      const el = await fixture<ArticleCard>(html`<article-card slug="no-such-article"></article-card>`);
      expect(link(el).href).to.equal(`${SITE}/esw-blog`);
      expect(q(el, 'h3')!.textContent!.trim()).to.equal('Articles from Embrace Sexual Wellness');
      expect(q(el, '[part="excerpt"]')!.textContent).to.equal(
        'Plain-spoken articles on sex, intimacy and relationships, written by sex therapists.'
      );
      expect(t.ours()).to.include(
        '[embrace-widgets] <article-card>: slug="no-such-article" is not in the catalog; showing a card for the blog ' +
          'instead.'
      );
      await expect(el).to.be.accessible();
    });
  });

  it('shows the content written inside before upgrade, and uses its link after', async () => {
    const el = await fixture<ArticleCard>(
      html`<article-card>
        <a href="https://www.embracesexualwellness.com/esw-blog/a-post">A post we love</a>
      </article-card>`
    );
    expect(el.querySelector('a')!.getClientRects().length, 'not shown twice').to.equal(0);
    expect(link(el).href).to.equal(`${SITE}/esw-blog/a-post`);
    expect(link(el).textContent!.trim()).to.equal('A post we love');
  });

  it('requests nothing until a click, apart from a configured image', async () => {
    performance.clearResourceTimings();
    await fixture(
      html`<div>
        ${ARTICLES.map((a) => html`<article-card slug=${a.slug}></article-card>`)}
        <article-card slug="guided-imagery" layout="horizontal" published="2024-12-01"></article-card>
      </div>`
    );
    await aTimeout(100);
    expect(performance.getEntriesByType('resource')).to.have.length(0);
  });
});

describe('parseDate', () => {
  it('reads ISO dates as calendar days and rejects impossible ones', () => {
    expect(parseDate('2025-03-14')!.getDate()).to.equal(14);
    expect(parseDate('2025-03-14T10:00:00Z')).to.be.instanceOf(Date);
    expect(parseDate('2025-02-31')).to.be.null;
    expect(parseDate('soon')).to.be.null;
  });
});
