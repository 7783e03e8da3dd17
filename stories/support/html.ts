// Writing HTML source by hand: for the snippets the docs offer (snippet.ts) and the links the stories write
// inside their widgets (fallback.ts).

/** Text as HTML source. */
export const escapeText = (value: string) =>
  value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\u00a0/g, '&nbsp;');
/** An attribute value as HTML source, inside double quotes. */
export const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
