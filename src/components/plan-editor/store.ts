import { applyChange, isTyping, type ChangeContext, type Plan, type PlanChange } from './model.js';

/** A change someone else made to a single value while this person was changing it too. */
export interface Conflict {
  /** The statement, goal or action id. */
  itemId: string;
  field: string;
  /** Who made the change that was kept. */
  by: string;
}

export interface StoreUpdate {
  plan: Plan;
  /** The change, when it was made here (undefined for remote changes, undo and redo). */
  change?: PlanChange;
  /** True when the change came from another editor. */
  remote: boolean;
  conflicts: Conflict[];
}

/**
 * Where a plan lives while it is edited. The editor talks only to this:
 * `LocalPlanStore` keeps the plan in memory; the Yjs store (collab.ts) keeps
 * it in a Y.Doc any provider can sync. Both give undo and redo of this
 * person's own changes.
 */
export interface PlanStore {
  readonly plan: Plan;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  change(change: PlanChange, context: ChangeContext): void;
  undo(): void;
  redo(): void;
  /** Calls `listener` after every change to the plan; returns the unsubscribe. */
  subscribe(listener: (update: StoreUpdate) => void): () => void;
  /** Item id → names of the other people changing it now (co-editing only). */
  readonly presence?: ReadonlyMap<string, readonly string[]>;
  /** Tells others which item this person is editing (null: none). */
  setEditing(itemId: string | null): void;
  destroy(): void;
}

/** Typing in one place within this many ms is one undo step. */
export const TYPING_GROUP_MS = 800;
const MAX_UNDO = 200;

function typingTarget(change: PlanChange): string {
  return 'id' in change ? `${change.type}:${change.id}` : change.type;
}

/** The plan in memory, with snapshot undo (plans are immutable, so snapshots are cheap). */
export class LocalPlanStore implements PlanStore {
  private current: Plan;
  private past: Plan[] = [];
  private future: Plan[] = [];
  private lastTyping = { target: '', at: 0 };
  private listeners = new Set<(update: StoreUpdate) => void>();

  constructor(plan: Plan, private now: () => number = () => performance.now()) {
    this.current = plan;
  }

  get plan(): Plan {
    return this.current;
  }
  get canUndo(): boolean {
    return this.past.length > 0;
  }
  get canRedo(): boolean {
    return this.future.length > 0;
  }

  change(change: PlanChange, context: ChangeContext): void {
    const next = applyChange(this.current, change, context);
    if (next === this.current) return;
    const at = this.now();
    const target = typingTarget(change);
    // Keystrokes in the same place merge into one step, as in a text field.
    const continuesTyping = isTyping(change) && this.lastTyping.target === target && at - this.lastTyping.at < TYPING_GROUP_MS;
    // Saving typed text joins the typing it ends, so one undo takes back both.
    const endsTyping = change.type === 'commit-text' && this.lastTyping.target === `edit-text:${change.id}`;
    if (!continuesTyping && !endsTyping) {
      this.past.push(this.current);
      if (this.past.length > MAX_UNDO) this.past.shift();
    }
    this.lastTyping = isTyping(change) ? { target, at } : { target: '', at: 0 };
    this.future = [];
    this.current = next;
    this.notify({ plan: next, change, remote: false, conflicts: [] });
  }

  undo(): void {
    const previous = this.past.pop();
    if (!previous) return;
    this.future.push(this.current);
    this.move(previous);
  }

  redo(): void {
    const next = this.future.pop();
    if (!next) return;
    this.past.push(this.current);
    this.move(next);
  }

  private move(plan: Plan): void {
    this.current = plan;
    this.lastTyping = { target: '', at: 0 };
    this.notify({ plan, remote: false, conflicts: [] });
  }

  subscribe(listener: (update: StoreUpdate) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  setEditing(): void {
    // Nobody else is looking at a local plan.
  }

  destroy(): void {
    this.listeners.clear();
  }

  private notify(update: StoreUpdate): void {
    for (const listener of this.listeners) listener(update);
  }
}
