import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { withActions } from 'storybook/actions/decorator';
import { expect } from 'storybook/test';
import type { ArticleCard } from '../src/classes.js';
import { cardLink, NOT_COPYABLE } from './support/fallback.js';
import { element } from './support/render.js';

interface CardArgs {
  slug?: string;
  href?: string;
  heading?: string;
  excerpt?: string;
  category?: string;
  image?: string;
  'image-alt'?: string;
  published?: string;
  'reading-minutes'?: string;
  author?: string;
  layout?: 'vertical' | 'horizontal' | 'compact';
  'heading-level'?: string;
  'recommended-by'?: string;
  'new-tab'?: boolean;
  partner?: string;
  campaign?: string;
}

const meta: Meta<CardArgs> = {
  title: 'Elements/article-card',
  component: 'article-card',
  decorators: [
    withActions,
    // A card is as wide as its container: give single cards a realistic column, the grid the whole canvas.
    (story, { parameters }) => (parameters.wide ? story() : html`<div class="story-width">${story()}</div>`)
  ],
  parameters: {
    actions: { handles: ['article-card-click'] },
    docs: {
      description: {
        component:
          'A card for one of the practice’s articles. One link (the title); a quick click anywhere on the card follows it, and text stays selectable. Partners add `partner` for referral attribution and `recommended-by` to say who recommends it.'
      }
    }
  },
  args: { slug: 'guided-imagery' },
  argTypes: { layout: { control: 'inline-radio', options: ['vertical', 'horizontal', 'compact'] } },
  // The link written inside is the card without JavaScript; with it, the card takes the link's address and words.
  render: (args) => element('article-card', args, cardLink(args))
};
export default meta;

type Story = StoryObj<CardArgs>;

const link = (canvas: HTMLElement) =>
  canvas.querySelector<ArticleCard>('article-card')!.shadowRoot!.querySelector<HTMLAnchorElement>('a')!;

/** "Is It Normal to Bleed After Sex, And What Should I Do About It?" */
export const BleedingAfterSex: Story = { args: { slug: 'bleeding-after-sex' } };

/** "How Guided Imagery Can Improve Your Sex Life" */
export const GuidedImagery: Story = { args: { slug: 'guided-imagery' } };

/** "How to Handle Sexual Performance Pressure in Relationships" */
export const PerformancePressure: Story = { args: { slug: 'performance-pressure' } };

/** Image beside the text when there is room; stacks in narrow columns. */
export const Horizontal: Story = {
  args: { slug: 'performance-pressure', layout: 'horizontal' },
  parameters: { wide: true }
};

/** Title, category and reading time only: for lists and sidebars. */
export const Compact: Story = { args: { slug: 'bleeding-after-sex', layout: 'compact' } };

/** A card made from attributes, with an image (lazy, its box reserved before it loads). */
export const CustomWithImage: Story = {
  args: {
    slug: undefined,
    href: 'https://www.embracesexualwellness.com/esw-blog',
    heading: 'Five minutes of calm: a guided imagery practice',
    excerpt: 'A short, gentle exercise to try tonight, in your own time.',
    category: 'Arousal',
    image: 'calm-scene.svg',
    published: '2025-03-14',
    'reading-minutes': '3',
    author: 'Embrace Sexual Wellness'
  }
};

/** On a partner's site: referral parameters on the link and a visible recommendation. */
export const PartnerReferral: Story = {
  args: { slug: 'bleeding-after-sex', partner: 'lakeview-gyn', 'recommended-by': 'Dr. Lee, OB-GYN' },
  play: async ({ canvasElement }) => {
    await expect(link(canvasElement).href).toContain('utm_source=lakeview-gyn');
  }
};

/** Cards in a host page's CSS grid: equal heights per row, reflowing to one column. */
export const Grid: Story = {
  parameters: { wide: true },
  render: () =>
    html`<practice-provider partner="northside-primary-care">
      <div class="story-grid">
        <article-card slug="bleeding-after-sex">${unsafeHTML(cardLink({ slug: 'bleeding-after-sex' }))}</article-card>
        <article-card slug="guided-imagery">${unsafeHTML(cardLink({ slug: 'guided-imagery' }))}</article-card>
        <article-card slug="performance-pressure"
          >${unsafeHTML(cardLink({ slug: 'performance-pressure' }))}</article-card
        >
      </div>
    </practice-provider>`
};

/**
 * An unknown slug: the card for the blog, never a blank box or a "we couldn’t find that article" for the public; the
 * console names the slug to fix. This story is about what the card does with nothing else to go on, so nothing is
 * written inside it; a failure to look at, not to copy: no code is offered for it.
 */
export const UnknownSlug: Story = {
  args: { slug: 'not-an-article' },
  parameters: NOT_COPYABLE,
  render: (args) => element('article-card', args),
  play: async ({ canvasElement }) => {
    await expect(link(canvasElement).href).toBe('https://www.embracesexualwellness.com/esw-blog');
    await expect(link(canvasElement).textContent!.trim()).toBe('Articles from Embrace Sexual Wellness');
  }
};

/**
 * An unsafe `href` is never rendered: the card keeps the link written inside, the catalog's address (and the console
 * says why). A failure to look at, not to copy: no code is offered for it.
 */
export const BadUrl: Story = {
  args: { slug: 'guided-imagery', href: 'javascript:alert(1)' },
  parameters: NOT_COPYABLE,
  play: async ({ canvasElement }) => {
    await expect(link(canvasElement).href).toBe('https://www.embracesexualwellness.com/esw-blog/category/Arousal');
  }
};

/**
 * On a dark partner site (#eee text on #111). Any story can be seen on any host with the "Host page" switch in the
 * toolbar; this one stays on the dark page.
 */
export const OnDarkHost: Story = { globals: { host: 'dark' } };

/** A partner's recommendation on a colored partner site (white text on teal). */
export const OnColoredHost: Story = { ...PartnerReferral, globals: { host: 'colored' } };

/**
 * Restyled from the outside with nothing but its custom properties and parts: a warm surface, a fixed category
 * color, a square image box and an uppercase category line. Copy the `<style>` into your own stylesheet.
 */
export const Themed: Story = {
  render: () =>
    html`<style>
        .warm-card {
          --article-card-surface: #fdf8f3;
          --article-card-border-color: #d9c3ad;
          --article-card-radius: 0.25rem;
          --article-card-padding: 1.25rem;
          --article-card-link-color: #5a2d0c;
          --article-card-category-color: #b5651d;
          --article-card-image-ratio: 3 / 2;
        }
        .warm-card::part(category) {
          text-transform: uppercase;
          letter-spacing: 0.08em;
        }
        .warm-card::part(heading) {
          font-family: Georgia, 'Times New Roman', serif;
        }
      </style>
      <article-card class="warm-card" slug="guided-imagery"
        >${unsafeHTML(cardLink({ slug: 'guided-imagery' }))}</article-card
      >`,
  play: async ({ canvasElement }) => {
    await expect(getComputedStyle(link(canvasElement)).color).toBe('rgb(90, 45, 12)');
  }
};
