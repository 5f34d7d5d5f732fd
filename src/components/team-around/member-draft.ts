import type { MapPerson } from '../relationship-map/people-of.js';
import { localText, type LocalisedText } from '../../core/validation.js';
import type { Contact, ContactWay, MemberKind, Team, TeamMember } from './model.js';

/*
 * The add and edit form's answers (issue 24): a member as the form holds
 * it, and back. In the form's chunk, fetched when a team is first edited.
 */

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
