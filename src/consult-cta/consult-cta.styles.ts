import { css } from 'lit';
import { widgetStyles } from '../styles/base.js';

export const consultCtaStyles = [
  ...widgetStyles,
  css`
    :host {
      --_cta-accent: var(--consult-cta-accent, var(--_accent));
      --_cta-on-accent: var(--consult-cta-on-accent, var(--_on-accent));
      --_cta-surface: var(--consult-cta-surface, var(--_surface));
      --_cta-text: var(--consult-cta-text, inherit);
      --_cta-radius: var(--consult-cta-radius, var(--_radius));
      --_cta-padding: var(--consult-cta-padding, calc(var(--_space) * 1.25));
      --_cta-gap: var(--consult-cta-gap, calc(var(--_space) * 0.75));
      --_cta-border: var(--consult-cta-border-color, var(--_border));
      color: var(--_cta-text);
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
    .banner {
      flex-flow: row wrap;
      align-items: center;
      justify-content: space-between;
      padding: calc(var(--_cta-padding) * 0.75) var(--_cta-padding);
      background: var(--_cta-surface);
      border-block: 1px solid var(--_cta-border);
    }
    .text {
      display: flex;
      flex-direction: column;
      gap: 0.5em;
    }
    .banner .text {
      flex: 1 1 18em;
      min-width: 0;
    }
    .inline {
      display: inline;
    }

    .heading {
      margin: 0;
      font-size: 1.3em;
      line-height: 1.25;
      font-weight: 700;
    }
    .banner .heading {
      font-size: 1.1em;
    }
    p {
      margin: 0;
    }
    .body {
      display: flex;
      flex-direction: column;
      gap: 0.5em;
    }

    .actions {
      display: flex;
      flex-flow: row wrap;
      align-items: center;
      gap: 0.5em 1em;
    }
    .action {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      min-height: 2.75em;
      max-width: 100%;
      padding: 0.6em 1.2em;
      border: 2px solid transparent;
      border-radius: var(--_cta-radius);
      background: var(--_cta-accent);
      color: var(--_cta-on-accent);
      font: inherit;
      font-weight: 600;
      line-height: 1.2;
      text-align: center;
      text-decoration: none;
      cursor: pointer;
    }
    .action:hover {
      background: color-mix(in srgb, var(--_cta-accent) 85%, black);
    }
    .inline .action {
      display: inline;
      min-height: 0;
      padding: 0;
      border: 0;
      background: none;
      color: var(--_cta-accent);
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }
    a:not(.action) {
      color: var(--_cta-accent);
      text-underline-offset: 0.15em;
    }

    .location {
      display: flex;
      flex-direction: column;
      gap: 0.35em;
      min-width: 0;
    }
    .inline + .location {
      margin-top: 0.5em;
    }
    label {
      font-weight: 600;
    }
    .hint {
      color: var(--_muted);
      font-size: 0.9em;
    }
    select {
      max-width: 100%;
      min-height: 2.75em;
      padding: 0.4em 0.6em;
      border: 1px solid currentColor;
      border-radius: calc(var(--_cta-radius) * 0.5);
      background: Field;
      color: FieldText;
      font: inherit;
    }
    .outcome:empty {
      display: none; /* ordinary text, shown once there is an answer; the live region is separate */
    }
    .outcome {
      padding: 0.75em 1em;
      border-inline-start: 4px solid var(--_cta-accent);
      background: color-mix(in srgb, var(--_cta-accent) 7%, transparent);
      border-radius: calc(var(--_cta-radius) * 0.5);
    }

    dialog {
      width: min(100vw - 2rem, 56rem);
      height: min(100dvh - 2rem, 48rem);
      max-width: none;
      max-height: none;
      padding: 0;
      border: 0;
      border-radius: var(--_cta-radius);
      background: Canvas;
      color: CanvasText;
      overscroll-behavior: contain;
    }
    dialog[open] {
      display: flex;
      flex-direction: column;
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 0.55);
    }
    .dialog-bar {
      display: flex;
      align-items: center;
      gap: 1em;
      padding: 0.5em 0.5em 0.5em 1em;
      border-bottom: 1px solid color-mix(in srgb, CanvasText 20%, transparent);
    }
    .dialog-bar .heading {
      flex: 1;
      min-width: 0;
      overflow: hidden;
      font-size: 1.1em;
      text-overflow: ellipsis;
      white-space: nowrap; /* one line, so the booking page keeps the height, also at 320 px with 200 % text */
    }
    .close {
      flex: none;
      min-height: 44px;
      padding: 0.25em 0.75em;
      border: 1px solid currentColor;
      border-radius: calc(var(--_cta-radius) * 0.5);
      background: transparent;
      color: inherit;
      font: inherit;
      cursor: pointer;
    }
    iframe {
      flex: 1 1 auto;
      width: 100%;
      min-height: 0;
      border: 0;
    }
    .dialog-foot {
      margin: 0;
      padding: 0.5em 1em;
      font-size: 0.9em;
      line-height: 1.3;
    }
    .dialog-hint {
      margin-inline-end: 1em;
    }
    @media (max-width: 40em) {
      dialog {
        width: 100vw;
        height: 100dvh;
        border-radius: 0;
      }
      .dialog-bar {
        padding-block: 0.25em;
      }
      .dialog-foot {
        padding-block: 0.25em;
        font-size: 0.8em;
      }
    }

    @media (forced-colors: active) {
      .action {
        border-color: ButtonText;
      }
      .outcome {
        border: 1px solid CanvasText;
      }
    }
  `
];
