import { html, isServer, nothing, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Renderable } from '../../core/element.js';
import { controlStyles, formHeadingStyles } from '../../core/control-styles.js';
import { rangeStyles } from '../../core/range-styles.js';
import { now } from '../../core/clock.js';
import { KithFormElement, type FormValue } from '../../core/form-element.js';
import { Lazy } from '../../core/lazy.js';
import { JsonChild } from '../../core/light-dom.js';
import { addEnglish, joinStrings } from '../../core/localize.js';
import { localText, type ProblemDraft } from '../../core/validation.js';
import { relationshipCheckEn } from '../../translations/en/relationship-check.js';
import { kithRelationshipCheck } from './default-instrument.js';
import {
  COMPLETED_BY,
  HIGHEST,
  LOWEST,
  conversationPrompt,
  makeRecord,
  onScale,
  validateHistory,
  validateInstrument,
  valueAfterKey,
  type CheckInstrument,
  type CheckRecord,
  type ConversationPrompt,
  type CompletedBy,
} from './model.js';
import { relationshipCheckStyles } from './relationship-check.styles.js';

/** Reads and fills the page's own form: fetched only by checks that hold one. */
const pageForm = new Lazy(() => import('./page-form.js'));
/** Earlier checks drawn, with their words: fetched only by the worker's view of a check that has some. */
const trendView = new Lazy(() => import('./trend-view.js').then((chunk) => addEnglish(KithRelationshipCheck.strings, chunk)));

export interface CheckSubmitDetail {
  record: CheckRecord;
}

/** `person`: the check to fill in. `worker`: the same, with earlier checks' trends and a prompt to talk when things dip. */
export type CheckView = 'person' | 'worker';

/**
 * How the relationship is going, after a visit or call: a short check the
 * person completes — 2 to 6 sliders from 0 to 10, each with two labelled
 * ends, and a comment in their own words. Kith's own neutral wording is the
 * default; pass your service's in `instrument`.
 *
 * Given earlier checks (`history`), it shows a small line per item and the
 * same numbers as a table. In the worker's view it says when a conversation
 * may help: the total fell below your `cut-off`, or by 2 or more since last
 * time. That is a prompt to talk, never a score of the worker.
 *
 * Without JavaScript, the page's own `<form>` inside the element (number
 * inputs named by item id, each with `data-low` and `data-high`) is what a
 * reader fills in and posts. With it, the check asks that form's questions
 * (unless `instrument` or a JSON child says otherwise) and, once sent, puts
 * the answers in that form and submits it, so the server gets the same post
 * either way; cancel `kith-check-submit` to handle the answers yourself.
 *
 * @tagname kith-relationship-check
 * @summary A short check, after a contact, of how the relationship is going.
 * @since 0.2.0
 *
 * @fires kith-check-submit - The person sent their answers. `detail: {record}`. Cancelable: cancelled, the page's own form is not submitted.
 * @fires change - The value (the record) changed by the person's action.
 * @fires kith-error - The instrument or the earlier checks could not be used. `detail: {code, message, path, problems}`.
 *
 * @csspart form - The check.
 * @csspart item - One item: its question, slider and ends.
 * @csspart slider - An item's slider.
 * @csspart submit - The send button.
 * @csspart thanks - The message after sending.
 * @csspart trends - Earlier checks, as lines and a table.
 * @csspart prompt - The worker's prompt to talk.
 *
 * @cssprop --kith-relationship-check-max-width - Width of the check (default `40rem`).
 *
 * @cssstate sent - The answers have been sent.
 * @cssstate prompting - The worker's prompt is shown.
 */
export class KithRelationshipCheck extends KithFormElement {
  static override styles = [...KithFormElement.styles, ...controlStyles, formHeadingStyles, rangeStyles, relationshipCheckStyles];
  /** Reactive properties (declared here rather than with decorators: their runtime cost every entry ~0.4 kB). */
  static override properties: PropertyDeclarations = {
    instrument: { attribute: false },
    history: { attribute: false },
    view: { reflect: true },
    cutOff: { type: Number, attribute: 'cut-off' },
    anonymous: { type: Boolean, reflect: true },
    personName: { attribute: 'person-name' },
    contactId: { attribute: 'contact-id' },
    answers: { state: true },
    comment: { state: true },
    completedBy: { state: true },
    sent: { state: true },
  };
  /** Its own words; the trends' English arrives with their chunk, their Welsh with the rest. */
  static override strings = joinStrings(
    { en: relationshipCheckEn, cy: () => import('../../translations/cy/relationship-check.js').then((m) => m.relationshipCheckCy) },
    { en: {}, cy: () => import('../../translations/cy/relationship-check-trends.js').then((m) => m.relationshipCheckTrendsCy) },
  );
  /** A server must have the trends' chunk before rendering a worker's view (see prepare()). */
  static override readonly lazyParts = [trendView];

  /** The check as data (default: Kith's own four items, in English and Welsh). */
  instrument?: CheckInstrument;

