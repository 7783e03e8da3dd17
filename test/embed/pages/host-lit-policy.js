// A host page that already runs Lit (or any Lit-based library) has created Lit's Trusted Types policy before our
// bundle loads: this is what its lit-html module does first.
window.trustedTypes?.createPolicy('lit-html', { createHTML: (html) => html });
