import type { ActionMenus } from '../../core/action-menu.js';
import type { TextContext } from '../../core/localize.js';
import type { LocalisedText } from '../../core/validation.js';
import type { Goal, Lane, PlanChange, PlanView, SignOffMethod, Statement, Voice, VoiceRole } from './model.js';
import type { PersonOption, ScaleOption } from './links.js';

/**
 * What the plan's views (statements-view, goals-view, sign-off-view) read
 * from the editor and ask it to do. The editor owns the plan, the state of
 * every form and every change; the views only draw them.
 */
export interface PlanViewContext extends TextContext {
  text: (value: LocalisedText) => string;
  /** Records a change (`typing`: part of a run of keystrokes, one undo step). */
  commit: (change: PlanChange, typing?: boolean) => void;
  /** Text typed in a field, for plain-language hints. */
  typed: (target: string, text: string) => void;
  /** The hints region under a field. */
  hints: (target: string) => unknown;
  /** Co-editing conflicts about one statement or goal. */
  conflicts: (itemId: string) => unknown;
  /** Focuses the element with this id once the change has rendered. */
  focusAfterRender: (id: string) => void;
  /** The voices a statement can be in, each with its words. */
  roleOptions: [VoiceRole, string][];
}

/** A statement being written in a section, before it is added. */
export interface AddDraft {
  text: string;
  voice: VoiceRole;
  lane: Lane;
}

export interface StatementsContext extends PlanViewContext {
  view: PlanView;
  editingId: string | null;
  menus: ActionMenus;
  /** Whose words a voice is ("In Sam's own words"). */
  wordsOf: (voice: Voice) => string;
  /** Who else is changing a statement now (co-editing). */
  presence: (names: readonly string[]) => unknown;
  adding: (section: string) => AddDraft;
  setAdding: (section: string, fields: Partial<AddDraft>) => void;
  add: (section: string, title: string) => void;
  startEditing: (statement: Statement) => void;
  stopEditing: (id: string) => void;
  move: (statement: Statement, offset: -1 | 1) => void;
  remove: (statement: Statement) => void;
  voiceFor: (role: VoiceRole) => Voice;
  /** Who is writing (the editor's author, or "Someone"): the name that agrees. */
  authorName: string;
}

/** What the linked radar and map offer: scales for goals (lowest first in `lowest`), people for actions. */
export interface Linked {
  scales: ScaleOption[];
  people: PersonOption[];
  lowest: ScaleOption[];
}

export interface GoalsContext extends PlanViewContext {
  linked: Linked;
  /** A new goal in the words of whoever is writing. */
  newGoal: () => Goal;
}

/** The sign-off form as it is being filled in. */
export interface SignDraft {
  who: string;
  role: VoiceRole;
  method: SignOffMethod;
  witness: string;
}

export type SignProblem = 'name' | 'witness';

export interface SignOffContext extends PlanViewContext {
  draft: SignDraft;
  setDraft: (fields: Partial<SignDraft>) => void;
  /** What the last attempt to sign left out. */
  missing: SignProblem[];
  /** Who signed words that have since changed. */
  stale: Set<string>;
  signOff: () => void;
  /** Where the error summary's links find their fields. */
  root: ShadowRoot;
}
