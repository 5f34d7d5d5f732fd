import { checkArray, checkRecord, checkNumber, checkText, checkJson, checkId, checkDate, checkOneOf, checkUniqueIds } from '../../core/checks.js';
import { asMessageText, type ProblemDraft } from '../../core/validation.js';
import type { PlanTemplate } from './templates.js';

/** How a template's sections are laid out (see PlanTemplate.layout). Here, not in templates.ts: that module is fetched only when a shipped template is used. */
export const TEMPLATE_LAYOUTS = ['stacked', 'columns'] as const;
export type TemplateLayout = (typeof TEMPLATE_LAYOUTS)[number];

/**
 * Co-produced plans, pure: the plan's shape, checking input, every change a
 * person can make as data (`PlanChange`) applied by `applyChange`, what each
 * reader sees, what a sign-off covers, and the links to a radar and a map.
 * The element renders; the stores (local, or Yjs in collab.ts) keep the
 * plan and its undo history.
 */

export const PLAN_SCHEMA_VERSION = 1;
export const VOICE_ROLES = ['person', 'child', 'parent', 'worker', 'network'] as const;
export const LANES = ['family', 'professional'] as const;
export const ACTION_STATUSES = ['not-started', 'doing', 'done', 'stuck'] as const;
export const SIGN_OFF_METHODS = ['typed-name', 'verbal-witnessed', 'via-advocate'] as const;
/** Longest text one statement, goal or action may hold (characters). */
export const MAX_TEXT = 5000;
/** Most statements a plan may hold: far above any real plan, low enough to stay fast. */
export const MAX_STATEMENTS = 2000;

export type VoiceRole = (typeof VOICE_ROLES)[number];
export type Lane = (typeof LANES)[number];
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export type SignOffMethod = (typeof SIGN_OFF_METHODS)[number];

/** Whose words a statement is. */
export interface Voice {
  role: VoiceRole;
  name?: string;
}

export interface HistoryEntry {
  /** ISO date-time. */
  at: string;
  /** Who saved this version. */
  by: string;
  text: string;
}

export interface Statement {
  id: string;
  /** A section id of the template. */
  section: string;
  text: string;
  voice: Voice;
  /** Who wrote it down (may differ from whose words it is). */
  author: string;
  createdAt: string;
  editedAt: string;
  /** Names of the people who agree with it. */
  agreedBy: string[];
  lane: Lane;
  /** Every saved version, oldest first. */
  history: HistoryEntry[];
}

export interface Action {
  id: string;
  what: string;
  /** A name, free text or from a relationship map. */
  who: string;
  /** The person's id on the relationship map, when picked from it. */
  personId?: string;
  /** ISO date. */
  when?: string;
  status: ActionStatus;
}

export interface Goal {
  id: string;
  /** In the person's own words. */
  text: string;
  voice: Voice;
  /** A scale id of a linked strengths radar. */
  scaleId?: string;
  actions: Action[];
}

export interface SignOff {
  who: string;
  role: VoiceRole;
  method: SignOffMethod;
  witness?: string;
  /** ISO date-time. */
  at: string;
  /** SHA-256 of `signedText` for the role when signed: a different text makes it stale. */
  textHash: string;
}

/** One person's answer to the template's scaling question. */
export interface ScalingAnswer {
  who: string;
  role: VoiceRole;
  value: number;
  at: string;
}

export interface Plan {
  schemaVersion: number;
  id?: string;
  templateId: string;
  statements: Statement[];
  goals: Goal[];
  signOffs: SignOff[];
  reviewOn?: string;
  scaling?: ScalingAnswer[];
}

/* ---------- Templates ---------- */

/**
 * The template named by id (one of `shipped`, the templates Kith ships) or
 * given as data, checked; problems otherwise. `shipped` is null when the
 * shipped templates could not be fetched.
 */
