import { html, nothing, type TemplateResult } from 'lit';
import type { ActionMenus, MenuAction } from '../../core/action-menu.js';
import type { TranslationKey } from '../../translations/en.js';
import type { FormContext } from './editor-forms.js';
import { swatch } from './diagram.js';
import { describeRelationship, ringName, type MapTextContext } from './summary.js';
import { RINGS, displayName, isPaid, measuresOf, peopleByRing, personById, relationshipsOf, type MapData, type MapDiff, type Person, type Relationship, type Removal, type Ring } from './model.js';

/**
 * The map's list, its editor: people by ring, each with their
 * relationships in words, Edit and a "More actions" menu. The element owns
 * the state and what each action does; this draws it.
 */

/** What is being edited: a person (id null: a new one) or a new relationship of a person. */
export type Editing = { kind: 'person'; id: string | null; nameMissing?: boolean } | { kind: 'relationship'; id: string };

/** What the list needs of the element. */
export interface ListContext {
  t: MapTextContext['t'];
  text: MapTextContext;
  map: MapData;
  comparison: { diff: MapDiff } | null;
  readonly: boolean;
  editing: Editing | null;
  lastRemoval: Removal | null;
  /** How many rows this step of drawing a big map in steps draws (Infinity: all). */
  rows: number;
  shownPerRing: Record<Ring, number>;
  headingLevel: number;
  menus: ActionMenus;
  /** The editing forms' module, once it has arrived. */
  forms: typeof import('./editor-forms.js') | null | undefined;
  formContext: () => FormContext;
  showMore: (ring: Ring) => void;
  openEditor: (editing: Editing) => void;
  undo: () => void;
  moveFromList: (id: string, steps: number) => void;
  unrelate: (relationship: Relationship, rowId: string) => void;
  removeFromMap: (id: string) => void;
  nameFor: (id: string) => string;
}

/** A heading without a heading element's own page-level meaning (the map's sections sit below the host's). */
export function heading(level: number, content: string, classes = 'heading'): TemplateResult {
  return html`<div role="heading" aria-level=${Math.min(6, level)} class=${classes}>${content}</div>`;
}

export function renderList(c: ListContext): TemplateResult {
  const map = c.map;
  // Rows this step draws, in document order (see STEP). The first step
  // draws none: sorting people by name needs a collator, whose first use
  // costs ~15 ms.
  let rowsLeft = c.rows;
  const byRing = rowsLeft > 0 ? peopleByRing(map) : null;
  const counts = measuresOf(map).perRing;
  const comparison = c.comparison;
  const leftByRing = (ring: Ring) => comparison?.diff.left.filter((p) => p.ring === ring) ?? [];
  const focusPerson = personById(map, map.focus)!;
  return html`
    ${c.readonly
      ? nothing
      : html`<div class="buttons list-actions">
          <button type="button" class="button primary add" @click=${() => c.openEditor({ kind: 'person', id: null })}>${c.t('map.action.add')}</button>
        </div>`}
    ${c.lastRemoval
      ? html`<div class="undo buttons" role="status">
          <span>${c.t('map.announce.removed', { name: displayName(c.lastRemoval.person, c.text.display), count: c.lastRemoval.relationships.length })}</span>
          <button type="button" class="button small" @click=${c.undo}>${c.t('map.action.undo')}</button>
        </div>`
      : nothing}
    ${c.editing?.kind === 'person' && c.editing.id === null ? (c.forms?.personForm(c.formContext(), null) ?? nothing) : nothing}
    ${heading(c.headingLevel + 1, c.t('map.atCentre'), 'ring-heading')}
    <ul class="people">
      ${renderPersonRow(c, focusPerson)}
    </ul>
    ${RINGS.map((ring) => {
      const count = counts[ring];
      const page = Math.min(count, c.shownPerRing[ring]);
      if (!byRing || rowsLeft < 0 || (rowsLeft === 0 && page > 0)) return ((rowsLeft = -1), nothing);
      const shown = byRing[ring].slice(0, Math.min(page, rowsLeft));
      rowsLeft -= shown.length;
      const ghosts = leftByRing(ring);
      return html`
        ${heading(c.headingLevel + 1, ringName(c.text, ring), 'ring-heading')}
        ${count + ghosts.length === 0
          ? html`<p class="hint">${c.t('map.ringEmpty')}</p>`
          : html`<ul class="people">
              ${shown.map((person) => renderPersonRow(c, person))} ${ghosts.map((person) => renderGhostRow(c, person))}
            </ul>`}
        ${count > page && shown.length === page
          ? html`<button type="button" class="button small" @click=${() => c.showMore(ring)}>
              ${c.t('map.showMore', { count: count - page })}
            </button>`
          : nothing}
      `;
    })}
  `;
}

