import { html } from 'lit';

/** The tick drawn over a checked `.check` box (see styles/controls.ts): inline SVG, so no CSP applies. */
export const tick = html`<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M6 12.5l4 4 8-9" /></svg>`;