export function resolveTemplate(input: unknown, shipped: Readonly<Record<string, PlanTemplate>> | null): { template: PlanTemplate | null; problems: ProblemDraft[] } {
  if (typeof input === 'string') {
    if (!shipped) return { template: null, problems: [{ code: 'template-unavailable', path: 'template', params: { id: input } }] };
    const named = Object.hasOwn(shipped, input) ? shipped[input] : undefined;
    return named ? { template: named, problems: [] } : { template: null, problems: [{ code: 'unknown-template', path: 'template', params: { id: input } }] };
  }
  const problems: ProblemDraft[] = [];
  if (!checkRecord(problems, input, 'template')) return { template: null, problems };
  checkId(problems, input['id'], 'template.id');
  checkText(problems, input['name'], 'template.name');
  if (checkArray(problems, input['sections'], 'template.sections', 1, 20)) {
    const sections = input['sections'] as unknown[];
    sections.forEach((section, index) => {
      const path = `template.sections[${index}]`;
      if (!checkRecord(problems, section, path)) return;
      checkId(problems, section['id'], `${path}.id`);
      checkText(problems, section['title'], `${path}.title`);
      if (section['prompt'] !== undefined) checkText(problems, section['prompt'], `${path}.prompt`);
    });
    checkUniqueIds(problems, sections as { id?: unknown }[], 'template.sections');
  }
  if (input['layout'] !== undefined) checkOneOf(problems, input['layout'], 'template.layout', TEMPLATE_LAYOUTS);
  const scaling = input['scaling'];
  if (scaling !== undefined && checkRecord(problems, scaling, 'template.scaling')) {
    checkText(problems, scaling['question'], 'template.scaling.question');
    if (checkNumber(problems, scaling['min'], 'template.scaling.min', { integer: true })) {
      checkNumber(problems, scaling['max'], 'template.scaling.max', { integer: true, min: (scaling['min'] as number) + 1 });
    }
  }
  return problems.length > 0 ? { template: null, problems } : { template: input as unknown as PlanTemplate, problems };
}

/** An empty plan for a template. */
export function emptyPlan(template: PlanTemplate): Plan {
  return { schemaVersion: PLAN_SCHEMA_VERSION, templateId: template.id, statements: [], goals: [], signOffs: [] };
}

/* ---------- Checking a plan ---------- */

function checkShortText(problems: ProblemDraft[], value: unknown, path: string, allowEmpty = false): value is string {
  if (typeof value !== 'string' || (!allowEmpty && value.trim() === '')) {
    problems.push({ code: value === undefined ? 'missing' : 'not-text', path });
    return false;
  }
  if (value.length > MAX_TEXT) {
    problems.push({ code: 'text-too-long', path, params: { max: MAX_TEXT, length: value.length } });
    return false;
  }
  return true;
}

function checkVoice(problems: ProblemDraft[], value: unknown, path: string): void {
  if (!checkRecord(problems, value, path)) return;
  checkOneOf(problems, value['role'], `${path}.role`, VOICE_ROLES);
  if (value['name'] !== undefined) checkShortText(problems, value['name'], `${path}.name`);
}

function checkOptionalDate(problems: ProblemDraft[], value: unknown, path: string): void {
  if (value !== undefined) checkDate(problems, value, path);
}

function checkStatement(problems: ProblemDraft[], raw: unknown, path: string, sections: ReadonlySet<string>): void {
  if (!checkRecord(problems, raw, path)) return;
  checkId(problems, raw['id'], `${path}.id`);
  if (typeof raw['section'] === 'string' && !sections.has(raw['section'])) {
    problems.push({ code: 'unknown-section', path: `${path}.section`, params: { id: raw['section'] } });
  } else {
    checkId(problems, raw['section'], `${path}.section`);
  }
  checkShortText(problems, raw['text'], `${path}.text`, true);
  checkVoice(problems, raw['voice'], `${path}.voice`);
  checkShortText(problems, raw['author'], `${path}.author`);
  checkDate(problems, raw['createdAt'], `${path}.createdAt`);
  checkDate(problems, raw['editedAt'], `${path}.editedAt`);
  if (checkArray(problems, raw['agreedBy'], `${path}.agreedBy`, 0, 50)) {
    (raw['agreedBy'] as unknown[]).forEach((name, i) => checkShortText(problems, name, `${path}.agreedBy[${i}]`));
  }
  checkOneOf(problems, raw['lane'], `${path}.lane`, LANES);
  if (checkArray(problems, raw['history'], `${path}.history`, 0, 500)) {
    let previous = '';
    (raw['history'] as unknown[]).forEach((entry, i) => {
      const at = `${path}.history[${i}]`;
      if (!checkRecord(problems, entry, at)) return;
      checkShortText(problems, entry['by'], `${at}.by`);
      checkShortText(problems, entry['text'], `${at}.text`, true);
      if (!checkDate(problems, entry['at'], `${at}.at`)) return;
      const when = entry['at'] as string;
      if (when < previous) problems.push({ code: 'history-order', path: `${at}.at` });
      previous = when;
    });
  }
}

