import { css } from 'lit';

/**
 * Shared tokens and base styles for every widget's shadow root.
 *
 * Public tokens (`--embrace-*`) are read at the point of use with a literal fallback, so an unset token never breaks
 * a widget and a host page can theme every widget at once:
 *
 *   embrace-widgets-theme { } / :root { --embrace-accent: #0b5d5b; --embrace-radius: 0; }
 *
 * Private values (`--_*`) are resolved once here and are not part of the API.
 */
export const tokens = css`
  :host {
    --_accent: var(--embrace-accent, #6a2b63);
    --_on-accent: var(--embrace-on-accent, #ffffff);
    --_surface: var(--embrace-surface, transparent);
    --_border: var(--embrace-border-color, color-mix(in srgb, currentColor 25%, transparent));
    --_muted: var(--embrace-muted-color, color-mix(in srgb, currentColor 78%, transparent));
    --_radius: var(--embrace-radius, 0.5rem);
    --_space: var(--embrace-space, 1rem);
    --_focus: var(--embrace-focus-color, #1a5fb4);
    --_font: var(--embrace-font-family, inherit);
  }
`;

/**
 * Base styles: inherit the host page's font and text colour, size with the host's text (rem would follow the root,
 * which hosts often shrink), honour `hidden`, keep focus visible and respect reduced motion.
 */
export const base = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    color: inherit;
    line-height: var(--embrace-line-height, 1.5);
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box; /* not inherit: a host's "* { box-sizing: content-box }" reaches the host element */
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden:not(:focus-within) {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
`;

/** The standard style list for a widget: tokens, then base. */
export const widgetStyles = [tokens, base];
