import { checkArray, checkDate, checkId, checkOneOf, checkRecord, checkText, checkUniqueIds } from '../../core/checks.js';
import { isoDay } from '../../core/dates-and-hashes.js';
import type { LocalisedText, ProblemDraft } from '../../core/validation.js';
import type { ConsentReceipt } from '../sharing-agreement/model.js';

/*
 * The team around a person or family (issue 24), pure: who is involved,
 * who leads, how to reach them, what each may see under the family's
 * sharing agreement, and what leaves the page in an export. No DOM, no
 * clock (the element passes today in).
 */

/** Family, friends and neighbours, or people paid to help. */
export const MEMBER_KINDS = ['family', 'community', 'professional'] as const;
export type MemberKind = (typeof MEMBER_KINDS)[number];

export const CONTACT_WAYS = ['phone', 'text', 'email', 'in-person', 'video'] as const;
export type ContactWay = (typeof CONTACT_WAYS)[number];

export interface Contact {
  /** How they would rather be reached. */
  preferred?: ContactWay;
  phone?: string;
  email?: string;
  /** When they can be reached (“Mon–Thu, 9 till 3”). */
  hours?: LocalisedText;
  /** Anything else (“Text, don't call: she works nights”). */
  note?: LocalisedText;
}

export interface TeamMember {
  id: string;
  name: string;
  role?: LocalisedText;
  /** The agency's id, as in the family's sharing agreement (`config.agencies[].id`). */
  agency?: string;
  /** The agency's name, as the family knows it. */
  agencyName?: LocalisedText;
  kind: MemberKind;
  /** The lead professional: one at most, and a professional. */
  lead?: boolean;
  contact?: Contact;
  /** When they were last in touch (ISO date). */
  lastInTouch?: string;
  /** The next step they own. */
  nextStep?: LocalisedText;
  /** What the family wants them to know, in the family's words. */
  familyWants?: string;
  /** Shown only in the professional view, and in no export of the family view. */
  private?: boolean;
  /** The same person in a `<kith-relationship-map>` (its person id). */
  mapPersonId?: string;
}

export interface Team {
  /** Whose team it is: the person or family. */
  subject: { name: string };
  members: TeamMember[];
  /** Gaps the host names: “No one from housing”. */
  gaps?: LocalisedText[];
}

/** `family`: plain language, who to call about what. `professional`: adds agency, contact details and actions. */
export type TeamView = 'family' | 'professional';

export const MAX_MEMBERS = 60;

/** A name, phone or email: one string, in every language. */
function checkPlainText(problems: ProblemDraft[], value: unknown, path: string): value is string {
  if (typeof value === 'string' && value.trim() !== '') return true;
  problems.push({ code: value === undefined ? 'missing' : 'not-text', path });
  return false;
}

export function validateTeam(input: unknown, path = 'team'): { team: Team | null; problems: ProblemDraft[] } {
  const problems: ProblemDraft[] = [];
  if (!checkRecord(problems, input, path)) return { team: null, problems };
  if (checkRecord(problems, input['subject'], `${path}.subject`)) checkPlainText(problems, input['subject']['name'], `${path}.subject.name`);
  const members = input['members'];
  if (checkArray(problems, members, `${path}.members`, 0, MAX_MEMBERS)) {
    members.forEach((member, index) => {
      const at = `${path}.members[${index}]`;
      if (!checkRecord(problems, member, at)) return;
      checkId(problems, member['id'], `${at}.id`);
      checkPlainText(problems, member['name'], `${at}.name`);
      checkOneOf(problems, member['kind'], `${at}.kind`, MEMBER_KINDS);
      if (member['lastInTouch'] !== undefined) checkDate(problems, member['lastInTouch'], `${at}.lastInTouch`);
      for (const field of ['role', 'agencyName', 'nextStep'] as const) if (member[field] !== undefined) checkText(problems, member[field], `${at}.${field}`);
      if (member['familyWants'] !== undefined) checkPlainText(problems, member['familyWants'], `${at}.familyWants`);
      for (const field of ['agency', 'mapPersonId'] as const) if (member[field] !== undefined) checkId(problems, member[field], `${at}.${field}`);
      const contact = member['contact'];
      if (contact !== undefined && checkRecord(problems, contact, `${at}.contact`)) {
        if (contact['preferred'] !== undefined) checkOneOf(problems, contact['preferred'], `${at}.contact.preferred`, CONTACT_WAYS);
        for (const field of ['phone', 'email'] as const) if (contact[field] !== undefined) checkPlainText(problems, contact[field], `${at}.contact.${field}`);
        for (const field of ['hours', 'note'] as const) if (contact[field] !== undefined) checkText(problems, contact[field], `${at}.contact.${field}`);
      }
      if (member['lead'] === true && member['kind'] !== 'professional') problems.push({ code: 'lead-not-professional', path: `${at}.lead` });
    });
    checkUniqueIds(problems, members as { id?: unknown }[], `${path}.members`);
    if (members.filter((member) => (member as TeamMember | undefined)?.lead === true).length > 1) problems.push({ code: 'two-leads', path: `${path}.members` });
  }
  if (input['gaps'] !== undefined && checkArray(problems, input['gaps'], `${path}.gaps`)) {
    input['gaps'].forEach((gap, index) => checkText(problems, gap, `${path}.gaps[${index}]`));
  }
  return { team: problems.length === 0 ? (input as unknown as Team) : null, problems };
}

