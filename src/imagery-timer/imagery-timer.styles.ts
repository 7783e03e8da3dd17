import { css } from 'lit';
import { widgetStyles } from '../styles/base.js';
import { buttons, checkboxes } from '../styles/controls.js';

export const imageryTimerStyles = [
  ...widgetStyles,
  buttons,
  checkboxes,
  css`
    :host {
      --_own-accent: var(--imagery-timer-accent);
      --_own-on-accent: var(--imagery-timer-on-accent);
      --_it-radius: var(--imagery-timer-radius, var(--_radius));
      --_control-radius: var(--_it-radius);
      --_it-gap: var(--imagery-timer-gap, var(--_space));
      --_it-soft: color-mix(in srgb, currentColor 12%, transparent);
      container-type: inline-size;
    }
    .base {
      display: flex;
      flex-direction: column;
      gap: var(--_it-gap);
      padding: calc(var(--_it-gap) * 1.25);
      background: var(--imagery-timer-surface, var(--_surface));
      border: 1px solid var(--imagery-timer-border-color, var(--_border));
      border-radius: var(--_it-radius);
      overflow-wrap: break-word; /* long words break only when they cannot fit a line alone */
    }
    p,
    ol,
    .heading {
      margin: 0;
    }
    p,
    label {
      text-wrap: pretty; /* no word alone on a last line, where the browser can */
    }
    .heading {
      font-size: 1.3em;
      line-height: 1.25;
    }
    /* Large, but never so large that a word of the title cannot fit a line (320 px with 200 % text). */
    #now,
    #done {
      font-size: clamp(1.15em, 10cqi, 1.6em);
      font-weight: 600;
    }
    .running .heading:not(#now),
    .paused .heading:not(#now),
    .complete .heading:not(#done) {
      font-size: 1em;
      color: var(--_muted);
    }
    .muted {
      color: var(--_muted);
    }
    .label {
      font-weight: 600;
    }
    .steps {
      padding-inline-start: 1.5em;
    }
    .steps li {
      padding: 0.15em 0;
    }
    .steps li > span:last-child {
      white-space: nowrap;
    }
    .steps li > span:last-child::before {
      content: ' · ';
    }
    .options {
      display: flex;
      flex-direction: column;
      gap: 0.25em;
    }
    label {
      display: flex;
      align-items: center;
      gap: 0.75em;
      min-height: 2.75em;
      cursor: pointer;
    }
    .step {
      display: flex;
      flex-direction: column;
      gap: 0.5em;
      max-width: 38em;
    }
    .pacer {
      display: grid;
      grid-template-rows: 8em auto;
      place-items: center;
      row-gap: 0.5em;
    }
    .pacer > * {
      grid-area: 1 / 1;
    }
    .pacer > .in,
    .pacer > .out,
    .pacer > .held {
      grid-area: 2 / 1; /* under the orb: the words are wider than the orb at its smallest */
    }
    /* The orb's ring is drawn in the control edge (the page's text color at 80 %: 3:1 or more on any page whose text
       is readable), its inside a wash of the accent: visible on a white, a dark and a colored page alike. */
    .orb {
      box-sizing: border-box;
      width: 8em;
      height: 8em;
      border-radius: 50%;
      background: color-mix(in srgb, var(--_tint) 35%, transparent);
      border: 3px solid var(--_control);
      transform: scale(0.55);
      will-change: transform;
    }
    .in,
    .out,
    .held {
      font-weight: 600;
      will-change: opacity;
    }
    .out {
      opacity: 0;
    }
    /* The fill is the page's text color, the track a 25 % wash of it: 3:1 or more between them on any page. */
    .bar {
      height: 0.5em;
      border-radius: 1em;
      background: color-mix(in srgb, currentColor 25%, transparent);
      overflow: hidden;
    }
    .fill {
      display: block;
      height: 100%;
      background: currentColor;
      transform: scaleX(0);
      transform-origin: left;
      will-change: transform;
    }
    :host(:dir(rtl)) .fill {
      transform-origin: right;
    }
    .note {
      padding: 0.6em 0.9em;
      border-inline-start: 4px solid color-mix(in srgb, currentColor 45%, transparent);
      background: var(--_it-soft);
    }
    /* One filled Pause/Resume, outlined Previous/Next beside it, End in words at the far end: each wraps as a whole
       when the line is full (at 320 px with 200 % text, one per line), and none is ever wider than the widget. */
    .controls,
    .moves {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em;
    }
    .moves {
      flex: 0 1 auto;
      align-items: stretch; /* one height for both, when one of them wraps */
    }
    .quiet {
      min-height: 2.75em;
      min-width: 2.75em;
      max-width: 100%;
      margin-inline-start: auto;
      padding: 0.6em 0.75em;
      border: 0;
      background: none;
      color: inherit;
      font: inherit;
      text-decoration: underline;
      text-underline-offset: 0.2em;
      cursor: pointer;
    }
    .quiet:hover {
      text-decoration-thickness: 2px;
    }
    .said {
      display: contents; /* only the live region inside: no gap of its own */
    }
    .log {
      padding-top: var(--_it-gap);
      border-top: 1px solid var(--imagery-timer-border-color, var(--_border));
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em 1em;
    }
    .primary {
      align-self: flex-start;
      min-width: 8em;
    }
    .controls .primary {
      align-self: stretch;
    }

    @container (max-width: 24em) {
      .base {
        padding: var(--_it-gap);
      }
      .primary {
        align-self: stretch; /* one width for the main button at every step, as the running controls have */
      }
      .controls .primary,
      .moves {
        flex: 1 1 100%;
      }
      .moves button {
        flex: 1 1 auto; /* side by side when both fit whole; else one per line, never "Previous / step" */
      }
      .controls .quiet {
        margin-inline: auto;
      }
      .pacer {
        grid-template-rows: 6.5em auto;
      }
      .orb {
        width: 6.5em;
        height: 6.5em;
      }
    }
    @media (forced-colors: active) {
      .fill,
      .orb {
        background: CanvasText;
        forced-color-adjust: none;
      }
    }
  `
];
