import { warnOnce } from '../lib/warn.js';

/**
 * Reads an enumerated attribute (`variant`, `open`, `layout`): one of `allowed`, else the first (the default)
 * with one warning that names the element, the attribute and the values it accepts.
 */
export function choice<T extends string>(value: unknown, allowed: readonly T[], tag: string, attribute: string): T {
  if (value == null || value === '') return allowed[0];
  const normalized = String(value).trim().toLowerCase();
  if ((allowed as readonly string[]).includes(normalized)) return normalized as T;
  warnOnce(
    `<${tag}>: ${attribute}="${String(value)}" is not one of ${allowed.map((a) => `"${a}"`).join(', ')}; using "${allowed[0]}".`
  );
  return allowed[0];
}
