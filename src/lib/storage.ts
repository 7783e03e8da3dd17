/**
 * On-device storage that never throws. `localStorage` can throw on access (`SecurityError` in sandboxed frames,
 * blocked third-party storage, some private modes), on write (`QuotaExceededError`) and hand back text that is not
 * the JSON we wrote. Widgets only store anything after the person opts in; this wrapper makes sure that failing to
 * store never breaks the widget or loses what the person is doing.
 *
 * Nothing is written to find out whether storage works: `available` only reads, and turns `false` after a failed
 * write.
 */
export interface SafeStorage {
  /** Whether the last access worked (reading, and writing once something was written). */
  readonly available: boolean;
  /** The stored value for `key`, or `fallback` when missing, unreadable, not JSON, or rejected by `isValid`. */
  get<T>(key: string, fallback: T, isValid?: (value: unknown) => value is T): T;
  /** Stores `value` as JSON; returns whether it was stored. */
  set(key: string, value: unknown): boolean;
  /** Removes `key`; returns whether storage answered. */
  remove(key: string): boolean;
}

export const STORAGE_PREFIX = 'embrace-widgets:';

function defaultStore(): Storage | null {
  return globalThis.localStorage ?? null; // the getter itself may throw SecurityError; callers catch
}

/**
 * Creates a storage wrapper. `getStore` is called on every access (storage can become unavailable while a page is
 * open, for example when a person clears site data), and may throw.
 */
export function createStorage(getStore: () => Storage | null = defaultStore, prefix = STORAGE_PREFIX): SafeStorage {
  let writable = true;
  const store = (): Storage | null => {
    try {
      const s = getStore();
      if (s) void s.length; // Safari and Firefox throw here, not on the getter, when storage is blocked
      return s;
    } catch {
      return null;
    }
  };
  return {
    get available() {
      return writable && store() !== null;
    },
    get<T>(key: string, fallback: T, isValid?: (value: unknown) => value is T): T {
      try {
        const raw = store()?.getItem(prefix + key);
        if (raw == null) return fallback;
        const parsed: unknown = JSON.parse(raw);
        if (isValid && !isValid(parsed)) return fallback;
        return parsed as T;
      } catch {
        return fallback;
      }
    },
    set(key: string, value: unknown): boolean {
      let json: string | undefined;
      try {
        json = JSON.stringify(value);
      } catch {
        return false; // a value that is not JSON (circular, BigInt) says nothing about storage itself
      }
      const s = store();
      if (!s || json === undefined) return false;
      try {
        s.setItem(prefix + key, json);
        writable = true;
        return true;
      } catch {
        writable = false;
        return false;
      }
    },
    remove(key: string): boolean {
      try {
        const s = store();
        if (!s) return false;
        s.removeItem(prefix + key);
        return true;
      } catch {
        return false;
      }
    }
  };
}
