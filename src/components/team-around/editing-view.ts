import { html, nothing, type TemplateResult } from 'lit';
import type { ActionMenus, MenuAction } from '../../core/action-menu.js';
import type { Params } from '../../core/localize.js';
import type { TranslationKey } from '../../translations/en.js';
import { peopleOf, type MapPerson } from '../relationship-map/people-of.js';
import { CONTACT_WAYS, MEMBER_KINDS, type Team, type TeamMember } from './model.js';
import { EMPTY_DRAFT, draftFromMapPerson, mapPeopleToAdd, type MemberDraft } from './member-draft.js';
export { teamAroundEditingEn as english } from '../../translations/en/team-around-editing.js';
export { ActionMenus } from '../../core/action-menu.js';
export { EMPTY_DRAFT, draftOf, memberFrom, newMemberId } from './member-draft.js';

/**
 * Editing a team, in a chunk of its own with its words: each member's Edit
 * button and More actions menu, and the add and edit form. An editable team
 * fetches it before it first draws, so pages that only show a team never
 * download it. The element owns the draft and what each action does.
 */
export interface ActionsContext {
  t(key: TranslationKey, params?: Params): string;
  menus: ActionMenus;
  edit(member: TeamMember): void;
  makeLead(member: TeamMember): void;
  remove(member: TeamMember): void;
}

/** One primary action (Edit); the rest in a “More actions” menu, each named for the member. */
export function renderActions(c: ActionsContext, member: TeamMember): TemplateResult {
  const actions: MenuAction[] = [
    ...(member.kind === 'professional' && !member.lead ? [{ label: c.t('team.makeLead'), name: c.t('team.makeLeadNamed', { name: member.name }), run: () => c.makeLead(member) }] : []),
    { label: c.t('team.remove'), name: c.t('team.removeNamed', { name: member.name }), destructive: true, run: () => c.remove(member) },
  ];
  return html`<div class="actions">
    <button type="button" class="button small" id="edit-${member.id}" aria-label=${c.t('team.editName', { name: member.name })} @click=${() => c.edit(member)}>${c.t('team.edit')}</button>
    ${c.menus.render(member.id, { label: c.t('team.more'), name: c.t('team.moreNamed', { name: member.name }) }, actions)}
  </div>`;
}

export interface MemberFormContext {
  t(key: TranslationKey, params?: Params): string;
  team: Team;
  /** The family's relationship map (an element or its data), whose people can be added. */
  map: unknown;
  draft: MemberDraft;
  /** Changes some of the draft's answers (merged with the element's current draft: two fields typed before a render both count). */
  changeDraft(patch: Partial<MemberDraft>): void;
  nameMissing: boolean;
  save(event: Event): void;
  cancel(): void;
}

/** The add (no `member`) or edit form, in the member's place. */
export function renderMemberForm(c: MemberFormContext, member?: TeamMember): TemplateResult {
  const { draft } = c;
  const set = (patch: Partial<MemberDraft>): void => c.changeDraft(patch);
  const value = (event: Event): string => (event.target as HTMLInputElement).value;
  const text = (id: string, key: 'role' | 'agencyName' | 'phone' | 'email' | 'hours' | 'note' | 'nextStep' | 'familyWants', label: string, type = 'text') =>
    html`<div class="field"><label class="label" for=${id}>${label}</label><input id=${id} type=${type} .value=${draft[key]} @input=${(event: Event) => set({ [key]: value(event) })} /></div>`;
  return html`<form class="member-form" novalidate @submit=${c.save} aria-labelledby="member-form-title">
    <h3 id="member-form-title">${member ? c.t('team.form.editTitle', { name: member.name }) : c.t('team.form.addTitle')}</h3>
    ${member ? nothing : renderMapPicker(c)}
    <div class=${c.nameMissing ? 'field invalid' : 'field'}>
      <label class="label" for="member-name">${c.t('team.form.name')}</label>
      ${c.nameMissing ? html`<p class="error-message" id="member-name-error">${c.t('team.form.nameMissing')}</p>` : nothing}
      <input
        id="member-name"
        autocomplete="off"
        aria-describedby=${c.nameMissing ? 'member-name-error' : nothing}
        aria-invalid=${c.nameMissing ? 'true' : 'false'}
        .value=${draft.name}
        @input=${(event: Event) => set({ name: value(event) })}
      />
    </div>
    <div class="field">
      <label class="label" for="member-kind">${c.t('team.form.kind')}</label>
      <select id="member-kind" @change=${(event: Event) => set({ kind: value(event) as MemberDraft['kind'] })}>
        ${MEMBER_KINDS.map((kind) => html`<option value=${kind} ?selected=${draft.kind === kind}>${c.t(`team.kind.${kind}`)}</option>`)}
      </select>
    </div>
    ${text('member-role', 'role', c.t('team.form.role'))} ${text('member-agency', 'agencyName', c.t('team.form.agency'))}
    <div class="field">
      <label class="label" for="member-preferred">${c.t('team.form.preferred')}</label>
      <select id="member-preferred" @change=${(event: Event) => set({ preferred: value(event) as MemberDraft['preferred'] })}>
        <option value="" ?selected=${draft.preferred === ''}>${c.t('team.form.preferredNone')}</option>
        ${CONTACT_WAYS.map((way) => html`<option value=${way} ?selected=${draft.preferred === way}>${c.t(`team.form.way.${way}`)}</option>`)}
      </select>
    </div>
    ${text('member-phone', 'phone', c.t('team.form.phone'), 'tel')} ${text('member-email', 'email', c.t('team.form.email'), 'email')}
    ${text('member-hours', 'hours', c.t('team.form.hours'))} ${text('member-note', 'note', c.t('team.form.note'))}
    ${text('member-next', 'nextStep', c.t('team.form.nextStep'))} ${text('member-wants', 'familyWants', c.t('team.form.familyWants'))}
    <label class="check" for="member-private"
      ><input type="checkbox" id="member-private" .checked=${draft.private} @change=${(event: Event) => set({ private: (event.target as HTMLInputElement).checked })} /><span
        >${c.t('team.form.private')}</span
      ></label
    >
    <div class="buttons">
      <button type="submit" class="button primary">${c.t('team.form.save')}</button>
      <button type="button" class="button" @click=${c.cancel}>${c.t('team.form.cancel')}</button>
    </div>
  </form>`;
}

/** When adding: someone from the family's map, whose name and kind fill the form. Nothing when the map has no one to add. */
function renderMapPicker(c: MemberFormContext): TemplateResult | typeof nothing {
  const people = mapPeopleToAdd(c.team, peopleOf(c.map instanceof HTMLElement ? (c.map as HTMLElement & { value?: unknown }).value : c.map));
  if (people.length === 0) return nothing;
  const choose = (event: Event): void => {
    const person: MapPerson | undefined = people.find((each) => each.id === (event.target as HTMLSelectElement).value);
    c.changeDraft(person ? draftFromMapPerson(person) : { ...EMPTY_DRAFT });
  };
  return html`<div class="field">
    <label class="label" for="member-from-map">${c.t('team.form.fromMap')}</label>
    <select id="member-from-map" @change=${choose}>
      <option value="" ?selected=${c.draft.mapPersonId === ''}>${c.t('team.form.fromMapNone')}</option>
      ${people.map((person) => html`<option value=${person.id} ?selected=${c.draft.mapPersonId === person.id}>${person.name}</option>`)}
    </select>
  </div>`;
}
