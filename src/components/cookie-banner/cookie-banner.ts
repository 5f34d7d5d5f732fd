import { html, isServer, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { Renderable } from '../../core/element.js';
import { buttonStyles } from '../../core/button-styles.js';
import { around, listOf } from '../../core/localize.js';
import { localText } from '../../core/validation.js';
import { KithConsentElement } from '../consent/consent-element.js';
import { allChoices, type CookieConsent } from '../consent/model.js';
import { cookieBannerStyles } from './cookie-banner.styles.js';
import { cookieBannerStrings } from './strings.js';
import { Lazy } from '../../core/lazy.js';
import type { OwnForm } from './own-form.js';

/** The handler of a page's own form: fetched by banners that hold one (the runtime fetches it without this element). */
const ownFormHandler = new Lazy(() => import('./own-form.js'));

/** Where the banner is: asking, confirming a choice, hidden by the person, or not needed (a choice is kept). */
export type BannerPhase = 'question' | 'accepted' | 'rejected' | 'hidden' | 'decided';

/**
 * The GOV.UK cookie banner. Asks once, with **Accept** and **Reject**
 * buttons of equal weight and a link to the cookies page; after a choice it
 * shows a confirmation that takes focus, with a **Hide** button. Asks again
 * when `policy-version` changes or when the kept choice is unreadable.
 *
 * **Without JavaScript**, put a real form in its light DOM:
 * `<form method="post">…<button name="cookies" value="accept">…</button>
 * <button name="cookies" value="reject">…</button></form>`. The server
 * handles the post. With JavaScript that same form stays in place, in the
 * page's own look, and the choice is handled without posting: the
 * confirmation takes the form's place (its Hide button styled like the
 * form's buttons). On a first visit the banner's entry handles such a form
 * without fetching this element at all. With no light-DOM form the element
 * writes the standard GOV.UK wording.
 *
 * Place it first in `<body>`, before the skip link.
 *
 * @tagname kith-cookie-banner
 * @summary GOV.UK cookie banner with consent storage and script gating.
 * @since 0.1.0
 *
 * @slot - A `<form method="post">` with the banner for readers without JavaScript (optional).
 * @fires kith-consent-change - The person accepted or rejected. `detail: {categories, version, consentId}`.
 * @fires kith-error - The categories could not be used, or the choice could not be kept. `detail: {code, message, path, problems}`.
 *
 * @csspart banner - The region around the banner (the element itself is the region for a page's own form).
 * @csspart accept - The Accept button.
 * @csspart reject - The Reject button.
 * @csspart confirmation - The message shown after a choice.
 * @csspart hide - The Hide button.
 *
 * @cssprop --kith-cookie-banner-background - Banner background (default `--kith-sys-color-surface-raised`).
 * @cssprop --kith-cookie-banner-max-width - Width of the banner's content (default `60rem`).
 *
 * @cssstate question - Asking with our wording.
 * @cssstate confirmed - Showing our confirmation.
 * @cssstate enhancing - Showing the page's own light-DOM form (and then its confirmation).
 */
export class KithCookieBanner extends KithConsentElement {
  static override styles = [...KithConsentElement.styles, buttonStyles, cookieBannerStyles];
  /** Reactive properties (declared here rather than with decorators: their runtime cost every entry ~0.4 kB). */
  static override properties: PropertyDeclarations = {
    serviceName: { attribute: 'service-name' },
    phase: { state: true },
    notKept: { state: true },
  };
  static override strings = cookieBannerStrings;

  /** The service's name, for the heading and the region label (“Cookies on …”). */
  serviceName = '';

  /** Where the banner is; set by the person's actions and the choice in force. */
  phase: BannerPhase = 'decided';
  private notKept = false;
  /** The handler of the page's own light-DOM form in this update (own-form.ts): null without one, or while the input has problems. */
  private pageForm: OwnForm | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    // Search engines should not quote the banner as the page's summary.
    this.setAttribute('data-nosnippet', '');
  }

  /** Ask when there is no choice in force; stop asking when one is made anywhere on the page. */
  protected override consentChanged(consent: CookieConsent | null): void {
    if (consent === null) this.phase = 'question';
    else if (this.phase === 'question') this.phase = 'decided';
  }

  /** Records the choice as the person's own (Accept or Reject every category), then moves focus to the confirmation. */
  async choose(accepted: boolean): Promise<void> {
    // A page's own form is answered through its handler, which may still be arriving (the first update waits for it).
    if (this.hasOwnForm) await this.updateComplete;
    const own = this.pageForm;
    if (own) return own.choose(accepted);
    this.notKept = !this.record(allChoices(this.declared, accepted));
    this.phase = accepted ? 'accepted' : 'rejected';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part="confirmation"]')?.focus();
  }

  private get hasOwnForm(): boolean {
    return !isServer && this.querySelector(':scope > form') !== null;
  }

  /** A banner holding the page's own form waits for its handler before showing it. */
  protected override waitBeforeUpdate(): Promise<unknown> | null {
    return this.hasOwnForm ? ownFormHandler.ready() : null;
  }

  /** A page's own form is handled as on a page without this element; found once per update (render and states both use it). */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const handler = this.hasOwnForm && !this.hasProblems ? ownFormHandler.value : null;
    this.pageForm = handler?.ownForm(this, { store: this.activeStore, cookiesPage: this.cookiesPage }) ?? null;
  }

  private hide(): void {
    this.phase = 'hidden';
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const enhancing = this.pageForm !== null;
    this.setCustomState('question', !enhancing && this.phase === 'question');
    this.setCustomState('confirmed', !enhancing && (this.phase === 'accepted' || this.phase === 'rejected'));
    this.setCustomState('enhancing', enhancing);
  }

  protected override renderContent(): Renderable {
    // The page's own form keeps the page's own look (no box of ours, so nothing moves when the script runs); own-form.ts shows and hides it.
    if (this.pageForm) return html`<slot></slot>`;
    if (this.phase === 'hidden' || this.phase === 'decided') return nothing;
    const heading = this.t('cookieBanner.heading', { service: this.serviceName });
    return html`<div class="banner" part="banner" role="region" aria-label=${heading}>
      <div class="inner">${this.phase === 'question' ? this.renderQuestion(heading) : this.renderConfirmation()}</div>
    </div>`;
  }

  private renderQuestion(heading: string): Renderable {
    const names = listOf(this.textContext, this.declared.map((category) => localText(category.name, this.resolvedLang)));
    return html`<h2>${heading}</h2>
      <p>${this.t('cookieBanner.essential')}</p>
      <p>${this.t('cookieBanner.additional', { names })}</p>
      <div class="buttons">
        <button type="button" class="button primary" part="accept" @click=${() => this.choose(true)}>${this.t('cookieBanner.accept')}</button>
        <button type="button" class="button primary" part="reject" @click=${() => this.choose(false)}>${this.t('cookieBanner.reject')}</button>
        <a href=${this.cookiesPage}>${this.t('cookieBanner.view')}</a>
      </div>`;
  }

  private renderConfirmation(): Renderable {
    const key = this.phase === 'accepted' ? 'cookieBanner.accepted' : 'cookieBanner.rejected';
    const [before, after] = around((params) => this.t(key, params), 'link');
    return html`<div class="confirmation" part="confirmation" role="alert" tabindex="-1">
        <p>${before}<a href=${this.cookiesPage}>${this.t('cookieBanner.changeSettings')}</a>${after}</p>
        ${this.notKept ? html`<p class="note">${this.t('cookieBanner.notKept')}</p>` : nothing}
      </div>
      <div class="buttons">
        <button type="button" class="button primary" part="hide" @click=${this.hide}>${this.t('cookieBanner.hide')}</button>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kith-cookie-banner': KithCookieBanner;
  }
}
