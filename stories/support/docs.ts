/**
 * The rows of an element's API table that are about styling: CSS custom properties (`--…`) and parts, which
 * `.storybook/manifest.ts` names `::part(…)`. The docs pages show them under "Theming" and everything else under
 * "Attributes".
 */
export const THEMING_ROWS = /^(--|::part\()/;
