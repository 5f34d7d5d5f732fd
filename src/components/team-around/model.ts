import { checkArray, checkDate, checkId, checkOneOf, checkRecord, checkText, checkUniqueIds } from '../../core/checks.js';
import { csvCell } from '../../core/csv.js';
import { isoDay } from '../../core/dates-and-hashes.js';
import { localText, type LocalisedText, type ProblemDraft } from '../../core/validation.js';
import type { ConsentReceipt } from '../sharing-agreement/model.js';
import type { MapPerson } from '../relationship-map/people-of.js';

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
 * Exports. The family view's exports leave out private members; every
 * export leaves out what the view does not show.
 */

/** The team as a view shows it, for JSON: private members only in the professional view. */
export function teamForExport(team: Team, view: TeamView): Team {
  const members = visibleMembers(team, view).map((member) => (view === 'family' ? familyFields(member) : { ...member }));
  return { subject: { ...team.subject }, members, ...(team.gaps ? { gaps: [...team.gaps] } : {}) };
}

/** What the family view shows of a member: no agency contact details beyond how to reach them, no map id. */
function familyFields(member: TeamMember): TeamMember {
  const shown = { ...member };
  delete shown.mapPersonId;
  delete shown.private;
  return shown;
}

const CSV_COLUMNS = ['id', 'name', 'role', 'agency', 'kind', 'lead', 'preferred', 'phone', 'email', 'hours', 'note', 'lastInTouch', 'nextStep', 'familyWants'] as const;

/** One row per member the view shows; text in `lang`. */
export function teamCsv(team: Team, view: TeamView, lang: string): string {
  const text = (value: LocalisedText | undefined): string => (value === undefined ? '' : localText(value, lang));
  const rows = visibleMembers(team, view).map((member) =>
    [
      member.id,
      member.name,
      text(member.role),
      text(member.agencyName) || (member.agency ?? ''),
      member.kind,
      member.lead ? 'true' : '',
      member.contact?.preferred ?? '',
      member.contact?.phone ?? '',
      member.contact?.email ?? '',
      text(member.contact?.hours),
      text(member.contact?.note),
      member.lastInTouch ?? '',
      text(member.nextStep),
      member.familyWants ?? '',
    ]
      .map(csvCell)
      .join(','),
  );
  return [CSV_COLUMNS.join(','), ...rows, ''].join('\r\n');
}

/** A vCard text value (RFC 6350 §3.4): backslash, comma, semicolon and newlines escaped. */
function vcardText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\r\n|\r|\n/g, '\\n');
}

/** Lines longer than 75 octets are folded (RFC 6350 §3.2): CRLF and a space, never inside a UTF-8 character. */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    // The first line holds 75 octets; each continuation line 74 after its leading space.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/**
 * One member as a vCard 4.0 (RFC 6350), in `lang`: name, organisation,
 * role, phone, email and the note on how to reach them. Null for a member
 * the view does not show (a private member in the family view).
 */
export function memberVCard(member: TeamMember, view: TeamView, lang: string): string | null {
  if (view === 'family' && member.private) return null;
  const text = (value: LocalisedText | undefined): string => (value === undefined ? '' : localText(value, lang));
  const organisation = text(member.agencyName) || member.agency || '';
  const note = [text(member.contact?.hours), text(member.contact?.note)].filter(Boolean).join('. ');
  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    `FN:${vcardText(member.name)}`,
    // The structured name's parts are not known: the whole name as given, family name empty.
    `N:;${vcardText(member.name)};;;`,
    organisation ? `ORG:${vcardText(organisation)}` : '',
    member.role ? `TITLE:${vcardText(text(member.role))}` : '',
    member.contact?.phone ? `TEL;VALUE=uri${member.contact.preferred === 'text' ? ';TYPE=text,cell' : ''}:tel:${member.contact.phone.replace(/[^\d+]/g, '')}` : '',
    member.contact?.email ? `EMAIL:${vcardText(member.contact.email)}` : '',
    note ? `NOTE:${vcardText(note)}` : '',
    'END:VCARD',
  ].filter(Boolean);
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/*
 * Changes a person makes to the team. Each returns a new team (the host's
 * is never changed in place) and says what changed, for `kith-team-change`.
 */

