import { html, nothing, type TemplateResult } from 'lit';
import type { Params } from '../../core/localize.js';
import type { TranslationKey } from '../../translations/en.js';
import { ringName, type MapTextContext } from './summary.js';
export { relationshipMapFormsEn as english } from '../../translations/en/relationship-map-forms.js';
import { DIRECTIONS, PERSON_KINDS, RELATIONSHIP_TYPES, RINGS, displayName, isPaid, type Direction, type MapData, type Person, type PersonDraft, type PersonKind, type Relationship, type RelationshipType, type Ring } from './model.js';

/**
 * The map's two editing forms (a person; a new relationship), in a chunk of
 * their own: fetched the first time someone edits, so pages that only show
 * a map never download them. The element owns what an answer does.
 */
export interface FormContext {
  t(key: TranslationKey, params?: Params): string;
  text: MapTextContext;
  map: MapData;
  /** The person form was sent without a name. */
  nameMissing: boolean;
  cancel(returnTo?: string): void;
  /** A person's answers, checked (a name was given). */
  savePerson(draft: PersonDraft): void;
  /** Sent without a name: the form says so and keeps what was typed. */
  nameIsMissing(): void;
  saveRelationship(draft: Omit<Relationship, 'id'>): void;
}

const answers = (event: SubmitEvent): ((key: string) => string) => {
  event.preventDefault();
  const data = new FormData(event.target as HTMLFormElement);
  return (key) => String(data.get(key) ?? '').trim();
};

/** Adds a person (`person` null) or edits one. */
export function personForm(c: FormContext, person: Person | null): TemplateResult {
  const isFocus = person?.id === c.map.focus;
  const missing = c.nameMissing;
  const title = person ? c.t('map.form.editTitle', { name: displayName(person, c.text.display) }) : c.t('map.form.addTitle');
  const submit = (event: SubmitEvent) => {
    const text = answers(event);
    if (!text('name')) return c.nameIsMissing();
    c.savePerson({
      name: text('name'),
      initials: text('initials') || undefined,
      kind: text('kind') as PersonKind,
      ring: isFocus ? undefined : (Number(text('ring')) as Ring),
      paid: isFocus ? undefined : text('paid') === 'on',
      notes: text('notes') || undefined,
      excludeFromExport: text('exclude') === 'on' || undefined,
    });
  };
  return html`<form class="editor" aria-label=${title} @submit=${submit} novalidate>
    <p class="label">${title}</p>
    <div class="field ${missing ? 'invalid' : ''}">
      <label class="label" for="person-name">${c.t('map.form.name')}</label>
      ${missing ? html`<p class="error-message" id="person-name-error">${c.t('map.form.nameMissing')}</p>` : nothing}
      <input id="person-name" name="name" autocomplete="off" .value=${person?.name ?? ''} aria-invalid=${missing ? 'true' : 'false'} aria-describedby=${missing ? 'person-name-error' : nothing} />
    </div>
    <div class="field">
      <label class="label" for="person-initials">${c.t('map.form.initials')}</label>
      <p class="hint" id="person-initials-hint">${c.t('map.form.initialsHint')}</p>
      <input id="person-initials" name="initials" autocomplete="off" size="6" .value=${person?.initials ?? ''} aria-describedby="person-initials-hint" />
    </div>
    <div class="field">
      <label class="label" for="person-kind">${c.t('map.form.kind')}</label>
      <select id="person-kind" name="kind">
        ${PERSON_KINDS.map((kind) => html`<option value=${kind} ?selected=${(person?.kind ?? 'person') === kind}>${c.t(`map.kind.${kind}` as TranslationKey)}</option>`)}
      </select>
    </div>
    ${isFocus
      ? nothing
      : html`<div class="field">
            <label class="label" for="person-ring">${c.t('map.form.ring')}</label>
            <select id="person-ring" name="ring">
              ${RINGS.map((ring) => html`<option value=${ring} ?selected=${(person?.ring ?? 1) === ring}>${ringName(c.text, ring)}</option>`)}
            </select>
          </div>
          <label class="check"><input type="checkbox" name="paid" ?checked=${person ? isPaid(person) : false} />${c.t('map.form.paid')}</label>`}
    <div class="field">
      <label class="label" for="person-notes">${c.t('map.form.notes')}</label>
      <textarea id="person-notes" name="notes" rows="2" .value=${person?.notes ?? ''}></textarea>
    </div>
    <label class="check"><input type="checkbox" name="exclude" ?checked=${person?.excludeFromExport ?? false} />${c.t('map.form.exclude')}</label>
    <div class="buttons">
      <button type="submit" class="button primary">${c.t('map.form.save')}</button>
      <button type="button" class="button" @click=${() => c.cancel(person?.id)}>${c.t('map.form.cancel')}</button>
    </div>
  </form>`;
}

/** Relates `person` to someone else on the map. */
export function relationshipForm(c: FormContext, person: Person): TemplateResult {
  const name = displayName(person, c.text.display);
  const title = c.t('map.relForm.title', { name });
  const submit = (event: SubmitEvent) => {
    const text = answers(event);
    const direction = text('direction');
    c.saveRelationship({
      from: person.id,
      to: text('other'),
      type: text('type') as RelationshipType,
      direction: (DIRECTIONS as readonly string[]).includes(direction) ? (direction as Direction) : undefined,
      label: text('label') || undefined,
    });
  };
  return html`<form class="editor" aria-label=${title} @submit=${submit}>
    <p class="label">${title}</p>
    <div class="field">
      <label class="label" for="rel-other">${c.t('map.relForm.other')}</label>
      <select id="rel-other" name="other">
        ${c.map.people.filter((p) => p.id !== person.id).map((p) => html`<option value=${p.id} ?selected=${p.id === c.map.focus}>${displayName(p, c.text.display)}</option>`)}
      </select>
    </div>
    <div class="field">
      <label class="label" for="rel-type">${c.t('map.relForm.type')}</label>
      <select id="rel-type" name="type">
        ${RELATIONSHIP_TYPES.map(
          (type) => html`<option value=${type} ?selected=${type === 'normal'}>${c.t(`map.type.${type}` as TranslationKey)}: ${c.t(`map.words.${type}` as TranslationKey)}</option>`,
        )}
      </select>
    </div>
    <div class="field">
      <label class="label" for="rel-direction">${c.t('map.relForm.direction')}</label>
      <select id="rel-direction" name="direction">
        <option value="">${c.t('map.relForm.notSaid')}</option>
        <option value="to">${c.t('map.relForm.gives', { name })}</option>
        <option value="from">${c.t('map.relForm.receives', { name })}</option>
        <option value="both">${c.t('map.flow.both')}</option>
      </select>
    </div>
    <div class="field">
      <label class="label" for="rel-label">${c.t('map.relForm.label')}</label>
      <input id="rel-label" name="label" autocomplete="off" />
    </div>
    <div class="buttons">
      <button type="submit" class="button primary">${c.t('map.form.save')}</button>
      <button type="button" class="button" @click=${() => c.cancel(person.id)}>${c.t('map.form.cancel')}</button>
    </div>
  </form>`;
}
