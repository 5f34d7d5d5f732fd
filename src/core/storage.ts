/**
 * Where a component may keep something, if the host allows it. Components
 * store nothing unless the host passes an adapter. Every adapter here
 * survives storage that throws (blocked cookies, private mode, quota) and
 * answers `null` / `false` instead.
 */
export interface StorageAdapter {
  get(key: string): string | null;
  /** Returns false when the value could not be kept. */
  set(key: string, value: string): boolean;
  remove(key: string): boolean;
}

export interface CookieOptions {
  /** Default `/`. */
  path?: string;
  /** Leave unset for the current host only; set e.g. `.example.gov.uk` to share across subdomains. */
  domain?: string;
  /** Default `Lax`. */
  sameSite?: 'Strict' | 'Lax' | 'None';
  /** Default: true on https pages. `SameSite=None` always needs it. */
  secure?: boolean;
  /** Lifetime in seconds; default one year. */
  maxAgeSeconds?: number;
}

const ONE_YEAR = 365 * 24 * 60 * 60;

/** Anything with a `cookie` string like `document` (injectable for tests). */
export interface CookieJar {
  cookie: string;
}

export function cookieStorage(options: CookieOptions = {}, jar: CookieJar | undefined = globalThis.document): StorageAdapter {
  const secure =
    options.secure ?? (options.sameSite === 'None' || globalThis.location?.protocol === 'https:');
  const attributes = (maxAge: number): string =>
    [
      `Path=${options.path ?? '/'}`,
      options.domain ? `Domain=${options.domain}` : '',
      `Max-Age=${maxAge}`,
      `SameSite=${options.sameSite ?? 'Lax'}`,
      secure ? 'Secure' : '',
    ]
      .filter(Boolean)
      .join('; ');

  return {
    get(key) {
      try {
        const wanted = encodeURIComponent(key);
        for (const pair of (jar?.cookie ?? '').split(/;\s*/)) {
          const at = pair.indexOf('=');
          if (at > 0 && pair.slice(0, at) === wanted) return decodeURIComponent(pair.slice(at + 1));
        }
        return null;
      } catch {
        return null;
      }
    },
    set(key, value) {
      try {
        if (!jar) return false;
        jar.cookie = `${encodeURIComponent(key)}=${encodeURIComponent(value)}; ${attributes(options.maxAgeSeconds ?? ONE_YEAR)}`;
        return this.get(key) === value;
      } catch {
        return false;
      }
    },
    remove(key) {
      try {
        if (!jar) return false;
        jar.cookie = `${encodeURIComponent(key)}=; ${attributes(0)}`;
        return this.get(key) === null;
      } catch {
        return false;
      }
    },
  };
}

/** localStorage (or any Storage), looked up on each call: even reading `window.localStorage` can throw. */
export function webStorage(getStorage: () => Storage | undefined = () => globalThis.localStorage): StorageAdapter {
  return {
    get(key) {
      try {
        return getStorage()?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    set(key, value) {
      try {
        const storage = getStorage();
        if (!storage) return false;
        storage.setItem(key, value);
        return true;
      } catch {
        return false;
      }
    },
    remove(key) {
      try {
        getStorage()?.removeItem(key);
        return true;
      } catch {
        return false;
      }
    },
  };
}

/** Keeps values for the life of the page only: the safe default. */
export function memoryStorage(initial: Record<string, string> = {}): StorageAdapter {
  const values = new Map(Object.entries(initial));
  return {
    get: (key) => values.get(key) ?? null,
    set: (key, value) => {
      values.set(key, String(value));
      return true;
    },
    remove: (key) => values.delete(key) || true,
  };
}

/**
 * Reads a JSON value and accepts it only if `isExpected` says it is what we
 * wrote; anything else (tampered, truncated, another app's) is `null`.
 */
export function readJson<T>(adapter: StorageAdapter, key: string, isExpected: (value: unknown) => value is T): T | null {
  const text = adapter.get(key);
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    return isExpected(value) ? value : null;
  } catch {
    return null;
  }
}

export function writeJson(adapter: StorageAdapter, key: string, value: unknown): boolean {
  try {
    return adapter.set(key, JSON.stringify(value));
  } catch {
    return false;
  }
}
