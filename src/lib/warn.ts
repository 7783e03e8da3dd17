/**
 * Console warnings for bad configuration. Each distinct message is printed once per page (per copy of the
 * library), so a widget re-rendering with the same bad attribute never floods the console. Memory stays bounded
 * under junk: a message is cut to MAX_MESSAGE characters (a 100 KB attribute is not kept, nor printed, whole), and
 * after MAX_SEEN distinct messages one line says the rest are not shown.
 */
const PREFIX = '[embrace-widgets]';
const MAX_MESSAGE = 400;
const MAX_SEEN = 200;
const seen = new Set<string>();

/** Warns once for each distinct `message`; returns whether it printed. */
export function warnOnce(message: string): boolean {
  let text = message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE)}…` : message;
  if (seen.has(text) || seen.size > MAX_SEEN) return false;
  seen.add(text);
  // The cap: one last line says so, and nothing more is printed (or kept) on this page.
  if (seen.size > MAX_SEEN) text = `more than ${MAX_SEEN} different warnings; the rest are not shown.`;
  console.warn(`${PREFIX} ${text}`);
  return true;
}

/** Forgets which warnings were printed. For tests. */
export function resetWarnings(): void {
  seen.clear();
}