function checkGoal(problems: ProblemDraft[], raw: unknown, path: string): void {
  if (!checkRecord(problems, raw, path)) return;
  checkId(problems, raw['id'], `${path}.id`);
  checkShortText(problems, raw['text'], `${path}.text`, true);
  checkVoice(problems, raw['voice'], `${path}.voice`);
  if (raw['scaleId'] !== undefined) checkId(problems, raw['scaleId'], `${path}.scaleId`);
  if (!checkArray(problems, raw['actions'], `${path}.actions`, 0, 100)) return;
  const actions = raw['actions'] as unknown[];
  actions.forEach((action, i) => {
    const at = `${path}.actions[${i}]`;
    if (!checkRecord(problems, action, at)) return;
    checkId(problems, action['id'], `${at}.id`);
    checkShortText(problems, action['what'], `${at}.what`, true);
    checkShortText(problems, action['who'], `${at}.who`, true);
    if (action['personId'] !== undefined) checkId(problems, action['personId'], `${at}.personId`);
    checkOptionalDate(problems, action['when'], `${at}.when`);
    checkOneOf(problems, action['status'], `${at}.status`, ACTION_STATUSES);
  });
  checkUniqueIds(problems, actions as { id?: unknown }[], `${path}.actions`);
}

function checkSignOff(problems: ProblemDraft[], raw: unknown, path: string): void {
  if (!checkRecord(problems, raw, path)) return;
  checkShortText(problems, raw['who'], `${path}.who`);
  checkOneOf(problems, raw['role'], `${path}.role`, VOICE_ROLES);
  checkOneOf(problems, raw['method'], `${path}.method`, SIGN_OFF_METHODS);
  if (raw['witness'] !== undefined) checkShortText(problems, raw['witness'], `${path}.witness`);
  checkDate(problems, raw['at'], `${path}.at`);
  if (typeof raw['textHash'] !== 'string' || !/^sha256-[0-9a-f]{64}$/.test(raw['textHash'])) problems.push({ code: 'not-one-of', path: `${path}.textHash`, params: { options: 'sha256-…' } });
}

/**
 * Checks a plan against its template: every problem at once, with a path.
 * A plan is used only when it has none (the editor never shows half a plan
 * as if it were whole).
 */
export function validatePlan(input: unknown, template: PlanTemplate, path = 'plan'): { plan: Plan | null; problems: ProblemDraft[] } {
  const problems: ProblemDraft[] = [];
  if (!checkRecord(problems, input, path) || !checkJson(problems, input, path)) return { plan: null, problems };
  if (input['schemaVersion'] !== PLAN_SCHEMA_VERSION) {
    problems.push({ code: 'unsupported-schema', path: `${path}.schemaVersion`, params: { schema: 'kith plan', version: PLAN_SCHEMA_VERSION } });
  }
  if (input['templateId'] !== template.id) problems.push({ code: 'unknown-template', path: `${path}.templateId`, params: { id: asMessageText(input['templateId']) } });
  if (input['id'] !== undefined) checkId(problems, input['id'], `${path}.id`);
  const sections = new Set(template.sections.map((section) => section.id));
  if (checkArray(problems, input['statements'], `${path}.statements`, 0, MAX_STATEMENTS)) {
    const statements = input['statements'] as unknown[];
    statements.forEach((statement, i) => checkStatement(problems, statement, `${path}.statements[${i}]`, sections));
    checkUniqueIds(problems, statements as { id?: unknown }[], `${path}.statements`);
  }
  if (checkArray(problems, input['goals'], `${path}.goals`, 0, 50)) {
    const goals = input['goals'] as unknown[];
    goals.forEach((goal, i) => checkGoal(problems, goal, `${path}.goals[${i}]`));
    checkUniqueIds(problems, goals as { id?: unknown }[], `${path}.goals`);
  }
  if (checkArray(problems, input['signOffs'], `${path}.signOffs`, 0, 50)) {
    (input['signOffs'] as unknown[]).forEach((signOff, i) => checkSignOff(problems, signOff, `${path}.signOffs[${i}]`));
  }
  checkOptionalDate(problems, input['reviewOn'], `${path}.reviewOn`);
  if (input['scaling'] !== undefined && checkArray(problems, input['scaling'], `${path}.scaling`, 0, 50)) {
    (input['scaling'] as unknown[]).forEach((answer, i) => {
      const at = `${path}.scaling[${i}]`;
      if (!checkRecord(problems, answer, at)) return;
      checkShortText(problems, answer['who'], `${at}.who`);
      checkOneOf(problems, answer['role'], `${at}.role`, VOICE_ROLES);
      checkNumber(problems, answer['value'], `${at}.value`, { integer: true, min: template.scaling?.min ?? 0, max: template.scaling?.max ?? 10 });
    });
  }
  return { plan: problems.length > 0 ? null : (input as unknown as Plan), problems };
}

