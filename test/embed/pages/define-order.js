// Records the order in which custom elements are defined (loaded before any widget script).
window.__defined = [];
const define = customElements.define.bind(customElements);
customElements.define = (name, ...rest) => {
  window.__defined.push(name);
  return define(name, ...rest);
};