/** The members a view shows: a private member only to professionals. The lead first, then as given. */
export function visibleMembers(team: Team, view: TeamView): TeamMember[] {
  const shown = team.members.filter((member) => view === 'professional' || !member.private);
  return [...shown.filter((member) => member.lead), ...shown.filter((member) => !member.lead)];
}

/**
 * The team as a view may hand it on (its events and form value; exports
 * too): in the family view without private members, and without the map
 * links the family does not see. Order kept.
 */
export function teamAsShown(team: Team, view: TeamView): Team {
  if (view === 'professional') return team;
  return { ...team, members: team.members.filter((member) => !member.private).map(familyFields) };
}

/** What the family view shows of a member: no map id, no private flag. */
function familyFields(member: TeamMember): TeamMember {
  const shown = { ...member };
  delete shown.mapPersonId;
  delete shown.private;
  return shown;
}

/** What a member may see and use it for, under the family's latest sharing receipt. */
export type MemberSharing =
  /** Family and community members are not asked about: the family shares with them as it chooses. */
  | { status: 'not-asked' }
  /** A professional with no agreement that covers their agency (none, withdrawn, expired, or nothing chosen). */
  | { status: 'not-agreed' }
  | { status: 'agreed'; information: string[]; purposes: string[] };

export function sharingFor(member: TeamMember, receipt: ConsentReceipt | null, today: Date): MemberSharing {
  if (member.kind !== 'professional') return { status: 'not-asked' };
  const choice = member.agency && receipt && !receipt.withdrawn && receipt.expiresOn >= isoDay(today) ? receipt.choices[member.agency] : undefined;
  if (!choice || choice.information.length === 0 || choice.purposes.length === 0) return { status: 'not-agreed' };
  return { status: 'agreed', information: [...choice.information], purposes: [...choice.purposes] };
}

/*
 * Changes a person makes to the team. Each returns a new team (the host's
 * is never changed in place) and says what changed, for `kith-team-change`.
 */

export type TeamChange = { type: 'add' | 'edit' | 'remove' | 'lead'; memberId: string };

export function addMember(team: Team, member: TeamMember): { team: Team; change: TeamChange } {
  return { team: { ...team, members: [...team.members, member] }, change: { type: 'add', memberId: member.id } };
}

export function replaceMember(team: Team, member: TeamMember): { team: Team; change: TeamChange } {
  return { team: { ...team, members: team.members.map((each) => (each.id === member.id ? member : each)) }, change: { type: 'edit', memberId: member.id } };
}

export function removeMember(team: Team, memberId: string): { team: Team; change: TeamChange } {
  return { team: { ...team, members: team.members.filter((member) => member.id !== memberId) }, change: { type: 'remove', memberId } };
}

/** Makes a professional the lead, and no one else. */
export function setLead(team: Team, memberId: string): { team: Team; change: TeamChange } {
  const members = team.members.map((member) => {
    const rest = { ...member };
    delete rest.lead;
    return member.id === memberId && member.kind === 'professional' ? { ...rest, lead: true } : rest;
  });
  return { team: { ...team, members }, change: { type: 'lead', memberId } };
}
