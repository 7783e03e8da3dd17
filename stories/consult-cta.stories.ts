import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { withActions } from 'storybook/actions/decorator';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { ConsultCta } from '../src/classes.js';
import { BOOKING_URL, CTA_LINK, NOT_COPYABLE, PLACEHOLDER_PHONE, phoneNote } from './support/fallback.js';
import { element } from './support/render.js';

interface CtaArgs {
  heading?: string;
  label?: string;
  variant?: 'card' | 'banner' | 'inline';
  'ask-location'?: boolean;
  'fallback-url'?: string;
  open?: 'same-tab' | 'new-tab' | 'dialog';
  'booking-url'?: string;
  phone?: string;
  states?: string;
  partner?: string;
  campaign?: string;
}

const meta: Meta<CtaArgs> = {
  title: 'Elements/consult-cta',
  component: 'consult-cta',
  decorators: [withActions],
  parameters: {
    actions: { handles: ['consult-cta-click', 'consult-cta-location'] },
    docs: {
      description: {
        component:
          'The practice’s main call to action. With no attributes it invites people to a free phone consultation and says where the practice can see them; `ask-location` checks eligibility by state, kindly.'
      }
    }
  },
  argTypes: {
    variant: { control: 'inline-radio', options: ['card', 'banner', 'inline'] },
    open: { control: 'inline-radio', options: ['same-tab', 'new-tab', 'dialog'] }
  },
  // The link written inside is what people get without JavaScript, and the booking link and button words with it.
  render: (args) => element('consult-cta', args, CTA_LINK)
};
export default meta;

type Story = StoryObj<CtaArgs>;

const cta = (canvas: HTMLElement) => canvas.querySelector<ConsultCta>('consult-cta')!;
const inShadow = <T extends Element>(canvas: HTMLElement, selector: string) =>
  cta(canvas).shadowRoot!.querySelector<T>(selector)!;

async function choose(canvas: HTMLElement, state: string) {
  const select = inShadow<HTMLSelectElement>(canvas, 'select');
  await userEvent.selectOptions(select, state);
  await cta(canvas).updateComplete;
}

/** No attributes: the practice's own card. */
export const Default: Story = {};

/** A full-width strip, like the site's new-clients banner. */
export const Banner: Story = { args: { variant: 'banner' } };

/**
 * A link inside article text: the link written inside is shown as written, in your page's own link color, and
 * becomes the booking link. No words of the widget's own are added to your sentence.
 */
export const Inline: Story = {
  args: { variant: 'inline' },
  render: (args) =>
    html`<p>
      Pressure to perform can take the joy out of intimacy, and you don't have to sort it out alone.
      ${element('consult-cta', args, CTA_LINK)}.
    </p>`
};

/**
 * Inline, with your own link written inside: your link stays (slotted, so your styles reach it) and goes to the
 * booking page; your sentence reads as you wrote it and nothing moves when the script arrives.
 */
export const InlineWithYourLink: Story = {
  args: { variant: 'inline' },
  render: (args) =>
    html`<p>
      Questions about your own situation?
      <consult-cta variant=${args.variant ?? 'inline'}
        ><a href=${BOOKING_URL}>Book a free phone consultation</a></consult-cta
      >. We reply within a day or two.
    </p>`,
  play: async ({ canvasElement }) => {
    await cta(canvasElement).updateComplete;
    const own = cta(canvasElement).querySelector('a')!;
    await expect(own.assignedSlot).not.toBeNull();
    await expect(own.getAttribute('href')).toBe(BOOKING_URL);
  }
};

/**
 * Inline, asking where, in a sentence with no link written in: the question first, then the action, in a block
 * under the sentence; nothing of the widget's in your sentence. Answered here with a state the practice can't see.
 */
