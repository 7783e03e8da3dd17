import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { withActions } from 'storybook/actions/decorator';
import { expect, userEvent } from 'storybook/test';
import type { CareChecklist } from '../src/classes.js';
import { BOOKING_URL, CHECKLIST_LINK, PLACEHOLDER_PHONE, phoneNote } from './support/fallback.js';
import { element } from './support/render.js';

interface ChecklistArgs {
  heading?: string;
  'emergency-number'?: string;
  'hide-emergency'?: boolean;
  'hide-support'?: boolean;
  name?: string;
  'booking-url'?: string;
  phone?: string;
}

const meta: Meta<ChecklistArgs> = {
  title: 'Elements/care-checklist',
  component: 'care-checklist',
  decorators: [withActions],
  parameters: {
    actions: { handles: ['care-checklist-change'] },
    docs: {
      description: {
        component:
          '"When to see a medical provider", after the practice’s article on bleeding after sex. Answers stay in the browser: nothing is stored or sent, and the change event carries only the level and a count.'
      }
    }
  },
  // Without JavaScript, the link written inside leads to the article (the checklist reads only a list written inside).
  render: (args) => element('care-checklist', args, CHECKLIST_LINK)
};
export default meta;

type Story = StoryObj<ChecklistArgs>;

const checklist = (canvas: HTMLElement) => canvas.querySelector<CareChecklist>('care-checklist')!;

async function check(canvas: HTMLElement, ...indexes: number[]) {
  const el = checklist(canvas);
  const boxes = el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
  for (const index of indexes) await userEvent.click(boxes[index]);
  await el.updateComplete;
}

/**
 * No attributes: the practice's seven items, nothing checked yet: a neutral prompt, no verdict. The emergency line
 * and the support line for someone after sex they didn't want are always there.
 */
export const Default: Story = {};

/** Two items checked: see a medical provider, with the reasons and the referral offer. */
export const SeeProvider: Story = {
  play: async ({ canvasElement }) => {
    await check(canvasElement, 0, 1);
    await expect(checklist(canvasElement).level).toBe('see-provider');
  }
};

/**
 * A red flag checked (pregnant, or might be, and bleeding): "Please get medical care today", in a stronger box that
 * is never red. The emergency line below it looks and reads exactly as before: the one red tier is the emergency's.
 */
export const Urgent: Story = {
  play: async ({ canvasElement }) => {
    await check(canvasElement, 2);
    await expect(checklist(canvasElement).level).toBe('urgent');
    const emergency = checklist(canvasElement).shadowRoot!.querySelector('[part="emergency"]')!;
    await expect(emergency.className).toBe('emergency');
  }
};

/**
 * The support line after sex someone didn't want: always there, never a checkbox, with the hotline as a link to
 * call. The link has focus here, as a keyboard user would reach it. A partner outside the US replaces it with the
 * `support` slot; a page that already says it sets `hide-support`.
 */
export const SupportLine: Story = {
  play: async ({ canvasElement }) => {
    const link = checklist(canvasElement).shadowRoot!.querySelector<HTMLAnchorElement>('[part="support"] a')!;
    await expect(link.getAttribute('href')).toBe('tel:8006564673');
    link.focus();
  }
};

/** The practice's own items, one marked urgent and checked: get care today. */
export const CustomItemsUrgent: Story = {
  render: () =>
    html`<care-checklist>
      <ul>
        <li data-id="spotting-often">You notice spotting after sex most times</li>
        <li data-id="fever" data-level="urgent">You have pain low in your belly with a fever or chills</li>
        <li data-id="pain">Sex has become painful</li>
      </ul>
      ${unsafeHTML(CHECKLIST_LINK)}
    </care-checklist>`,
  play: async ({ canvasElement }) => {
    await check(canvasElement, 1);
    await expect(checklist(canvasElement).level).toBe('urgent');
  }
};

/** Inside a form, with a name: the checked ids are submitted with it; Reset clears the list. */
export const InsideForm: Story = {
  render: () =>
    html`<form>
      <care-checklist name="care">${unsafeHTML(CHECKLIST_LINK)}</care-checklist>
      <p><button type="reset">Reset the form</button></p>
    </form>`,
  play: async ({ canvasElement }) => {
    await check(canvasElement, 1);
    const form = canvasElement.querySelector('form')!;
    await expect(new FormData(form).getAll('care')).toEqual(['unexpected-bleeding']);
  }
};

/** For a page that shows its own emergency information. */
export const NoEmergencyLine: Story = { args: { 'hide-emergency': true } };

/** For a page that already offers support after sex someone didn't want. */
export const NoSupportLine: Story = { args: { 'hide-support': true } };

/** Settings from `<practice-provider>`: the referral link and the phone number. */
export const InsideProviderWithPhone: Story = {
  render: () =>
    html`${unsafeHTML(phoneNote(PLACEHOLDER_PHONE))}
      <practice-provider booking-url=${BOOKING_URL} phone=${PLACEHOLDER_PHONE}>
        <care-checklist>${unsafeHTML(CHECKLIST_LINK)}</care-checklist>
      </practice-provider>`,
  play: async ({ canvasElement }) => {
    await check(canvasElement, 3);
    const referral = checklist(canvasElement).shadowRoot!.querySelector('[part="referral"]')!;
    await expect(referral.textContent).toContain('(312) 555-0142');
  }
};

/**
 * On a dark partner site (#eee text on #111). Any story can be seen on any host with the "Host page" switch in the
 * toolbar; this one stays on the dark page.
 */
export const OnDarkHost: Story = { globals: { host: 'dark' } };

/** Two items checked, with the reasons and the referral offer, on a colored partner site (white text on teal). */
export const OnColoredHost: Story = { ...SeeProvider, globals: { host: 'colored' } };

/**
 * Restyled from the outside with nothing but its custom properties and parts: a softer surface, an accent that
 * matches the host site, and larger text for the advice. Copy the `<style>` into your own stylesheet.
 */
export const Themed: Story = {
  render: () =>
    html`<style>
        .calm-checklist {
          --care-checklist-accent: #1d5c8f;
          --care-checklist-urgent-color: #a4161a;
          --care-checklist-surface: #f5f8fb;
          --care-checklist-border-color: #b7c7d6;
          --care-checklist-radius: 1rem;
          --care-checklist-gap: 1.25rem;
        }
        .calm-checklist::part(heading) {
          font-family: Georgia, 'Times New Roman', serif;
        }
        .calm-checklist::part(level) {
          font-size: 1.15em;
        }
      </style>
      <care-checklist class="calm-checklist">${unsafeHTML(CHECKLIST_LINK)}</care-checklist>`,
  play: async ({ canvasElement }) => {
    await check(canvasElement, 1);
    // The checked box is filled with the checklist's own accent (the box is drawn by the widget, so it follows
    // dark and colored pages too).
    const box = checklist(canvasElement).shadowRoot!.querySelector('input:checked')!;
    await expect(getComputedStyle(box).backgroundColor).toBe('rgb(29, 92, 143)');
  }
};