/** True when a value is a plan of this template with no problems (drafts read back from storage). */
export function isPlanFor(template: PlanTemplate): (value: unknown) => value is Plan {
  return (value: unknown): value is Plan => validatePlan(value, template).problems.length === 0;
}

/* ---------- Changes ---------- */

/** Every change a person can make, as data: applied locally, sent in events, mapped onto a Y.Doc. */
export type PlanChange =
  | { type: 'add-statement'; statement: Statement }
  | { type: 'edit-text'; id: string; text: string }
  | { type: 'commit-text'; id: string }
  | { type: 'set-statement'; id: string; fields: Partial<Pick<Statement, 'voice' | 'lane'>> }
  | { type: 'agree'; id: string; name: string; agreed: boolean }
  | { type: 'move-statement'; id: string; offset: -1 | 1 }
  | { type: 'remove-statement'; id: string }
  | { type: 'add-goal'; goal: Goal }
  | { type: 'set-goal'; id: string; fields: Partial<Pick<Goal, 'text' | 'scaleId'>> }
  | { type: 'remove-goal'; id: string }
  | { type: 'add-action'; goalId: string; action: Action }
  | { type: 'set-action'; goalId: string; id: string; fields: Partial<Omit<Action, 'id'>> }
  | { type: 'remove-action'; goalId: string; id: string }
  | { type: 'sign-off'; signOff: SignOff }
  | { type: 'set-review'; reviewOn: string | undefined }
  | { type: 'set-scaling'; answer: ScalingAnswer };

/** Who is making a change, and when (ISO date-time). */
export interface ChangeContext {
  by: string;
  at: string;
}

/** Changes that only move text while someone types: they merge into one undo step. */
export function isTyping(change: PlanChange): boolean {
  return change.type === 'edit-text' || (change.type === 'set-goal' && change.fields.text !== undefined) || (change.type === 'set-action' && change.fields.what !== undefined);
}

function replaceWhere<T extends { id: string }>(items: readonly T[], id: string, update: (item: T) => T): T[] {
  return items.map((item) => (item.id === id ? update(item) : item));
}

/** The ids of a section's statements in order, for moving within the section. */
function moveWithinSection(statements: readonly Statement[], id: string, offset: -1 | 1): Statement[] {
  const index = statements.findIndex((statement) => statement.id === id);
  const moving = statements[index];
  if (!moving) return [...statements];
  let target = index + offset;
  while (target >= 0 && target < statements.length && statements[target]!.section !== moving.section) target += offset;
  if (target < 0 || target >= statements.length) return [...statements];
  const next = [...statements];
  next[index] = next[target]!;
  next[target] = moving;
  return next;
}

