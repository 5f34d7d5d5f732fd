import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { listOf } from '../../core/localize.js';
import type { LocalisedText } from '../../core/validation.js';
import { LANES, type Lane, type Statement, type VoiceRole } from './model.js';
import { selectField } from './fields.js';
import type { StatementsContext } from './view-context.js';

/**
 * A template section: its statements, each with one visible action
 * (Change, or Done while it is being changed) and the rest in a "More
 * actions" menu, then the field to add another. The editor decides when a
 * statement is drawn again (see renderStatementOnce there).
 */

/** A sentence shown inside a button label or announcement is cut to this many characters. */
const EXCERPT = 40;

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1)}…` : flat;
}

function voiceSelect(c: StatementsContext, id: string, value: VoiceRole, onChange: (role: VoiceRole) => void): TemplateResult {
  return selectField(id, c.t('plan.whoseWords'), c.roleOptions, value, onChange);
}

/** The lane select, shown in the practitioner view only (the family never sees the professional lane). */
function laneSelect(c: StatementsContext, id: string, value: Lane, onChange: (lane: Lane) => void): unknown {
  return c.view === 'practitioner' ? selectField(id, c.t('plan.lane'), LANES.map((lane) => [lane, c.t(`plan.lane.${lane}`)] as const), value, onChange) : nothing;
}

/** Sections are headed, not landmark regions: two plans on one page would repeat every region's name. */
export function renderSection(
  c: StatementsContext,
  id: string,
  title: string,
  prompt: LocalisedText | undefined,
  statements: Statement[],
  item: (statement: Statement, first: boolean, last: boolean) => unknown,
): TemplateResult {
  const draft = c.adding(id);
  return html`<section class="section" part="section section-${id}">
    <h2 id="title-${id}">${title}</h2>
    ${prompt ? html`<p class="prompt">${c.text(prompt)}</p>` : nothing}
    ${statements.length === 0
      ? html`<p class="meta">${c.t('plan.empty')}</p>`
      : html`<ol class="statements">
          ${repeat(
            statements,
            (s) => s.id,
            (s, index) => item(s, index === 0, index === statements.length - 1),
          )}
        </ol>`}
    <div class="field">
      <label class="label" for="add-${id}">${c.t('plan.addText', { section: title })}</label>
      <textarea
        id="add-${id}"
        .value=${draft.text}
        @input=${(event: Event) => {
          const text = (event.target as HTMLTextAreaElement).value;
          c.setAdding(id, { text });
          c.typed(`add-${id}`, text);
        }}
      ></textarea>
      ${c.hints(`add-${id}`)}
    </div>
    <div class="buttons">
      ${voiceSelect(c, `add-voice-${id}`, draft.voice, (voice) => c.setAdding(id, { voice }))}
      ${laneSelect(c, `add-lane-${id}`, draft.lane, (lane) => c.setAdding(id, { lane }))}
      <button type="button" class="button primary" aria-label=${c.t('plan.addLabel', { section: title })} @click=${() => c.add(id, title)}>${c.t('plan.add')}</button>
    </div>
  </section>`;
}

export function renderStatement(c: StatementsContext, statement: Statement, first: boolean, last: boolean, others: readonly string[]): TemplateResult {
  const { id } = statement;
  const editing = c.editingId === id;
  const short = excerpt(statement.text);
  const agreed = statement.agreedBy.includes(c.authorName);
  const professional = statement.lane === 'professional';
  return html`<li class="statement ${statement.lane}" part="statement${professional ? ' professional' : ''}" data-id=${id}>
    ${professional ? html`<p class="tag">${c.t('plan.professionalOnly')}</p>` : nothing}
    ${editing
      ? html`<div class="field">
          <label class="label" for="edit-${id}">${c.t('plan.editText')}</label>
          <textarea
            id="edit-${id}"
            .value=${statement.text}
            @input=${(event: Event) => {
              const text = (event.target as HTMLTextAreaElement).value;
              c.commit({ type: 'edit-text', id, text }, true);
              c.typed(`edit-${id}`, text);
            }}
            @keydown=${(event: KeyboardEvent) => {
              if (event.key === 'Escape') c.stopEditing(id);
            }}
          ></textarea>
          ${c.hints(`edit-${id}`)}
        </div>
        <div class="buttons">
          ${voiceSelect(c, `voice-${id}`, statement.voice.role, (role) => c.commit({ type: 'set-statement', id, fields: { voice: c.voiceFor(role) } }))}
          ${laneSelect(c, `lane-${id}`, statement.lane, (lane) => c.commit({ type: 'set-statement', id, fields: { lane } }))}
        </div>`
      : html`<p class="text">${statement.text}</p>`}
    <p class="meta">${c.wordsOf(statement.voice)}. ${c.t('plan.writtenBy', { name: statement.author })}
      ${statement.agreedBy.length > 0 ? c.t('plan.agreedBy', { names: listOf(c, statement.agreedBy) }) : c.t('plan.notAgreed')}</p>
    ${c.presence(others)} ${c.conflicts(id)}
    <div class="buttons">
      ${editing
        ? html`<button type="button" class="button primary small" id="done-${id}" @click=${() => c.stopEditing(id)}>${c.t('plan.done')}</button>`
        : html`<button type="button" class="button small" id="change-${id}" aria-label=${c.t('plan.editLabel', { text: short })} @click=${() => c.startEditing(statement)}>${c.t('plan.edit')}</button>`}
      ${c.menus.render(id, { label: c.t('plan.more'), name: c.t('plan.moreLabel', { text: short }) }, [
        { label: c.t('plan.agree'), name: c.t('plan.agreeLabel', { text: short }), checked: agreed, run: () => c.commit({ type: 'agree', id, name: c.authorName, agreed: !agreed }) },
        { label: c.t('plan.moveUp'), name: c.t('plan.moveUpLabel', { text: short }), disabled: first, startsGroup: true, run: () => c.move(statement, -1) },
        { label: c.t('plan.moveDown'), name: c.t('plan.moveDownLabel', { text: short }), disabled: last, run: () => c.move(statement, 1) },
        { label: c.t('plan.remove'), name: c.t('plan.removeLabel', { text: short }), startsGroup: true, destructive: true, run: () => c.remove(statement) },
      ])}
    </div>
    ${statement.history.length > 1
      ? html`<details class="history">
          <summary>${c.t('plan.history', { count: statement.history.length - 1 })}</summary>
          <ol>
            ${statement.history.slice(0, -1).map((entry) => html`<li>${c.t('plan.historyEntry', { date: c.date(entry.at), name: entry.by, text: entry.text })}</li>`)}
          </ol>
        </details>`
      : nothing}
  </li>`;
}
