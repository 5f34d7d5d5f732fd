import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { Renderable } from '../../core/element.js';
import { controlStyles, formHeadingStyles } from '../../core/control-styles.js';
import { now } from '../../core/clock.js';
import { KithFormElement, type FormValue } from '../../core/form-element.js';
import { JsonChild } from '../../core/light-dom.js';
import { addEnglish, formatDate, listOf, type Params, joinStrings } from '../../core/localize.js';
import type { Catalogue } from '../../translations/types.js';
import { localText, type LocalisedText, type ProblemDraft } from '../../core/validation.js';
import type { TranslationKey } from '../../translations/en.js';
import { sharingAgreementEn } from '../../translations/en/sharing-agreement.js';
import { newConsentId } from '../consent/model.js';
import {
  AGREED_BY,
  draftProblems,
  everything,
  FIELD_OF,
  isReceipt,
  METHODS,
  nothingShared,
  sharesWith,
  toggle,
  validateConfig,
  withdrawItem,
  type Agency,
  type AgreementDraft,
  type AgreementMode,
  type ConsentReceipt,
  type DraftProblem,
  type SharingChoices,
  type SharingConfig,
} from './model.js';
import { sharingAgreementStyles } from './sharing-agreement.styles.js';
import { Lazy } from '../../core/lazy.js';
import type { ReceiptContext } from './receipt-view.js';
import type { AgreementText, ParamsFor } from './agreement-text.js';
import { consentStrings } from '../consent/strings.js';

/** `cy-first` / `en-first`: every text in both languages, that one first (Welsh Language Standards). */
export type BilingualOrder = '' | 'cy-first' | 'en-first';

export interface ConsentReceiptDetail {
  receipt: ConsentReceipt;
}

/*
 * Parts fetched on first use, each with its English words (its Welsh comes
 * with the rest of the Welsh), so a page asking for an agreement downloads
 * only the form.
 */
const withEnglish = <Chunk extends { english: Catalogue }>(chunk: Chunk) => addEnglish(KithSharingAgreement.strings, chunk);
/** The receipt's view and maker: once there is a receipt to show. */
const receiptParts = new Lazy(() => import('./receipt-view.js').then(withEnglish));
/** The notice's view: by agreements that are notices (`mode="notice"`). */
const noticeParts = new Lazy(() => import('./notice-view.js').then(withEnglish));
/** The summary of missing answers and each field's message: the first time an answer is missing. */
const missingParts = new Lazy(() => import('./missing-answers.js').then(withEnglish));

/**
 * An information-sharing agreement between a person and named agencies.
 *
 * - `mode="consent"`: for each agency (one fieldset each, so it works on a
 *   phone and with a screen reader), which kinds of information it may see
 *   and what for; “things I don't want shared” in the person's own words;
 *   who is agreeing and how (a verbal agreement names a witness).
 * - `mode="notice"`: when the lawful basis is not consent, it says what will
 *   be shared, with whom and why, and records that it was explained. It has
 *   no Accept or Reject anywhere.
 *
 * Each submission makes a consent receipt with a SHA-256 of the exact text
 * shown, fires `kith-consent-receipt`, becomes the form value, and shows a
 * printable receipt where everything, or any single item, can be withdrawn
 * (each withdrawal is a new receipt). Pass a kept receipt back in `receipt`
 * to show it later. The element stores nothing.
 *
 * @tagname kith-sharing-agreement
 * @summary Information-sharing consent or notice, with consent receipts.
 * @since 0.1.0
 *
 * @fires kith-consent-receipt - An agreement, acknowledgement, change or withdrawal was recorded. `detail: {receipt}`.
 * @fires change - The value (the receipt) changed by the person's action.
 * @fires kith-error - The config or receipt could not be used. `detail: {code, message, path, problems}`.
 *
 * @csspart form - The agreement form.
 * @csspart statement - The text the receipt's hash covers.
 * @csspart agency - One agency's fieldset.
 * @csspart submit - Save (consent) or record-explained (notice) button.
 * @csspart receipt - The receipt.
 * @csspart error-summary - The list of missing answers.
 *
 * @cssprop --kith-sharing-agreement-max-width - Width of the agreement (default `44rem`).
 *
 * @cssstate agreed - A receipt is shown.
 * @cssstate withdrawn - Everything has been withdrawn.
 */
