import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { expect } from 'storybook/test';
import { categoryPath, findArticle } from '../src/content/articles.js';
import { BOOKING_URL, cardLink, CHECKLIST_LINK, CTA_LINK } from './support/fallback.js';

const SITE = 'https://www.embracesexualwellness.com';
const article = findArticle('bleeding-after-sex')!;

/**
 * The practice's blog article "Is It Normal to Bleed After Sex…" the way its site would show it, with every widget
 * where the practice would put it, each with its link written inside (what a visitor gets without JavaScript). The
 * page around the widgets (header, navigation, footer and their styles in `stories/assets/stories.css`) stands in for
 * the practice's Squarespace theme; "Free consultation" goes to the booking page, as the widgets do.
 */
const page = () =>
  html`<practice-provider booking-url=${BOOKING_URL}>
    <div class="example-page">
      <header class="example-header">
        <a class="example-brand" href="${SITE}/">Embrace Sexual Wellness</a>
        <nav aria-label="Main">
          <ul>
            <li><a href="${SITE}/">Home</a></li>
            <li><a href="${SITE}/esw-blog">Blog</a></li>
            <li><a href=${BOOKING_URL}>Free consultation</a></li>
          </ul>
        </nav>
      </header>
      <aside class="example-banner" aria-label="New clients">
        <consult-cta variant="banner">${unsafeHTML(CTA_LINK)}</consult-cta>
      </aside>
      <main class="example-main">
        <article>
          <header>
            <p class="example-kicker"><a href="${SITE}${categoryPath(article.category)}">${article.category}</a></p>
            <h1>${article.title}</h1>
            <p class="example-byline">By Embrace Sexual Wellness · ${article.readingMinutes} min read</p>
          </header>
          <p>
            Noticing a little blood after sex can be unsettling, and it is natural to wonder whether something is wrong.
            Bleeding after sex is fairly common, and you are far from the only person it has happened to.
          </p>
          <h2>Why it happens</h2>
          <p>
            Often the cause is simple: delicate tissue meets friction. Not enough time to warm up, not enough
            lubrication, or dryness can leave tiny tears that bleed a little and heal on their own. Sometimes, though,
            bleeding is a sign of something a medical provider should look at, which is why it helps to notice when it
            happens and how often.
          </p>
          <h2>When light spotting is nothing to worry about</h2>
          <p>
            A little spotting once in a while, which stops by itself and doesn't come with pain, is usually not a cause
            for concern. If it keeps happening, gets heavier, or anything about it changes, check in with a gynecologist
            or primary-care provider.
          </p>
          <p>The checklist below can help you sort out what you are noticing. Your answers stay in your browser.</p>
          <care-checklist>${unsafeHTML(CHECKLIST_LINK)}</care-checklist>
          <h2>The feelings that can come with it</h2>
          <p>
            Bleeding during or after sex can also leave you tense about the next time, or make intimacy hard to talk
            about with a partner. That is a common and understandable reaction, and you don't have to work through it
            alone. <consult-cta variant="inline">${unsafeHTML(CTA_LINK)}</consult-cta>.
          </p>
        </article>
        <section class="example-related" aria-labelledby="related-heading">
          <h2 id="related-heading">Related reading</h2>
          <div class="story-grid">
            <article-card slug="guided-imagery">${unsafeHTML(cardLink({ slug: 'guided-imagery' }))}</article-card>
            <article-card slug="performance-pressure"
              >${unsafeHTML(cardLink({ slug: 'performance-pressure' }))}</article-card
            >
          </div>
        </section>
      </main>
      <footer class="example-footer">
        <p>Embrace Sexual Wellness · Sex therapy in person in Chicago, IL, and by telehealth.</p>
        <nav aria-label="Footer">
          <ul>
            <li><a href="${SITE}/esw-blog">Blog</a></li>
            <li><a href=${BOOKING_URL}>Free consultation</a></li>
          </ul>
        </nav>
      </footer>
    </div>
  </practice-provider>`;

const meta: Meta = {
  title: 'Examples/On an article page',
  // A whole page, not a component: no docs page of its own, and no "Host page" wrapper (it is the host page).
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen', host: false },
  render: page
};
export default meta;

type Story = StoryObj;

/** Nothing may scroll sideways, at any width. */
async function fitsTheWindow(canvasElement: HTMLElement) {
  const widgets = canvasElement.querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>(
    'consult-cta, care-checklist, article-card'
  );
  await Promise.all([...widgets].map((widget) => widget.updateComplete));
  const root = canvasElement.ownerDocument.documentElement;
  await expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
}

/** The article as a desktop reader sees it. */
export const Desktop: Story = {
  play: async ({ canvasElement }) => {
    await fitsTheWindow(canvasElement);
    const cta = canvasElement.querySelector('consult-cta')!;
    const action = cta.shadowRoot!.querySelector<HTMLAnchorElement>('.action')!;
    await expect(action.href).toBe(BOOKING_URL);
  }
};

/** The same page on a 320 px phone (or at 400 % zoom): one column, no sideways scrolling. */
export const At320Px: Story = {
  name: 'At 320 px',
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.ownerDocument.documentElement.clientWidth).toBeLessThanOrEqual(320);
    await fitsTheWindow(canvasElement);
  }
};
