// Loaded first, as a classic script, by every embed test page: records uncaught errors, unhandled rejections and
// console warnings so the test in the parent page can count them after the page has loaded.
window.__probe = { errors: [], warnings: [], violations: [], beacons: 0 };
// Count beacons instead of sending them: the privacy audit expects none.
if (navigator.sendBeacon) navigator.sendBeacon = () => ((window.__probe.beacons += 1), true);
window.addEventListener('error', (event) => window.__probe.errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.__probe.errors.push(String(event.reason)));
document.addEventListener('securitypolicyviolation', (event) =>
  window.__probe.violations.push(`${event.violatedDirective} ${event.blockedURI}`)
);
const warn = console.warn.bind(console);
console.warn = (...args) => {
  window.__probe.warnings.push(args.map(String).join(' '));
  warn(...args);
};
