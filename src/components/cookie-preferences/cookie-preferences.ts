import { html, nothing, type PropertyDeclarations } from 'lit';
import type { Renderable } from '../../core/element.js';
import { controlStyles, formHeadingStyles } from '../../core/control-styles.js';
import { errorSummary } from '../../core/error-summary.js';
import { localText } from '../../core/validation.js';
import { cookiePreferencesEn } from '../../translations/en/cookie-preferences.js';
import { KithConsentElement } from '../consent/consent-element.js';
import type { CategoryChoices, CookieCategory, CookieConsent } from '../consent/model.js';
import { cookiePreferencesStyles } from './cookie-preferences.styles.js';
import { joinStrings } from '../../core/localize.js';
import { consentStrings } from '../consent/strings.js';

/**
 * The form on the cookies page, after the GOV.UK pattern: essential cookies
 * explained (always on, not a choice), then a Yes/No question for each
 * optional category. Nothing is ticked until the person has chosen; a kept
 * choice is shown as it is. Saving without answering every question shows
 * an error summary; saving shows a success message that takes focus.
 *
 * Shares the page's consent store with `<kith-cookie-banner>`, so saving
 * here hides the banner's question.
 *
 * @tagname kith-cookie-preferences
 * @summary Cookie settings form for the cookies page.
 * @since 0.1.0
 *
 * @slot - Content for readers without JavaScript (e.g. the server's own form); hidden once the element runs.
 * @fires kith-consent-change - The person saved their settings. `detail: {categories, version, consentId}`.
 * @fires kith-error - The categories could not be used, or the settings could not be kept. `detail: {code, message, path, problems}`.
 *
 * @csspart form - The form.
 * @csspart success - The message shown after saving.
 * @csspart error-summary - The list of unanswered questions.
 * @csspart save - The Save button.
 *
 * @cssprop --kith-cookie-preferences-max-width - Width of the form (default `40rem`).
 */
export class KithCookiePreferences extends KithConsentElement {
  static override styles = [...KithConsentElement.styles, ...controlStyles, formHeadingStyles, cookiePreferencesStyles];
  /** Reactive properties (declared here rather than with decorators: their runtime cost every entry ~0.4 kB). */
  static override properties: PropertyDeclarations = {
    answers: { state: true },
    unanswered: { state: true },
    saved: { state: true },
  };
  static override strings = joinStrings({ en: cookiePreferencesEn, cy: () => import('../../translations/cy/cookie-preferences.js').then((m) => m.cookiePreferencesCy) }, consentStrings);

  /** The answers on the form, which may differ from the choice in force until saved. */
  private answers: Partial<CategoryChoices> = {};
  private unanswered: string[] = [];
  private saved: 'no' | 'kept' | 'not-kept' = 'no';

  /** A choice made elsewhere (the banner) shows here too, unless the person is part-way through the form. */
  protected override consentChanged(consent: CookieConsent | null): void {
    if (consent) this.answers = { ...consent.categories };
    else if (this.saved !== 'no') this.answers = {};
  }

  private answer(category: CookieCategory, accepted: boolean): void {
    this.answers = { ...this.answers, [category.id]: accepted };
    this.unanswered = this.unanswered.filter((id) => id !== category.id);
  }

  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.unanswered = this.declared.filter((category) => typeof this.answers[category.id] !== 'boolean').map((category) => category.id);
    if (this.unanswered.length > 0) {
      this.saved = 'no';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part="error-summary"]')?.focus();
      return;
    }
    const choices = Object.fromEntries(this.declared.map((category) => [category.id, this.answers[category.id] === true]));
    this.saved = this.record(choices) ? 'kept' : 'not-kept';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part="success"]')?.focus();
  }

  private nameOf(category: CookieCategory): string {
    return localText(category.name, this.resolvedLang);
  }

  protected override renderContent(): Renderable {
    return html`${this.renderNotice()}
      <form part="form" novalidate @submit=${this.save}>
        <div class="essential">
          <h2>${this.t('cookiePreferences.essentialHeading')}</h2>
          <p>${this.t('cookiePreferences.essential')}</p>
        </div>
        ${this.declared.map((category) => this.renderQuestion(category))}
        <button type="submit" class="button primary" part="save">${this.t('cookiePreferences.save')}</button>
      </form>`;
  }

  private renderNotice(): Renderable {
    if (this.unanswered.length > 0) {
      const items = this.declared
        .filter((category) => this.unanswered.includes(category.id))
        .map((category) => ({ text: this.t('cookiePreferences.missing', { name: this.nameOf(category) }), target: `${category.id}-yes` }));
      return errorSummary(this.t('cookiePreferences.errorTitle'), items, this.renderRoot as ShadowRoot);
    }
    if (this.saved === 'no') return nothing;
    return html`<div class="notice success" part="success" role="alert" tabindex="-1" aria-labelledby="success-title">
      <h2 id="success-title">${this.t('cookiePreferences.successTitle')}</h2>
      <p>${this.t(this.saved === 'kept' ? 'cookiePreferences.saved' : 'cookiePreferences.notKept')}</p>
    </div>`;
  }

  private renderQuestion(category: CookieCategory): Renderable {
    const id = category.id;
    const missing = this.unanswered.includes(id);
    const choice = this.answers[id];
    return html`<fieldset class="field ${missing ? 'invalid' : ''}" aria-describedby="${id}-hint${missing ? ` ${id}-error` : ''}">
      <legend>${this.t('cookiePreferences.question', { name: this.nameOf(category) })}</legend>
      <p class="hint" id="${id}-hint">${localText(category.description, this.resolvedLang)}</p>
      ${missing
        ? html`<p class="error-message" id="${id}-error">
            <span class="visually-hidden">${this.t('cookiePreferences.errorPrefix')}</span> ${this.t('cookiePreferences.missing', { name: this.nameOf(category) })}
          </p>`
        : nothing}
      <div class="options">
        <label class="check"
          ><input type="radio" id="${id}-yes" name=${id} .checked=${choice === true} @change=${() => this.answer(category, true)} />${this.t('cookiePreferences.yes')}</label
        >
        <label class="check"
          ><input type="radio" id="${id}-no" name=${id} .checked=${choice === false} @change=${() => this.answer(category, false)} />${this.t('cookiePreferences.no')}</label
        >
      </div>
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kith-cookie-preferences': KithCookiePreferences;
  }
}
