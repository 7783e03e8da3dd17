import type { PropertyDeclaration, ReactiveElement } from 'lit';
import { warnOnce } from '../lib/warn.js';

/** What a value is, in a warning ("a number", "an object"); a revoked Proxy, which `Array.isArray` throws on, too. */
function kind(value: unknown): string {
  try {
    if (Array.isArray(value)) return 'an array';
  } catch {
    // a revoked Proxy: an object
  }
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * Every text property of every element goes through here when set, from an attribute or from a framework. Text
 * stays as it is; what frameworks plausibly pass becomes text: a number (`emergencyNumber={112}`,
 * `readingMinutes={5}`), a boolean, or an array of words for a list (`states={['IL', 'KS']}` becomes "IL, KS").
 * `null`, `undefined` and `NaN` mean "not set". Anything else (an object, a function, an array of objects, a value whose
 * reading throws) is not set either, with one warning naming the element and the property.
 */
export function toText(value: unknown, tag: string, name: string): string | undefined {
  try {
    // `value !== value`: NaN, a number that failed upstream (`Number('x')`): unset, like null
    if (value == null || value !== value) return undefined;
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
    if (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number')) {
      return value.join(', ');
    }
  } catch {
    // a Proxy or a getter that throws: not usable text
  }
  warnOnce(`<${tag}>: ${name} was set to ${kind(value)}, not text; using the default.`);
  return undefined;
}

/** Properties typed `string | number` (the timer's times, every heading level): a number set there stays one. */
const NUMERIC = new Set<PropertyKey>(['minutes', 'breathIn', 'breathOut', 'headingLevel']);

/**
 * Wraps the accessor Lit makes for a reactive property so that a text property is coerced by `toText`, and a
 * boolean one by `Boolean()`, before Lit sees it.
 */
function textDescriptor(
  descriptor: PropertyDescriptor | undefined,
  name: PropertyKey,
  options: PropertyDeclaration
): PropertyDescriptor | undefined {
  // Text properties are those read from an attribute as a String (Lit's default); a Boolean one becomes a real
  // boolean (a Proxy or an object must never reach a template binding); objects (`attribute: false`) are left alone.
  const { type } = options;
  if (!descriptor?.set || options.attribute === false || (type && type !== String && type !== Boolean))
    return descriptor;
  const { set } = descriptor;
  return {
    ...descriptor,
    set(this: HTMLElement, value: unknown) {
      const kept = typeof value === 'number' && !Number.isNaN(value) && NUMERIC.has(name);
      set.call(this, type === Boolean ? Boolean(value) : kept ? value : toText(value, this.localName, String(name)));
    }
  };
}

/**
 * An element's words: its defaults with the host's `strings` overrides on top, checked entry by entry. A text where
 * the table expects a function (`{ emergency: 'Call 112' }`) becomes a function returning it; a function that throws
 * or returns no text falls back to the default wording; anything else, an unknown key included, is left out with a
 * warning. A table that cannot be read at all (a Proxy, a getter that throws) gives the defaults.
 */
export function readStrings<T extends object>(defaults: T, overrides: unknown, tag: string): T {
  if (overrides == null) return defaults;
  const table = defaults as unknown as Record<string, unknown>;
  const merged = { ...table };
  const warn = (key: string) => warnOnce(`<${tag}>: strings.${key} is not usable here; using the default wording.`);
  try {
    if (typeof overrides !== 'object') throw new TypeError();
    for (const key of Object.keys(overrides)) {
      const value = (overrides as Record<string, unknown>)[key];
      const fallback = table[key];
      if (!Object.prototype.hasOwnProperty.call(table, key)) warn(key);
      else if (typeof fallback !== 'function') {
        if (typeof value === 'string' || typeof value === 'number') merged[key] = String(value);
        else warn(key);
      } else if (typeof value === 'string') merged[key] = () => value;
      else if (typeof value === 'function') {
        merged[key] = (...args: unknown[]) => {
          try {
            const out: unknown = value(...args);
            if (typeof out === 'string') return out;
          } catch {
            // the host's function failed: the default wording, and the person's click still works
          }
          warn(key);
          return (fallback as (...a: unknown[]) => string)(...args);
        };
      } else warn(key);
    }
  } catch {
    warnOnce(`<${tag}>: the strings table could not be read; using the default wording.`);
    return defaults;
  }
  return merged as T;
}

/**
 * Lit's `@property()` decorator as this library compiles it (TypeScript's experimental decorators, see tsconfig),
 * followed by the coercing wrapper around the accessor Lit defines (see `textDescriptor`). Every element imports
 * `property` and `state` from here: one place for every element, without overriding Lit's static methods (which its
 * development build reports as deprecated). It does what Lit's own decorator does for experimental decorators:
 * `createProperty`, and it returns the descriptor to define (for a decorated accessor, the decorator helper would
 * otherwise put the undecorated one back). Lit's module, which also carries the standard decorators' path, never reaches a page
 * (issue 29).
 */
// `any`, as Lit's own legacy decorator type: TypeScript wants a property decorator to return nothing it can check.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function property(options?: PropertyDeclaration): (proto: object, name: PropertyKey) => any {
  return (proto, name) => {
    (proto.constructor as typeof ReactiveElement).createProperty(name, options);
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    const wrapped = textDescriptor(descriptor, name, options ?? {});
    if (wrapped !== descriptor) Object.defineProperty(proto, name, wrapped!);
    return wrapped; // the decorator helper defines it again (a field) or in place of the undecorated one (an accessor)
  };
}

/** Lit's `@state()`: a reactive property with no attribute, which renders when it changes (never coerced). */
export const state = (): ReturnType<typeof property> => property({ state: true, attribute: false });
