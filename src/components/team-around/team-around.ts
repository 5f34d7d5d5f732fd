import { html, nothing, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Renderable } from '../../core/element.js';
import { KithFormElement, type FormValue } from '../../core/form-element.js';
import type { ActionMenus } from '../../core/action-menu.js';
import { actionMenuStyles } from '../../core/action-menu.styles.js';
import { controlStyles } from '../../core/control-styles.js';
import { now } from '../../core/clock.js';
import { JsonChild } from '../../core/light-dom.js';
import { addEnglish, joinStrings, listOf } from '../../core/localize.js';
import { Lazy } from '../../core/lazy.js';
import { isRecord, localText, type LocalisedText, type ProblemDraft } from '../../core/validation.js';
import { teamAroundEn } from '../../translations/en/team-around.js';
import { isReceipt, type ConsentReceipt, type SharingConfig } from '../sharing-agreement/model.js';
import {
  addMember,
  removeMember,
  replaceMember,
  setLead,
  sharingFor,
  teamAsShown,
  validateTeam,
  visibleMembers,
  type Team,
  type TeamChange,
  type TeamMember,
  type TeamView,
} from './model.js';
import type { MemberDraft } from './member-draft.js';
import { teamAroundStyles } from './team-around.styles.js';

/** Editing (each member's actions and the add and edit form), with its words: fetched by an editable team. */
const editingChunk = new Lazy(() => import('./editing-view.js').then((chunk) => addEnglish(KithTeamAround.strings, chunk)));
/** JSON, CSV and vCard: fetched on the first export. */
const exporters = () => import('./exports.js');

