import { html, nothing, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
import { KithElement, type Renderable } from '../../core/element.js';
import { now } from '../../core/clock.js';
import { JsonChild } from '../../core/light-dom.js';
import { joinStrings, listOf } from '../../core/localize.js';
import { isRecord, localText, type LocalisedText, type ProblemDraft } from '../../core/validation.js';
import { teamAroundEn } from '../../translations/en/team-around.js';
import { isReceipt, type ConsentReceipt, type SharingConfig } from '../sharing-agreement/model.js';
import { memberVCard, sharingFor, teamCsv, teamForExport, validateTeam, visibleMembers, type Team, type TeamMember, type TeamView } from './model.js';
import { teamAroundStyles } from './team-around.styles.js';

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
 * @fires kith-error - The team or the receipt could not be used. `detail: {code, message, path, problems}`.
 *
 * @csspart member - One member's card.
 * @csspart lead - The lead professional's mark.
 * @csspart sharing - What a professional may see under the agreement.
 * @csspart gaps - Gaps the host names.
 */
export class KithTeamAround extends KithElement {
  static override styles = [...KithElement.styles, teamAroundStyles];
  /** Reactive properties (declared here rather than with decorators: their runtime cost every entry ~0.4 kB). */
  static override properties: PropertyDeclarations = {
    team: { attribute: false },
    view: { reflect: true },
    receipt: { attribute: false },
    sharingConfig: { attribute: false },
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

  private valid: Team | null = null;
  private agreement: ConsentReceipt | null = null;
  private jsonChild = new JsonChild();

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.hasUpdated && !changed.has('team') && !changed.has('receipt')) return;
    const problems: ProblemDraft[] = [];
    const json = this.jsonChild.read(this);
    if (json?.problem) problems.push(json.problem);
    const { team, problems: found } = validateTeam(this.team ?? (isRecord(json?.value) ? json.value['team'] : undefined));
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
      <ul class="members">
        ${members.map((member) => this.renderMember(member))}
      </ul>
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
      ${this.renderSharing(member)}
    </li>`;
  }

  /** What a professional may see under the agreement; nothing for family and community, who are not asked about. */
  private renderSharing(member: TeamMember): TemplateResult | typeof nothing {
    const sharing = sharingFor(member, this.agreement, now());
    if (sharing.status === 'not-asked' || (!this.agreement && !this.sharingConfig)) return nothing;
    if (sharing.status === 'not-agreed') return html`<p class="sharing not-agreed" part="sharing">${this.t('team.sharing.notAgreed')}</p>`;
    const labels = (ids: readonly string[], items: readonly { id: string; label: LocalisedText }[] = []): string =>
      listOf(this.textContext, ids.map((id) => this.text(items.find((item) => item.id === id)?.label) || id));
    return html`<p class="sharing" part="sharing">
      ${this.t('team.sharing.agreed', { information: labels(sharing.information, this.sharingConfig?.information), purposes: labels(sharing.purposes, this.sharingConfig?.purposes) })}
    </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kith-team-around': KithTeamAround;
  }
}
