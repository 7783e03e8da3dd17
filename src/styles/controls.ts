import { css } from 'lit';

/**
 * Controls drawn by the widget, so they follow any host page (native checkboxes and selects stay white on a dark
 * page): edges in the host's text color, fills only where the widget owns the surface.
 *
 * - `.solid`: the main action. Its background is the accent, so the words inside (`.solid > span`) take the on-accent
 *   color; the element itself keeps the host's text color for its 1px edge and focus ring, which must stand out
 *   against the page rather than against the accent.
 * - `.ghost`: a secondary button, outlined in the host's text color.
 * - `.check`: a checkbox (`<span class="check"><input type="checkbox">${tick}</span>`).
 *
 * Two sheets, so each element carries only the controls it has (the select is drawn in `<consult-cta>`'s styles).
 */
export const buttons = css`
  .solid,
  .ghost {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-height: 2.75em;
    max-width: 100%;
    padding: 0.6em 1.25em;
    border: 1px solid var(--_control);
    border-radius: var(--_control-radius, var(--_radius));
    background: transparent;
    color: inherit;
    font: inherit;
    font-weight: 600;
    line-height: 1.2;
    text-align: center;
    text-decoration: none;
    text-wrap: balance; /* two even lines, never one word alone, when a label must wrap */
    overflow-wrap: normal; /* never "Previou-s" at 320 px */
    cursor: pointer;
  }
  .solid {
    border-color: currentColor;
    background: var(--_accent);
  }
  .solid > span {
    color: var(--_on-accent);
  }
  .solid:hover {
    background: color-mix(in srgb, var(--_accent) 82%, black);
  }
  .ghost:hover {
    background: var(--_wash);
  }

  @media (forced-colors: active) {
    .solid {
      border-color: ButtonText;
    }
  }
`;

/** Drawn checkboxes (`.check`), for the elements that have them. */
export const checkboxes = css`
  .check {
    display: inline-grid;
    flex: none;
    width: 1.5em;
    height: 1.5em;
  }
  .check > * {
    grid-area: 1 / 1;
    width: 100%;
    height: 100%;
  }
  .check > input {
    appearance: none;
    margin: 0;
    border: 2px solid var(--_control);
    border-radius: 0.3em;
    background: transparent;
    color: inherit;
    font-size: inherit;
    cursor: pointer;
  }
  .check > input:checked {
    border-color: currentColor;
    background: var(--_accent);
  }
  .check > svg {
    fill: none;
    stroke: var(--_on-accent);
    stroke-width: 3;
    stroke-linecap: round;
    stroke-linejoin: round;
    visibility: hidden;
    pointer-events: none;
  }
  .check > input:checked + svg {
    visibility: visible;
  }

  @media (forced-colors: active) {
    .check > input {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: Canvas;
    }
    .check > input:checked {
      background: Highlight;
    }
    .check > svg {
      stroke: HighlightText;
    }
  }
`;
