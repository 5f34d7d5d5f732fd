import { html, isServer, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { Renderable } from '../../core/element.js';
import { buttonStyles } from '../../core/button-styles.js';
import { around, listOf, joinStrings } from '../../core/localize.js';
import { localText } from '../../core/validation.js';
import { cookieBannerEn } from '../../translations/en/cookie-banner.js';
import { KithConsentElement } from '../consent/consent-element.js';
import { allChoices, type CookieConsent } from '../consent/model.js';
import { cookieBannerStyles } from './cookie-banner.styles.js';
import { consentStrings } from '../consent/strings.js';

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
 * handles the post. With JavaScript the element shows that same form in
 * place and handles the choice itself instead of posting. With no light-DOM
 * form it writes the standard GOV.UK wording.
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
 * @csspart banner - The region around the banner.
 * @csspart accept - The Accept button.
 * @csspart reject - The Reject button.
 * @csspart confirmation - The message shown after a choice.
 * @csspart hide - The Hide button.
 *
 * @cssprop --kith-cookie-banner-background - Banner background (default `--kith-sys-color-surface-raised`).
 * @cssprop --kith-cookie-banner-max-width - Width of the banner's content (default `60rem`).
 *
 * @cssstate question - Asking.
 * @cssstate confirmed - Showing the confirmation.
 * @cssstate enhancing - Showing the page's own light-DOM form.
 */
export class KithCookieBanner extends KithConsentElement {
  static override styles = [...KithConsentElement.styles, buttonStyles, cookieBannerStyles];
  /** Reactive properties (declared here rather than with decorators: their runtime cost every entry ~0.4 kB). */
  static override properties: PropertyDeclarations = {
    serviceName: { attribute: 'service-name' },
    phase: { state: true },
    notKept: { state: true },
  };
  static override strings = joinStrings({ en: cookieBannerEn, cy: () => import('../../translations/cy/cookie-banner.js').then((m) => m.cookieBannerCy) }, consentStrings);

  /** The service's name, for the heading and the region label (“Cookies on …”). */
  serviceName = '';

  /** Where the banner is; set by the person's actions and the choice in force. */
  phase: BannerPhase = 'decided';
  private notKept = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // Search engines should not quote the banner as the page's summary.
    this.setAttribute('data-nosnippet', '');
    this.addEventListener('submit', this.onSubmit);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('submit', this.onSubmit);
  }

  /** Ask when there is no choice in force; stop asking when one is made anywhere on the page. */
  protected override consentChanged(consent: CookieConsent | null): void {
    if (consent === null) this.phase = 'question';
    else if (this.phase === 'question') this.phase = 'decided';
  }

  /** The no-JS form posts `cookies=accept|reject`; with JS the same buttons choose here instead. */
  private onSubmit = (event: SubmitEvent): void => {
    const choice = (event.submitter as HTMLButtonElement | null)?.value;
    if (choice !== 'accept' && choice !== 'reject') return;
    event.preventDefault();
    void this.choose(choice === 'accept');
  };

  /** Records the choice as the person's own (Accept or Reject every category), then moves focus to the confirmation. */
  async choose(accepted: boolean): Promise<void> {
    this.notKept = !this.record(allChoices(this.declared, accepted));
    this.phase = accepted ? 'accepted' : 'rejected';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part="confirmation"]')?.focus();
  }

  /** Asking with the page's own light-DOM form rather than our wording. */
  private get enhancing(): boolean {
    return this.phase === 'question' && !isServer && this.querySelector(':scope > form') !== null;
  }

  private hide(): void {
    this.phase = 'hidden';
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.setCustomState('question', this.phase === 'question');
    this.setCustomState('confirmed', this.phase === 'accepted' || this.phase === 'rejected');
    this.setCustomState('enhancing', this.enhancing);
  }

  protected override renderContent(): Renderable {
    if (this.phase === 'hidden' || this.phase === 'decided') return nothing;
    const heading = this.t('cookieBanner.heading', { service: this.serviceName });
    // The page's own form keeps the page's own look: no box of ours around it, so nothing moves when the script runs.
    return html`<div class="banner ${this.enhancing ? 'enhancing' : ''}" part="banner" role="region" aria-label=${heading}>
      <div class="inner">${this.phase === 'question' ? this.renderQuestion(heading) : this.renderConfirmation()}</div>
    </div>`;
  }

  private renderQuestion(heading: string): Renderable {
    if (this.enhancing) return html`<slot></slot>`;
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
