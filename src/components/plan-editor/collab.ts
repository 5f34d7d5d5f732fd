/**
 * Co-editing: the plan kept in a Y.Doc, so any Yjs provider (y-websocket,
 * Hocuspocus, y-webrtc, y-indexeddb) syncs it. Loaded by the editor only
 * when a `doc` is passed, so hosts that do not co-edit never load Yjs.
 *
 * Layout: root types only (two people starting the same empty plan offline
 * would otherwise each create their own list, and one list would be lost):
 *   kith-plan            fields: schemaVersion, templateId, id, reviewOn
 *   kith-plan/statements id → Y.Map {id, section, text: Y.Text, voice, lane,
 *                        order, author, createdAt, editedAt,
 *                        agreedBy: Y.Map<name, true>, history: Y.Array}
 *   kith-plan/goals      id → Y.Map {id, text: Y.Text, voice, scaleId, order,
 *                        actions: Y.Map<id, Y.Map {id, what: Y.Text, who, when, status, order}>}
 *   kith-plan/sign-offs  who → sign-off
 *   kith-plan/scaling    who → answer
 * Texts are Y.Text, so concurrent typing in one statement merges. A
 * single-value field (status, date, voice…) is stored as a stamp
 * `{v, by, id, seen}`: `seen` is the stamp the writer replaced, so when a
 * stamp arrives that did not see this person's latest write, their value
 * was overruled while they were changing it, and the editor says so.
 */
import * as Y from 'yjs';
import type { ProblemDraft } from '../../core/validation.js';
import { isRecord } from '../../core/validation.js';
import { PLAN_SCHEMA_VERSION, type Action, type ChangeContext, type Goal, type Plan, type PlanChange, type Statement, type VoiceRole } from './model.js';
import type { PlanTemplate } from './templates.js';
import { TYPING_GROUP_MS, type Conflict, type PlanStore, type StoreUpdate } from './store.js';
// What only co-editing shows (presence, conflicts), with its words, arrives with it.
export { renderConflicts, renderPresence, english } from './co-editing-view.js';

/** The parts of a y-protocols Awareness the editor uses. */
export interface AwarenessLike {
  clientID: number;
  getStates(): Map<number, Record<string, unknown>>;
  setLocalStateField(field: string, value: unknown): void;
  on(event: 'change', listener: () => void): void;
  off(event: 'change', listener: () => void): void;
}

export interface Editor {
  name: string;
  role: VoiceRole;
}

export interface CollabOptions {
  template: PlanTemplate;
  /**
   * Written into the doc when it holds no plan yet; null when this editor
   * was given no plan. An editor with nothing to give must not claim an
   * empty doc: a peer that joins after it, holding the plan, would find the
   * doc seeded (with nothing) and not write its plan.
   */
  seed: Plan | null;
  /** Who is editing here (read on each change). */
  editor: () => Editor;
  awareness?: AwarenessLike;
}

interface Stamp {
  v: unknown;
  by: string;
  id: string;
  seen?: string;
}

const ROOT = 'kith-plan';
const PRESENCE = 'kith-plan';

function isStamp(value: unknown): value is Stamp {
  return isRecord(value) && 'v' in value && typeof value['id'] === 'string' && typeof value['by'] === 'string';
}

function unstamp<T>(value: unknown): T | undefined {
  return isStamp(value) ? ((value.v ?? undefined) as T | undefined) : undefined;
}

/** Applies the difference between a Y.Text's content and `next` as one delete and one insert, so others' typing elsewhere in it survives. */
function replaceText(text: Y.Text, next: string): void {
  const current = text.toString();
  if (current === next) return;
  let start = 0;
  while (start < current.length && start < next.length && current[start] === next[start]) start += 1;
  let end = 0;
  while (end < current.length - start && end < next.length - start && current[current.length - 1 - end] === next[next.length - 1 - end]) end += 1;
  text.delete(start, current.length - start - end);
  text.insert(start, next.slice(start, next.length - end));
}

function textOf(value: string): Y.Text {
  const text = new Y.Text();
  text.insert(0, value);
  return text;
}

