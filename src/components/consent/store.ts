import { now } from '../../core/clock.js';
import { cookieStorage, readJson, writeJson, type CookieOptions, type StorageAdapter } from '../../core/storage.js';
import {
  allows,
  DEFAULT_CATEGORIES,
  candidateDomains,
  isCookieConsent,
  isCurrent,
  makeConsent,
  matchesCookie,
  newConsentId,
  refusedCategories,
  type CategoryChoices,
  type CookieCategory,
  type CookieConsent,
} from './model.js';

/** How the page keeps cookie consent; set by the banner's attributes or by the host. */
export interface ConsentSettings {
  /** The cookie policy version; a different one asks again. Default `1`. */
  policyVersion?: string;
  /** The optional categories (essential is implied). */
  categories?: CookieCategory[];
  /** Where the choice is kept; default a cookie named `cookieName`. */
  storage?: StorageAdapter;
  /** Default `kith_cookie_consent`. */
  cookieName?: string;
  /** Options of the default consent cookie (path, domain, SameSite, Secure, lifetime). */
  cookie?: CookieOptions;
}

/** The detail of `kith-consent-change`: the choice the person just made. */
export interface ConsentChangeDetail {
  categories: CategoryChoices;
  version: string;
  consentId: string;
}

export type ConsentListener = (consent: CookieConsent | null) => void;

/** What `kith-consent-change` says about a choice just made. */
export function changeDetail(consent: CookieConsent): ConsentChangeDetail {
  return { categories: consent.categories, version: consent.version, consentId: consent.consentId };
}

export const DEFAULT_COOKIE_NAME = 'kith_cookie_consent';

/**
 * The page's one source of truth for cookie consent. Every banner,
 * preferences form and gate on the page (even from two copies of Kith)
 * shares it through a global symbol, so a choice made in one place shows
 * everywhere at once.
 */
export class ConsentStore {
  private settings: Required<Pick<ConsentSettings, 'policyVersion' | 'categories' | 'cookieName'>> & ConsentSettings = {
    policyVersion: '1',
    categories: DEFAULT_CATEGORIES,
    cookieName: DEFAULT_COOKIE_NAME,
  };
  private adapter: StorageAdapter | null = null;
  /** A choice storage refused to keep: honoured for the life of the page. */
  private unsaved: CookieConsent | null = null;
  private listeners = new Set<ConsentListener>();
  /** Kith's own elements: told about settings changes too, so they re-render. */
  private watchers = new Set<() => void>();

  /** Merges settings (later calls win) and re-applies the kept choice: scripts, cookies, listeners. */
  configure(settings: ConsentSettings): void {
    const before = JSON.stringify(this.current());
    const cookie = { ...this.settings.cookie, ...definedOnly(settings.cookie ?? {}) };
    this.settings = { ...this.settings, ...definedOnly(settings), cookie };
    this.adapter = null;
    const consent = this.current();
    this.enforce(consent, JSON.stringify(consent) !== before);
    for (const watcher of this.watchers) watcher();
  }

  /** @internal Calls `watcher` after any change of choice or settings. */
  watch(watcher: () => void): () => void {
    this.watchers.add(watcher);
    return () => this.watchers.delete(watcher);
  }

  get categories(): readonly CookieCategory[] {
    return this.settings.categories;
  }

  get policyVersion(): string {
    return this.settings.policyVersion;
  }

  private storage(): StorageAdapter {
    this.adapter ??= this.settings.storage ?? cookieStorage(this.settings.cookie);
    return this.adapter;
  }

  /**
   * The kept choice, or null when there is none that still answers the
   * question (none kept, unreadable, tampered, another policy version, a
   * category added since). Storage that throws also means null.
   */
  get(): CookieConsent | null {
    let kept: CookieConsent | null = null;
    try {
      kept = readJson(this.storage(), this.settings.cookieName, isCookieConsent);
    } catch {
      kept = null;
    }
    return isCurrent(kept, this.settings.policyVersion, this.settings.categories) ? kept : null;
  }

  allows(category: string): boolean {
    return allows(this.current(), category);
  }

  /**
   * Records a choice: every declared category gets a yes or no (missing ones
   * are no). Returns the record, and whether storage kept it (a page whose
   * cookies are blocked still honours the choice until it is left).
   */
  set(choices: CategoryChoices): { consent: CookieConsent; kept: boolean } {
    const complete = Object.fromEntries(this.settings.categories.map((category) => [category.id, choices[category.id] === true]));
    const consent = makeConsent(complete, this.settings.policyVersion, newConsentId(), now());
    let kept = false;
    try {
      kept = writeJson(this.storage(), this.settings.cookieName, consent);
    } catch {
      kept = false;
    }
    this.unsaved = kept ? null : consent;
    this.enforce(consent, true);
    return { consent, kept };
  }

  /** Forgets the choice, so the banner asks again; cookies of every category are deleted. */
  reset(): void {
    try {
      this.storage().remove(this.settings.cookieName);
    } catch {
      // Nothing kept to forget.
    }
    this.unsaved = null;
    this.enforce(null, true);
  }