function renderGhostRow(c: ListContext, person: Person): TemplateResult {
  return html`<li class="person ghost" part="person" data-left=${person.id}>
    <span class="name">${displayName(person, c.text.display)}</span> <span class="tag">${c.t('map.mark.left')}</span>
  </li>`;
}

function renderPersonRow(c: ListContext, person: Person): TemplateResult {
  const map = c.map;
  const name = displayName(person, c.text.display);
  const isFocus = person.id === map.focus;
  const diff = c.comparison?.diff;
  const mark = diff?.joined.some((p) => p.id === person.id)
    ? 'map.mark.joined'
    : diff?.closer.some((m) => m.person.id === person.id)
      ? 'map.mark.closer'
      : diff?.further.some((m) => m.person.id === person.id)
        ? 'map.mark.further'
        : null;
  const relationships = relationshipsOf(map, person.id);
  const editingThis = c.editing?.id === person.id;
  return html`<li class="person" part="person" data-id=${person.id}>
    <div class="person-head">
      <span class="name">${name}</span>
      <span class="tag">${c.t(`map.kind.${person.kind}` as TranslationKey)}</span>
      ${!isFocus && isPaid(person) ? html`<span class="tag">${c.t('map.paid')}</span>` : nothing}
      ${mark ? html`<span class="tag mark">${c.t(mark)}</span>` : nothing}
    </div>
    ${person.notes && c.text.display === 'name' ? html`<p class="notes">${person.notes}</p>` : nothing}
    ${relationships.length > 0 && !isFocus
      ? html`<ul class="relationships">
          ${relationships.map(
            ({ relationship }) => html`<li part="relationship">
              ${swatch(relationship.type)}
              <span>${describeRelationship(c.text, map, relationship, person.id)}</span>
            </li>`,
          )}
        </ul>`
      : nothing}
    ${c.readonly
      ? nothing
      : html`<div class="actions buttons">
          <button type="button" class="button small" aria-label=${c.t('map.action.editNamed', { name })} @click=${() => c.openEditor({ kind: 'person', id: person.id })}>
            ${c.t('map.action.edit')}
          </button>
          ${c.menus.render(person.id, { label: c.t('map.action.more'), name: c.t('map.action.moreNamed', { name }) }, rowActions(c, person, name, isFocus))}
        </div>`}
    ${editingThis && c.forms ? (c.editing?.kind === 'person' ? c.forms.personForm(c.formContext(), person) : c.forms.relationshipForm(c.formContext(), person)) : nothing}
  </li>`;
}

/** A person's actions other than Edit, for their row's "More actions" menu. */
function rowActions(c: ListContext, person: Person, name: string, isFocus: boolean): MenuAction[] {
  const relate: MenuAction = { label: c.t('map.action.relate'), name: c.t('map.action.relateNamed', { name }), run: () => c.openEditor({ kind: 'relationship', id: person.id }) };
  if (isFocus) return [relate];
  const unrelate = relationshipsOf(c.map, person.id).map(({ relationship, other }, index): MenuAction => ({
    label: c.t('map.action.removeRelationshipWith', { other: c.nameFor(other) }),
    startsGroup: index === 0,
    destructive: true,
    run: () => c.unrelate(relationship, person.id),
  }));
  return [
    { label: c.t('map.action.closer'), name: c.t('map.action.closerNamed', { name }), disabled: person.ring === 1, run: () => c.moveFromList(person.id, -1) },
    { label: c.t('map.action.further'), name: c.t('map.action.furtherNamed', { name }), disabled: person.ring === 4, run: () => c.moveFromList(person.id, 1) },
    relate,
    ...unrelate,
    { label: c.t('map.action.remove'), name: c.t('map.action.removeNamed', { name }), startsGroup: true, destructive: true, run: () => c.removeFromMap(person.id) },
  ];
}