export const InlineAskLocationNotServed: Story = {
  args: { variant: 'inline', 'ask-location': true },
  render: (args) =>
    html`<p>
      Pressure to perform can take the joy out of intimacy, and you don't have to sort it out alone.
      ${element('consult-cta', args, '')}
    </p>`,
  parameters: NOT_COPYABLE,
  play: async ({ canvasElement }) => {
    await choose(canvasElement, 'TX');
    await expect(inShadow(canvasElement, '.action').textContent).toContain('Find a certified sex therapist');
  }
};

/** A banner asking where: the words across the top, the question and the action on one row under them. */
export const BannerAskLocation: Story = { args: { variant: 'banner', 'ask-location': true } };

/** The banner, answered with a state the practice can't see: the answer and its next step together. */
export const BannerNotServed: Story = {
  args: { variant: 'banner', 'ask-location': true },
  play: async ({ canvasElement }) => {
    await choose(canvasElement, 'TX');
    await expect(inShadow(canvasElement, '.outcome').textContent).toContain('certified sex therapists');
  }
};

/** Asks where the person will be during sessions, before they answer. */
export const AskLocation: Story = { args: { 'ask-location': true } };

/** A telehealth state: the answer says so and the action stays. */
export const AskLocationServed: Story = {
  args: { 'ask-location': true },
  play: async ({ canvasElement }) => {
    await choose(canvasElement, 'KS');
    await expect(inShadow(canvasElement, '[role="status"]').textContent).toContain('Kansas');
    // The button's words are those of the link written inside.
    await expect(inShadow(canvasElement, '.action').textContent).toContain('Book a free phone consultation');
  }
};

/** The office's state: in-person sessions too. */
export const AskLocationInPerson: Story = {
  args: { 'ask-location': true },
  play: async ({ canvasElement }) => {
    await choose(canvasElement, 'IL');
    await expect(inShadow(canvasElement, '.outcome').textContent).toContain('in person in Chicago, IL');
  }
};

/**
 * A state the practice is not licensed in: a short, kind answer marked differently from a "yes" that replaces the
 * invitation above it, a heading that no longer invites booking, and a next step: the one action now leads to AASECT's
 * directory of certified sex therapists (or your `fallback-url`), and with a phone the practice offers to suggest
 * someone.
 */
export const AskLocationNotServed: Story = {
  args: { 'ask-location': true, phone: PLACEHOLDER_PHONE },
  play: async ({ canvasElement }) => {
    await choose(canvasElement, 'TX');
    await expect(inShadow(canvasElement, '.outcome.not-served p').textContent!.trim()).toBe(
      'We can’t offer sessions while you’re in Texas. That’s because of state licensing laws, not anything about you.'
    );
    await expect(inShadow(canvasElement, '#heading').textContent).toBe('Let’s find you the right support');
    await expect(inShadow(canvasElement, '.action').textContent).toContain('Find a certified sex therapist');
    await expect(inShadow<HTMLAnchorElement>(canvasElement, '.action').href).toBe(
      'https://www.aasect.org/referral-directory'
    );
    await expect(inShadow(canvasElement, '.phone').textContent).toContain(
      'You can also call us, and we’ll suggest someone licensed in Texas:'
    );
  }
};

/** Outside the US: licensed only in certain US states, said plainly, and the practice's contact page as the next step. */
export const AskLocationOutside: Story = {
  args: { 'ask-location': true },
  play: async ({ canvasElement }) => {
    await choose(canvasElement, 'outside-us');
    await expect(inShadow(canvasElement, '.outcome').textContent).toContain('licensed only in certain US states');
    await expect(inShadow(canvasElement, '.action').textContent).toContain('Contact us');
  }
};

/** The booking page in an accessible dialog (the iframe is only created when opened). */
export const Dialog: Story = {
  args: { open: 'dialog' },
  play: async ({ canvasElement }) => {
    await userEvent.click(inShadow(canvasElement, 'button.action'));
    await waitFor(() => expect(inShadow<HTMLDialogElement>(canvasElement, 'dialog').open).toBe(true));
    await expect(inShadow(canvasElement, 'iframe').getAttribute('title')).toContain('booking page');
    // Close again, so the story's accessibility audit and the next story start from a calm page.
    await userEvent.click(inShadow(canvasElement, '.close'));
    await waitFor(() => expect(inShadow<HTMLDialogElement>(canvasElement, 'dialog').open).toBe(false));
  }
};