export interface TeamChangeDetail {
  /** The whole team after the change, as the view shows it: in the family view, without members marked private. */
  team: Team;
  change: TeamChange;
  /** The member added or edited, as saved (none when removed): a host that keeps private members applies this to its own copy. */
  member?: TeamMember;
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
 * In a form (with `name`), the team is submitted as JSON, as the view shows
 * it; in the family view, the value and every event leave out members
 * marked private (and map links), so a host that keeps them applies
 * `detail.member` and `detail.change` to its own copy.
 *
 * @fires kith-team-change - The person changed the team. `detail: {team, change: {type, memberId}, member}`.
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
export class KithTeamAround extends KithFormElement {
  static override styles = [...KithFormElement.styles, ...controlStyles, actionMenuStyles, teamAroundStyles];
  /** Reactive properties (declared here rather than with decorators: their runtime cost every entry ~0.4 kB). */
  static override properties: PropertyDeclarations = {
    ...KithFormElement.properties,
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
  /** Its own words; editing's English arrives with its chunk, its Welsh with the rest. */
  static override strings = joinStrings(
    { en: teamAroundEn, cy: () => import('../../translations/cy/team-around.js').then((m) => m.teamAroundCy) },
    { en: {}, cy: () => import('../../translations/cy/team-around-editing.js').then((m) => m.teamAroundEditingCy) },
  );

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
  private draft: MemberDraft | null = null;
  private nameMissing = false;
  private announcement = '';
  /** The members' More actions menus: made when the editing chunk arrives. */
  private menus: ActionMenus | null = null;

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
    this.initialTeam ??= team;
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

  /** Editable, and not disabled (by its own attribute or a disabled fieldset). */
  private get canEdit(): boolean {
    return this.editable && !this.isDisabled;
  }

  /** The team shown (null while the input has problems). */
  get value(): Team | null {
    return this.valid;
  }

  /* Form association: the team as JSON, as the view shows it (no private member from the family view). */
  private initialTeam: Team | null = null;
  protected override formValue(): FormValue {
    return this.valid ? JSON.stringify(teamAsShown(this.valid, this.view)) : null;
  }
  protected override isEmpty(): boolean {
    return !this.valid || this.valid.members.length === 0;
  }
  protected override resetValue(): void {
    if (this.initialTeam) this.team = this.initialTeam;
  }
  protected override restoreValue(saved: FormValue): void {
    // The family view's value has no private members: restoring it would drop them from the team.
    if (typeof saved !== 'string' || this.view === 'family') return;
    try {
      const { team } = validateTeam(JSON.parse(saved));
      if (team) this.team = team;
    } catch {
      // Not ours: keep what is shown.
    }
  }

  /** The team as this view shows it, as JSON (a private member only in the professional view). */
  async exportJSON(): Promise<string> {
    const team = this.valid;
    return team ? JSON.stringify((await exporters()).teamForExport(team, this.view), null, 2) : '';
  }

  /** One row per member this view shows. */
  async exportCSV(): Promise<string> {
    const team = this.valid;
    return team ? (await exporters()).teamCsv(team, this.view, this.resolvedLang) : '';
  }

  /** A member's vCard (RFC 6350), or null for one this view does not show. */
  async exportVCard(memberId: string): Promise<string | null> {
    const member = this.valid?.members.find((each) => each.id === memberId);
    return member ? (await exporters()).memberVCard(member, this.view, this.resolvedLang) : null;
  }

  /** An editable team waits for its editing chunk, so it is drawn with its buttons at once. */
  protected override waitBeforeUpdate(): Promise<unknown> | null {
    return this.editable ? editingChunk.ready() : null;
  }

  /* Changes. */

  /** Takes a change: the team becomes the new one, the host hears of it, and the person hears what happened. */
  private apply({ team, change }: { team: Team; change: TeamChange }, said: string): void {
    this.team = team;
    this.announcement = said;
    const member = change.type === 'remove' ? undefined : team.members.find((each) => each.id === change.memberId);
    const shown = teamAsShown({ ...team, members: member ? [member] : [] }, this.view).members[0];
    this.emit('kith-team-change', { team: teamAsShown(team, this.view), change, ...(shown ? { member: shown } : {}) });
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  private async open(memberId: string | null, member?: TeamMember): Promise<void> {
    const form = editingChunk.value;
    // An editable team waited for its form's chunk (waitBeforeUpdate); one that could not arrive cannot edit.
    if (!form) return;
    this.editing = memberId;
    this.draft = member ? form.draftOf(member, this.resolvedLang) : { ...form.EMPTY_DRAFT };
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
    const [team, draft, form] = [this.valid, this.draft, editingChunk.value];
    if (!team || !draft || !form) return;
    if (draft.name.trim() === '') {
      this.nameMissing = true;
      void this.focusAfterUpdate('#member-name');
      return;
    }
    const before = team.members.find((member) => member.id === this.editing);
    const member = form.memberFrom(draft, before?.id ?? form.newMemberId(team, draft.name), before);
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
      ${this.canEdit && editingChunk.value ? html`<button type="button" class="button" id="add-member" @click=${() => this.open('new')}>${this.t('team.add')}</button>` : nothing}
      <ul class="members">
        ${members.map((member) => (this.editing === member.id ? html`<li class="member" part="member">${this.renderForm(member)}</li>` : this.renderMember(member)))}
        ${this.editing === 'new' ? html`<li class="member" part="member">${this.renderForm()}</li>` : nothing}
      </ul>
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${team.gaps && team.gaps.length > 0
        ? // A heading, not a landmark: two teams on one page would otherwise have two regions of the same name.
          html`<div class="gaps" part="gaps">
            <h3>${this.t('team.gaps')}</h3>
            <ul>
              ${team.gaps.map((gap) => html`<li>${this.text(gap)}</li>`)}
            </ul>
          </div>`
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
      ${this.renderSharing(member)} ${this.canEdit ? this.renderActions(member) : nothing}
    </li>`;
  }

  /** Each member's Edit button and More actions menu (from the editing chunk). */
  private renderActions(member: TeamMember): TemplateResult | typeof nothing {
    const chunk = editingChunk.value;
    if (!chunk) return nothing;
    this.menus ??= new chunk.ActionMenus(this);
    return chunk.renderActions({ t: this.t.bind(this), menus: this.menus, edit: (each) => this.open(each.id, each), makeLead: (each) => this.makeLead(each), remove: (each) => this.removeFromTeam(each) }, member);
  }

  /** The add or edit form, in the member's place (from the form's chunk). */
  private renderForm(member?: TeamMember): TemplateResult | typeof nothing {
    const [team, draft, form] = [this.valid, this.draft, editingChunk.value];
    if (!team || !draft || !form) return nothing;
    return form.renderMemberForm(
      {
        t: this.t.bind(this),
        team,
        map: this.map,
        draft,
        changeDraft: (patch) => {
          if (this.draft) this.draft = { ...this.draft, ...patch };
          if (patch.name?.trim()) this.nameMissing = false;
        },
        nameMissing: this.nameMissing,
        save: (event) => this.save(event),
        cancel: () => this.cancel(),
      },
      member,
    );
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
