import { checkArray, checkRecord, checkText, checkId, checkUniqueIds } from '../../core/checks.js';
import { isRecord, type LocalisedText, type ProblemDraft } from '../../core/validation.js';

/**
 * Cookie consent, pure: the categories a host declares, the choice a person
 * makes, and how that choice is kept and checked. Nothing here touches the
 * DOM; the page-wide store (store.ts) and the elements use it.
 */

/** Always on and never a choice: cookies the service needs to work. */
export const ESSENTIAL = 'essential';

/** A kind of optional cookie the host declares, e.g. analytics. */
export interface CookieCategory {
  /** Short id with no spaces, e.g. `analytics`. */
  id: string;
  /** What it is called, written to read in a list (“analytics”, “remembering your settings”). */
  name: LocalisedText;
  /** What these cookies do, in plain words. */
  description: LocalisedText;
  /**
   * Names of the cookies set for this category, deleted when it is rejected
   * or withdrawn. A trailing `*` matches a prefix (`_ga*`).
   */
  cookies?: string[];
}

/** Yes or no for each declared category (essential is always yes). */
export type CategoryChoices = Record<string, boolean>;

/** What is kept in the consent cookie. */
export interface CookieConsent {
  /** The cookie policy version the person answered. */
  version: string;
  categories: CategoryChoices;
  /** A random id for this choice, for the host's records. */
  consentId: string;
  /** When the choice was made (ISO 8601). */
  timestamp: string;
}

/**
 * What a banner asks about when the host declares nothing: analytics, the
 * one optional category most council sites have. Hosts should declare their own.
 */
export const DEFAULT_CATEGORIES: CookieCategory[] = [
  {
    id: 'analytics',
    name: { en: 'analytics', cy: 'dadansoddeg' },
    description: {
      en: 'Analytics cookies tell us how you use the site, so we can make it better.',
      cy: 'Mae cwcis dadansoddeg yn dweud wrthym sut rydych yn defnyddio’r wefan, er mwyn i ni ei gwella.',
    },
    cookies: ['_ga*', '_gid'],
  },
];

/** At most this many optional categories: a banner with more is not a choice a person can weigh. */
export const MAX_CATEGORIES = 12;

/**
 * Checks an address the component renders as a link (the cookies page):
 * a page on this site or an http(s) address. Anything else — `javascript:`,
 * `data:`, `vbscript:` — would run code when followed, so it is refused.
 * Parsed as the browser would (tabs and leading spaces dropped).
 */
export function checkLinkAddress(value: unknown, path: string): ProblemDraft[] {
  if (typeof value !== 'string') return [{ code: 'not-text', path }];
  const protocol = URL.canParse(value, 'https://site.invalid/') ? new URL(value, 'https://site.invalid/').protocol : '';
  return protocol === 'https:' || protocol === 'http:' ? [] : [{ code: 'unsafe-url', path, params: { value } }];
}

/** Checks host-declared categories: every problem at once, each with a path. */
export function validateCategories(input: unknown, path = 'categories'): { categories: CookieCategory[]; problems: ProblemDraft[] } {
  const problems: ProblemDraft[] = [];
  if (!checkArray(problems, input, path, 1, MAX_CATEGORIES)) return { categories: [], problems };
  input.forEach((raw, index) => {
    const at = `${path}[${index}]`;
    if (!checkRecord(problems, raw, at)) return;
    if (checkId(problems, raw['id'], `${at}.id`) && raw['id'] === ESSENTIAL) {
      problems.push({ code: 'reserved-category', path: `${at}.id`, params: { id: ESSENTIAL } });
    }
    checkText(problems, raw['name'], `${at}.name`);
    checkText(problems, raw['description'], `${at}.description`);
    const cookies = raw['cookies'];
    if (cookies !== undefined && checkArray(problems, cookies, `${at}.cookies`)) {
      cookies.forEach((name, i) => checkId(problems, name, `${at}.cookies[${i}]`));
    }
  });
  checkUniqueIds(problems, input as { id?: unknown }[], path);
  return { categories: problems.length > 0 ? [] : (input as CookieCategory[]), problems };
}

const CONSENT_ID = /^[A-Za-z0-9-]{8,64}$/;

/** True only for a value shaped exactly as we write it; anything else is treated as no choice. */
export function isCookieConsent(value: unknown): value is CookieConsent {
  if (!isRecord(value)) return false;
  const { version, categories, consentId, timestamp } = value;
  return (
    typeof version === 'string' &&
    version.length <= 100 &&
    typeof consentId === 'string' &&
    CONSENT_ID.test(consentId) &&
    typeof timestamp === 'string' &&
    !Number.isNaN(Date.parse(timestamp)) &&
    isRecord(categories) &&
    Object.keys(categories).length <= MAX_CATEGORIES + 1 &&
    Object.values(categories).every((choice) => typeof choice === 'boolean')
  );
}

/**
 * Whether a kept choice still answers the question: same policy version and
 * a yes or no for every declared category. A new category or a revised
 * policy means asking again.
 */
export function isCurrent(consent: CookieConsent | null, version: string, categories: readonly CookieCategory[]): consent is CookieConsent {
  return consent !== null && consent.version === version && categories.every((category) => typeof consent.categories[category.id] === 'boolean');
}

/** The same answer for every declared category: what Accept and Reject mean. */
export function allChoices(categories: readonly CookieCategory[], accepted: boolean): CategoryChoices {
  return Object.fromEntries(categories.map((category) => [category.id, accepted]));
}

/** A new consent record; essential is always recorded as yes. */
export function makeConsent(choices: CategoryChoices, version: string, consentId: string, now: Date): CookieConsent {
  return { version, categories: { ...choices, [ESSENTIAL]: true }, consentId, timestamp: now.toISOString() };
}

/** Whether the person said yes to a category (essential always; nothing before a choice). */
export function allows(consent: CookieConsent | null, category: string): boolean {
  return category === ESSENTIAL || consent?.categories[category] === true;
}

/** The categories a choice says no to: their cookies are deleted. */
export function refusedCategories(consent: CookieConsent | null, categories: readonly CookieCategory[]): CookieCategory[] {
  return categories.filter((category) => !allows(consent, category.id));
}

/** Whether a cookie name matches a listed name or `prefix*`. */
export function matchesCookie(pattern: string, name: string): boolean {
  return pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern;
}

/**
 * The domains a cookie may have been set on from this host: none (host
 * only), then the host and each parent (`www.a.gov.uk`, `.a.gov.uk`,
 * `.gov.uk`…). Analytics scripts usually set theirs on the parent, so
 * deleting on the host alone would leave them.
 */
export function candidateDomains(hostname: string): string[] {
  const parts = hostname.split('.').filter(Boolean);
  const domains = [''];
  if (parts.length < 2 || /^[\d.]+$/.test(hostname)) return hostname ? ['', hostname] : domains;
  for (let i = 0; i < parts.length - 1; i++) domains.push(parts.slice(i).join('.'));
  return domains;
}

/** A fresh consent id: a UUID where the browser has one, else 128 random bits in hex. */
export function newConsentId(random: Crypto | undefined = globalThis.crypto): string {
  if (random?.randomUUID) return random.randomUUID();
  const bytes = new Uint8Array(16);
  if (random) random.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The choices in force with one category changed; undecided categories stay no. */
export function withChoice(consent: CookieConsent | null, categories: readonly CookieCategory[], id: string, accepted: boolean): CategoryChoices {
  const choices = Object.fromEntries(categories.map((category) => [category.id, allows(consent, category.id)]));
  return { ...choices, [id]: accepted };
}