/** Opens in a new tab (`target="_blank" rel="noopener noreferrer"`, announced to screen readers). */
export const NewTab: Story = { args: { open: 'new-tab' } };

/** On a partner's site: the link carries `utm_source`, `utm_medium=referral`, `utm_campaign`, `utm_content`. */
export const PartnerReferral: Story = {
  args: { partner: 'lakeview-gyn', campaign: 'patient-handout' },
  play: async ({ canvasElement }) => {
    await expect(inShadow<HTMLAnchorElement>(canvasElement, '.action').href).toContain('utm_source=lakeview-gyn');
  }
};

/** With a phone number (a placeholder here: the snippet says so in a comment). */
export const WithPhone: Story = { args: { phone: '3125550142' } };

/** Settings shared by `<practice-provider>`: every widget inside gets them. */
export const InsideProvider: Story = {
  render: () =>
    html`${unsafeHTML(phoneNote(PLACEHOLDER_PHONE))}
      <practice-provider booking-url=${BOOKING_URL} phone=${PLACEHOLDER_PHONE} partner="northside-primary-care">
        <consult-cta variant="banner">${unsafeHTML(CTA_LINK)}</consult-cta>
        <p>Partner content between the two widgets.</p>
        <consult-cta ask-location>${unsafeHTML(CTA_LINK)}</consult-cta>
      </practice-provider>`
};

/**
 * An unsafe `booking-url` is never rendered: the action falls back to the link written inside (else the practice's
 * site), and the console says why. A failure to look at, not to copy: no code is offered for it.
 */
export const BadUrl: Story = {
  args: { 'booking-url': 'javascript:alert(1)' },
  parameters: NOT_COPYABLE,
  play: async ({ canvasElement }) => {
    await expect(inShadow<HTMLAnchorElement>(canvasElement, '.action').href).toBe(
      'https://www.embracesexualwellness.com/'
    );
  }
};

/** Without JavaScript (or before the script loads), the link written inside the element is what people get. */
export const NoJavaScriptFallback: Story = {
  render: () =>
    html`<consult-cta>
      <a href=${BOOKING_URL}>Book a free phone consultation</a>
    </consult-cta>`
};

/**
 * The location question on a dark partner site (#eee text on #111). Any story can be seen on any host with the
 * "Host page" switch in the toolbar; this one stays on the dark page.
 */
export const OnDarkHost: Story = { ...AskLocation, globals: { host: 'dark' } };

/** The inline variant in a sentence on a colored partner site (white text on teal, white links). */
export const OnColoredHost: Story = { ...Inline, globals: { host: 'colored' } };

/**
 * Restyled from the outside with nothing but its custom properties and parts: a partner clinic's teal, square
 * corners and a serif heading. Copy the `<style>` into your own stylesheet.
 */
export const Themed: Story = {
  render: () =>
    html`<style>
        .teal-clinic {
          --consult-cta-accent: #0b5d5b;
          --consult-cta-surface: #f1f7f6;
          --consult-cta-border-color: #0b5d5b;
          --consult-cta-radius: 0;
          --consult-cta-padding: 1.5rem;
        }
        .teal-clinic::part(heading) {
          font-family: Georgia, 'Times New Roman', serif;
        }
        .teal-clinic::part(action) {
          text-transform: uppercase;
          letter-spacing: 0.06em;
        }
      </style>
      <consult-cta class="teal-clinic" ask-location>${unsafeHTML(CTA_LINK)}</consult-cta>`,
  play: async ({ canvasElement }) => {
    const action = inShadow(canvasElement, '.action');
    await expect(getComputedStyle(action).backgroundColor).toBe('rgb(11, 93, 91)');
  }
};