export type TeamChange = { type: 'add' | 'edit' | 'remove' | 'lead'; memberId: string };

/** What the add and edit form holds: every field as text. */
export interface MemberDraft {
  name: string;
  role: string;
  kind: MemberKind;
  agencyName: string;
  preferred: ContactWay | '';
  phone: string;
  email: string;
  hours: string;
  note: string;
  nextStep: string;
  familyWants: string;
  private: boolean;
  /** The person on the family's map this member is ('' for none). */
  mapPersonId: string;
}

export const EMPTY_DRAFT: MemberDraft = { name: '', role: '', kind: 'professional', agencyName: '', preferred: '', phone: '', email: '', hours: '', note: '', nextStep: '', familyWants: '', private: false, mapPersonId: '' };

/** A member's fields as the form shows them (text in `lang`). */
export function draftOf(member: TeamMember, lang: string): MemberDraft {
  const text = (value: LocalisedText | undefined): string => (value === undefined ? '' : localText(value, lang));
  return {
    name: member.name,
    role: text(member.role),
    kind: member.kind,
    agencyName: text(member.agencyName),
    preferred: member.contact?.preferred ?? '',
    phone: member.contact?.phone ?? '',
    email: member.contact?.email ?? '',
    hours: text(member.contact?.hours),
    note: text(member.contact?.note),
    nextStep: text(member.nextStep),
    familyWants: member.familyWants ?? '',
    private: member.private === true,
    mapPersonId: member.mapPersonId ?? '',
  };
}

/** The member a draft describes, keeping what the form does not show (agency id, lead, last in touch). Empty fields are left out. */
export function memberFrom(draft: MemberDraft, id: string, before?: TeamMember): TeamMember {
  const given = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());
  const contact: Contact = { preferred: draft.preferred || undefined, phone: given(draft.phone), email: given(draft.email), hours: given(draft.hours), note: given(draft.note) };
  const member: TeamMember = {
    ...before,
    id,
    name: draft.name.trim(),
    kind: draft.kind,
    role: given(draft.role),
    agencyName: given(draft.agencyName),
    contact: Object.values(contact).some((value) => value !== undefined) ? contact : undefined,
    nextStep: given(draft.nextStep),
    familyWants: given(draft.familyWants),
    private: draft.private || undefined,
    mapPersonId: given(draft.mapPersonId),
    // Only a professional leads.
    lead: before?.lead && draft.kind === 'professional' ? true : undefined,
  };
  return JSON.parse(JSON.stringify(member)) as TeamMember;
}

/** A new id for a member, unused in the team. */
export function newMemberId(team: Team, name: string): string {
  const base = name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'member';
  let id = base;
  for (let n = 2; team.members.some((member) => member.id === id); n++) id = `${base}-${n}`;
  return id;
}

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

/*
 * Members from the family's relationship map (`<kith-relationship-map>`):
 * the people on it who could join the team.
 */

/** What a map person would be in the team: family, a professional (a service too), or community. */
export function kindOfMapPerson(person: MapPerson): MemberKind {
  if (person.kind === 'family') return 'family';
  return person.kind === 'professional' || person.kind === 'service' ? 'professional' : 'community';
}

/** The people on the map who could join the team: not the person it is about, no pets or places, and no one already in it. */
export function mapPeopleToAdd(team: Team, people: readonly MapPerson[]): MapPerson[] {
  const inTeam = new Set(team.members.map((member) => member.mapPersonId));
  return people.filter((person) => !person.focus && person.kind !== 'pet' && person.kind !== 'place' && !inTeam.has(person.id));
}

/** A draft for a map person: their name and kind, linked to them. */
export function draftFromMapPerson(person: MapPerson): MemberDraft {
  return { ...EMPTY_DRAFT, name: person.name, kind: kindOfMapPerson(person), mapPersonId: person.id };
}
