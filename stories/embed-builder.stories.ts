import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import type { EmbedBuilder } from './support/embed-builder.js';
import './support/embed-builder.js';

/**
 * For a practice's admin or a partner who is not a developer: pick a widget, fill in the form, see it live, copy one
 * snippet that works as pasted (the loader line, the element with its attributes, the link written inside it for
 * visitors without JavaScript). The form checks as you go, in the widgets' own words.
 */
const meta: Meta = {
  title: 'Start here/Embed builder',
  parameters: { docs: { codePanel: false, canvas: { sourceState: 'none' } } }
};
export default meta;

export const Builder: StoryObj = {
  render: () => html`<embed-builder></embed-builder>`,
  play: async ({ canvasElement }) => {
    const builder = canvasElement.querySelector<EmbedBuilder>('embed-builder')!;
    await builder.updateComplete;
    const snippet = builder.shadowRoot!.querySelector('textarea')!.value;
    await expect(snippet).toContain('/dist/cdn/loader.js');
    await expect(snippet).toContain('<consult-cta ask-location>');
    await expect(builder.querySelector('consult-cta')).not.toBeNull(); // the live preview
  }
};
