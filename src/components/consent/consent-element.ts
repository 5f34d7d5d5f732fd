import type { PropertyValues, PropertyDeclarations } from 'lit';
import { KithElement } from '../../core/element.js';
import { JsonChild } from '../../core/light-dom.js';
import type { StorageAdapter } from '../../core/storage.js';
import type { ProblemDraft } from '../../core/validation.js';
import { checkLinkAddress, validateCategories, type CategoryChoices, type CookieCategory, type CookieConsent } from './model.js';
import { changeDetail, consentStore, ConsentStore, type ConsentChangeDetail } from './store.js';
import { consentSettings } from './settings.js';

/** Properties that say how consent is kept; a change to any of them reconfigures the page's store. */
const SETTINGS = new Set(['store', 'policyVersion', 'categories', 'storage', 'cookieName', 'cookieDomain', 'cookiePath', 'cookieSameSite', 'cookieSecure', 'cookieDays']);

/**
 * The base of the cookie consent elements (banner, preferences form, gate).
 * All of them share one page-wide store; each may carry settings for it
 * (only the ones set are passed on, so a gate with none changes nothing).
 * Categories come from the `categories` property or a JSON child
 * `{"categories": […]}`.
 *
 * @fires kith-consent-change - The person made a choice. `detail: {categories, version, consentId}`.
 */
export abstract class KithConsentElement extends KithElement {
  /** Reactive properties (declared here rather than with decorators: their runtime cost every entry ~0.4 kB). */
  static override properties: PropertyDeclarations = {
    policyVersion: { attribute: 'policy-version' },
    categories: { attribute: false },
    storage: { attribute: false },
    cookieName: { attribute: 'cookie-name' },
    cookieDomain: { attribute: 'cookie-domain' },
    cookiePath: { attribute: 'cookie-path' },
    cookieSameSite: { attribute: 'cookie-same-site' },
    cookieSecure: { type: Boolean, attribute: 'cookie-secure' },
    cookieDays: { type: Number, attribute: 'cookie-days' },
    store: { attribute: false },
    cookiesPage: { attribute: 'cookies-page' },
    consent: { state: true },
    declared: { state: true },
  };
  /** The cookie policy version; when it changes, everyone is asked again. Default `1`. */
  policyVersion?: string;

  /** The optional cookie categories, e.g. `[{id: 'analytics', name: {en, cy}, description: {en, cy}, cookies: ['_ga*']}]`. */
  categories?: CookieCategory[];

  /** Where the choice is kept, instead of the consent cookie (e.g. a store shared across subdomains). */
  storage?: StorageAdapter;

  /** The consent cookie's name. Default `kith_cookie_consent`. */
  cookieName?: string;

  /** The consent cookie's domain, e.g. `.example.gov.uk` to share it across subdomains. */
  cookieDomain?: string;

  /** The consent cookie's path. Default `/`. */
  cookiePath?: string;

  /** The consent cookie's SameSite. Default `Lax`. */
  cookieSameSite?: 'Strict' | 'Lax' | 'None';

  /** Mark the consent cookie Secure (it always is on https pages). */
  cookieSecure = false;

  /** How long the choice is kept, in days. Default 365. */
  cookieDays?: number;

  /**
   * A consent store of its own instead of the page's (e.g. a preview in a
   * CMS, or a design-system page showing several banners). Default: the
   * page's store, shared by every consent element.
   */
  store?: ConsentStore;

  /** The address of the cookies page (with the preferences form). */
  cookiesPage = '/cookies';

  /** The choice in force (null before one is made). */
  protected consent: CookieConsent | null = null;
  /** The categories declared for the page. */
  protected declared: readonly CookieCategory[] = [];

  private jsonChild = new JsonChild();
  private unwatch?: () => void;

  /** The store in use: its own, or the page's. */
  protected get activeStore(): ConsentStore {
    return this.store ?? consentStore();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.watchStore();
  }

  private watchStore(): void {
    this.unwatch?.();
    this.unwatch = this.activeStore.watch(() => this.syncFromStore());
    this.syncFromStore();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unwatch?.();
  }

  private synced = false;

  private syncFromStore(): void {
    const store = this.activeStore;
    const before = this.consent;
    this.consent = store.current();
    this.declared = store.categories;
    if (!this.synced || JSON.stringify(before) !== JSON.stringify(this.consent)) this.consentChanged(this.consent);
    this.synced = true;
  }

  /** Called with the choice in force when first known, then whenever it changes (here or anywhere on the page). */
  protected consentChanged(_consent: CookieConsent | null): void {}

  /** Problems with this element's own input beyond the settings (checked on every update). */
  protected ownProblems(): ProblemDraft[] {
    return [];
  }

  private settingsProblems: ProblemDraft[] = [];

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('store') && this.isConnected) this.watchStore();
    if (!this.hasUpdated || [...changed.keys()].some((key) => SETTINGS.has(String(key)))) this.configureStore();
    this.setProblems([...this.settingsProblems, ...checkLinkAddress(this.cookiesPage, 'cookies-page'), ...this.ownProblems()]);
  }

  private configureStore(): void {
    const problems: ProblemDraft[] = [];
    const given = this.categories ?? this.readLightDom(problems);
    const { categories, problems: found } = given === undefined ? { categories: undefined, problems: [] } : validateCategories(given);
    problems.push(...found);
    this.settingsProblems = problems;
    if (problems.length > 0) return;
    this.activeStore.configure(
      consentSettings({
        policyVersion: this.policyVersion,
        categories,
        storage: this.storage,
        cookieName: this.cookieName,
        cookieDomain: this.cookieDomain,
        cookiePath: this.cookiePath,
        cookieSameSite: this.cookieSameSite,
        cookieSecure: this.cookieSecure,
        cookieDays: this.cookieDays,
      }),
    );
    this.syncFromStore();
  }

  private readLightDom(problems: ProblemDraft[]): unknown {
    return this.jsonChild.fields(this, problems)['categories'];
  }

  /**
   * Records a choice the person made here: keeps it, fires
   * `kith-consent-change`, and `kith-error` if storage refused it (the
   * choice still applies until the page is left). Returns whether it was kept.
   */
  protected record(choices: CategoryChoices): boolean {
    const { consent, kept } = this.activeStore.set(choices);
    this.emit('kith-consent-change', changeDetail(consent));
    if (!kept) this.reportWarning({ code: 'storage-failed', path: this.storage ? 'storage' : 'cookie-name' });
    return kept;
  }
}

declare module '../../core/events.js' {
  interface KithEventMap {
    'kith-consent-change': ConsentChangeDetail;
  }
}
declare global {
  interface HTMLElementEventMap {
    'kith-consent-change': CustomEvent<ConsentChangeDetail>;
  }
}
