import { css } from 'lit';
import { widgetStyles } from '../styles/base.js';

export const careChecklistStyles = [
  ...widgetStyles,
  css`
    :host {
      --_cc-accent: var(--care-checklist-accent, var(--_accent));
      --_cc-urgent: var(--care-checklist-urgent-color, #a3231f);
      --_cc-surface: var(--care-checklist-surface, var(--_surface));
      --_cc-radius: var(--care-checklist-radius, var(--_radius));
      --_cc-gap: var(--care-checklist-gap, var(--_space));
      --_cc-border: var(--care-checklist-border-color, var(--_border));
    }
    .base {
      display: flex;
      flex-direction: column;
      gap: var(--_cc-gap);
      padding: calc(var(--_cc-gap) * 1.25);
      background: var(--_cc-surface);
      border: 1px solid var(--_cc-border);
      border-radius: var(--_cc-radius);
      overflow-wrap: break-word; /* long words break only when they cannot fit a line alone */
    }
    .heading {
      margin: 0;
      font-size: 1.3em;
      line-height: 1.25;
    }
    p,
    ul {
      margin: 0;
    }
    fieldset {
      margin: 0;
      padding: 0;
      border: 0;
      min-width: 0;
    }
    legend {
      padding: 0;
      margin-bottom: 0.5em;
      font-weight: 600;
    }
    .items {
      display: flex;
      flex-direction: column;
      gap: 0.25em;
      list-style: none;
      padding: 0;
    }
    label {
      display: flex;
      align-items: flex-start;
      gap: 0.75em;
      min-height: 2.75em; /* 44 px targets at 16 px text */
      padding: 0.5em 0.25em;
      border-radius: calc(var(--_cc-radius) * 0.5);
      cursor: pointer;
    }
    label:hover {
      background: color-mix(in srgb, currentColor 6%, transparent);
    }
    input[type='checkbox'] {
      flex: none;
      width: 1.5em; /* form controls do not inherit the font size, so em would follow the browser's 13.3 px */
      height: 1.5em;
      margin: 0;
      font-size: inherit;
      accent-color: var(--_cc-accent);
    }
    .urgent-tag {
      font-weight: 600;
    }

    .result {
      display: flex;
      flex-direction: column;
      gap: 0.6em;
      padding: 1em;
      border-inline-start: 6px solid var(--_muted);
      border-radius: calc(var(--_cc-radius) * 0.5);
      background: color-mix(in srgb, currentColor 5%, transparent);
    }
    .result.see-provider {
      border-inline-start-color: var(--_cc-accent);
    }
    .result.urgent {
      border-inline-start-color: var(--_cc-urgent);
      border-inline-start-width: 10px;
    }
    .level {
      margin: 0;
      font-size: 1.1em;
      font-weight: 700;
    }
    .reasons {
      padding-inline-start: 1.25em;
    }
    .links {
      display: flex;
      flex-flow: row wrap;
      gap: 0.5em 1.25em;
      align-items: center;
    }
    a {
      color: var(--_cc-accent);
      text-underline-offset: 0.15em;
    }
    .emergency {
      padding: 0.75em 1em;
      border: 2px solid var(--_cc-urgent);
      border-radius: calc(var(--_cc-radius) * 0.5);
    }
    .result.urgent + .emergency,
    .emergency.emphasis {
      font-weight: 600;
    }
    .notes {
      color: var(--_muted);
      font-size: 0.9em;
    }
    .actions {
      display: flex;
      flex-flow: row wrap;
      gap: 0.5em;
    }
    button {
      min-height: 2.75em;
      padding: 0.4em 1em;
      border: 1px solid currentColor;
      border-radius: calc(var(--_cc-radius) * 0.5);
      background: transparent;
      color: inherit;
      font: inherit;
      cursor: pointer;
    }
    button:disabled {
      cursor: default;
      opacity: 0.6;
    }

    @media print {
      .actions,
      .unchecked {
        display: none;
      }
      .base {
        border: 0;
        padding: 0;
      }
    }
    @media (forced-colors: active) {
      .result,
      .emergency {
        border: 2px solid CanvasText;
      }
    }
  `
];
