import { css, html } from 'lit';
import { PracticeElement } from '../../src/classes.js';
import { humanList } from '../../src/practice/settings.js';
import { stateName } from '../../src/practice/states.js';
import { widgetStyles } from '../../src/styles/base.js';

/**
 * Storybook-only: shows the settings a widget at this spot resolves, so the provider's stories can show what
 * reaches the widgets inside it. Not part of the package.
 */
export class SettingsReadout extends PracticeElement {
  static override styles = [
    ...widgetStyles,
    css`
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.25rem 1rem;
        margin: 0;
        padding: var(--_space);
        border: 1px dashed var(--_border);
        border-radius: var(--_radius);
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
    `
  ];

  protected override render() {
    const s = this.settings;
    return html`<dl aria-label="Settings a widget here uses">
      <dt>Practice</dt>
      <dd>${s.practiceName}</dd>
      <dt>Site</dt>
      <dd>${s.siteUrl}</dd>
      <dt>Booking</dt>
      <dd>${s.bookingUrl}</dd>
      <dt>Phone</dt>
      <dd>${s.phone ?? 'not shown'}</dd>
      <dt>Telehealth in</dt>
      <dd>${humanList(s.states.map(stateName))}</dd>
      <dt>In person</dt>
      <dd>${s.inPerson}</dd>
      <dt>Referral</dt>
      <dd>${s.partner ? `utm_source=${s.partner}${s.campaign ? `, utm_campaign=${s.campaign}` : ''}` : 'none'}</dd>
    </dl>`;
  }
}

if (!customElements.get('settings-readout')) customElements.define('settings-readout', SettingsReadout);
