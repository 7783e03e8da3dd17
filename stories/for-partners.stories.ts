import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { cardLink, CTA_LINK } from './support/fallback.js';
import { element } from './support/render.js';
import type { LinkReadout } from './support/link-readout.js';
import './support/link-readout.js';

interface PartnerArgs {
  partner?: string;
  campaign?: string;
  'recommended-by'?: string;
  slug?: string;
  variant?: 'card' | 'banner' | 'inline';
}

const meta: Meta<PartnerArgs> = {
  title: 'Examples/For partners',
  // A partner's column; the line under each widget is a Storybook-only readout of its link.
  decorators: [(story) => html`<div class="story-width">${story()}</div>`],
  argTypes: {
    partner: { control: 'text', description: 'The partner id the practice gave you.' },
    campaign: { control: 'text', description: 'Optional: a name for this placement (`utm_campaign`).' }
  }
};
export default meta;

type Story = StoryObj<PartnerArgs>;

const REFERRAL = { partner: 'lakeview-gyn', campaign: 'patient-handout' };

/** Reads the link the widget rendered, as printed by the readout under it. */
async function renderedLink(canvasElement: HTMLElement): Promise<string> {
  return canvasElement.querySelector<LinkReadout>('link-readout')!.read();
}

async function expectReferral(canvasElement: HTMLElement, args: PartnerArgs, content: string) {
  const href = new URL(await renderedLink(canvasElement));
  await expect(href.searchParams.get('utm_source')).toBe(args.partner);
  await expect(href.searchParams.get('utm_medium')).toBe('referral');
  await expect(href.searchParams.get('utm_campaign')).toBe(args.campaign);
  await expect(href.searchParams.get('utm_content')).toBe(content);
  await expect(canvasElement.querySelector('link-readout')!.shadowRoot!.textContent).toContain(href.href);
}

/** A card for one of the practice's articles, recommended by you. */
export const ReferralCard: Story = {
  args: { slug: 'bleeding-after-sex', 'recommended-by': 'Dr. Lee, OB-GYN', ...REFERRAL },
  argTypes: {
    slug: { control: 'inline-radio', options: ['bleeding-after-sex', 'guided-imagery', 'performance-pressure'] },
    'recommended-by': { control: 'text', description: 'Shown on the card as "Recommended by …".' }
  },
  render: (args) => html`${element('article-card', args, cardLink(args))}<link-readout></link-readout>`,
  play: async ({ canvasElement, args }) => {
    await expectReferral(canvasElement, args, 'article-card');
    await expect(canvasElement.querySelector('article-card')!.shadowRoot!.textContent).toContain(
      `Recommended by ${args['recommended-by']}`
    );
  }
};

/** The practice's free-consultation invitation, on your page. */
export const ConsultButton: Story = {
  args: REFERRAL,
  argTypes: { variant: { control: 'inline-radio', options: ['card', 'banner', 'inline'] } },
  render: (args) => html`${element('consult-cta', args, CTA_LINK)}<link-readout></link-readout>`,
  play: async ({ canvasElement, args }) => {
    await expectReferral(canvasElement, args, 'consult-cta');
  }
};
