import { css } from 'lit';
import { widgetStyles } from '../styles/base.js';
import { buttons } from '../styles/controls.js';

/**
 * The state select, drawn so that it follows any host page (a native one stays white on a dark page): its edge and
 * arrow in the host's text color (`<span class="select"><select>…</select></span>`).
 */
const selects = css`
  .select {
    position: relative;
    display: inline-grid;
    max-width: 100%;
  }
  .select > select {
    appearance: none;
    max-width: 100%;
    min-height: 2.75em;
    padding: 0.4em 2.5em 0.4em 0.75em;
    border: 1px solid var(--_control);
    border-radius: calc(var(--_radius) * 0.75);
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .select > select option {
    background: Canvas; /* the open list is drawn by the browser: its own colors, never the host's light text */
    color: CanvasText;
  }
  .select::after {
    content: '';
    position: absolute;
    inset-inline-end: 1em;
    top: 50%;
    width: 0.5em;
    height: 0.5em;
    border: solid currentColor;
    border-width: 0 2px 2px 0;
    transform: translateY(-75%) rotate(45deg);
    pointer-events: none;
  }
`;

export const consultCtaStyles = [
  ...widgetStyles,
  buttons,
  selects,
  css`
    :host {
      --_own-accent: var(--consult-cta-accent);
      --_own-on-accent: var(--consult-cta-on-accent);
      --_cta-surface: var(--consult-cta-surface, var(--_surface));
      --_cta-text: var(--consult-cta-text, inherit);
      --_cta-radius: var(--consult-cta-radius, var(--_radius));
      --_control-radius: var(--_cta-radius);
      --_cta-padding: var(--consult-cta-padding, calc(var(--_space) * 1.25));
      --_cta-gap: var(--consult-cta-gap, calc(var(--_space) * 0.75));
      --_cta-border: var(--consult-cta-border-color, var(--_border));
      color: var(--_cta-text);
    }
    :host(:not([variant='inline'])) {
      container-type: inline-size; /* narrow containers get less padding and stacked actions */
    }
    :host([variant='inline']) {
      display: inline;
      line-height: inherit; /* sits inside the host's paragraph: keep its line boxes */
    }

    .base {
      display: flex;
      flex-direction: column;
      gap: var(--_cta-gap);
      min-width: 0;
      overflow-wrap: break-word; /* long words break only when they cannot fit a line alone */
    }
    .card {
      padding: var(--_cta-padding);
      background: var(--_cta-surface);
      border: 1px solid var(--_cta-border);
      border-radius: var(--_cta-radius);
    }
    /* The banner: a surface of its own and one layout in every state — words on the left, the action on the right,
       the question and its answer underneath. An answer changes words, never the grid. */
    .banner {
      display: grid;
      grid-template-columns: minmax(0, 1fr) fit-content(40%);
      align-items: center;
      gap: var(--_cta-gap) calc(var(--_cta-gap) * 2);
      padding: calc(var(--_cta-padding) * 0.8) var(--_cta-padding);
      background: var(--consult-cta-surface, var(--embrace-surface, var(--_wash)));
      border: 1px solid var(--_cta-border);
      border-inline-start: 6px solid var(--_tint);
      border-radius: var(--_cta-radius);
    }
    .banner .actions {
      justify-content: flex-end;
      text-align: end;
    }
    .banner .solid {
      white-space: nowrap; /* beside the words there is room: one line (the narrow layout below wraps) */
    }
    /* Asking where: the words across the top; under them the question with the action beside the select, and the
       answer across the whole width below both. An answer fills the last row; the rows above never move. */
    :host([ask-location]) .banner {
      grid-template-areas: 'text text' 'ask actions' 'outcome outcome';
      align-items: end;
    }
    :host([ask-location]) .banner .outcome {
      grid-area: outcome;
    }
    .banner .hint {
      color: inherit; /* the banner's tinted surface: the muted mix fell under 4.5:1 on a colored page */
    }
    :host([ask-location]) .banner .text {
      grid-area: text;
    }
    :host([ask-location]) .banner .ask {
      grid-area: ask;
    }
    :host([ask-location]) .banner .actions {
      grid-area: actions;
    }
    .text,
    .body,
    .ask {
      display: flex;
      flex-direction: column;
      gap: 0.5em;
      min-width: 0;
    }
    .card .ask {
      padding-top: var(--_cta-gap);
      border-top: 1px solid var(--_cta-border);
    }
    .inline {
      display: inline;
    }
    .inline + .ask {
      margin-top: 0.75em; /* a block of its own under the host's sentence, which stays whole */
    }
    .heading {
      margin: 0;
      font-size: 1.3em;
      line-height: 1.25;
    }
    .banner .heading {
      font-size: 1.15em;
    }
    p {
      margin: 0;
    }

    .actions {
      display: flex;
      flex-flow: row wrap;
      align-items: center;
      gap: 0.75em 1.25em;
    }
    .inline .action {
      font-weight: inherit; /* the host's own link weight: the sentence keeps its line breaks */
    }
    .phone {
      white-space: normal;
    }
    .phone a {
      white-space: nowrap;
    }

    .location {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 0.35em;
      min-width: 0;
    }
    label {
      font-weight: 600;
    }
    .hint {
      color: var(--_muted);
      font-size: 0.9em;
    }
    .select,
    select {
      width: 100%;
      max-width: 20em;
    }
    .outcome {
      display: flex;
      align-items: flex-start;
      gap: 0.6em;
      padding: 0.75em 1em;
      border: 1px solid var(--_cta-border);
      border-radius: calc(var(--_cta-radius) * 0.75);
    }
    .outcome > div {
      display: flex;
      flex-direction: column;
      gap: 0.4em;
      min-width: 0;
    }
    .outcome.served {
      border: 2px solid color-mix(in srgb, currentColor 60%, transparent);
      background: color-mix(in srgb, var(--_tint) 12%, transparent);
    }
    .icon {
      flex: none;
      width: 1.4em;
      height: 1.4em;
      fill: none;
      stroke: currentColor;
      stroke-width: 2;
      stroke-linecap: round;
    }
    .served .icon {
      stroke-width: 2.5;
    }

    /* Narrow containers (a phone, a sidebar): less padding, so the words keep a comfortable column, and one
       full-width action. */
    @container (max-width: 30em) {
      .card,
      .banner {
        padding: calc(var(--_cta-padding) * 0.75);
      }
      .banner {
        grid-template-columns: minmax(0, 1fr);
      }
      :host([ask-location]) .banner {
        grid-template-areas: 'text' 'ask' 'outcome' 'actions';
      }
      .banner .actions {
        justify-content: flex-start;
        text-align: start;
      }
      .solid,
      .banner .solid {
        width: 100%;
        white-space: normal; /* as specific as the wide banner's nowrap above */
      }
    }

    @media (forced-colors: active) {
      .outcome {
        border-color: CanvasText;
      }
    }
  `
];
