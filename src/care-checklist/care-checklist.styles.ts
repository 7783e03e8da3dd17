import { css } from 'lit';
import { widgetStyles } from '../styles/base.js';
import { buttons, checkboxes } from '../styles/controls.js';

export const careChecklistStyles = [
  ...widgetStyles,
  buttons,
  checkboxes,
  css`
    :host {
      --_own-accent: var(--care-checklist-accent);
      /*
       * The emergency line's edge, the widget's one red. Moved well toward the host's text color: a deep red alone
       * would vanish on a dark page, and at 35 % it keeps 3:1 on light (11.5:1), dark (9.1:1) and teal (3.3:1) pages.
       */
      --_cc-urgent: color-mix(in srgb, var(--care-checklist-urgent-color, #b3261e) 35%, currentColor);
      container-type: inline-size;
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
    legend,
    label {
      text-wrap: pretty;
    }
    legend {
      padding: 0;
      margin-bottom: 0.5em;
      font-weight: 600;
    }
    .items {
      display: flex;
      flex-direction: column;
      gap: 0.125em;
      list-style: none;
      padding: 0;
    }
    label {
      display: flex;
      align-items: flex-start;
      gap: 0.75em;
      min-height: 2.75em; /* 44 px targets at 16 px text */
      padding: 0.5em 0.5em;
      /* The hover wash reaches past the box while the words stay in line with the text, never past the padding. */
      margin-inline: calc(-1 * min(0.5em, var(--_cc-gap) * 0.75));
      border-radius: calc(var(--_cc-radius) * 0.75);
      cursor: pointer;
    }
    label:hover {
      background: var(--_wash);
    }
    .check {
      margin-top: 0.05em; /* the box sits on the first line of its words */
    }

    .result {
      display: flex;
      flex-direction: column;
      gap: 0.6em;
      padding: 1em 1.1em;
      border: 1px solid var(--_cc-border);
      border-inline-start: 6px solid var(--_muted);
      border-radius: calc(var(--_cc-radius) * 0.75);
      background: var(--_wash);
    }
    /* Before any answer: a quiet line where the advice will be, not a verdict (and no box to fill). */
    .result.prompt {
      padding: 0;
      border: 0;
      background: none;
      color: var(--_muted);
      font-style: italic;
    }
    .result.see-provider,
    .result.urgent {
      border-inline-start-color: var(--_tint);
    }
    /*
     * Stronger than see-provider (a wider edge, bigger words) but never an outline like the emergency line's, and
     * never red: on any page the one boxed, red-edged line is the emergency's.
     */
    .result.urgent {
      border-inline-start-width: 10px;
    }
    .level {
      margin: 0;
      font-size: 1.15em;
      font-weight: var(--_heading-weight);
      line-height: 1.3;
    }
    .urgent .level {
      font-size: 1.3em;
    }
    .referral {
      display: flex;
      flex-direction: column;
      gap: 0.4em;
      padding-top: 0.6em;
      border-top: 1px solid var(--_cc-border);
    }
    .links {
      display: flex;
      flex-flow: row wrap;
      gap: 0.25em 0.5em;
      align-items: baseline;
    }
    .links a {
      font-weight: 600;
    }
    .emergency {
      padding: 0.75em 1em;
      border: 3px solid var(--_cc-urgent);
      border-radius: calc(var(--_cc-radius) * 0.75);
    }
    /* Quiet and always there: a thin edge, the page's own text color. */
    .support {
      padding-inline-start: 0.9em;
      border-inline-start: 3px solid var(--_cc-border);
      /* No word here is longer than a line at 320 px and 200 % text; WebKit's break-word split "pregnancy" there. */
      overflow-wrap: normal;
    }
    .support a {
      white-space: nowrap; /* a number to dial never breaks at a hyphen */
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
    @container (max-width: 30em) {
      .base {
        padding: var(--_cc-gap) calc(var(--_cc-gap) * 0.75);
      }
      .result {
        padding: 0.85em;
      }
      .actions > * {
        flex: 1 1 100%;
      }
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
