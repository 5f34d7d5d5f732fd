import { html, nothing, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
import { KithElement, type Renderable } from '../../core/element.js';
import { ActionMenus, type MenuAction } from '../../core/action-menu.js';
import { actionMenuStyles } from '../../core/action-menu.styles.js';
import { controlStyles } from '../../core/control-styles.js';
import { now } from '../../core/clock.js';
import { JsonChild } from '../../core/light-dom.js';
import { joinStrings, listOf } from '../../core/localize.js';
import { isRecord, localText, type LocalisedText, type ProblemDraft } from '../../core/validation.js';
import { teamAroundEn } from '../../translations/en/team-around.js';
import { isReceipt, type ConsentReceipt, type SharingConfig } from '../sharing-agreement/model.js';
import { peopleOf, type MapPerson } from '../relationship-map/people-of.js';
import {
  CONTACT_WAYS,
  EMPTY_DRAFT,
  MEMBER_KINDS,
  addMember,
  draftFromMapPerson,
  draftOf,
  mapPeopleToAdd,
  memberFrom,
  memberVCard,
  newMemberId,
  removeMember,
  replaceMember,
  setLead,
  sharingFor,
  teamCsv,
  teamForExport,
  validateTeam,
  visibleMembers,
  type MemberDraft,
  type Team,
  type TeamChange,
  type TeamMember,
  type TeamView,
} from './model.js';
import { teamAroundStyles } from './team-around.styles.js';

export interface TeamChangeDetail {
  /** The whole team after the change. */
  team: Team;
  change: TeamChange;
}

/**
 * The team around a person or family: who is involved (family, friends and
 * community, professionals), who leads, how each would rather be reached,
 * the next step each owns and what the family wants them to know.
 *
 * - `view="family"` (default): plain language, who to call about what.
 * - `view="professional"`: adds agencies, contact details, when each was
 *   last in touch, and members marked private.
 *
 * Given the family's sharing agreement (`receipt`, with its `sharingConfig`
 * for the words), each professional shows what they may see and use it for,
 * or that sharing is not agreed. Nothing else of the agreement is shown.
 *
 * @tagname kith-team-around
 * @summary The team around a person or family, joined up with their sharing agreement.
 * @since 0.2.0
 *
 * With `editable`, members can be added, edited and removed and the lead
 * set: one **Edit** button per member, the rest in its **More actions**
 * menu, every action named for the member it acts on. Given the family's
 * `map`, someone on it can be added in one step, linked to the map person
 * (`mapPersonId`); a plan editor given this team (`team`) can give actions
 * to its members.
 *
 * @fires kith-team-change - The person changed the team. `detail: {team, change: {type, memberId}}`.
 * @fires change - The team changed by the person's action.
 * @fires kith-error - The team or the receipt could not be used. `detail: {code, message, path, problems}`.
 *
 * @csspart member - One member's card.
 * @csspart lead - The lead professional's mark.
 * @csspart sharing - What a professional may see under the agreement.
 * @csspart gaps - Gaps the host names.
 *
 * @cssprop --kith-team-around-max-width - Width of the team (default `60rem`).
 */
export class KithTeamAround extends KithElement {
  static override styles = [...KithElement.styles, ...controlStyles, actionMenuStyles, teamAroundStyles];
  /** Reactive properties (declared here rather than with decorators: their runtime cost every entry ~0.4 kB). */
  static override properties: PropertyDeclarations = {
    team: { attribute: false },
    view: { reflect: true },
    receipt: { attribute: false },
    sharingConfig: { attribute: false },
    map: { attribute: false },
    editable: { type: Boolean, reflect: true },
    editing: { state: true },
    draft: { state: true },
    nameMissing: { state: true },
    announcement: { state: true },
  };
  static override strings = joinStrings({ en: teamAroundEn, cy: () => import('../../translations/cy/team-around.js').then((m) => m.teamAroundCy) });

  /** The team: `{subject: {name}, members, gaps?}`. */
  team?: Team;

  /** Who is looking: the family (default) or professionals. */
  view: TeamView = 'family';

  /** The family's latest sharing receipt (a `<kith-sharing-agreement>`'s value, or its form value as JSON). */
  receipt?: ConsentReceipt | string | null;

  /** The agreement's config, for the words of what each may see and why. */
  sharingConfig?: SharingConfig;

  /** The family's `<kith-relationship-map>` (or its data): people on it can be added to the team, linked to their place on the map. */
  map?: unknown;

  /** Members can be added, edited and removed, and the lead set. */
  editable = false;

  /** The member whose details are open in the form (`new` for someone being added), or null. */
  private editing: string | null = null;
  private draft: MemberDraft = EMPTY_DRAFT;
  private nameMissing = false;
  private announcement = '';
  private readonly menus = new ActionMenus(this);

  private valid: Team | null = null;
  private agreement: ConsentReceipt | null = null;
  private jsonChild = new JsonChild();

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.hasUpdated && !changed.has('team') && !changed.has('receipt')) return;
    const problems: ProblemDraft[] = [];
    const { team, problems: found } = validateTeam(this.team ?? this.jsonChild.fields(this, problems)['team']);
    problems.push(...found);
    this.valid = team;
    this.agreement = this.readReceipt(problems);
    this.setProblems(problems);
  }

  private readReceipt(problems: ProblemDraft[]): ConsentReceipt | null {
    let given: unknown = this.receipt ?? null;
    if (typeof given === 'string') {
      try {
        given = JSON.parse(given);
      } catch {
        given = undefined;
      }
    }
    if (given === null) return null;
    if (isReceipt(given)) return given;
    problems.push({ code: 'unsupported-schema', path: 'receipt', params: { schema: 'consent receipt', version: 1 } });
    return null;
  }

  /** The team shown (null while the input has problems). */
  get value(): Team | null {
    return this.valid;
  }

  /** The team as this view shows it, as JSON (a private member only in the professional view). */
  exportJSON(): string {
    return this.valid ? JSON.stringify(teamForExport(this.valid, this.view), null, 2) : '';
  }

  /** One row per member this view shows. */
  exportCSV(): string {
    return this.valid ? teamCsv(this.valid, this.view, this.resolvedLang) : '';
  }

  /** A member's vCard (RFC 6350), or null for one this view does not show. */
  exportVCard(memberId: string): string | null {
    const member = this.valid?.members.find((each) => each.id === memberId);
    return member ? memberVCard(member, this.view, this.resolvedLang) : null;
  }

  /* Changes. */

  /** Takes a change: the team becomes the new one, the host hears of it, and the person hears what happened. */
  private apply({ team, change }: { team: Team; change: TeamChange }, said: string): void {
    this.team = team;
    this.announcement = said;
    this.emit('kith-team-change', { team, change });
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  private async open(memberId: string | null, member?: TeamMember): Promise<void> {
    this.editing = memberId;
    this.draft = member ? draftOf(member, this.resolvedLang) : { ...EMPTY_DRAFT };
    this.nameMissing = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#member-name')?.focus();
  }

  /** Focus on a control once the update that draws it is done: the member's Edit button, or Add. */
  private async focusAfterUpdate(selector: string): Promise<void> {
    await this.updateComplete;
    (this.renderRoot.querySelector<HTMLElement>(selector) ?? this.renderRoot.querySelector<HTMLElement>('#add-member'))?.focus();
  }

  private save(event: Event): void {
    event.preventDefault();
    const team = this.valid;
    if (!team) return;
    if (this.draft.name.trim() === '') {
      this.nameMissing = true;
      void this.focusAfterUpdate('#member-name');
      return;
    }
    const before = team.members.find((member) => member.id === this.editing);
    const member = memberFrom(this.draft, before?.id ?? newMemberId(team, this.draft.name), before);
    this.apply(before ? replaceMember(team, member) : addMember(team, member), this.t(before ? 'team.saved' : 'team.added', { name: member.name }));
    this.editing = null;
    void this.focusAfterUpdate(`#edit-${CSS.escape(member.id)}`);
  }

  private cancel(): void {
    const was = this.editing;
    this.editing = null;
    void this.focusAfterUpdate(was && was !== 'new' ? `#edit-${CSS.escape(was)}` : '#add-member');
  }

  private removeFromTeam(member: TeamMember): void {
    if (!this.valid) return;
    this.apply(removeMember(this.valid, member.id), this.t('team.removed', { name: member.name }));
    void this.focusAfterUpdate('#add-member');
  }

  private makeLead(member: TeamMember): void {
    if (!this.valid) return;
    this.apply(setLead(this.valid, member.id), this.t('team.leadSet', { name: member.name }));
  }

  /* Rendering. */

  private text(value: LocalisedText | undefined): string {
    return value === undefined ? '' : localText(value, this.resolvedLang);
  }

  protected override renderContent(): Renderable {
    const team = this.valid;
    if (!team) return nothing;
    const members = visibleMembers(team, this.view);
    return html`<section aria-labelledby="team-title">
      <h2 id="team-title">${this.t('team.title', { name: team.subject.name })}</h2>
      <p class="hint">${this.t('team.count', { count: members.length })}</p>
      ${this.editable ? html`<button type="button" class="button" id="add-member" @click=${() => this.open('new')}>${this.t('team.add')}</button>` : nothing}
      <ul class="members">
        ${members.map((member) => (this.editing === member.id ? html`<li class="member" part="member">${this.renderForm(member)}</li>` : this.renderMember(member)))}
        ${this.editing === 'new' ? html`<li class="member" part="member">${this.renderForm()}</li>` : nothing}
      </ul>
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${team.gaps && team.gaps.length > 0
        ? html`<section class="gaps" part="gaps" aria-labelledby="gaps-title">
            <h3 id="gaps-title">${this.t('team.gaps')}</h3>
            <ul>
              ${team.gaps.map((gap) => html`<li>${this.text(gap)}</li>`)}
            </ul>
          </section>`
        : nothing}
    </section>`;
  }

  private renderMember(member: TeamMember): TemplateResult {
    const professional = this.view === 'professional';
    const contact = member.contact ?? {};
    const line = (shown: unknown, content: () => string): TemplateResult | typeof nothing => (shown ? html`<p>${content()}</p>` : nothing);
    return html`<li class="member ${member.kind}" part="member">
      <h3>${member.name}</h3>
      <p class="meta">
        ${[this.text(member.role), professional ? this.text(member.agencyName) || member.agency : '', this.t(`team.kind.${member.kind}`)].filter(Boolean).join(' · ')}
      </p>
      ${member.lead ? html`<p class="lead" part="lead">${this.t('team.lead')}</p>` : nothing}
      ${professional && member.private ? html`<p class="hint">${this.t('team.private')}</p>` : nothing}
      ${line(contact.preferred, () => this.t(`team.reach.${contact.preferred!}`))}
      ${line(contact.hours, () => this.t('team.hours', { hours: this.text(contact.hours) }))}
      ${contact.note ? html`<p>${this.text(contact.note)}</p>` : nothing}
      ${line(contact.phone, () => this.t('team.phone', { phone: contact.phone! }))}
      ${line(professional && contact.email, () => this.t('team.email', { email: contact.email! }))}
      ${line(professional && member.lastInTouch, () => this.t('team.lastInTouch', { date: this.formatDate(member.lastInTouch!) }))}
      ${line(member.nextStep, () => this.t('team.nextStep', { step: this.text(member.nextStep) }))}
      ${line(member.familyWants, () => this.t('team.familyWants', { wants: member.familyWants! }))}
      ${this.renderSharing(member)} ${this.editable ? this.renderActions(member) : nothing}
    </li>`;
  }

  /** One primary action (Edit); the rest in a “More actions” menu. */
  private renderActions(member: TeamMember): TemplateResult {
    const actions: MenuAction[] = [
      ...(member.kind === 'professional' && !member.lead ? [{ label: this.t('team.makeLead'), name: this.t('team.makeLeadNamed', { name: member.name }), run: () => this.makeLead(member) }] : []),
      { label: this.t('team.remove'), name: this.t('team.removeNamed', { name: member.name }), destructive: true, run: () => this.removeFromTeam(member) },
    ];
    return html`<div class="actions">
      <button type="button" class="button small" id="edit-${member.id}" aria-label=${this.t('team.editName', { name: member.name })} @click=${() => this.open(member.id, member)}>
        ${this.t('team.edit')}
      </button>
      ${this.menus.render(member.id, { label: this.t('team.more'), name: this.t('team.moreNamed', { name: member.name }) }, actions)}
    </div>`;
  }

  /** The add or edit form, in the member's place. */
  private renderForm(member?: TeamMember): TemplateResult {
    const draft = this.draft;
    const set = (patch: Partial<MemberDraft>): void => {
      this.draft = { ...this.draft, ...patch };
      if (patch.name?.trim()) this.nameMissing = false;
    };
    const value = (event: Event): string => (event.target as HTMLInputElement).value;
    const text = (id: string, key: 'role' | 'agencyName' | 'phone' | 'email' | 'hours' | 'note' | 'nextStep' | 'familyWants', label: string, type = 'text') =>
      html`<div class="field"><label class="label" for=${id}>${label}</label><input id=${id} type=${type} .value=${draft[key]} @input=${(event: Event) => set({ [key]: value(event) })} /></div>`;
    return html`<form class="member-form" novalidate @submit=${this.save} aria-labelledby="member-form-title">
      <h3 id="member-form-title">${member ? this.t('team.form.editTitle', { name: member.name }) : this.t('team.form.addTitle')}</h3>
      ${member ? nothing : this.renderMapPicker(draft)}
      <div class=${this.nameMissing ? 'field invalid' : 'field'}>
        <label class="label" for="member-name">${this.t('team.form.name')}</label>
        ${this.nameMissing ? html`<p class="error-message" id="member-name-error">${this.t('team.form.nameMissing')}</p>` : nothing}
        <input id="member-name" autocomplete="off" aria-describedby=${this.nameMissing ? 'member-name-error' : nothing} aria-invalid=${this.nameMissing ? 'true' : 'false'} .value=${draft.name} @input=${(event: Event) => set({ name: value(event) })} />
      </div>
      <div class="field">
        <label class="label" for="member-kind">${this.t('team.form.kind')}</label>
        <select id="member-kind" @change=${(event: Event) => set({ kind: value(event) as MemberDraft['kind'] })}>
          ${MEMBER_KINDS.map((kind) => html`<option value=${kind} ?selected=${draft.kind === kind}>${this.t(`team.kind.${kind}`)}</option>`)}
        </select>
      </div>
      ${text('member-role', 'role', this.t('team.form.role'))} ${text('member-agency', 'agencyName', this.t('team.form.agency'))}
      <div class="field">
        <label class="label" for="member-preferred">${this.t('team.form.preferred')}</label>
        <select id="member-preferred" @change=${(event: Event) => set({ preferred: value(event) as MemberDraft['preferred'] })}>
          <option value="" ?selected=${draft.preferred === ''}>${this.t('team.form.preferredNone')}</option>
          ${CONTACT_WAYS.map((way) => html`<option value=${way} ?selected=${draft.preferred === way}>${this.t(`team.form.way.${way}`)}</option>`)}
        </select>
      </div>
      ${text('member-phone', 'phone', this.t('team.form.phone'), 'tel')} ${text('member-email', 'email', this.t('team.form.email'), 'email')}
      ${text('member-hours', 'hours', this.t('team.form.hours'))} ${text('member-note', 'note', this.t('team.form.note'))}
      ${text('member-next', 'nextStep', this.t('team.form.nextStep'))} ${text('member-wants', 'familyWants', this.t('team.form.familyWants'))}
      <label class="check" for="member-private"
        ><input type="checkbox" id="member-private" .checked=${draft.private} @change=${(event: Event) => set({ private: (event.target as HTMLInputElement).checked })} /><span
          >${this.t('team.form.private')}</span
        ></label
      >
      <div class="buttons">
        <button type="submit" class="button primary">${this.t('team.form.save')}</button>
        <button type="button" class="button" @click=${this.cancel}>${this.t('team.form.cancel')}</button>
      </div>
    </form>`;
  }

  /** When adding: someone from the family's map, whose name and kind fill the form. Nothing when the map has no one to add. */
  private renderMapPicker(draft: MemberDraft): TemplateResult | typeof nothing {
    const people = this.valid ? mapPeopleToAdd(this.valid, peopleOf(this.map instanceof HTMLElement ? (this.map as HTMLElement & { value?: unknown }).value : this.map)) : [];
    if (people.length === 0) return nothing;
    const choose = (event: Event): void => {
      const person: MapPerson | undefined = people.find((each) => each.id === (event.target as HTMLSelectElement).value);
      this.draft = person ? draftFromMapPerson(person) : { ...EMPTY_DRAFT };
      this.nameMissing = false;
    };
    return html`<div class="field">
      <label class="label" for="member-from-map">${this.t('team.form.fromMap')}</label>
      <select id="member-from-map" @change=${choose}>
        <option value="" ?selected=${draft.mapPersonId === ''}>${this.t('team.form.fromMapNone')}</option>
        ${people.map((person) => html`<option value=${person.id} ?selected=${draft.mapPersonId === person.id}>${person.name}</option>`)}
      </select>
    </div>`;
  }

  /** What a professional may see under the agreement; nothing for family and community, who are not asked about. */
  private renderSharing(member: TeamMember): TemplateResult | typeof nothing {
    const sharing = sharingFor(member, this.agreement, now());
    if (sharing.status === 'not-asked' || (!this.agreement && !this.sharingConfig)) return nothing;
    if (sharing.status === 'not-agreed') return html`<p class="sharing not-agreed" part="sharing">${this.t('team.sharing.notAgreed')}</p>`;
    // The config is the host's (the agreement element checks it, this one only reads labels): anything unreadable shows the id.
    const labels = (ids: readonly string[], items: unknown): string =>
      listOf(
        this.textContext,
        ids.map((id) => {
          const label: unknown = Array.isArray(items) ? items.find((item) => isRecord(item) && item['id'] === id)?.label : undefined;
          return typeof label === 'string' || isRecord(label) ? this.text(label as LocalisedText) || id : id;
        }),
      );
    return html`<p class="sharing" part="sharing">
      ${this.t('team.sharing.agreed', { information: labels(sharing.information, this.sharingConfig?.information), purposes: labels(sharing.purposes, this.sharingConfig?.purposes) })}
    </p>`;
  }
}

declare module '../../core/events.js' {
  interface KithEventMap {
    'kith-team-change': TeamChangeDetail;
  }
}
declare global {
  interface HTMLElementEventMap {
    'kith-team-change': CustomEvent<TeamChangeDetail>;
  }
  interface HTMLElementTagNameMap {
    'kith-team-around': KithTeamAround;
  }
}