/** The problems with a doc that holds something other than a plan of this template. */
export function docProblems(doc: Y.Doc, template: PlanTemplate): ProblemDraft[] {
  const problems: ProblemDraft[] = [];
  const root = doc.getMap(ROOT);
  const version = root.get('schemaVersion');
  if (version !== undefined && version !== PLAN_SCHEMA_VERSION) problems.push({ code: 'foreign-doc', path: `doc.${ROOT}.schemaVersion` });
  const templateId = root.get('templateId');
  if (templateId !== undefined && templateId !== template.id) problems.push({ code: 'unknown-template', path: `doc.${ROOT}.templateId`, params: { id: String(templateId) } });
  const expect = (map: Y.Map<unknown>, name: string, fields: Record<string, 'text' | 'map' | 'array'>): void => {
    for (const [id, item] of map.entries()) {
      const ok =
        item instanceof Y.Map &&
        Object.entries(fields).every(([field, kind]) => {
          const value = item.get(field);
          return kind === 'text' ? value instanceof Y.Text : kind === 'map' ? value instanceof Y.Map : value instanceof Y.Array;
        });
      if (!ok) problems.push({ code: 'foreign-doc', path: `doc.${name}.${id}` });
    }
  };
  expect(doc.getMap(`${ROOT}/statements`), `${ROOT}/statements`, { text: 'text', agreedBy: 'map', history: 'array' });
  expect(doc.getMap(`${ROOT}/goals`), `${ROOT}/goals`, { text: 'text', actions: 'map' });
  for (const [goalId, goal] of doc.getMap(`${ROOT}/goals`).entries()) {
    if (goal instanceof Y.Map && goal.get('actions') instanceof Y.Map) expect(goal.get('actions') as Y.Map<unknown>, `${ROOT}/goals.${goalId}.actions`, { what: 'text' });
  }
  return problems;
}

/** The plan kept in a Y.Doc; undo and redo take back this person's changes only (Y.UndoManager). */
export class YjsPlanStore implements PlanStore {
  private readonly root: Y.Map<unknown>;
  private readonly statements: Y.Map<Y.Map<unknown>>;
  private readonly goals: Y.Map<Y.Map<unknown>>;
  private readonly signOffs: Y.Map<unknown>;
  private readonly scaling: Y.Map<unknown>;
  private readonly undoManager: Y.UndoManager;
  private readonly listeners = new Set<(update: StoreUpdate) => void>();
  /** The stamp id of this person's latest write of each `item.field`. */
  private readonly mine = new Map<string, string>();
  private current: Plan;
  private othersEditing = new Map<string, string[]>();
  private readonly sectionOrder: Map<string, number>;
  /**
   * Statements read from the doc, until their Y.Map (or anything in it)
   * changes: an unchanged statement stays the same object, so the editor
   * re-renders only what changed, as it does with a local plan.
   */
  private readonly statementCache = new WeakMap<Y.Map<unknown>, Statement>();

  constructor(
    private readonly doc: Y.Doc,
    private readonly options: CollabOptions,
  ) {
    this.root = doc.getMap(ROOT);
    this.statements = doc.getMap(`${ROOT}/statements`);
    this.goals = doc.getMap(`${ROOT}/goals`);
    this.signOffs = doc.getMap(`${ROOT}/sign-offs`);
    this.scaling = doc.getMap(`${ROOT}/scaling`);
    this.sectionOrder = new Map(options.template.sections.map((section, index) => [section.id, index]));
    if (options.seed && this.root.get('templateId') === undefined) this.seed(options.seed);
    this.current = this.read();
    const tracked = [this.root, this.statements, this.goals, this.signOffs, this.scaling];
    this.undoManager = new Y.UndoManager(tracked, { trackedOrigins: new Set([this]), captureTimeout: TYPING_GROUP_MS });
    for (const type of tracked) type.observeDeep(this.onDocChange);
    options.awareness?.on('change', this.onPresence);
    this.onPresence();
  }

  get plan(): Plan {
    return this.current;
  }
  get canUndo(): boolean {
    return this.undoManager.undoStack.length > 0;
  }
  get canRedo(): boolean {
    return this.undoManager.redoStack.length > 0;
  }
  /** Item id → names of the other people editing it now. */
  get presence(): ReadonlyMap<string, string[]> {
    return this.othersEditing;
  }

