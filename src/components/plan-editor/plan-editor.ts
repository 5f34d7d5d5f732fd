import { html, isServer, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { Renderable } from '../../core/element.js';
import { controlStyles, formHeadingStyles } from '../../core/control-styles.js';
import { ActionMenus } from '../../core/action-menu.js';
import { actionMenuStyles } from '../../core/action-menu.styles.js';
import { now } from '../../core/clock.js';
import { textHash } from '../../core/dates-and-hashes.js';
import { KithFormElement, type FormValue } from '../../core/form-element.js';
import { addEnglish } from '../../core/localize.js';
import { Lazy } from '../../core/lazy.js';
import type { StorageAdapter } from '../../core/storage.js';
import { localText, type LocalisedText, type ProblemDraft } from '../../core/validation.js';
import type { TranslationKey } from '../../translations/en.js';
import type { Catalogue } from '../../translations/types.js';
import { planEditorEn } from '../../translations/en/plan-editor.js';
import type { AwarenessLike } from './collab.js';
import {
  VOICE_ROLES,
  emptyPlan,
  isPlanFor,
  makeStatement,
  newId,
  planFor,
  resolveTemplate,
  signedText,
  validatePlan,
  type Plan,
  type PlanChange,
  type PlanView,
  type Statement,
  type Voice,
  type VoiceRole,
} from './model.js';
import { planEditorStyles } from './plan-editor.styles.js';
import { LocalPlanStore, type Conflict, type PlanStore, type StoreUpdate } from './store.js';
import type { PlanTemplate } from './templates.js';
import type { DraftKeeper } from './drafts.js';
import type { Hints } from './hints-view.js';
import { renderSection, renderStatement } from './statements-view.js';
import { renderReview, renderSignOff } from './sign-off-view.js';
import { LinkedSources } from './linked-sources.js';
import type { AddDraft, PlanViewContext, SignDraft, SignProblem, StatementsContext } from './view-context.js';

export interface PlanChangeDetail {
  /** The change made here; absent for undo, redo and changes from other editors. */
  change?: PlanChange;
  plan: Plan;
  /** True when the change came from another editor (co-editing). */
  remote: boolean;
}

declare module '../../core/events.js' {
  interface KithEventMap {
    'kith-plan-change': PlanChangeDetail;
  }
}
declare global {
  interface HTMLElementEventMap {
    'kith-plan-change': CustomEvent<PlanChangeDetail>;
  }
}

/*
 * Fetched the first time they are needed: the shipped templates' text (most
 * pages use one template), the print view (most visits never print), the
 * links to a radar and a map (most editors are linked to neither), the
 * scaling question (only some templates ask one), the plain-language
 * check (once someone types), drafts (only with `storage`) and co-editing
 * (only with a `doc`).
 */
const shippedTemplates = new Lazy(() => import('./templates.js').then((module) => module.PLAN_TEMPLATES));
const printView = new Lazy(() => import('./print-view.js').then((module) => module.renderPrintView));
const links = new Lazy(() => import('./links.js'));
const scalingView = new Lazy(() => import('./scaling.js').then((module) => module.renderScaling));
/** A chunk that brings its own words adds their English to the editor's as it arrives. */
const withEnglish = <Chunk extends { english: Catalogue }>(chunk: Chunk) => addEnglish(KithPlanEditor.strings, chunk);
/** Goals and actions, with their English words, for templates that have goals. */
const goalsView = new Lazy(() => import('./goals-view.js').then(withEnglish));
/** Plain-language hints, with their words, the first time someone pauses typing. */
const hintsView = new Lazy(() => import('./hints-view.js').then(withEnglish));
/** Drafts in the host's storage, and what is said about them, for editors given `storage`. */
const drafts = new Lazy(() => import('./drafts.js').then(withEnglish));
/** Co-editing through Yjs, and what only co-editing shows, for editors given a `doc`. */
const coEditing = new Lazy(() => import('./collab.js').then(withEnglish));
const pageReader = new Lazy(() => import('./light-dom.js').then((module) => module.planInPage));
/** Light-DOM content the editor reads its plan from when `plan` is not set. */
const PLAN_IN_PAGE = ':scope > script[type="application/json"], :scope > [data-section], :scope > [data-goals]';


/** How long typing must pause before plain-language hints are announced. */
const HINT_DELAY_MS = 600;
/**
 * A plan written with a person, not for them. Every statement keeps whose
 * words it is, who wrote it down, who agrees and each earlier version; a
 * family lane in plain language and a professional lane the family view
 * leaves out entirely; sign-off per person, asked again when the words
 * change; goals linked to a strengths radar and actions given to people on
 * a relationship map.
 *
 * - The plan comes from `plan` or, when that is not set, from the page: a
 *   `<script type="application/json">` child holding `{plan}`, or the
 *   readable sections a reader without JavaScript sees (`data-section`
 *   sections of statements, a `data-goals` list; see light-dom.ts), which
 *   the editor then shows in their place.
 * - Local by default; pass a Y.Doc as `doc` (and an `awareness`) to co-edit
 *   through any Yjs provider. Yjs is loaded only then.
 * - With a `storage` adapter, every change is kept as a draft and brought
 *   back after a reload or a crash.
 * - Undo and redo: buttons, Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y).
 *
 * @tagname kith-plan-editor
 * @summary Co-produced plans with whose-words, sign-off and co-editing.
 * @since 0.1.0
 *
 * @fires kith-plan-change - The plan changed. `detail: {change?, plan, remote}`.
 * @fires input - The person typed in the plan.
 * @fires change - The person changed the plan (other than typing).
 * @fires kith-error - The template, plan or doc could not be used. `detail: {code, message, path, problems}`.
 *
 * @csspart tools - The undo, redo, download and print bar.
 * @csspart section - One template section.
 * @csspart statement - One statement.
 * @csspart professional - A statement in the professional lane.
 * @csspart goals - The goals and actions.
 * @csspart goal - One goal.
 * @csspart sign-off - The sign-off panel.
 * @csspart review - The review date.
 *
 * @cssprop --kith-plan-max-width - Largest width of the plan (default `48rem`; `80rem` for templates laid out in columns).
 * @cssprop --kith-plan-statement-background - Background of a statement.
 * @cssprop --kith-plan-family-accent - Edge of a family-lane statement.
 * @cssprop --kith-plan-professional-accent - Edge of a professional-lane statement (dashed).
 *
 * @cssstate editing - A statement is being changed.
 * @cssstate co-editing - The plan lives in a shared Y.Doc.
 * @cssstate stale-sign-off - Someone's signature is for words that have since changed.
 */
export class KithPlanEditor extends KithFormElement {
  static override styles = [...KithFormElement.styles, ...controlStyles, formHeadingStyles, actionMenuStyles, planEditorStyles];
  /** Reactive properties (declared here rather than with decorators: their runtime cost every entry ~0.4 kB). */
  static override properties: PropertyDeclarations = {
    template: { converter: { fromAttribute: (value: string | null) => value ?? '' } },
    plan: { attribute: false },
    view: { reflect: true },
    author: {},
    authorRole: { attribute: 'author-role' },
    personName: { attribute: 'person-name' },
    storage: { attribute: false },
    draftKey: { attribute: 'draft-key' },
    doc: { attribute: false },
    awareness: { attribute: false },
    radar: { attribute: false },
    map: { attribute: false },
    team: { attribute: false },
    printView: { type: Boolean, reflect: true, attribute: 'print-view' },
    today: { attribute: false },
    current: { state: true },
    editingId: { state: true },
    conflicts: { state: true },
    announcement: { state: true },
    hints: { state: true },
    draftRestored: { state: true },
    draftRefused: { state: true },
    draftSetAside: { state: true },
    loading: { state: true },
    hashes: { state: true },
    adding: { state: true },
    signDraft: { state: true },
    signMissing: { state: true },
  };
  static override readonly lazyParts = [shippedTemplates, scalingView, goalsView];
  /** Its own strings. The English of the goals, hints, drafts and co-editing arrives with their chunks (see withEnglish); in Welsh, all arrive together. */
  static override strings = {
    en: { ...planEditorEn } as Catalogue,
    cy: () =>
      Promise.all([
        import('../../translations/cy/plan-editor.js'),
        import('../../translations/cy/plan-goals.js'),
        import('../../translations/cy/plan-hints.js'),
        import('../../translations/cy/plan-drafts.js'),
        import('../../translations/cy/plan-co-editing.js'),
      ]).then(([main, goals, hints, drafts, coEditing]) => ({ ...main.planEditorCy, ...goals.planGoalsCy, ...hints.planHintsCy, ...drafts.planDraftsCy, ...coEditing.planCoEditingCy })),
  };

  /** A shipped template id (`signs-of-safety`, `path`, `one-page-profile`, `family-action-plan`) or a template object. */
  template: string | PlanTemplate = 'family-action-plan';

  /** The plan: `{schemaVersion, templateId, statements, goals, signOffs, reviewOn}`. Empty when not set. */
  plan?: Plan;

  /** `family` (the family lane only, never the professional one) or `practitioner` (both lanes). */
  view: PlanView = 'family';

  /** The name of the person typing here: kept as each statement's writer and in sign-offs. */
  author = '';

  /** Who the person typing is. A worker's new statements default to the person's own words. */
  authorRole: VoiceRole = 'worker';

  /** The name of the person the plan is for (“In Jade's own words”). */
  personName = '';

  /** Where drafts are kept (memory, localStorage or the host's); none by default. */
  storage?: StorageAdapter;

  /** The key drafts are kept under; default `kith-plan-draft/<plan id or template id>`. */
  draftKey = '';

  /** A Y.Doc to keep the plan in, for co-editing through any Yjs provider. */
  doc?: object;

  /** A y-protocols Awareness: shows who is changing which statement. */
  awareness?: AwarenessLike;

  /** A `kith-strengths-radar` (or its `{instrument, readings}`): goals can link to its scales. */
  radar?: unknown;

  /** A `kith-relationship-map` (or its `{people}`): actions can be given to its people. */
  map?: unknown;

  /** A `kith-team-around` (or its team, `{members}`): actions can be given to its members too. */
  team?: unknown;

  /** Shows the take-home plan (family lane, no controls), as printed. */
  printView = false;

  /** “Today” for this editor alone (the days until review); unset, Kith’s clock (`setClock` in the core) answers. */
  today?: Date;

  private current: Plan | null = null;
  private editingId: string | null = null;
  private conflicts: Conflict[] = [];
  private announcement = '';
  /** Plain-language hints for the field last typed in (null when none is shown). */
  private hints: Hints | null = null;
  private draftRestored = false;
  private draftRefused = false;
  /** Where an unreadable draft was copied to ('' when none was found). */
  private draftSetAside = '';
  /** Keeps drafts in `storage` (null without storage, or before its module has arrived). */
  private drafts: DraftKeeper | null = null;
  private loading = false;
  private hashes: Partial<Record<VoiceRole, string>> = {};
  private adding: Record<string, AddDraft> = {};
  private signDraft: SignDraft = { who: '', role: 'person', method: 'typed-name', witness: '' };
  private signMissing: SignProblem[] = [];

  private store: PlanStore | null = null;
  private unsubscribe: (() => void) | null = null;
  private checkedTemplate: PlanTemplate | null = null;
  private connecting: Promise<void> | null = null;
  private hintTimer: ReturnType<typeof setTimeout> | undefined;
  /** Counts pauses, so hints for text typed over since are dropped. */
  private hintsAsked = 0;
  private hashRun = 0;
  private focusAfterRender: string | null = null;
  /** Each statement's "More actions" menu. */
  private readonly menus = new ActionMenus(this);
  private focusFallback = 'undo';
  /** The linked radar's scales and map's people, read when a link is set or changes. */
  private readonly sources = new LinkedSources(this, links);

  /** The plan as this view shows it (family view: family lane only), or null while there are problems. */
  get value(): Plan | null {
    return this.current ? planFor(this.current, this.view) : null;
  }

  /** Resolves once the plan is ready to edit (after the shared doc is opened, when there is one). */
  async whenReady(): Promise<void> {
    await this.updateComplete;
    if (this.connecting) await this.connecting;
    await this.updateComplete;
  }

  /** The plan as JSON for this view (the versioned schema). */
  exportJson(): string {
    return JSON.stringify(this.value, null, 2);
  }

  /** Forgets the kept draft (call once the host has saved the plan). */
  clearDraft(): void {
    this.drafts?.forget(this.draftStorageKey());
    this.draftRestored = false;
  }

  /** Prints the take-home plan. */
  print(): void {
    this.printView = true;
    void this.updateComplete.then(() => {
      const done = (): void => {
        this.printView = false;
        window.removeEventListener('afterprint', done);
      };
      window.addEventListener('afterprint', done);
      window.print();
    });
  }

  undo(): void {
    if (!this.store?.canUndo) return;
    this.keepFocus('undo');
    this.store.undo();
    this.announce('plan.undone');
    this.fire('change');
  }

  redo(): void {
    if (!this.store?.canRedo) return;
    this.keepFocus('redo');
    this.store.redo();
    this.announce('plan.redone');
    this.fire('change');
  }

  /**
   * Undo and redo re-render what has focus (a moved statement's button, a
   * field): put focus back on the same control, or on the undo/redo button
   * when that control is gone, so keyboard users never land on the page body.
   */
  private keepFocus(fallback: string): void {
    this.focusAfterRender = this.shadowRoot?.activeElement?.id || fallback;
    this.focusFallback = fallback;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.onKeydown);
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // Inner fields' own input events are composed and would escape with the
    // wrong meaning (typing a sign-off name is not a change to the plan):
    // the element fires its own `input` when the plan changes.
    this.renderRoot.addEventListener('input', (event) => event.stopPropagation());
    // Fetched once the page is idle, so printing works even if the connection drops later.
    (globalThis.requestIdleCallback ?? setTimeout)(() => void printView.ready());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onKeydown);
    this.teardown();
  }

  /* ---------- Input ---------- */

  /** The template as far as it is known: a shipped one only once its module has arrived. */
  private get knownTemplate(): PlanTemplate | undefined {
    return typeof this.template === 'string' ? shippedTemplates.value?.[this.template] : (this.template ?? undefined);
  }

  /** Waits for the modules this editor's attributes need (fetched on first use). */
  protected override waitBeforeUpdate(): Promise<unknown> | null {
    const needed = [
      this.printView && printView,
      typeof this.template === 'string' && shippedTemplates,
      (this.radar != null || this.map != null || this.team != null) && links,
      this.knownTemplate?.scaling !== undefined && scalingView,
      this.knownTemplate?.goals && goalsView,
      this.storage && drafts,
      // Checked only until the reader has arrived: afterwards there is nothing to wait for.
      pageReader.value === undefined && this.planInPage && pageReader,
    ];
    const waits = needed.map((lazy) => (lazy ? lazy.ready() : null)).filter((wait) => wait !== null);
    return waits.length > 0 ? Promise.all(waits) : null;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || changed.has('template') || changed.has('plan') || changed.has('doc') || changed.has('storage')) this.setup();
    if (changed.has('radar') || changed.has('map') || changed.has('team')) this.sources.watch(this.radar, this.map, this.team);
  }

  private setup(): void {
    this.teardown();
    const { template, problems } = resolveTemplate(this.template, shippedTemplates.value ?? null);
    if (!template) {
      this.setProblems(problems);
      return;
    }
    const { plan, problems: planProblems } = this.givenPlan(template);
    if (!plan) {
      this.setProblems(planProblems);
      return;
    }
    this.checkedTemplate = template;
    this.setProblems([]);
    if (this.doc) {
      // Seeds the doc only with a plan this editor was given (see CollabOptions.seed).
      this.connect(this.doc, template, this.plan === undefined && !this.planInPage ? null : plan);
      return;
    }
    const Keeper = this.storage && drafts.value?.DraftKeeper;
    this.drafts = Keeper ? new Keeper(this.storage!, (problem) => this.reportWarning(problem)) : null;
    const kept = this.drafts?.read(this.draftStorageKey(plan), template);
    this.draftSetAside = kept?.setAside ?? '';
    // Storage refused, or the drafts module could not be fetched: said as when storage refuses.
    this.draftRefused = this.drafts?.refused ?? !!this.storage;
    if (this.storage && !Keeper) this.reportWarning({ code: 'draft-not-kept', path: 'storage' });
    const draft = kept?.draft ?? null;
    this.draftRestored = draft !== null && JSON.stringify(draft.plan) !== JSON.stringify(plan);
    this.attach(new LocalPlanStore(this.draftRestored ? draft!.plan : plan));
  }

  /** The plan is not set and the page holds one (a server renders without the page's children). */
  private get planInPage(): boolean {
    return !isServer && this.plan === undefined && this.querySelector(PLAN_IN_PAGE) !== null;
  }

  /**
   * The plan the host gave, checked: `plan`, or when that is not set what
   * the page holds (a JSON child or readable sections; see light-dom.ts),
   * or else a new, empty plan.
   */
  private givenPlan(template: PlanTemplate): { plan: Plan | null; problems: ProblemDraft[] } {
    const given = this.planInPage ? (pageReader.value?.(this, template.id) ?? { problem: { code: 'sections-unavailable', path: 'sections' } as ProblemDraft }) : { value: this.plan as unknown };
    if (given.problem) return { plan: null, problems: [given.problem] };
    return given.value === undefined ? { plan: emptyPlan(template), problems: [] } : validatePlan(given.value, template);
  }

  private connect(doc: object, template: PlanTemplate, seed: Plan | null): void {
    this.loading = true;
    const run = Promise.resolve(coEditing.ready())
      .then(() => {
        if (this.doc !== doc) return;
        if (!coEditing.value) throw new Error('The co-editing module could not be fetched.');
        const { store, problems } = coEditing.value.createYjsStore(doc, { template, seed, editor: () => ({ name: this.authorName, role: this.authorRole }), awareness: this.awareness });
        const checked = store ? validatePlan(store.plan, template, 'doc') : { problems };
        if (!store || checked.problems.length > 0) {
          store?.destroy();
          this.setProblems(checked.problems);
        } else {
          this.attach(store);
          this.setCustomState('co-editing', true);
        }
      })
      .catch(() => this.setProblems([{ code: 'foreign-doc', path: 'doc' }]))
      .finally(() => {
        this.loading = false;
      });
    this.connecting = run;
  }

  private attach(store: PlanStore): void {
    this.store = store;
    this.current = store.plan;
    this.unsubscribe = store.subscribe((update) => this.onStoreUpdate(update));
    this.refreshHashes();
  }

  private teardown(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.store?.destroy();
    this.store = null;
    this.current = null;
    this.editingId = null;
    this.conflicts = [];
    this.setCustomState('co-editing', false);
  }

  private onStoreUpdate(update: StoreUpdate): void {
    if (update.remote && this.checkedTemplate) {
      // Another editor's change is checked like any input: a peer cannot break this page.
      const problems = validatePlan(update.plan, this.checkedTemplate, 'doc').problems;
      if (problems.length > 0) {
        this.setProblems(problems);
        return;
      }
      this.setProblems([]);
    }
    this.current = update.plan;
    if (update.conflicts.length > 0) this.conflicts = [...this.conflicts, ...update.conflicts];
    if (!this.doc && this.drafts) {
      this.drafts.keep(this.draftStorageKey(), update.plan);
      this.draftRefused = this.drafts.refused;
    }
    this.emit('kith-plan-change', { ...(update.change ? { change: update.change } : {}), plan: update.plan, remote: update.remote });
    this.refreshHashes();
  }

  private draftStorageKey(plan: Plan | null = this.current): string {
    return this.draftKey || `kith-plan-draft/${plan?.id ?? plan?.templateId ?? 'plan'}`;
  }

  /** The sign-off hashes of the current words, per role that has signed. */
  private refreshHashes(): void {
    const plan = this.current;
    const template = this.checkedTemplate;
    if (!plan || !template) return;
    const run = ++this.hashRun;
    const roles = [...new Set(plan.signOffs.map((signOff) => signOff.role))];
    void Promise.all(roles.map(async (role) => [role, await textHash(signedText(plan, template, role))] as const)).then((pairs) => {
      const hashes = Object.fromEntries(pairs);
      // Re-render only when a hash changed: with no sign-off, or a change outside the signed words, none does.
      if (run === this.hashRun && JSON.stringify(hashes) !== JSON.stringify(this.hashes)) this.hashes = hashes;
    });
  }

  /* ---------- Form association ---------- */

  protected override formValue(): FormValue {
    return this.current ? JSON.stringify(this.value) : null;
  }
  protected override isEmpty(): boolean {
    return !this.current || (this.current.statements.length === 0 && this.current.goals.length === 0);
  }
  protected override resetValue(): void {
    this.setup();
    this.requestUpdate();
  }
  protected override restoreValue(saved: FormValue): void {
    if (typeof saved !== 'string' || !this.checkedTemplate || this.doc) return;
    try {
      const parsed: unknown = JSON.parse(saved);
      if (isPlanFor(this.checkedTemplate)(parsed)) {
        this.teardown();
        this.attach(new LocalPlanStore(parsed));
      }
    } catch {
      // Not ours: keep what is shown.
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.setCustomState('editing', this.editingId !== null);
    this.setCustomState('stale-sign-off', this.staleSignOffs().length > 0);
    if (this.focusAfterRender) {
      const root = this.shadowRoot;
      const target = root?.getElementById(this.focusAfterRender) ?? root?.getElementById(this.focusFallback);
      (target?.hasAttribute('disabled') ? root?.getElementById(this.focusFallback === 'undo' ? 'redo' : 'undo') : target)?.focus();
      this.focusAfterRender = null;
    }
  }

  /* ---------- Making changes ---------- */

  private get authorName(): string {
    return this.author.trim() || this.t('plan.someone');
  }

  private commit(change: PlanChange, typing = false): void {
    this.store?.change(change, { by: this.authorName, at: now().toISOString() });
    this.fire(typing ? 'input' : 'change');
  }

  /** Native events, only ever for the person's own actions. */
  private fire(type: 'input' | 'change'): void {
    this.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
  }

  private announce(key: TranslationKey, params?: Record<string, string | number>): void {
    this.announcement = this.t(key, params);
  }

  private onKeydown = (event: KeyboardEvent): void => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) this.undo();
    else if ((key === 'z' && event.shiftKey) || key === 'y') this.redo();
    else return;
    // The plan, not the text field, owns undo: field values follow the plan.
    event.preventDefault();
  };

  private defaultVoice(): VoiceRole {
    return this.authorRole === 'worker' ? 'person' : this.authorRole;
  }

  private voiceFor(role: VoiceRole): Voice {
    if (role === 'person' && this.personName) return { role, name: this.personName };
    if (role === this.authorRole && this.author.trim()) return { role, name: this.author.trim() };
    return { role };
  }

  private addingIn(section: string): AddDraft {
    return this.adding[section] ?? { text: '', voice: this.defaultVoice(), lane: 'family' };
  }

  private setAdding(section: string, fields: Partial<AddDraft>): void {
    this.adding = { ...this.adding, [section]: { ...this.addingIn(section), ...fields } };
  }

  private addStatement(section: string, title: string): void {
    const draft = this.addingIn(section);
    if (draft.text.trim() === '') {
      this.shadowRoot?.getElementById(`add-${section}`)?.focus();
      return;
    }
    const lane = this.view === 'practitioner' ? draft.lane : 'family';
    const statement = makeStatement({ section, text: draft.text.trim(), voice: this.voiceFor(draft.voice), lane, author: this.authorName, at: now().toISOString() });
    this.commit({ type: 'add-statement', statement });
    this.setAdding(section, { text: '' });
    this.hints = null;
    this.announce('plan.added', { section: title });
    this.focusAfterRender = `add-${section}`;
  }

  private startEditing(statement: Statement): void {
    this.editingId = statement.id;
    this.store?.setEditing(statement.id);
    this.focusAfterRender = `edit-${statement.id}`;
  }

  private stopEditing(id: string): void {
    this.commit({ type: 'commit-text', id });
    this.editingId = null;
    this.hints = null;
    this.store?.setEditing(null);
    this.focusAfterRender = `change-${id}`;
  }

  private move(statement: Statement, offset: -1 | 1): void {
    this.commit({ type: 'move-statement', id: statement.id, offset });
    const section = this.current!.statements.filter((s) => s.section === statement.section);
    const position = section.findIndex((s) => s.id === statement.id);
    this.announce('plan.moved', { position: position + 1, count: section.length });
    // Focus goes back to the statement's menu, to move it again.
    this.focusAfterRender = `menu-button-${statement.id}`;
  }

  private removeStatement(statement: Statement): void {
    this.commit({ type: 'remove-statement', id: statement.id });
    this.announce('plan.removed');
    this.focusAfterRender = `add-${statement.section}`;
  }

  /** Hints follow the text being typed, announced once typing pauses. */
  private typed(target: string, text: string): void {
    clearTimeout(this.hintTimer);
    const asked = ++this.hintsAsked;
    this.hintTimer = setTimeout(() => {
      const lang = this.resolvedLang;
      // Fetched the first time someone pauses typing; without it there are no hints (they are guidance only).
      void Promise.resolve(hintsView.ready()).then(() => {
        const view = hintsView.value;
        if (view && asked === this.hintsAsked) this.hints = view.hintsFor(target, text, lang);
      });
    }, HINT_DELAY_MS);
  }

  /* ---------- Sign-off ---------- */

  private staleSignOffs(): string[] {
    const plan = this.current;
    if (!plan) return [];
    return plan.signOffs.filter((s) => this.hashes[s.role] !== undefined && this.hashes[s.role] !== s.textHash).map((s) => s.who);
  }

  private async signOff(): Promise<void> {
    const draft = this.signDraft;
    const missing: SignProblem[] = [];
    if (draft.who.trim() === '') missing.push('name');
    if (draft.method !== 'typed-name' && draft.witness.trim() === '') missing.push('witness');
    this.signMissing = missing;
    if (missing.length > 0) {
      await this.updateComplete;
      this.shadowRoot?.querySelector<HTMLElement>('.sign-off [part="error-summary"]')?.focus();
      return;
    }
    const plan = this.current;
    if (!plan || !this.checkedTemplate) return;
    const hash = await textHash(signedText(plan, this.checkedTemplate, draft.role));
    this.commit({
      type: 'sign-off',
      signOff: { who: draft.who.trim(), role: draft.role, method: draft.method, ...(draft.method !== 'typed-name' ? { witness: draft.witness.trim() } : {}), at: now().toISOString(), textHash: hash },
    });
    this.announce('plan.signOffDone', { name: draft.who.trim() });
    this.signDraft = { ...draft, who: '', witness: '' };
  }

  /* ---------- Rendering ---------- */

  private text(value: LocalisedText): string {
    return localText(value, this.resolvedLang);
  }

  private wordsOf(voice: Voice): string {
    return voice.name ? this.t('plan.words.named', { name: voice.name }) : this.t(`plan.words.${voice.role}`);
  }

  protected override renderContent(): Renderable {
    const plan = this.current;
    const template = this.checkedTemplate;
    if (!plan || !template) return html`<p role="status">${this.loading ? this.t('plan.loading') : ''}</p>`;
    if (this.printView && printView.value) return printView.value(plan, template, { ...this.textContext, text: (value) => this.text(value), wordsOf: (voice) => this.wordsOf(voice) });
    // Printing without the print view (its module could not be fetched): still the family lane only.
    const shown = planFor(plan, this.printView ? 'family' : this.view);
    const c = this.viewContext();
    const statements = this.statementsContext(c);
    return html`<div class="plan ${template.layout === 'columns' ? 'columns' : ''}">
      <div class="tools buttons" part="tools" role="toolbar" aria-label=${this.t('plan.tools')}>
        <button type="button" class="button small" id="undo" ?disabled=${!this.store?.canUndo} @click=${() => this.undo()}>${this.t('plan.undo')}</button>
        <button type="button" class="button small" id="redo" ?disabled=${!this.store?.canRedo} @click=${() => this.redo()}>${this.t('plan.redo')}</button>
        <button type="button" class="button small" @click=${() => this.download()}>${this.t('plan.download')}</button>
        <button type="button" class="button small" @click=${() => this.print()}>${this.t('plan.print')}</button>
      </div>
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${drafts.value?.renderDraftNotices(this.draftRestored, this.draftSetAside, c, () => this.discardDraft())}
      ${this.draftRefused ? html`<div class="notice summary" role="alert"><p>${this.t('plan.draftRefused')}</p></div>` : nothing}
      ${this.view === 'practitioner' ? html`<p class="hint">${this.t('plan.practitionerNote')}</p>` : nothing}
      <div class="section-list">
        ${template.sections.map((section) => {
          const title = this.text(section.title);
          const mine = shown.statements.filter((s) => s.section === section.id);
          return renderSection(statements, section.id, title, section.prompt, mine, (s, first, last) => this.renderStatementOnce(statements, s, first, last));
        })}
      </div>
      ${template.scaling && scalingView.value
        ? scalingView.value(plan, template.scaling, {
            t: (key, params) => this.t(key, params),
            text: (value) => this.text(value),
            who: this.authorName,
            answer: (value) => this.commit({ type: 'set-scaling', answer: { who: this.authorName, role: this.authorRole, value, at: now().toISOString() } }),
          })
        : nothing}
      ${template.goals && goalsView.value ? goalsView.value.renderGoals(plan, { ...c, linked: this.sources.linked, newGoal: () => ({ id: newId('g'), text: '', voice: this.voiceFor(this.defaultVoice()), actions: [] }) }) : nothing}
      ${renderReview(plan, this.today ?? now(), c)}
      ${renderSignOff(plan, {
        ...c,
        draft: this.signDraft,
        setDraft: (fields) => (this.signDraft = { ...this.signDraft, ...fields }),
        missing: this.signMissing,
        stale: new Set(this.staleSignOffs()),
        signOff: () => void this.signOff(),
        root: this.shadowRoot!,
      })}</div>
    `;
  }

  /** What every view of the plan (statements, goals, sign-off) reads and does. */
  private viewContext(): PlanViewContext {
    return {
      ...this.textContext,
      text: (value) => this.text(value),
      commit: (change, typing) => this.commit(change, typing),
      typed: (target, text) => this.typed(target, text),
      hints: (target) => this.renderHints(target),
      conflicts: (itemId) => this.renderConflicts(itemId),
      focusAfterRender: (id) => (this.focusAfterRender = id),
      roleOptions: VOICE_ROLES.map((role) => [role, this.t(`plan.role.${role}`)]),
    };
  }

  private statementsContext(c: PlanViewContext): StatementsContext {
    return {
      ...c,
      view: this.view,
      editingId: this.editingId,
      menus: this.menus,
      authorName: this.authorName,
      wordsOf: (voice) => this.wordsOf(voice),
      presence: (names) => coEditing.value?.renderPresence(names, c),
      adding: (section) => this.addingIn(section),
      setAdding: (section, fields) => this.setAdding(section, fields),
      add: (section, title) => this.addStatement(section, title),
      startEditing: (statement) => this.startEditing(statement),
      stopEditing: (id) => this.stopEditing(id),
      move: (statement, offset) => this.move(statement, offset),
      remove: (statement) => this.removeStatement(statement),
      voiceFor: (role) => this.voiceFor(role),
    };
  }

  /**
   * A statement is rendered again only when something it shows changed:
   * plans are immutable, so an unchanged statement is the same object, and
   * a keystroke in one of 300 statements re-renders one, not 300.
   */
  private renderStatementOnce(c: StatementsContext, statement: Statement, first: boolean, last: boolean): unknown {
    const editing = this.editingId === statement.id;
    const others = this.store?.presence?.get(statement.id) ?? [];
    const conflicts = this.conflicts.filter((conflict) => conflict.itemId === statement.id).length;
    const hints = editing && this.hints?.target === `edit-${statement.id}` ? this.hints : null;
    return guard([statement, first, last, editing, others.join(), conflicts, hints, this.view, this.authorName, this.resolvedLang, this.translations, this.menus.isOpen(statement.id)], () =>
      renderStatement(c, statement, first, last, others),
    );
  }

  /** Conflicts only co-editing finds, so drawn by its module (here whenever there are any). */
  private renderConflicts(itemId: string): unknown {
    const mine = this.conflicts.filter((conflict) => conflict.itemId === itemId);
    return mine.length > 0 ? coEditing.value?.renderConflicts(mine, this.textContext, (done) => (this.conflicts = this.conflicts.filter((conflict) => conflict !== done))) : nothing;
  }

  /** One polite region per text field, so hints are read beside the field being typed in; they arrive with their module. */
  private renderHints(target: string): TemplateResult {
    const hints = this.hints?.target === target ? this.hints : null;
    return html`<div class="hints" role="status" aria-live="polite" id="hints-${target}">${hints ? hintsView.value?.renderHints(hints, this.textContext) : nothing}</div>`;
  }

  private download(): void {
    const blob = new Blob([this.exportJson()], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `plan-${this.current?.id ?? this.current?.templateId ?? 'plan'}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 0);
  }

  private discardDraft(): void {
    this.clearDraft();
    this.teardown();
    const template = this.checkedTemplate!;
    this.attach(new LocalPlanStore(this.givenPlan(template).plan ?? emptyPlan(template)));
    this.announce('plan.draftDiscarded');
  }
}


