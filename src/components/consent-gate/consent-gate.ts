import { html, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { Renderable } from '../../core/element.js';
import { buttonStyles } from '../../core/button-styles.js';
import { localText, type ProblemDraft } from '../../core/validation.js';
import { consentGateEn } from '../../translations/en/consent-gate.js';
import { KithConsentElement } from '../consent/consent-element.js';
import { allows, ESSENTIAL, withChoice } from '../consent/model.js';
import { consentGateStyles } from './consent-gate.styles.js';
import { joinStrings } from '../../core/localize.js';
import { consentStrings } from '../consent/strings.js';

/** Marks what the gate put in its light DOM, so withdrawal can take exactly that away. */
const REVEALED = 'data-kith-consent-revealed';

/**
 * Holds back content that sets cookies (a video, a map, a form from another
 * site) until its category is accepted. Put the content in a `<template>`
 * child, so the browser does not load it early; until consent a
 * placeholder explains why it is hidden, with a button to accept that
 * category there and then. If consent is later withdrawn, the content is
 * taken away again.
 *
 * ```html
 * <kith-consent-gate category="functional">
 *   <template><iframe src="https://…" title="…"></iframe></template>
 *   <a href="https://…">Watch the video on the provider's site</a>
 * </kith-consent-gate>
 * ```
 *
 * @tagname kith-consent-gate
 * @summary Shows an embed only after its cookie category is accepted.
 * @since 0.1.0
 *
 * @slot - The revealed content once consent is given (other light-DOM content shows without JavaScript).
 * @fires kith-consent-change - The person accepted the category from the placeholder. `detail: {categories, version, consentId}`.
 * @fires kith-error - The category has not been declared. `detail: {code, message, path, problems}`.
 *
 * @csspart placeholder - The box shown until consent.
 * @csspart accept - The accept button.
 *
 * @cssprop --kith-consent-gate-background - Placeholder background (default `--kith-sys-color-surface-raised`).
 *
 * @cssstate allowed - The category is accepted and the content shown.
 */
export class KithConsentGate extends KithConsentElement {
  static override styles = [...KithConsentElement.styles, buttonStyles, consentGateStyles];
  /** Reactive properties (declared here rather than with decorators: their runtime cost every entry ~0.4 kB). */
  static override properties: PropertyDeclarations = {
    category: { reflect: true },
  };
  static override strings = joinStrings({ en: consentGateEn, cy: () => import('../../translations/cy/consent-gate.js').then((m) => m.consentGateCy) }, consentStrings);

  /** The cookie category the content needs, e.g. `functional`. */
  category = '';

  private get allowed(): boolean {
    return allows(this.consent, this.category);
  }

  protected override ownProblems(): ProblemDraft[] {
    if (this.category === ESSENTIAL || this.declared.some((c) => c.id === this.category)) return [];
    return [{ code: 'unknown-category', path: 'category', params: { id: this.category } }];
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.setCustomState('allowed', this.allowed);
    this.syncContent();
  }

  /** Puts the template's content in place once allowed; takes it away if consent is withdrawn. */
  private syncContent(): void {
    const revealed = this.querySelectorAll(`:scope > [${REVEALED}]`);
    if (this.allowed && this.problems.length === 0) {
      if (revealed.length > 0) return;
      const template = this.querySelector<HTMLTemplateElement>(':scope > template');
      if (!template) return;
      const wrapper = this.ownerDocument.createElement('div');
      wrapper.setAttribute(REVEALED, '');
      wrapper.slot = 'revealed';
      wrapper.append(template.content.cloneNode(true));
      this.append(wrapper);
    } else {
      revealed.forEach((node) => node.remove());
    }
  }

  private accept(): void {
    this.record(withChoice(this.consent, this.declared, this.category, true));
  }

  protected override renderContent(): Renderable {
    if (this.allowed) return html`<slot name="revealed"></slot>`;
    const category = this.declared.find((c) => c.id === this.category);
    const name = category ? localText(category.name, this.resolvedLang) : this.category;
    return html`<div class="placeholder" part="placeholder">
      <p>${this.t('consentGate.message', { name })}</p>
      <button type="button" class="button primary" part="accept" @click=${this.accept}>${this.t('consentGate.accept', { name })}</button>
      <a href=${this.cookiesPage}>${this.t('consentGate.settings')}</a>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kith-consent-gate': KithConsentGate;
  }
}