  subscribe(listener: (update: StoreUpdate) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  undo(): void {
    this.undoManager.undo();
  }
  redo(): void {
    this.undoManager.redo();
  }

  setEditing(itemId: string | null): void {
    const { name, role } = this.options.editor();
    this.options.awareness?.setLocalStateField(PRESENCE, { name, role, editing: itemId });
  }

  destroy(): void {
    for (const type of [this.root, this.statements, this.goals, this.signOffs, this.scaling]) type.unobserveDeep(this.onDocChange);
    this.options.awareness?.off('change', this.onPresence);
    this.options.awareness?.setLocalStateField(PRESENCE, null);
    this.undoManager.destroy();
    this.listeners.clear();
  }

  /* ---------- Reading ---------- */

  private read(): Plan {
    const statements = [...this.statements.values()].filter((item) => item instanceof Y.Map).map((item) => this.readStatement(item));
    const order = (item: Y.Map<unknown>): number => Number(unstamp<number>(item.get('order')) ?? item.get('order') ?? 0);
    const orderOf = new Map([...this.statements.values()].map((item) => [String(item.get('id')), order(item)]));
    statements.sort(
      (a, b) =>
        (this.sectionOrder.get(a.section) ?? 99) - (this.sectionOrder.get(b.section) ?? 99) ||
        orderOf.get(a.id)! - orderOf.get(b.id)! ||
        a.id.localeCompare(b.id),
    );
    const goals = [...this.goals.values()]
      .filter((item) => item instanceof Y.Map)
      .sort((a, b) => order(a) - order(b) || String(a.get('id')).localeCompare(String(b.get('id'))))
      .map((item) => this.readGoal(item, order));
    const plan: Plan = {
      schemaVersion: Number(this.root.get('schemaVersion') ?? PLAN_SCHEMA_VERSION),
      templateId: String(this.root.get('templateId') ?? this.options.template.id),
      statements,
      goals,
      signOffs: [...this.signOffs.values()] as Plan['signOffs'],
    };
    const id = this.root.get('id');
    if (typeof id === 'string') plan.id = id;
    const reviewOn = unstamp<string>(this.root.get('reviewOn'));
    if (reviewOn) plan.reviewOn = reviewOn;
    if (this.scaling.size > 0) plan.scaling = [...this.scaling.values()] as Plan['scaling'];
    return plan;
  }

  private readStatement(item: Y.Map<unknown>): Statement {
    const cached = this.statementCache.get(item);
    if (cached) return cached;
    const statement = this.readStatementFresh(item);
    this.statementCache.set(item, statement);
    return statement;
  }

  private readStatementFresh(item: Y.Map<unknown>): Statement {
    const agreedBy = item.get('agreedBy');
    const history = item.get('history');
    return {
      id: String(item.get('id')),
      section: String(item.get('section')),
      text: String(item.get('text') ?? ''),
      voice: unstamp<Statement['voice']>(item.get('voice')) ?? { role: 'person' },
      author: String(item.get('author') ?? ''),
      createdAt: String(item.get('createdAt') ?? ''),
      editedAt: String(item.get('editedAt') ?? ''),
      agreedBy: agreedBy instanceof Y.Map ? [...agreedBy.keys()].sort() : [],
      lane: unstamp<Statement['lane']>(item.get('lane')) ?? 'family',
      history: history instanceof Y.Array ? (history.toArray() as Statement['history']) : [],
    };
  }

  private readGoal(item: Y.Map<unknown>, order: (item: Y.Map<unknown>) => number): Goal {
    const actions = item.get('actions');
    const goal: Goal = {
      id: String(item.get('id')),
      text: String(item.get('text') ?? ''),
      voice: (item.get('voice') as Goal['voice'] | undefined) ?? { role: 'person' },
      actions:
        actions instanceof Y.Map
          ? [...(actions as Y.Map<Y.Map<unknown>>).values()]
              .filter((action) => action instanceof Y.Map)
              .sort((a, b) => order(a) - order(b) || String(a.get('id')).localeCompare(String(b.get('id'))))
              .map((action) => this.readAction(action))
          : [],
    };
    const scaleId = unstamp<string>(item.get('scaleId'));
    if (scaleId) goal.scaleId = scaleId;
    return goal;
  }

  private readAction(item: Y.Map<unknown>): Action {
    const who = unstamp<{ who: string; personId?: string }>(item.get('who')) ?? { who: '' };
    const action: Action = {
      id: String(item.get('id')),
      what: String(item.get('what') ?? ''),
      who: who.who,
      status: unstamp<Action['status']>(item.get('status')) ?? 'not-started',
    };
    if (who.personId) action.personId = who.personId;
    const when = unstamp<string>(item.get('when'));
    if (when) action.when = when;
    return action;
  }

  /* ---------- Writing ---------- */

  private stamp(map: Y.Map<unknown>, field: string, value: unknown): void {
    const previous = map.get(field);
    const id = crypto.randomUUID();
    map.set(field, { v: value ?? null, by: this.options.editor().name, id, ...(isStamp(previous) ? { seen: previous.id } : {}) });
    // A map not yet in the doc is new: nobody else can have changed it.
    if (map.doc) this.mine.set(`${String(map.get('id') ?? ROOT)}.${field}`, id);
  }

  private seed(plan: Plan): void {
    this.doc.transact(() => {
      this.root.set('schemaVersion', PLAN_SCHEMA_VERSION);
      this.root.set('templateId', this.options.template.id);
      if (plan.id) this.root.set('id', plan.id);
      if (plan.reviewOn) this.stamp(this.root, 'reviewOn', plan.reviewOn);
      plan.statements.forEach((statement, index) => this.statements.set(statement.id, this.statementMap(statement, index)));
      plan.goals.forEach((goal, index) => this.goals.set(goal.id, this.goalMap(goal, index)));
      for (const signOff of plan.signOffs) this.signOffs.set(signOff.who, signOff);
      for (const answer of plan.scaling ?? []) this.scaling.set(answer.who, answer);
    }, 'seed');
  }

  private statementMap(statement: Statement, order: number): Y.Map<unknown> {
    const item = new Y.Map<unknown>();
    for (const field of ['id', 'section', 'author', 'createdAt', 'editedAt'] as const) item.set(field, statement[field]);
    item.set('text', textOf(statement.text));
    const agreed = new Y.Map<boolean>();
    for (const name of statement.agreedBy) agreed.set(name, true);
    item.set('agreedBy', agreed);
    const history = new Y.Array<unknown>();
    history.push(statement.history);
    item.set('history', history);
    this.stamp(item, 'voice', statement.voice);
    this.stamp(item, 'lane', statement.lane);
    this.stamp(item, 'order', order);
    return item;
  }

  private goalMap(goal: Goal, order: number): Y.Map<unknown> {
    const item = new Y.Map<unknown>();
    item.set('id', goal.id);
    item.set('text', textOf(goal.text));
    item.set('voice', goal.voice);
    item.set('order', order);
    const actions = new Y.Map<unknown>();
    goal.actions.forEach((action, index) => actions.set(action.id, this.actionMap(action, index)));
    item.set('actions', actions);
    if (goal.scaleId) this.stamp(item, 'scaleId', goal.scaleId);
    return item;
  }

  private actionMap(action: Action, order: number): Y.Map<unknown> {
    const item = new Y.Map<unknown>();
    item.set('id', action.id);
    item.set('what', textOf(action.what));
    item.set('order', order);
    this.stamp(item, 'who', { who: action.who, ...(action.personId ? { personId: action.personId } : {}) });
    this.stamp(item, 'when', action.when);
    this.stamp(item, 'status', action.status);
    return item;
  }

  private nextOrder(items: Iterable<Y.Map<unknown>>): number {
    let max = -1;
    for (const item of items) max = Math.max(max, Number(unstamp<number>(item.get('order')) ?? item.get('order') ?? 0));
    return max + 1;
  }

  change(change: PlanChange, context: ChangeContext): void {
    this.doc.transact(() => this.write(change, context), this);
  }

  private write(change: PlanChange, context: ChangeContext): void {
    const statement = 'id' in change ? this.statements.get(change.id) : undefined;
    switch (change.type) {
      case 'add-statement':
        this.statements.set(change.statement.id, this.statementMap(change.statement, this.nextOrder(this.statements.values())));
        return;
      case 'edit-text':
        if (!statement) return;
        replaceText(statement.get('text') as Y.Text, change.text);
        statement.set('editedAt', context.at);
        return;
      case 'commit-text': {
        if (!statement) return;
        const history = statement.get('history') as Y.Array<Statement['history'][number]>;
        const text = String(statement.get('text'));
        if (history.length === 0 || history.get(history.length - 1).text !== text) history.push([{ at: context.at, by: context.by, text }]);
        return;
      }
      case 'set-statement':
        if (!statement) return;
        for (const [field, value] of Object.entries(change.fields)) this.stamp(statement, field, value);
        statement.set('editedAt', context.at);
        return;
      case 'agree': {
        const agreed = statement?.get('agreedBy') as Y.Map<boolean> | undefined;
        if (change.agreed) agreed?.set(change.name, true);
        else agreed?.delete(change.name);
        return;
      }
      case 'move-statement':
        this.move(change.id, change.offset);
        return;
      case 'remove-statement':
        this.statements.delete(change.id);
        return;
      case 'add-goal':
        this.goals.set(change.goal.id, this.goalMap(change.goal, this.nextOrder(this.goals.values())));
        return;
      case 'set-goal': {
        const goal = this.goals.get(change.id);
        if (!goal) return;
        if (change.fields.text !== undefined) replaceText(goal.get('text') as Y.Text, change.fields.text);
        if ('scaleId' in change.fields) this.stamp(goal, 'scaleId', change.fields.scaleId);
        return;
      }
      case 'remove-goal':
        this.goals.delete(change.id);
        return;
      case 'add-action': {
        const actions = this.goals.get(change.goalId)?.get('actions') as Y.Map<Y.Map<unknown>> | undefined;
        actions?.set(change.action.id, this.actionMap(change.action, this.nextOrder(actions.values())));
        return;
      }
      case 'set-action': {
        const action = (this.goals.get(change.goalId)?.get('actions') as Y.Map<Y.Map<unknown>> | undefined)?.get(change.id);
        if (!action) return;
        const { what, who, personId, ...single } = change.fields;
        if (what !== undefined) replaceText(action.get('what') as Y.Text, what);
        if (who !== undefined || 'personId' in change.fields) {
          const before = unstamp<{ who: string; personId?: string }>(action.get('who')) ?? { who: '' };
          const next = { who: who ?? before.who, personId: 'personId' in change.fields ? personId : before.personId };
          this.stamp(action, 'who', next.personId ? next : { who: next.who });
        }
        for (const [field, value] of Object.entries(single)) this.stamp(action, field, value);
        return;
      }
      case 'remove-action':
        (this.goals.get(change.goalId)?.get('actions') as Y.Map<unknown> | undefined)?.delete(change.id);
        return;
      case 'sign-off':
        this.signOffs.set(change.signOff.who, change.signOff);
        return;
      case 'set-review':
        this.stamp(this.root, 'reviewOn', change.reviewOn);
        return;
      case 'set-scaling':
        this.scaling.set(change.answer.who, change.answer);
        return;
    }
  }

  /** Swaps order with the neighbour in the same section. */
  private move(id: string, offset: -1 | 1): void {
    const inSection = this.current.statements.filter((s) => s.section === this.current.statements.find((each) => each.id === id)?.section);
    const index = inSection.findIndex((s) => s.id === id);
    const neighbour = inSection[index + offset];
    const a = this.statements.get(id);
    const b = neighbour ? this.statements.get(neighbour.id) : undefined;
    if (!a || !b) return;
    const orderA = unstamp<number>(a.get('order')) ?? 0;
    const orderB = unstamp<number>(b.get('order')) ?? 0;
    this.stamp(a, 'order', orderB === orderA ? orderA + offset : orderB);
    this.stamp(b, 'order', orderA);
  }

  /* ---------- Observing ---------- */

  private onDocChange = (events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction): void => {
    for (const event of events) {
      // The statement a change is in: the ancestor whose parent is the statements map.
      let type: Y.AbstractType<unknown> | null = event.target;
      while (type && type.parent !== this.statements) type = type.parent as Y.AbstractType<unknown> | null;
      if (type instanceof Y.Map) this.statementCache.delete(type);
    }
    const conflicts: Conflict[] = [];
    if (!transaction.local) {
      for (const event of events) {
        if (!(event instanceof Y.YMapEvent)) continue;
        const target = event.target as Y.Map<unknown>;
        const itemId = String(target.get('id') ?? ROOT);
        for (const field of event.keysChanged) {
          const key = `${itemId}.${field}`;
          const mine = this.mine.get(key);
          const value = target.get(field);
          if (mine === undefined || !isStamp(value)) continue;
          this.mine.delete(key);
          // They wrote without having seen this person's latest value: it was overruled.
          if (value.id !== mine && value.seen !== mine && field !== 'order') conflicts.push({ itemId, field, by: value.by });
        }
      }
    }
    this.current = this.read();
    const update: StoreUpdate = { plan: this.current, remote: !transaction.local, conflicts };
    for (const listener of this.listeners) listener(update);
  };

  private onPresence = (): void => {
    const awareness = this.options.awareness;
    if (!awareness) return;
    const editing = new Map<string, string[]>();
    for (const [clientId, state] of awareness.getStates()) {
      const presence = state[PRESENCE];
      if (clientId === awareness.clientID || !isRecord(presence) || typeof presence['editing'] !== 'string') continue;
      editing.set(presence['editing'], [...(editing.get(presence['editing']) ?? []), String(presence['name'] ?? '')]);
    }
    if (JSON.stringify([...editing]) === JSON.stringify([...this.othersEditing])) return;
    this.othersEditing = editing;
    for (const listener of this.listeners) listener({ plan: this.current, remote: true, conflicts: [] });
  };
}

/** Entry point the editor loads on demand. */
export function createYjsStore(doc: unknown, options: CollabOptions): { store: YjsPlanStore | null; problems: ProblemDraft[] } {
  if (!(doc instanceof Y.Doc)) return { store: null, problems: [{ code: 'foreign-doc', path: 'doc' }] };
  const problems = docProblems(doc, options.template);
  return problems.length > 0 ? { store: null, problems } : { store: new YjsPlanStore(doc, options), problems };
}