/** Applies one change to a plan, returning a new plan (the old one is untouched). */
export function applyChange(plan: Plan, change: PlanChange, context: ChangeContext): Plan {
  switch (change.type) {
    case 'add-statement':
      return { ...plan, statements: [...plan.statements, change.statement] };
    case 'edit-text':
      return { ...plan, statements: replaceWhere(plan.statements, change.id, (s) => ({ ...s, text: change.text, editedAt: context.at })) };
    case 'commit-text':
      return {
        ...plan,
        statements: replaceWhere(plan.statements, change.id, (s) =>
          s.history.at(-1)?.text === s.text ? s : { ...s, history: [...s.history, { at: context.at, by: context.by, text: s.text }] },
        ),
      };
    case 'set-statement':
      return { ...plan, statements: replaceWhere(plan.statements, change.id, (s) => ({ ...s, ...change.fields, editedAt: context.at })) };
    case 'agree':
      return {
        ...plan,
        statements: replaceWhere(plan.statements, change.id, (s) => ({
          ...s,
          agreedBy: change.agreed ? [...new Set([...s.agreedBy, change.name])] : s.agreedBy.filter((name) => name !== change.name),
        })),
      };
    case 'move-statement':
      return { ...plan, statements: moveWithinSection(plan.statements, change.id, change.offset) };
    case 'remove-statement':
      return { ...plan, statements: plan.statements.filter((s) => s.id !== change.id) };
    case 'add-goal':
      return { ...plan, goals: [...plan.goals, change.goal] };
    case 'set-goal':
      return { ...plan, goals: replaceWhere(plan.goals, change.id, (g) => withFields(g, change.fields)) };
    case 'remove-goal':
      return { ...plan, goals: plan.goals.filter((g) => g.id !== change.id) };
    case 'add-action':
      return { ...plan, goals: replaceWhere(plan.goals, change.goalId, (g) => ({ ...g, actions: [...g.actions, change.action] })) };
    case 'set-action':
      return {
        ...plan,
        goals: replaceWhere(plan.goals, change.goalId, (g) => ({ ...g, actions: replaceWhere(g.actions, change.id, (a) => withFields(a, change.fields)) })),
      };
    case 'remove-action':
      return { ...plan, goals: replaceWhere(plan.goals, change.goalId, (g) => ({ ...g, actions: g.actions.filter((a) => a.id !== change.id) })) };
    case 'sign-off':
      return { ...plan, signOffs: [...plan.signOffs.filter((s) => s.who !== change.signOff.who), change.signOff] };
    case 'set-review':
      return withFields(plan, { reviewOn: change.reviewOn });
    case 'set-scaling':
      return { ...plan, scaling: [...(plan.scaling ?? []).filter((a) => a.who !== change.answer.who), change.answer] };
  }
}

/** Sets fields; a field set to undefined is removed (so plans stay valid JSON with no `undefined`). */
function withFields<T extends object>(item: T, fields: object): T {
  const next = { ...item, ...fields };
  for (const [key, value] of Object.entries(fields)) if (value === undefined) delete (next as Record<string, unknown>)[key];
  return next;
}

/** A fresh id: short, random, no spaces. */
export function newId(stem: string): string {
  return `${stem}-${crypto.randomUUID().slice(0, 8)}`;
}

/** A new statement, with its first history entry. */
export function makeStatement(fields: { section: string; text: string; voice: Voice; lane: Lane; author: string; at: string }): Statement {
  return {
    id: newId('s'),
    section: fields.section,
    text: fields.text,
    voice: fields.voice,
    author: fields.author,
    createdAt: fields.at,
    editedAt: fields.at,
    agreedBy: [],
    lane: fields.lane,
    history: [{ at: fields.at, by: fields.author, text: fields.text }],
  };
}

/* ---------- Readers and sign-off ---------- */

export type PlanView = 'family' | 'practitioner';

/** Roles that see the family lane only. */
export function seesFamilyLaneOnly(role: VoiceRole): boolean {
  return role !== 'worker';
}

/** The plan as the family sees it: the professional lane is not there at all (not hidden: absent). */
export function familyPlan(plan: Plan): Plan {
  return { ...plan, statements: plan.statements.filter((s) => s.lane === 'family') };
}

export function planFor(plan: Plan, view: PlanView): Plan {
  return view === 'family' ? familyPlan(plan) : plan;
}

/**
 * The words a sign-off covers, as canonical text: the statements the signer
 * can see (family roles: the family lane), in template order, with whose
 * words each is, and the goals with what, who and when of each action.
 * Progress (status) and agreement are left out: ticking an action "done"
 * must not ask everyone to sign again.
 */
export function signedText(plan: Plan, template: PlanTemplate, role: VoiceRole): string {
  const visible = seesFamilyLaneOnly(role) ? familyPlan(plan) : plan;
  const sections = template.sections.map((section) => ({
    section: section.id,
    statements: visible.statements.filter((s) => s.section === section.id).map((s) => [s.voice.role, s.voice.name ?? '', s.lane, s.text]),
  }));
  const goals = plan.goals.map((goal) => ({ goal: goal.text, actions: goal.actions.map((a) => [a.what, a.who, a.when ?? '']) }));
  return JSON.stringify({ sections, goals, reviewOn: plan.reviewOn ?? '' });
}
