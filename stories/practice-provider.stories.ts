import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { expect } from 'storybook/test';
import { BOOKING_URL, cardLink, CHECKLIST_LINK, CTA_LINK, PLACEHOLDER_PHONE } from './support/fallback.js';
import { element } from './support/render.js';
import './support/settings-readout.js';

interface ProviderArgs {
  'practice-name'?: string;
  'site-url'?: string;
  'booking-url'?: string;
  phone?: string;
  states?: string;
  'in-person'?: string;
  partner?: string;
  campaign?: string;
}

const meta: Meta<ProviderArgs> = {
  title: 'Elements/practice-provider',
  component: 'practice-provider',
  parameters: {
    docs: {
      description: {
        component:
          'Set the practice settings once; every widget inside uses them. The boxes below are a Storybook-only readout of what a widget at that spot would use; the code to copy puts a widget there.'
      }
    }
  },
  render: (args) => element('practice-provider', args, '<settings-readout></settings-readout>')
};
export default meta;

type Story = StoryObj<ProviderArgs>;

/** No attributes: the practice's own settings. */
export const Defaults: Story = {
  play: async ({ canvasElement }) => {
    const readout = canvasElement.querySelector('settings-readout')!;
    await expect(readout.shadowRoot!.textContent).toContain('Illinois, Indiana, Idaho, Kansas, and Louisiana');
  }
};

/** A partner clinic's page: referral attribution for every widget inside. */
export const Partner: Story = {
  args: { partner: 'lakeview-gyn', campaign: 'patient-handout' },
  play: async ({ canvasElement }) => {
    const readout = canvasElement.querySelector('settings-readout')!;
    await expect(readout.shadowRoot!.textContent).toContain('utm_source=lakeview-gyn');
  }
};

/** The practice's own page with its booking page and phone number (a placeholder here: the code says so). */
export const PracticeSite: Story = {
  args: {
    'booking-url': BOOKING_URL,
    phone: PLACEHOLDER_PHONE,
    states: 'il, in, id, ks, la'
  }
};

/** Providers nest: the inner one overrides only what it sets. */
export const Nested: Story = {
  render: () =>
    html`<practice-provider practice-name="Embrace Sexual Wellness" partner="outer-clinic">
      <settings-readout></settings-readout>
      <practice-provider partner="inner-clinic" states="IL">
        <p>Inside a nested provider:</p>
        <settings-readout></settings-readout>
      </practice-provider>
    </practice-provider>`,
  play: async ({ canvasElement }) => {
    const [outer, inner] = canvasElement.querySelectorAll('settings-readout');
    await expect(outer.shadowRoot!.textContent).toContain('outer-clinic');
    await expect(inner.shadowRoot!.textContent).toContain('inner-clinic');
    await expect(inner.shadowRoot!.textContent).toMatch(/Telehealth in\s*Illinois\s*In person/);
  }
};

/**
 * The provider draws nothing, so it has no parts or properties of its own; but custom properties are inherited, so
 * the shared `--embrace-*` tokens set on it restyle every widget inside at once.
 */
export const ThemedWidgetsInside: Story = {
  render: () =>
    html`<style>
        .clinic-theme {
          --embrace-accent: #0b5d5b;
          --embrace-radius: 0;
          --embrace-space: 1.25rem;
        }
      </style>
      <practice-provider class="clinic-theme" partner="lakeview-gyn">
        <div class="story-grid">
          <consult-cta>${unsafeHTML(CTA_LINK)}</consult-cta>
          <article-card slug="performance-pressure"
            >${unsafeHTML(cardLink({ slug: 'performance-pressure' }))}</article-card
          >
        </div>
      </practice-provider>`,
  play: async ({ canvasElement }) => {
    const cta = canvasElement.querySelector('consult-cta')!;
    await cta.updateComplete;
    const action = cta.shadowRoot!.querySelector('.action')!;
    await expect(getComputedStyle(action).backgroundColor).toBe('rgb(11, 93, 91)');
  }
};

/**
 * `page`: the settings reach every widget on the page that is not inside another provider, in whichever block it
 * stands. The Squarespace way: the provider goes once into site-wide Code Injection, and each code block holds only
 * widgets. (Shown in a frame of its own on the docs page, so that it reaches only this example.)
 */
export const PageWide: Story = {
  parameters: { docs: { story: { inline: false, iframeHeight: 620 } } },
  render: () =>
    html`${element('practice-provider', { page: true, 'booking-url': BOOKING_URL, phone: PLACEHOLDER_PHONE })}
      <div class="story-grid">
        <div class="code-block">
          <consult-cta>${unsafeHTML(CTA_LINK)}</consult-cta>
        </div>
        <div class="code-block">
          <care-checklist>${unsafeHTML(CHECKLIST_LINK)}</care-checklist>
        </div>
      </div>`,
  play: async ({ canvasElement }) => {
    const cta = canvasElement.querySelector('consult-cta')!;
    await cta.updateComplete;
    await expect(cta.closest('practice-provider')).toBeNull();
    await expect(cta.shadowRoot!.querySelector('.action')!.getAttribute('href')).toBe(BOOKING_URL);
    await expect(cta.shadowRoot!.querySelector('a[href^="tel:"]')!.textContent).toBe(PLACEHOLDER_PHONE);
  }
};