export class KithSharingAgreement extends KithFormElement {
  static override styles = [...KithFormElement.styles, ...controlStyles, formHeadingStyles, sharingAgreementStyles];
  /** Reactive properties (declared here rather than with decorators: their runtime cost every entry ~0.4 kB). */
  static override properties: PropertyDeclarations = {
    mode: { reflect: true },
    config: { attribute: false },
    receipt: { attribute: false },
    bilingual: {},
    choices: { state: true },
    exclusions: { state: true },
    draft: { state: true },
    missing: { state: true },
    current: { state: true },
    editing: { state: true },
    announcement: { state: true },
  };
  static override strings = joinStrings(
    { en: sharingAgreementEn, cy: () => import('../../translations/cy/sharing-agreement.js').then((m) => m.sharingAgreementCy) },
    // The words of the parts fetched on first use: the English comes with each part (see withEnglish), the Welsh with the rest.
    {
      en: {},
      cy: () =>
        Promise.all([import('../../translations/cy/sharing-receipt.js'), import('../../translations/cy/sharing-notice.js'), import('../../translations/cy/sharing-missing.js')]).then(
          ([receipt, notice, missing]) => ({ ...receipt.sharingReceiptCy, ...notice.sharingNoticeCy, ...missing.sharingMissingCy }),
        ),
    },
    consentStrings,
  );
  /** Fetched before a server renders (`prepare()`): the receipt's and the notice's views. */
  static override readonly lazyParts = [receiptParts, noticeParts];

  /** `consent` (the person chooses) or `notice` (the person is told). */
  mode: AgreementMode = 'consent';

  /** What is asked: `{subject: {name}, agencies, purposes, information, reviewOn, lawfulBasis?, policyVersion?}`. */
  config?: SharingConfig;

  /** A receipt made earlier (kept by the host), to show, change or withdraw. */
  receipt?: ConsentReceipt;

  /** Show every text in Welsh and English: `cy-first` or `en-first`. */
  bilingual: BilingualOrder = '';

  private choices: SharingChoices = {};
  private exclusions = '';
  private draft: AgreementDraft = { name: '', witness: '' };
  private missing: DraftProblem[] = [];
  private current: ConsentReceipt | null = null;
  private editing = true;
  private announcement = '';

  private valid: SharingConfig | null = null;
  private jsonChild = new JsonChild();

