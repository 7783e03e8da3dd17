// Loaded first (classic script) by the benchmark pages: counts what is left behind — listeners on window and
// document, and pending timers and animation frames — so the memory benchmark can say "none".
(() => {
  const live = { listeners: new Map(), timeouts: new Set(), intervals: new Set(), frames: new Set() };
  const key = (target, type, listener, options) =>
    `${target === window ? 'window' : 'document'}|${type}|${typeof options === 'boolean' ? options : !!options?.capture}`;
  const ids = new WeakMap();
  let next = 0;
  const idOf = (fn) => (ids.has(fn) ? ids.get(fn) : (ids.set(fn, ++next), next));
  const { addEventListener: add, removeEventListener: remove } = EventTarget.prototype;
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    if ((this === window || this === document) && listener) {
      live.listeners.set(`${key(this, type, listener, options)}|${idOf(listener)}`, true);
      if (options?.signal) {
        options.signal.addEventListener('abort', () =>
          live.listeners.delete(`${key(this, type, listener, options)}|${idOf(listener)}`)
        );
      }
    }
    return add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (type, listener, options) {
    if ((this === window || this === document) && listener)
      live.listeners.delete(`${key(this, type, listener, options)}|${idOf(listener)}`);
    return remove.call(this, type, listener, options);
  };
  const wrap = (setName, clearName, set, once) => {
    const original = window[setName];
    const clear = window[clearName];
    window[setName] = function (callback, ...rest) {
      const id = original.call(
        window,
        typeof callback === 'function'
          ? (...args) => {
              if (once) set.delete(id);
              return callback(...args);
            }
          : callback,
        ...rest
      );
      set.add(id);
      return id;
    };
    window[clearName] = function (id) {
      set.delete(id);
      return clear.call(window, id);
    };
  };
  wrap('setTimeout', 'clearTimeout', live.timeouts, true);
  wrap('setInterval', 'clearInterval', live.intervals, false);
  wrap('requestAnimationFrame', 'cancelAnimationFrame', live.frames, true);
  window.__leftBehind = () => ({
    listeners: live.listeners.size,
    timeouts: live.timeouts.size,
    intervals: live.intervals.size,
    frames: live.frames.size
  });
})();