  /** Earlier checks (records this element made), for the trends and the worker's prompt. */
  history?: CheckRecord[];

  /** Who is looking: the person (default) or their worker. */
  view: CheckView = 'person';

  /** The total below which the worker is prompted to talk (the host's choice; no prompt by default). */
  cutOff?: number;

  /** Keep no name in the record, whatever `person-name` says. */
  anonymous = false;

  /** The person's name, kept in the record unless `anonymous`. */
  personName = '';

  /** The contact (visit, call) the check is about. */
  contactId = '';

  private answers: Record<string, number | null> = {};
  private comment = '';
  private completedBy: CompletedBy = 'person';
  private sent: CheckRecord | null = null;

  private valid: CheckInstrument | null = null;
  private earlier: CheckRecord[] = [];
  private jsonChild = new JsonChild();
  private shownPrompt: ConversationPrompt = null;

  /** The record sent (null until the person sends their answers). */
  get value(): CheckRecord | null {
    return this.sent;
  }

  /** The page's own form (the no-JavaScript fallback), if the element holds one. */
  private get ownForm(): HTMLFormElement | null {
    return isServer ? null : this.querySelector('form');
  }

  protected override waitBeforeUpdate(): Promise<unknown> | null {
    // The worker's view waits for the trends' chunk whether or not earlier checks are known yet: properties set
    // before the element was defined (a hydrating page's) are restored only once the update starts.
    const waits = [this.ownForm ? pageForm.ready() : null, this.view === 'worker' ? trendView.ready() : null].filter((wait) => wait !== null);
    return waits.length > 0 ? Promise.all(waits) : null;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || changed.has('instrument') || changed.has('history')) this.readInput();
    // Once per update: the render and the custom state both use it.
    this.shownPrompt = this.prompt();
  }

  private readInput(): void {
    const problems: ProblemDraft[] = [];
    const fromPage = this.jsonChild.fields(this, problems);
    const form = this.ownForm;
    const fromForm = form && pageForm.value ? pageForm.value.instrumentFromForm(form) : null;
    const { instrument, problems: instrumentProblems } = validateInstrument(this.instrument ?? fromPage['instrument'] ?? fromForm ?? kithRelationshipCheck);
    const { history, problems: historyProblems } = validateHistory(this.history ?? fromPage['history']);
    problems.push(...instrumentProblems, ...historyProblems);
    this.valid = instrument;
    this.earlier = history;
    this.setProblems(problems);
  }

  /* Form association: the value is the record as JSON. */
  protected override formValue(): FormValue {
    return this.sent ? JSON.stringify(this.sent) : null;
  }
  protected override isEmpty(): boolean {
    return this.sent === null;
  }
  protected override resetValue(): void {
    this.answers = {};
    this.comment = '';
    this.completedBy = 'person';
    this.sent = null;
  }
  protected override restoreValue(saved: FormValue): void {
    if (typeof saved !== 'string') return;
    try {
      const parsed: unknown = JSON.parse(saved);
      const { history } = validateHistory([parsed]);
      if (history[0]) this.sent = history[0];
    } catch {
      // Not ours: keep what is shown.
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.setCustomState('sent', this.sent !== null);
    this.setCustomState('prompting', this.shownPrompt !== null);
  }

  /* Actions. */

  private setAnswer(itemId: string, value: number): void {
    this.answers = { ...this.answers, [itemId]: onScale(value) };
  }

  /** Page Up/Down move 1 and Home/End go to the ends on every engine (browsers differ on a range's big step). */
  private keyOnSlider(event: KeyboardEvent, itemId: string): void {
    const next = valueAfterKey(this.answers[itemId] ?? null, event.key);
    if (next === undefined) return;
    event.preventDefault();
    this.setAnswer(itemId, next);
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const instrument = this.valid;
    if (!instrument) return;
    this.sent = makeRecord(
      instrument,
      { values: this.answers, comment: this.comment, completedBy: this.completedBy },
      { time: now().toISOString(), contactId: this.contactId || undefined, personName: this.personName || undefined, anonymous: this.anonymous },
    );
    const handledHere = this.emit('kith-check-submit', { record: this.sent }, { cancelable: true });
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    const form = this.ownForm;
    if (handledHere && form && pageForm.value) {
      pageForm.value.fillForm(form, this.sent);
      form.requestSubmit();
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part="thanks"]')?.focus();
  }

  /* Rendering. */

  private prompt(): ConversationPrompt {
    if (this.view !== 'worker' || !this.valid) return null;
    const checks = this.sent ? [...this.earlier, this.sent] : this.earlier;
    return conversationPrompt(checks, this.valid, this.cutOff);
  }

  protected override renderContent(): Renderable {
    const instrument = this.valid;
    if (!instrument) return nothing;
    const trends = this.earlier.length > 0 && this.view === 'worker' ? trendView.value : undefined;
    return html`${this.renderPrompt(instrument)}${this.sent ? this.renderThanks(instrument, this.sent) : this.renderForm(instrument)}
    ${trends ? trends.renderTrends(this.trendText(), instrument, this.sent ? [...this.earlier, this.sent] : this.earlier) : nothing}`;
  }

  private trendText() {
    return {
      lang: this.resolvedLang,
      t: this.t.bind(this),
      number: (value: number) => this.formatNumber(value, { maximumFractionDigits: 1 }),
      date: (iso: string) => this.formatDate(iso),
    };
  }

  private renderPrompt(instrument: CheckInstrument): TemplateResult | typeof nothing {
    const prompt = this.shownPrompt;
    if (!prompt) return nothing;
    const max = instrument.items.length * HIGHEST;
    const number = (value: number): string => this.formatNumber(value, { maximumFractionDigits: 1 });
    const reason =
      prompt.reason === 'below-cut-off'
        ? this.t('check.prompt.belowCutOff', { total: number(prompt.total), max, cutOff: number(prompt.cutOff) })
        : this.t('check.prompt.dropped', { total: number(prompt.total), max, drop: number(Math.round((prompt.previous - prompt.total) * 10) / 10) });
    return html`<div class="notice prompt" part="prompt" role="note">
      <h2>${this.t('check.prompt.title')}</h2>
      <p>${reason}</p>
      <p class="hint">${this.t('check.prompt.note')}</p>
    </div>`;
  }

  private renderForm(instrument: CheckInstrument): TemplateResult {
    return html`<form part="form" novalidate @submit=${this.submit}>
      <h2>${localText(instrument.name, this.resolvedLang)}</h2>
      <p class="hint">${this.t('check.intro')}</p>
      ${instrument.items.map((item) => this.renderItem(item))}
      ${instrument.comment === false
        ? nothing
        : html`<div class="field">
            <label class="label" for="comment">${this.t('check.comment')}</label>
            <textarea id="comment" .value=${this.comment} @input=${(event: Event) => (this.comment = (event.target as HTMLTextAreaElement).value)}></textarea>
          </div>`}
      <fieldset>
        <legend>${this.t('check.completedBy')}</legend>
        ${COMPLETED_BY.map(
          (who) => html`<label class="check" for="by-${who}"
            ><input type="radio" id="by-${who}" name="completed-by" .checked=${this.completedBy === who} @change=${() => (this.completedBy = who)} /><span>${this.t(`check.completedBy.${who}`)}</span></label
          >`,
        )}
      </fieldset>
      ${this.anonymous ? html`<p class="hint">${this.t('check.anonymous')}</p>` : nothing}
      <button type="submit" class="button primary" part="submit">${this.t('check.submit')}</button>
    </form>`;
  }

  private renderItem(item: CheckInstrument['items'][number]): TemplateResult {
    const value = this.answers[item.id] ?? null;
    const lang = this.resolvedLang;
    const low = localText(item.low, lang);
    const high = localText(item.high, lang);
    const id = `item-${item.id}`;
    const valueText = value === null ? this.t('check.notAnswered') : this.t('check.valueText', { value: this.formatNumber(value, { maximumFractionDigits: 1 }), low, high });
    return html`<div class="item ${value === null ? 'unanswered' : ''}" part="item">
      <label class="label" for=${id}>${localText(item.label, lang)}</label>
      <input
        type="range"
        id=${id}
        part="slider"
        min=${LOWEST}
        max=${HIGHEST}
        step="0.1"
        .value=${String(value ?? (HIGHEST - LOWEST) / 2)}
        aria-valuetext=${valueText}
        @input=${(event: Event) => this.setAnswer(item.id, Number((event.target as HTMLInputElement).value))}
        @pointerup=${(event: Event) => this.setAnswer(item.id, Number((event.target as HTMLInputElement).value))}
        @keydown=${(event: KeyboardEvent) => this.keyOnSlider(event, item.id)}
      />
      <div class="ends" aria-hidden="true"><span>${low}</span><output>${value === null ? '' : this.formatNumber(value, { maximumFractionDigits: 1 })}</output><span>${high}</span></div>
    </div>`;
  }

  private renderThanks(instrument: CheckInstrument, record: CheckRecord): TemplateResult {
    const lang = this.resolvedLang;
    return html`<div class="notice success" part="thanks" role="status" tabindex="-1">
      <h2>${this.t('check.thanks')}</h2>
      <ul>
        ${instrument.items.map((item) => {
          const value = record.values[item.id];
          const label = localText(item.label, lang);
          return html`<li>${typeof value === 'number' ? this.t('check.answered', { item: label, value: this.formatNumber(value, { maximumFractionDigits: 1 }) }) : this.t('check.skipped', { item: label })}</li>`;
        })}
      </ul>
    </div>`;
  }
}

declare module '../../core/events.js' {
  interface KithEventMap {
    'kith-check-submit': CheckSubmitDetail;
  }
}
declare global {
  interface HTMLElementEventMap {
    'kith-check-submit': CustomEvent<CheckSubmitDetail>;
  }
  interface HTMLElementTagNameMap {
    'kith-relationship-check': KithRelationshipCheck;
  }
}
