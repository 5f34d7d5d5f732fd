import { csvCell } from '../../core/csv.js';
import { localText, type LocalisedText } from '../../core/validation.js';
import { teamAsShown, visibleMembers, type Team, type TeamMember, type TeamView } from './model.js';

/*
 * Exports. The family view's exports leave out private members; every
 * export leaves out what the view does not show.
 */

/** The team as a view shows it, for JSON: private members only in the professional view; the lead first. */
export function teamForExport(team: Team, view: TeamView): Team {
  const shown = teamAsShown(team, view);
  return { subject: { ...shown.subject }, members: visibleMembers(shown, view).map((member) => ({ ...member })), ...(shown.gaps ? { gaps: [...shown.gaps] } : {}) };
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
