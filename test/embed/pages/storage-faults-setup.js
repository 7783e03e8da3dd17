// Breaks Web Storage before the widgets load, the ways real browsers do: `?fault=access` (the getter throws, as with
// storage blocked in settings), `?fault=set` (a full quota), `?fault=corrupt` (keys under our prefix holding broken
// JSON). In a sandboxed frame without allow-same-origin, storage throws SecurityError with no help from here.
(() => {
  const fault = new URLSearchParams(location.search).get('fault');
  const denied = () => {
    throw new DOMException('storage is not allowed here', 'SecurityError');
  };
  if (fault === 'access') {
    for (const name of ['localStorage', 'sessionStorage']) Object.defineProperty(window, name, { get: denied });
  } else if (fault === 'set') {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  } else if (fault === 'corrupt') {
    for (const storage of [localStorage, sessionStorage]) {
      storage.setItem('embrace-widgets:care-checklist', '{corrupted');
      storage.setItem('embrace-widgets:consult-cta', '\uD800[');
      storage.setItem('embrace-widgets:imagery-log', '[1,2,');
    }
  }
})();
