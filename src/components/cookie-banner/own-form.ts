import { errorDetail } from '../../core/events.js';
import { closestAttribute } from '../../core/language.js';
import { around, languageReady, problemWording, resolveLanguage, translate, type Params, type TranslationOverrides } from '../../core/localize.js';
import { localizeProblem } from '../../core/localize-problem.js';
import type { TranslationKey } from '../../translations/en.js';
import { allChoices, checkLinkAddress, type CookieConsent } from '../consent/model.js';
import { changeDetail, consentStore, type ConsentStore } from '../consent/store.js';
import { cookieBannerStrings } from './strings.js';

/**
 * The banner's question when the page wrote it: the server-rendered no-JS
 * form in `<kith-cookie-banner>`'s light DOM, which is the first paint.
 * Without Lit (issue 22), so a first visit downloads only this and the
 * consent runtime. It takes the form's Accept and Reject instead of letting
 * them post, keeps the choice, and puts the confirmation in the form's place
 * (in the page's own look, its Hide button styled like the form's buttons).
 * The banner element uses it too for a banner with its own form, so a
 * page's form behaves the same whether or not the element has arrived.
 */

/** A banner whose element may not have arrived: its own properties wait on it. */
interface Banner extends HTMLElement {
  translations?: TranslationOverrides;
  storage?: unknown;
}

export interface OwnFormOptions {
  /** The store the choice goes to (the banner's own, when it has one). Default: the page's. */
  store?: ConsentStore;
  /** Where “change your cookie settings” links to. Default: the `cookies-page` attribute, else `/cookies`. */
  cookiesPage?: string;
}

/** Handles one banner's own form. */
export class OwnForm {
  private confirmation: HTMLElement | null = null;
  private choosing = false;

  constructor(
    private readonly banner: Banner,
    private readonly form: HTMLFormElement,
    private readonly options: OwnFormOptions,
  ) {
    banner.setAttribute('data-nosnippet', '');
    // The region the element would give its own question, named by the form's heading.
    if (!banner.hasAttribute('role')) {
      banner.setAttribute('role', 'region');
      const heading = form.querySelector('h1, h2, h3')?.textContent?.trim();
      if (heading) banner.setAttribute('aria-label', heading);
    }
    banner.addEventListener('submit', (event) => {
      const choice = (event.submitter as HTMLButtonElement | null)?.value;
      if (event.target !== form || (choice !== 'accept' && choice !== 'reject')) return;
      event.preventDefault();
      void this.choose(choice === 'accept');
    });
    this.store.subscribe((consent) => this.consentChanged(consent));
    // The confirmation's words, fetched now so a Welsh page confirms at once.
    void languageReady(this.lang, cookieBannerStrings);
    this.consentChanged(this.store.current());
  }

  private get store(): ConsentStore {
    return this.options.store ?? consentStore();
  }

  private get lang(): string {
    return resolveLanguage(closestAttribute(this.banner, 'lang'));
  }

  /** The cookies page, checked again as it is used (an attribute may have changed since the runtime read it). */
  private get cookiesPage(): string {
    const address = this.options.cookiesPage ?? this.banner.getAttribute('cookies-page') ?? '/cookies';
    return checkLinkAddress(address, 'cookies-page').length === 0 ? address : '/cookies';
  }

  private t(key: TranslationKey, params?: Params): string {
    return translate(this.lang, key, params, this.banner.translations, cookieBannerStrings);
  }

  /** A choice made anywhere else hides the question; no choice in force (reset, a revised policy) asks again. */
  private consentChanged(consent: CookieConsent | null): void {
    if (this.choosing) return;
    if (consent === null) {
      this.confirmation?.remove();
      this.confirmation = null;
      this.form.hidden = false;
      this.banner.hidden = false;
    } else if (!this.form.hidden) this.banner.hidden = true;
  }

  /** Records the person's choice (every category accepted or rejected) and confirms it, with focus. */
  async choose(accepted: boolean): Promise<void> {
    this.choosing = true;
    const { consent, kept } = this.store.set(allChoices(this.store.categories, accepted));
    this.choosing = false;
    this.banner.dispatchEvent(new CustomEvent('kith-consent-change', { detail: changeDetail(consent), bubbles: true, composed: true }));
    await languageReady(this.lang, cookieBannerStrings);
    if (!kept) await this.reportNotKept();
    this.confirm(accepted, kept);
  }

  private async reportNotKept(): Promise<void> {
    await problemWording.ready();
    const problem = localizeProblem(this.lang, { code: 'storage-failed', path: this.banner.storage ? 'storage' : 'cookie-name' }, this.banner.translations, cookieBannerStrings);
    this.banner.dispatchEvent(new CustomEvent('kith-error', { detail: errorDetail([problem]), bubbles: true, composed: true }));
  }

  private confirm(accepted: boolean, kept: boolean): void {
    const doc = this.banner.ownerDocument;
    const make = <K extends keyof HTMLElementTagNameMap>(tag: K, text = '', className = ''): HTMLElementTagNameMap[K] => {
      const element = doc.createElement(tag);
      element.textContent = text;
      if (className) element.className = className;
      return element;
    };
    const [before, after] = around((params) => this.t(accepted ? 'cookieBanner.accepted' : 'cookieBanner.rejected', params), 'link');
    const link = make('a', this.t('cookieBanner.changeSettings'));
    link.href = this.cookiesPage;
    const sentence = make('p');
    sentence.append(before, link, after);
    const message = make('div', '', 'kith-cookie-banner__confirmation');
    message.setAttribute('role', 'alert');
    message.tabIndex = -1;
    message.append(sentence);
    if (!kept) message.append(make('p', this.t('cookieBanner.notKept'), 'kith-cookie-banner__note'));
    const hide = make('button', this.t('cookieBanner.hide'), this.form.querySelector('button')?.className ?? '');
    hide.type = 'button';
    hide.addEventListener('click', () => (this.banner.hidden = true));
    this.confirmation?.remove();
    this.confirmation = make('div', '', 'kith-cookie-banner__confirmed');
    this.confirmation.append(message, hide);
    this.form.hidden = true;
    this.form.after(this.confirmation);
    message.focus();
  }
}

const taken = new WeakMap<HTMLElement, OwnForm>();

/** The handler of a banner's own form, made the first time it is asked for; null when the banner has no form of its own. */
export function ownForm(banner: HTMLElement, options: OwnFormOptions = {}): OwnForm | null {
  let handler = taken.get(banner);
  const form = banner.querySelector<HTMLFormElement>(':scope > form');
  if (!handler && form) taken.set(banner, (handler = new OwnForm(banner, form, options)));
  return handler ?? null;
}
