import { html, nothing } from 'lit';
import type { Renderable } from '../../core/element.js';
import { listOf, type TextContext } from '../../core/localize.js';
import type { Conflict } from './store.js';
export { planCoEditingEn as english } from '../../translations/en/plan-co-editing.js';

/**
 * What only co-editing shows beside a statement or goal: who else is
 * changing it now, and changes that crossed someone's own. Part of the
 * co-editing chunk (collab.ts), with its words: a plan nobody co-edits
 * never downloads them.
 */

export function renderPresence(names: readonly string[], c: Pick<TextContext, 't'>): Renderable {
  return names.length > 0 ? html`<p class="presence">${c.t('plan.othersEditing', { names: listOf(c, names), count: names.length })}</p>` : nothing;
}

/** Each conflict as a status message, until its OK button dismisses it. */
export function renderConflicts(conflicts: readonly Conflict[], c: Pick<TextContext, 't'>, dismiss: (conflict: Conflict) => void): unknown {
  return conflicts.map(
    (conflict) => html`<p class="conflict" role="status">
      ${c.t('plan.conflict', { name: conflict.by })}
      <button type="button" class="button small" @click=${() => dismiss(conflict)}>${c.t('plan.conflictOk')}</button>
    </p>`,
  );
}
