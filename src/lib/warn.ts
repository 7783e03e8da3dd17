/**
 * Console warnings for bad configuration. Each distinct message is printed once per page (per copy of the
 * library), so a widget re-rendering with the same bad attribute never floods the console.
 */
const PREFIX = '[embrace-widgets]';
const seen = new Set<string>();

/** Warns once for each distinct `message`; returns whether it printed. */
export function warnOnce(message: string): boolean {
  if (seen.has(message)) return false;
  seen.add(message);
  console.warn(`${PREFIX} ${message}`);
  return true;
}

/** Forgets which warnings were printed. For tests. */
export function resetWarnings(): void {
  seen.clear();
}
