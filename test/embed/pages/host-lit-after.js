// What a host's own lit-html module does when it is evaluated, after the widgets' bundle: create Lit's policy. It
// must find the name free: taken, createPolicy throws and the host's whole app fails to load.
try {
  window.trustedTypes?.createPolicy('lit-html', { createHTML: (html) => html });
  window.__hostLit = 'created';
} catch (error) {
  window.__hostLit = `threw: ${error.message}`;
}
