import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { listOf } from '../../core/localize.js';
import type { TranslationKey } from '../../translations/en.js';
import { ACTION_STATUSES, newId, type Action, type Goal, type Plan } from './model.js';
import { selectField } from './fields.js';
import type { GoalsContext } from './view-context.js';
export { planGoalsEn as english } from '../../translations/en/plan-goals.js';

/**
 * Goals and their actions (who does what by when), for templates that have
 * them: a module of its own, with its English words, fetched the first time
 * such a template is used. The editor owns what each answer does.
 */

export function renderGoals(plan: Plan, c: GoalsContext): TemplateResult {
  const { people, lowest } = c.linked;
  return html`<section class="section" part="goals">
    <h2 id="goals-title">${c.t('plan.goals')}</h2>
    ${lowest.length > 0 ? html`<p class="prompt">${c.t('plan.goalSuggest', { scales: listOf(c, lowest.map((o) => `${c.text(o.label)} (${o.latest!.score})`)) })}</p>` : nothing}
    ${people.length > 0 ? html`<datalist id="people">${people.map((p) => html`<option value=${p.name}></option>`)}</datalist>` : nothing}
    <ol class="goals">
      ${repeat(
        plan.goals,
        (goal) => goal.id,
        (goal, index) => renderGoal(c, goal, index + 1),
      )}
    </ol>
    <button
      type="button"
      class="button"
      id="add-goal"
      @click=${() => {
        const goal = c.newGoal();
        c.commit({ type: 'add-goal', goal });
        c.focusAfterRender(`goal-${goal.id}`);
      }}
    >
      ${c.t('plan.goalAdd')}
    </button>
  </section>`;
}

function renderGoal(c: GoalsContext, goal: Goal, number: number): TemplateResult {
  const { scales } = c.linked;
  const linked = scales.find((option) => option.id === goal.scaleId);
  return html`<li class="goal" part="goal" data-id=${goal.id}>
    <div class="field">
      <label class="label" for="goal-${goal.id}">${c.t('plan.goal', { number })}</label>
      <textarea
        id="goal-${goal.id}"
        .value=${goal.text}
        @input=${(event: Event) => {
          const text = (event.target as HTMLTextAreaElement).value;
          c.commit({ type: 'set-goal', id: goal.id, fields: { text } }, true);
          c.typed(`goal-${goal.id}`, text);
        }}
      ></textarea>
      ${c.hints(`goal-${goal.id}`)}
    </div>
    ${c.conflicts(goal.id)}
    ${scales.length > 0
      ? selectField(
          `goal-scale-${goal.id}`,
          c.t('plan.goalScale'),
          [['', c.t('plan.goalNoScale')], ...scales.map((option) => [option.id, c.text(option.label)] as const)],
          goal.scaleId ?? '',
          (scaleId) => c.commit({ type: 'set-goal', id: goal.id, fields: { scaleId: scaleId || undefined } }),
          linked?.latest
            ? html`<p class="hint">
                ${linked.latest.stage
                  ? c.t('plan.goalLatest', { scale: c.text(linked.label), score: linked.latest.score, stage: c.text(linked.latest.stage), date: c.date(linked.latest.date) })
                  : c.t('plan.goalLatestNoStage', { scale: c.text(linked.label), score: linked.latest.score, date: c.date(linked.latest.date) })}
              </p>`
            : nothing,
        )
      : nothing}
    <fieldset>
      <legend>${c.t('plan.actions', { number })}</legend>
      ${repeat(
        goal.actions,
        (action) => action.id,
        (action, index) => renderAction(c, goal, number, action, index + 1),
      )}
      <div class="buttons">
        <button
          type="button"
          class="button small"
          aria-label=${c.t('plan.actionAddLabel', { number })}
          @click=${() => {
            const action: Action = { id: newId('a'), what: '', who: '', status: 'not-started' };
            c.commit({ type: 'add-action', goalId: goal.id, action });
            c.focusAfterRender(`what-${action.id}`);
          }}
        >
          ${c.t('plan.actionAdd')}
        </button>
        <button type="button" class="button small" aria-label=${c.t('plan.goalRemoveLabel', { number })} @click=${() => c.commit({ type: 'remove-goal', id: goal.id })}>${c.t('plan.goalRemove')}</button>
      </div>
    </fieldset>
  </li>`;
}

function renderAction(c: GoalsContext, goal: Goal, goalNumber: number, action: Action, number: number): TemplateResult {
  const { people } = c.linked;
  const set = (fields: Partial<Omit<Action, 'id'>>, typing = false): void => c.commit({ type: 'set-action', goalId: goal.id, id: action.id, fields }, typing);
  // Each field's label names the action too (“Action 2: By when”), for lists of them read out of context.
  const labelText = (key: TranslationKey): TemplateResult => html`<span class="visually-hidden">${c.t('plan.action', { number })}: </span>${c.t(key)}`;
  const labelled = (field: string, key: TranslationKey): TemplateResult => html`<label class="label" for="${field}-${action.id}">${labelText(key)}</label>`;
  return html`<div class="action" data-id=${action.id}>
    <div class="field">
      ${labelled('what', 'plan.actionWhat')}
      <input id="what-${action.id}" type="text" .value=${action.what} @input=${(event: Event) => set({ what: (event.target as HTMLInputElement).value }, true)} />
    </div>
    <div class="field">
      ${labelled('who', 'plan.actionWho')}
      <input
        id="who-${action.id}"
        type="text"
        list=${people.length > 0 ? 'people' : nothing}
        .value=${action.who}
        @change=${(event: Event) => {
          const who = (event.target as HTMLInputElement).value;
          set({ who, personId: people.find((p) => p.name === who)?.id });
        }}
      />
    </div>
    <div class="field">
      ${labelled('when', 'plan.actionWhen')}
      <input id="when-${action.id}" type="date" .value=${action.when ?? ''} @change=${(event: Event) => set({ when: (event.target as HTMLInputElement).value || undefined })} />
    </div>
    ${selectField(
      `status-${action.id}`,
      labelText('plan.actionStatus'),
      ACTION_STATUSES.map((status) => [status, c.t(`plan.status.${status}`)] as const),
      action.status,
      (status) => set({ status }),
    )}
    ${c.conflicts(action.id)}
    <button type="button" class="button small" aria-label=${c.t('plan.actionRemoveLabel', { number, goal: goalNumber })} @click=${() => c.commit({ type: 'remove-action', goalId: goal.id, id: action.id })}>
      ${c.t('plan.actionRemove')}
    </button>
  </div>`;
}
