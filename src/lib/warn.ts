/**
 * Console warnings for bad configuration. Each distinct message is printed once per page (per copy of the
 * library), so a widget re-rendering with the same bad attribute never floods the console. Memory stays bounded
 * under junk: a message is cut to MAX_MESSAGE characters (a 100 KB attribute is not kept, nor printed, whole), and
 * the set of messages already printed is forgotten when it reaches MAX_SEEN (a repeat may then print once more).
 */
const PREFIX = '[embrace-widgets]';
const MAX_MESSAGE = 400;
const MAX_SEEN = 200;
const seen = new Set<string>();

/** Warns once for each distinct `message`; returns whether it printed. */
export function warnOnce(message: string): boolean {
  const text = message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE)}…` : message;
  if (seen.has(text)) return false;
  if (seen.size >= MAX_SEEN) seen.clear();
  seen.add(text);
  console.warn(`${PREFIX} ${text}`);
  return true;
}

/** Forgets which warnings were printed. For tests. */
export function resetWarnings(): void {
  seen.clear();
}