  /** The choice in force: the kept one, or one made on this page that could not be kept. */
  current(): CookieConsent | null {
    return this.get() ?? (isCurrent(this.unsaved, this.settings.policyVersion, this.settings.categories) ? this.unsaved : null);
  }

  subscribe(listener: ConsentListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Deletes refused cookies and runs allowed scripts; tells listeners when the choice changed. */
  private enforce(consent: CookieConsent | null, changed: boolean): void {
    const doc = globalThis.document;
    if (doc) {
      deleteCookies(refusedCategories(consent, this.settings.categories).flatMap((category) => category.cookies ?? []), doc);
      runConsentedScripts(doc, (category) => allows(consent, category));
    }
    if (!changed) return;
    for (const watcher of this.watchers) watcher();
    for (const listener of this.listeners) {
      try {
        listener(consent);
      } catch (error) {
        // One host listener failing must not stop the others or the banner.
        console.error(error);
      }
    }
  }
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

const STORE = Symbol.for('kith.consentStore');

/** The page's consent store, made on first use (never at module load, for server rendering). */
export function consentStore(): ConsentStore {
  const holder = globalThis as typeof globalThis & { [STORE]?: ConsentStore };
  holder[STORE] ??= new ConsentStore();
  return holder[STORE];
}

const GATED = 'script[type="text/plain"][data-kith-consent]';

/**
 * Runs each `<script type="text/plain" data-kith-consent="analytics">` whose
 * category is allowed, once: a real script takes its place (same src or
 * text and attributes) and the original is marked so it never runs again.
 */
export function runConsentedScripts(root: ParentNode, isAllowed: (category: string) => boolean): number {
  let ran = 0;
  for (const gated of root.querySelectorAll<HTMLScriptElement>(GATED)) {
    const category = gated.dataset['kithConsent'] ?? '';
    if (gated.hasAttribute('data-kith-consent-ran') || !isAllowed(category)) continue;
    gated.setAttribute('data-kith-consent-ran', '');
    const script = gated.ownerDocument.createElement('script');
    for (const { name, value } of gated.attributes) {
      if (name !== 'type' && name !== 'data-kith-consent-ran') script.setAttribute(name, value);
    }
    // `data-type="module"` gives the real script a type of its own.
    const type = gated.dataset['type'];
    if (type) script.type = type;
    script.text = gated.text;
    gated.after(script);
    ran++;
  }
  return ran;
}

/** The names of the cookies the page can see, exactly as they are written (a sandboxed page may refuse to say). */
function cookieNames(doc: Document): string[] {
  try {
    return doc.cookie
      .split(';')
      .map((pair) => pair.split('=')[0]!.trim())
      .filter(Boolean);
  } catch {
    return [];
  }
}

/** A cookie name URL-decoded where it can be; a name another script wrote with a stray `%` stays as written. */
function readableName(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/**
 * Deletes the named cookies (and `prefix*` matches) that the page can see,
 * on the path `/` and on every domain they may have been set for.
 */
export function deleteCookies(patterns: readonly string[], doc: Document): string[] {
  if (patterns.length === 0) return [];
  // Matched as written and as read (`a%20b` is “a b”); deleted as written: a name re-encoded could be another cookie's.
  const doomed = cookieNames(doc).filter((name) => patterns.some((pattern) => matchesCookie(pattern, name) || matchesCookie(pattern, readableName(name))));
  const hostname = doc.location?.hostname ?? '';
  for (const name of doomed) {
    for (const domain of candidateDomains(hostname)) {
      try {
        doc.cookie = `${name}=; Path=/; Max-Age=0${domain ? `; Domain=${domain}` : ''}`;
      } catch {
        // Cookies blocked: nothing was set either.
      }
    }
  }
  return doomed;
}

/* The small public API for hosts. */

/** The person's cookie choice in force, or null when they have not chosen (for this policy version). */
export function getConsent(): CookieConsent | null {
  return consentStore().current();
}

/** Calls `listener` after every change of choice (from any banner, form, gate or `setConsent`). Returns an unsubscribe function. */
export function onConsentChange(listener: ConsentListener): () => void {
  return consentStore().subscribe(listener);
}

/** Records a choice from code (e.g. the host's own form): `true`/`false` for all, or per category. */
export function setConsent(choices: CategoryChoices | boolean): CookieConsent {
  const store = consentStore();
  const all = typeof choices === 'boolean' ? Object.fromEntries(store.categories.map((c) => [c.id, choices])) : choices;
  return store.set(all).consent;
}

/** Forgets the choice: banners ask again and optional cookies are deleted. */
export function resetConsent(): void {
  consentStore().reset();
}

/** Sets where and how consent is kept, and the categories and policy version (banners do this from their attributes). */
export function configureConsent(settings: ConsentSettings): void {
  consentStore().configure(settings);
}
