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
    /* An element's own accent (--consult-cta-accent…) comes in through --_own-accent, set on its :host. */
    --_accent: var(--_own-accent, var(--embrace-accent, #6a2b63));
    --_on-accent: var(--_own-on-accent, var(--embrace-on-accent, #ffffff));
    --_surface: var(--embrace-surface, transparent);
    --_border: var(--embrace-border-color, color-mix(in srgb, currentColor 25%, transparent));
    /* The edge that tells a control from the page (checkboxes, selects, buttons): 3:1 on any host whose text is. */
    --_control: var(--embrace-control-border-color, color-mix(in srgb, currentColor 80%, transparent));
    --_muted: var(--embrace-muted-color, color-mix(in srgb, currentColor 90%, transparent));
    /* The accent drawn on the host's own background (markers, rules): moved toward the host's text color, so it
       stays visible on a light, a dark or a colored page. Text is never accent-colored on the host's background. */
    --_tint: color-mix(in srgb, var(--_accent) 55%, currentColor);
    --_wash: color-mix(in srgb, currentColor 6%, transparent);
    --_radius: var(--embrace-radius, 0.5rem);
    --_space: var(--embrace-space, 1rem);
    --_focus: var(--embrace-focus-color, currentColor);
    --_font: var(--embrace-font-family, inherit);
    --_heading-font: var(--embrace-heading-font-family, var(--_font));
    --_heading-weight: var(--embrace-heading-font-weight, 600);
  }
`;

/**
 * Base styles: inherit the host page's font and text color, size with the host's text (rem would follow the root,
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
  /* The host's text color (or --embrace-focus-color): it contrasts with the host's background by definition.
     Filled buttons keep the host's color on the element and put their own on the label inside (see .solid). */
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .heading {
    font-family: var(--_heading-font);
    font-weight: var(--_heading-weight);
    text-wrap: balance;
  }
  p {
    text-wrap: pretty; /* no orphaned last word at 320 px, where engines support it */
  }
  a {
    color: inherit; /* the host's text color: an accent on a background the widget does not own could vanish */
    text-decoration-thickness: max(1px, 0.07em);
    text-underline-offset: 0.18em;
  }
  a:hover {
    text-decoration-thickness: max(2px, 0.12em);
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