  /** The latest receipt (null before anything is recorded). */
  get value(): ConsentReceipt | null {
    return this.current;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('receipt')) this.adoptReceipt(this.receipt ?? null);
    if (!this.hasUpdated || changed.has('config') || changed.has('mode') || changed.has('receipt')) {
      const problems: ProblemDraft[] = [];
      const given = this.config ?? this.readLightDom(problems);
      const { config, problems: found } = validateConfig(given, this.mode, now());
      problems.push(...found);
      if (this.receipt !== undefined && !isReceipt(this.receipt)) {
        problems.push({ code: 'unsupported-schema', path: 'receipt', params: { schema: 'consent receipt', version: 1 } });
      }
      this.valid = config;
      if (config && !this.current) this.choices = this.mode === 'notice' ? everything(config) : nothingShared(config);
      this.setProblems(problems);
    }
  }

  private readLightDom(problems: ProblemDraft[]): unknown {
    return this.jsonChild.fields(this, problems)['config'];
  }

  private adoptReceipt(receipt: ConsentReceipt | null): void {
    this.current = receipt && isReceipt(receipt) ? receipt : null;
    this.editing = this.current === null;
    if (this.current) {
      this.choices = this.current.choices;
      this.exclusions = this.current.exclusions;
      this.draft = { role: this.current.agreedBy.role, name: this.current.agreedBy.name, method: this.current.method, witness: this.current.witness ?? '' };
    }
  }

  /* Form association: the value is the receipt as JSON. */
  protected override formValue(): FormValue {
    return this.current ? JSON.stringify(this.current) : null;
  }
  protected override isEmpty(): boolean {
    return this.current === null;
  }
  protected override resetValue(): void {
    this.adoptReceipt(this.receipt ?? null);
    if (!this.current && this.valid) this.choices = this.mode === 'notice' ? everything(this.valid) : nothingShared(this.valid);
  }
  protected override restoreValue(saved: FormValue): void {
    if (typeof saved !== 'string') return;
    try {
      const parsed: unknown = JSON.parse(saved);
      if (isReceipt(parsed)) this.adoptReceipt(parsed);
    } catch {
      // Not ours: keep what is shown.
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.setCustomState('agreed', !this.editing && this.current !== null);
    this.setCustomState('withdrawn', this.current?.withdrawn === true);
  }

  /* Text in one or both languages. */

  /** The languages shown, in order. */
  protected override get languagesShown(): readonly string[] {
    if (this.bilingual === 'cy-first') return ['cy', 'en'];
    if (this.bilingual === 'en-first') return ['en', 'cy'];
    return [this.resolvedLang];
  }

  private say(key: TranslationKey, params: ParamsFor = {}): TemplateResult {
    return this.inEach((lang) => this.tIn(lang, key, typeof params === 'function' ? params(lang) : params));
  }

  private sayText(text: LocalisedText): TemplateResult {
    return this.inEach((lang) => localText(text, lang));
  }

  /** The first language as the text; any second as a marked-up line after it. */
  private inEach(textIn: (lang: string) => string): TemplateResult {
    const [first, second] = this.languagesShown;
    if (!second) return html`${textIn(first!)}`;
    return html`<span lang=${first!}>${textIn(first!)}</span> <span class="second" lang=${second}>${textIn(second)}</span>`;
  }

  /** Labels (or agency names) as a list in words, in one language. */
  private labels(lang: string, items: readonly { label?: LocalisedText; name?: LocalisedText }[]): string {
    return listOf({ lang, t: (key, params) => this.tIn(lang, key, params) }, items.map((item) => localText(item.label ?? item.name ?? '', lang)));
  }

  /* Actions. */

  private setChoice(agencyId: string, list: 'information' | 'purposes', id: string, on: boolean): void {
    const config = this.valid!;
    const choice = this.choices[agencyId] ?? { information: [], purposes: [] };
    this.choices = { ...this.choices, [agencyId]: { ...choice, [list]: toggle(choice[list], id, on, config[list]) } };
  }

  private setDraft(patch: Partial<AgreementDraft>): void {
    this.draft = { ...this.draft, ...patch };
    if (this.missing.length > 0) this.missing = draftProblems(this.draft).filter((problem) => this.missing.includes(problem));
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    // A notice whose words could not be fetched was not shown: there is nothing to record.
    if (this.mode === 'notice' && !noticeParts.value) return;
    this.missing = draftProblems(this.draft);
    if (this.missing.length > 0) {
      // The update shows the summary once its part has arrived (waitBeforeUpdate).
      await this.updateComplete;
      // Without the summary (its part could not be fetched), the first field with an answer missing.
      const summary = this.renderRoot.querySelector<HTMLElement>('[part="error-summary"]');
      (summary ?? this.renderRoot.querySelector<HTMLElement>(`#${FIELD_OF[this.missing[0]!]}`))?.focus();
      return;
    }
    const statement = this.renderRoot.querySelector('[part="statement"]');
    await this.record(this.choices, statement, { supersedes: this.current?.id });
  }

  private async record(choices: SharingChoices, shown: Element | null, extra: { supersedes?: string; withdrawn?: boolean }): Promise<void> {
    const config = this.valid;
    await receiptParts.ready();
    // Without the receipt's module (the network failed) nothing is recorded: the form stays, to try again.
    if (!config || !receiptParts.value) return;
    this.current = await receiptParts.value.makeReceipt({
      id: newConsentId(),
      mode: this.mode,
      config,
      draft: this.draft,
      choices,
      exclusions: this.exclusions,
      shownText: shownText(shown),
      language: this.languagesShown.join(' '),
      now: now(),
      ...extra,
    });
    // The form shows what the receipt records, should they change it.
    this.choices = this.current.choices;
    this.editing = false;
    this.emit('kith-consent-receipt', { receipt: this.current });
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#receipt-title')?.focus();
  }

  private async withdraw(agencyId?: string, informationId?: string): Promise<void> {
    if (!this.current || !this.valid) return;
    const all = agencyId === undefined;
    const choices = all ? nothingShared(this.valid) : withdrawItem(this.choices, agencyId, informationId);
    const anyLeft = this.valid.agencies.some((agency) => sharesWith(choices, agency.id));
    const receiptText = this.renderRoot.querySelector('[part="receipt"]');
    if (all || !anyLeft) this.announcement = this.t('sharing.withdrewAll');
    else {
      const agency = this.valid.agencies.find((a) => a.id === agencyId)!;
      const kind = this.valid.information.find((k) => k.id === informationId)!;
      this.announcement = this.t('sharing.withdrewItem', { agency: localText(agency.name, this.resolvedLang), information: localText(kind.label, this.resolvedLang) });
    }
    await this.record(choices, receiptText, { supersedes: this.current.id, withdrawn: all || !anyLeft });
  }

  private async change(): Promise<void> {
    this.editing = true;
    await this.updateComplete;
    // The first checkbox shown (cards or matrix): focus() does nothing on the hidden one.
    for (const box of this.renderRoot.querySelectorAll<HTMLElement>('[part="statement"] input')) {
      box.focus();
      if (this.renderRoot instanceof ShadowRoot && this.renderRoot.activeElement === box) break;
    }
  }

  /** A receipt to show (the host's, or one restored with the form), a notice, or missing answers: their part first. */
  protected override waitBeforeUpdate(): Promise<unknown> | null {
    const waits = [
      this.receipt !== undefined || this.current ? receiptParts.ready() : null,
      this.mode === 'notice' ? noticeParts.ready() : null,
      this.missing.length > 0 ? missingParts.ready() : null,
    ].filter((wait) => wait !== null);
    return waits.length > 0 ? Promise.all(waits) : null;
  }

  /** How the parts fetched on first use write their text. */
  private agreementText(): AgreementText {
    return {
      lang: this.resolvedLang,
      say: (key, params) => this.say(key, params),
      sayText: (text) => this.sayText(text),
      t: (key, params) => this.t(key, params),
      tIn: (lang, key, params) => this.tIn(lang, key, params),
      labels: (lang, items) => this.labels(lang, items),
      date: (lang, iso) => formatDate(lang, iso, this.translations),
    };
  }

  /** What the receipt's view needs: its text, and what its buttons do. */
  private receiptContext(): ReceiptContext {
    return {
      ...this.agreementText(),
      withdraw: (agencyId, informationId) => void this.withdraw(agencyId, informationId),
      change: () => void this.change(),
    };
  }

  /* Rendering. */

  protected override renderContent(): Renderable {
    const config = this.valid;
    if (!config) return nothing;
    const receipt = this.editing || !this.current ? null : receiptParts.value?.renderReceipt(this.receiptContext(), config, this.current);
    return html`${receipt ?? this.renderForm(config)}
      <div class="visually-hidden" role="status">${this.announcement}</div>`;
  }

  private renderForm(config: SharingConfig): TemplateResult {
    const notice = this.mode === 'notice';
    const missing = this.missing.length > 0 ? missingParts.value : null;
    return html`<form part="form" novalidate @submit=${this.submit}>
      ${missing ? missing.renderMissingSummary(this.agreementText(), this.mode, this.missing, this.renderRoot as ShadowRoot) : nothing}
      <div part="statement">${notice ? (noticeParts.value?.renderNotice(this.agreementText(), config) ?? nothing) : this.renderChoices(config)}</div>
      ${this.renderWhoAndHow()}
      <button type="submit" class="button primary" part="submit">${this.say(notice ? 'sharing.acknowledge' : 'sharing.save')}</button>
    </form>`;
  }

  private renderChoices(config: SharingConfig): TemplateResult {
    const name = config.subject.name;
    return html`<h2>${this.say('sharing.title', { name })}</h2>
      <p>${this.say('sharing.intro', { name })}</p>
      <div class="choices-frame">
        <div class="cards">${this.renderCards(config)}</div>
        <div class="matrices">${this.renderMatrix(config)}</div>
      </div>
      <div class="field">
        <label class="label" for="exclusions">${this.say('sharing.exclusions')}</label>
        <p class="hint" id="exclusions-hint">${this.say('sharing.exclusionsHint')}</p>
        <textarea id="exclusions" aria-describedby="exclusions-hint" .value=${this.exclusions} @input=${(event: Event) => (this.exclusions = (event.target as HTMLTextAreaElement).value)}></textarea>
      </div>
      <p>${this.say('sharing.review', (lang) => ({ date: formatDate(lang, config.reviewOn, this.translations) }))}</p>`;
  }

  /*
   * The choices are drawn twice: one card per service, and two tables
   * (services down the side, what and why across). CSS container queries
   * show the tables when the agreement is wide and the cards when it is
   * narrow; the other is display: none, so out of the tab order and the
   * accessibility tree. Both are in the server's HTML, so nothing changes
   * when the page's script arrives. Both set the same choices.
   */

  /** One checkbox: `agency` may see (or use for) `item`. Its label is `label`, shown or (in the matrix, whose ids start `matrix--`) read out. */
  private checkbox(agency: Agency, list: 'information' | 'purposes', item: { id: string; label: LocalisedText }, label: TemplateResult, labelClass: string): TemplateResult {
    const id = `${labelClass === 'check' ? '' : 'matrix--'}${agency.id}--${list}--${item.id}`;
    const choice = this.choices[agency.id] ?? { information: [], purposes: [] };
    return html`<label class=${labelClass} for=${id}
      ><input type="checkbox" id=${id} .checked=${choice[list].includes(item.id)} @change=${(event: Event) => this.setChoice(agency.id, list, item.id, (event.target as HTMLInputElement).checked)} /><span
        >${label}</span
      ></label
    >`;
  }

  private renderCards(config: SharingConfig): TemplateResult[] {
    return config.agencies.map((agency) => {
      const agencyIn = (lang: string): Params => ({ agency: localText(agency.name, lang) });
      const boxes = (list: 'information' | 'purposes') => config[list].map((item) => this.checkbox(agency, list, item, this.sayText(item.label), 'check'));
      return html`<fieldset class="agency" part="agency">
        <legend>${this.sayText(agency.name)}</legend>
        <p class="hint">${this.sayText(agency.description)}</p>
        <fieldset>
          <legend>${this.say('sharing.agencyShare', agencyIn)}</legend>
          <div class="choices">${boxes('information')}</div>
        </fieldset>
        <fieldset>
          <legend>${this.say('sharing.agencyWhy', agencyIn)}</legend>
          <div class="choices">${boxes('purposes')}</div>
        </fieldset>
      </fieldset>`;
    });
  }

  /** Two tables: services × what they may see, then services × what they may use it for. Each cell's checkbox is named by its row and column. */
  private renderMatrix(config: SharingConfig): TemplateResult[] {
    return (['information', 'purposes'] as const).map(
      (list) => html`<table class="matrix" part="matrix">
        <caption>
          ${this.say(list === 'information' ? 'sharing.matrix.share' : 'sharing.matrix.why')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.say('sharing.matrix.service')}</th>
            ${config[list].map((item) => html`<th scope="col">${this.sayText(item.label)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${config.agencies.map(
            (agency) => html`<tr>
              <th scope="row">${this.sayText(agency.name)}<span class="hint">${this.sayText(agency.description)}</span></th>
              ${config[list].map(
                (item) =>
                  html`<td>
                    ${this.checkbox(
                      agency,
                      list,
                      item,
                      this.say('sharing.matrix.cell', (lang) => ({ agency: localText(agency.name, lang), item: localText(item.label, lang) })),
                      'check cell',
                    )}
                  </td>`,
              )}
            </tr>`,
          )}
        </tbody>
      </table>`,
    );
  }

  private fieldError(problem: DraftProblem): TemplateResult | typeof nothing {
    if (!this.missing.includes(problem)) return nothing;
    return missingParts.value?.renderMissingMessage(this.agreementText(), this.mode, this.missing, problem) ?? nothing;
  }

  private renderWhoAndHow(): TemplateResult {
    const notice = this.mode === 'notice';
    const invalid = (problem: DraftProblem): string => (this.missing.includes(problem) ? 'field invalid' : 'field');
    const described = (problem: DraftProblem): string | typeof nothing => (this.missing.includes(problem) ? `${problem}-error` : nothing);
    const radio = <T extends string>(group: 'role' | 'method', value: T, label: TemplateResult, checked: boolean, pick: () => void) =>
      html`<label class="check" for="${group}-${value}"><input type="radio" id="${group}-${value}" name=${group} .checked=${checked} @change=${pick} /><span>${label}</span></label>`;
    return html`<fieldset class=${invalid('role')} aria-describedby=${described('role')}>
        <legend>${this.say(notice ? 'sharing.whoNotice' : 'sharing.who')}</legend>
        ${this.fieldError('role')}
        <div class="choices">
          ${AGREED_BY.map((role) => radio('role', role, this.say(`sharing.role.${role}`), this.draft.role === role, () => this.setDraft({ role })))}
        </div>
      </fieldset>
      <div class=${invalid('name')}>
        <label class="label" for="agreed-name">${this.say('sharing.name')}</label>
        ${this.fieldError('name')}
        <input id="agreed-name" autocomplete="name" aria-describedby=${described('name')} .value=${this.draft.name} @input=${(event: Event) => this.setDraft({ name: (event.target as HTMLInputElement).value })} />
      </div>
      <fieldset class=${invalid('method')} aria-describedby=${described('method')}>
        <legend>${this.say(notice ? 'sharing.howNotice' : 'sharing.how')}</legend>
        ${this.fieldError('method')}
        <div class="choices">
          ${METHODS.map((method) => radio('method', method, this.say(`sharing.method.${method}`), this.draft.method === method, () => this.setDraft({ method })))}
        </div>
      </fieldset>
      ${this.draft.method === 'verbal'
        ? html`<div class=${invalid('witness')}>
            <label class="label" for="witness">${this.say('sharing.witness')}</label>
            ${this.fieldError('witness')}
            <input id="witness" aria-describedby=${described('witness')} .value=${this.draft.witness} @input=${(event: Event) => this.setDraft({ witness: (event.target as HTMLInputElement).value })} />
          </div>`
        : nothing}`;
  }

}

/**
 * The text a person was shown, as the hash covers it: the words only, white
 * space collapsed, and of the choices only the layout on screen (cards or
 * matrix, see renderChoices).
 */
function shownText(element: Element | null): string {
  if (!element) return '';
  const copy = element.cloneNode(true) as Element;
  for (const layout of ['.cards', '.matrices']) {
    const original = element.querySelector(layout);
    if (original && getComputedStyle(original).display === 'none') copy.querySelector(layout)?.remove();
  }
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

declare module '../../core/events.js' {
  interface KithEventMap {
    'kith-consent-receipt': ConsentReceiptDetail;
  }
}
declare global {
  interface HTMLElementEventMap {
    'kith-consent-receipt': CustomEvent<ConsentReceiptDetail>;
  }
  interface HTMLElementTagNameMap {
    'kith-sharing-agreement': KithSharingAgreement;
  }
}
