import { LitElement, html, isServer, nothing, type TemplateResult, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { TranslationKey } from '../translations/en.js';
import type { ComponentStrings } from '../translations/types.js';
import { errorDetail, type KithEventMap } from './events.js';
import { closestAttribute, resolveDirection, unwatchLanguage, watchLanguage } from './language.js';
import { formatDate, formatNumber, languageReady, problemWording, resolveLanguage, translate, type Params, type TextContext, type TranslationOverrides } from './localize.js';
import { baseStyles } from './styles.js';
import { adoptDefaultTheme } from './theme.js';
import type { Problem, ProblemDraft } from './validation.js';
import { localizeProblem } from './localize-problem.js';
import { VERSION } from './version.js';

/** Runs `report` once the problems' wording has arrived (at once when it has, or could not be fetched). */
function whenWorded(report: () => void): void {
  const arriving = problemWording.ready();
  if (arriving) void arriving.then(report);
  else report();
}

/** What a component's `renderContent` may return. */
export type Renderable = TemplateResult | typeof nothing;

/**
 * The base of every Kith element.
 *
 * - Follows `lang`/`dir` of the element or its nearest ancestor (across
 *   shadow roots) and re-renders when either changes.
 * - `t()` localises through one path; `translations` overrides wording per
 *   instance and language.
 * - `emit()` sends typed, bubbling, composed events.
 * - Bad input: `setProblems()` replaces the component with a localised error
 *   state and fires `kith-error`; an exception in rendering does the same,
 *   so render never throws into the host page.
 * - Nothing touches the DOM in the constructor or at module scope.
 *
 * @fires kith-error - The input could not be used. `detail: {code, message, path, problems}`.
 * @csspart error - The error state shown in place of the component.
 * @cssstate error - Set while the error state is shown.
 */
export abstract class KithElement extends LitElement {
  /** The kith-ui version that defined this class (used to explain double definitions). */
  static readonly kithVersion: string = VERSION;

  static override styles = [baseStyles];
  /** Reactive properties (declared here rather than with decorators: their runtime cost every entry ~0.4 kB). */
  static override properties: PropertyDeclarations = {
    translations: { attribute: false },
    resolvedLang: { state: true },
    resolvedDir: { state: true },
    problemDrafts: { state: true },
  };

  /** The component's own strings by language (shared ones come from the core). */
  static strings?: ComponentStrings;

  /**
   * Modules this element fetches on first use whose content it renders
   * (goals, a comparison…): a browser waits for them before rendering; a
   * server render cannot wait, so `prepare()` (core) fetches them first.
   */
  static readonly lazyParts?: readonly { ready(): Promise<unknown> | null }[];

  /**
   * Wording overrides for this instance, by language:
   * `{ en: { 'stageBadge.notScored': 'Not yet' }, cy: { … } }`.
   */
  translations?: TranslationOverrides;

  /** The catalogue language in use (`en`, `cy`, …), from `lang` on the element or an ancestor. */
  protected resolvedLang = 'en';

  /** `ltr` or `rtl`, from `dir` on the element or an ancestor. */
  protected resolvedDir: 'ltr' | 'rtl' = 'ltr';

  private problemDrafts: readonly ProblemDraft[] = [];

  private lastReported = '';
  /** Set while the last render threw; cleared by the next render that does not. */
  private renderFailure: ProblemDraft | null = null;
  private internalsCache?: ElementInternals;

  /** ElementInternals, attached on first use (custom states, form association). */
  protected get internals(): ElementInternals {
    this.internalsCache ??= this.attachInternals();
    return this.internalsCache;
  }

  /** The problems with the current input, localised; empty when all is well. */
  get problems(): Problem[] {
    const drafts = this.renderFailure ? [...this.problemDrafts, this.renderFailure] : this.problemDrafts;
    return drafts.map((draft) => localizeProblem(this.resolvedLang, draft, this.translations, (this.constructor as typeof KithElement).strings));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptDefaultTheme(this.ownerDocument);
    watchLanguage(this);
    this.syncLanguage();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLanguage(this);
  }

  /** @internal Called when any `lang`/`dir` in the document changes. */
  syncLanguage(): void {
    const lang = resolveLanguage(closestAttribute(this, 'lang'));
    const dir = resolveDirection(this);
    if (lang !== this.resolvedLang) this.resolvedLang = lang;
    if (dir !== this.resolvedDir) this.resolvedDir = dir;
  }

  /**
   * Holds each update until the strings for the language in use have
   * arrived (a Welsh catalogue is fetched the first time it is used), so a
   * page never shows English while Welsh loads. `updateComplete` waits too.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const strings = (this.constructor as typeof KithElement).strings;
    // A problem is shown in its words: wait for them when there is one, or when hydrating a server's error state (it must match).
    const worded = this.hasProblems || (!this.hasUpdated && !!this.shadowRoot?.querySelector('[part="error"]'));
    const waits = [...this.languagesShown.map((lang) => languageReady(lang, strings)), this.waitBeforeUpdate(), worded ? problemWording.ready() : null].filter((wait) => wait !== null);
    // Checked again once they arrive: the language (or input) may have changed meanwhile.
    return waits.length > 0 ? Promise.all(waits).then(() => this.scheduleUpdate()) : super.scheduleUpdate();
  }

  /**
   * Anything else the next update needs that is fetched on first use (a
   * module of shipped data); null when nothing is awaited. It must settle
   * (fulfil or reject) and then return null, or updates would wait forever.
   */
  protected waitBeforeUpdate(): Promise<unknown> | null {
    return null;
  }

  /** Whether the input has problems (or the last render failed): cheaper than `problems`, which words them. */
  protected get hasProblems(): boolean {
    return this.problemDrafts.length > 0 || this.renderFailure !== null;
  }

  /** Complete once a problem found in this update is shown in words (their wording is fetched on first use). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    if (this.hasProblems && problemWording.value === undefined) {
      await problemWording.ready();
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** Every language this element shows text in (a bilingual element, two). */
  protected get languagesShown(): readonly string[] {
    return [this.resolvedLang];
  }

  /** Localises a key for this element's language. */
  protected t(key: TranslationKey, params?: Params): string {
    return this.tIn(this.resolvedLang, key, params);
  }

  /** Localises a key for another language (bilingual display shows two). */
  protected tIn(lang: string, key: TranslationKey, params?: Params): string {
    return translate(lang, key, params, this.translations, (this.constructor as typeof KithElement).strings);
  }

  protected formatDate(isoDate: string): string {
    return formatDate(this.resolvedLang, isoDate, this.translations);
  }

  protected formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
    return formatNumber(this.resolvedLang, value, options);
  }

  /** Language, translator and formatters, for pure text generators. */
  protected get textContext(): TextContext {
    return {
      lang: this.resolvedLang,
      t: (key, params) => this.t(key, params),
      date: (iso) => this.formatDate(iso),
      number: (value) => this.formatNumber(value, { maximumFractionDigits: 1 }),
    };
  }

  /**
   * Dispatches a typed Kith event (bubbles, composed). Returns false when a
   * listener called `preventDefault()` on a cancelable event.
   */
  protected emit<K extends keyof KithEventMap>(type: K, detail: KithEventMap[K], options: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }));
  }

  /**
   * Reports the problems a model found with the input (empty when fixed).
   * Fires `kith-error` once per distinct set, not on every render.
   */
  protected setProblems(drafts: readonly ProblemDraft[]): void {
    this.problemDrafts = drafts;
    const signature = JSON.stringify(drafts);
    if (drafts.length > 0 && signature !== this.lastReported) this.reportProblems();
    this.lastReported = drafts.length > 0 ? signature : '';
  }

  /**
   * Reports a problem that does not stop the component working (storage
   * refused a copy): a `kith-error` event only, no error state.
   */
  protected reportWarning(draft: ProblemDraft): void {
    whenWorded(() => {
      const problem = localizeProblem(this.resolvedLang, draft, this.translations, (this.constructor as typeof KithElement).strings);
      this.emit('kith-error', errorDetail([problem]));
    });
  }

  private reportProblems(): void {
    const late = problemWording.value === undefined;
    whenWorded(() => {
      const problems = this.problems;
      if (problems.length > 0) this.emit('kith-error', errorDetail(problems));
      // The render that found the problem came before its wording: show it in words now.
      if (late) this.requestUpdate();
    });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.setCustomState('error', this.problemDrafts.length > 0 || this.renderFailure !== null);
  }

  /** Adds or removes a custom state (`:state(name)`), where the browser supports them. */
  protected setCustomState(name: string, on: boolean): void {
    const states = this.internals.states;
    if (!states) return;
    if (on) states.add(name);
    else states.delete(name);
  }

  /** The component's own rendering; only called when the input has no problems. */
  protected abstract renderContent(): Renderable;

  /** Final: subclasses implement `renderContent`. */
  protected override render(): Renderable {
    // A server renders the element alone: its own lang/dir are all there is.
    // (The browser build drops this: `isServer` is a constant false there.)
    if (isServer) {
      this.resolvedLang = resolveLanguage(this.getAttribute('lang'));
      this.resolvedDir = this.getAttribute('dir') === 'rtl' ? 'rtl' : 'ltr';
    }
    if (this.problemDrafts.length > 0) return this.renderError(this.problems);
    try {
      const content = this.renderContent();
      this.renderFailure = null;
      return content;
    } catch (error) {
      // No state change here (it would re-render and throw again): show the
      // error now and report it once this update is done.
      const reason = String(error);
      // Reported once: not again when the same failure recurs on a re-render (its wording arriving, a new language).
      const known = this.renderFailure?.params?.['reason'] === reason;
      this.renderFailure = { code: 'render-failed', path: this.localName, params: { reason } };
      if (!known) queueMicrotask(() => this.reportProblems());
      return this.renderError(this.problems);
    }
  }

  /** The shared, localised error state shown in place of the component (its alert empty until the problems' wording is here). */
  protected renderError(problems: readonly Problem[]): TemplateResult {
    if (problemWording.value === undefined) return html`<div class="kith-error" part="error" role="alert"></div>`;
    return html`<div class="kith-error" part="error" role="alert">
      <p class="kith-error__title">${this.t('error.title')}</p>
      <p>${this.t('error.intro')}</p>
      <p>${this.t('error.count', { count: problems.length })}</p>
      <ul>
        ${problems.map(
          (problem) =>
            html`<li>${problem.message}<span class="kith-error__where">${this.t('error.where', { path: problem.path })}</span></li>`,
        )}
      </ul>
    </div>`;
  }
}
