// Counts the MutationObservers created on the page (loaded before any widget script).
window.__observers = 0;
const Native = window.MutationObserver;
window.MutationObserver = class extends Native {
  constructor(callback) {
    super(callback);
    window.__observers += 1;
  }
};
