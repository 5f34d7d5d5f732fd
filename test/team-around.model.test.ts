// The team around a person or family (issue 24): its data, who each view
// shows, what each member may see under the family's sharing agreement, and
// what leaves the page in its exports (JSON, CSV, vCard).
import { expect } from '@open-wc/testing';
import { sharingFor, validateTeam, visibleMembers, type Team, type TeamMember } from '../src/components/team-around/model.js';
import { memberVCard, teamCsv, teamForExport } from '../src/components/team-around/exports.js';
import { keptReceipt as receipt } from '../stories/data/sharing.js';

const codes = (problems: { code: string; path: string }[]): string[] => problems.map((problem) => `${problem.code}@${problem.path}`);

const nia: TeamMember = {
  id: 'nia',
  name: 'Nia Roberts',
  role: { en: 'Family support worker', cy: 'Gweithiwr cymorth i deuluoedd' },
  agency: 'early-help',
  agencyName: 'Early Help, Cardiff',
  kind: 'professional',
  lead: true,
  contact: { preferred: 'text', phone: '07700 900123', hours: 'Mon–Thu, 9 till 3', note: 'Text, don’t call; she will ring back' },
  lastInTouch: '2026-11-18',
};
const school: TeamMember = { id: 'school', name: 'Mr Ifan Hughes', agency: 'school', kind: 'professional', contact: { email: 'ifan@example.org' } };
const gran: TeamMember = { id: 'gran', name: 'Gran', kind: 'family', familyWants: 'Sundays are hers' };
const police: TeamMember = { id: 'police', name: 'CANARY-PC Sian Jones', agency: 'police', kind: 'professional', private: true, contact: { phone: '101' } };
const team: Team = { subject: { name: 'The Evans family' }, members: [school, gran, nia, police], gaps: ['No one from housing'] };

describe('team around model', () => {
  it('takes a good team, and reports two leads, a lead who is not a professional, and unknown kinds', () => {
    expect(codes(validateTeam(team).problems)).to.deep.equal([]);
    expect(codes(validateTeam({ ...team, members: [nia, { ...school, lead: true }] }).problems)).to.deep.equal(['two-leads@team.members']);
    expect(codes(validateTeam({ ...team, members: [{ ...gran, lead: true }] }).problems)).to.deep.equal(['lead-not-professional@team.members[0].lead']);
    expect(codes(validateTeam({ ...team, members: [{ ...gran, kind: 'neighbour' }] }).problems)).to.deep.equal(['not-one-of@team.members[0].kind']);
    expect(codes(validateTeam({ ...team, members: [gran, gran] }).problems)).to.deep.equal(['duplicate-id@team.members']);
    expect(codes(validateTeam({ ...team, members: [{ ...nia, lastInTouch: 'Tuesday' }] }).problems)).to.deep.equal(['invalid-date@team.members[0].lastInTouch']);
    expect(validateTeam(null).team).to.equal(null);
  });

  it('reports text that is not text: a role given as a list, a name in two languages, a phone number as a number (fuzzing found the role)', () => {
    const bad = { ...nia, role: [{ en: 'Family support worker' }], name: { en: 'Nia', cy: 'Nia' }, contact: { ...nia.contact, phone: 7700900123, note: null } };
    expect(codes(validateTeam({ ...team, members: [bad] }).problems)).to.deep.equal([
      'not-text@team.members[0].name',
      'not-text@team.members[0].role',
      'not-text@team.members[0].contact.phone',
      'not-text@team.members[0].contact.note',
    ]);
  });

  it('shows the lead first, and a private member only to professionals', () => {
    expect(visibleMembers(team, 'professional').map((member) => member.id)).to.deep.equal(['nia', 'school', 'gran', 'police']);
    expect(visibleMembers(team, 'family').map((member) => member.id)).to.deep.equal(['nia', 'school', 'gran']);
  });

  it('says what each professional may see under the latest receipt, and “not agreed” when nothing covers them', () => {
    const today = new Date('2026-11-22T10:00:00Z');
    const agreed = receipt({ 'early-help': { information: ['health', 'school'], purposes: ['plan'] }, school: { information: ['school'], purposes: [] } });
    expect(sharingFor(nia, agreed, today)).to.deep.equal({ status: 'agreed', information: ['health', 'school'], purposes: ['plan'] });
    expect(sharingFor(school, agreed, today), 'information but no purpose').to.deep.equal({ status: 'not-agreed' });
    expect(sharingFor(police, agreed, today), 'an agency the agreement does not name').to.deep.equal({ status: 'not-agreed' });
    expect(sharingFor(gran, agreed, today)).to.deep.equal({ status: 'not-asked' });
    expect(sharingFor(nia, null, today)).to.deep.equal({ status: 'not-agreed' });
    expect(sharingFor(nia, { ...agreed, withdrawn: true }, today)).to.deep.equal({ status: 'not-agreed' });
    expect(sharingFor(nia, { ...agreed, expiresOn: '2026-11-21' }, today), 'expired').to.deep.equal({ status: 'not-agreed' });
  });

  it('exports of the family view leave the private member out of JSON, CSV and vCards', () => {
    for (const text of [JSON.stringify(teamForExport(team, 'family')), teamCsv(team, 'family', 'en'), ...visibleMembers(team, 'family').map((member) => memberVCard(member, 'family', 'en'))]) {
      expect(text).to.not.contain('CANARY');
    }
    expect(memberVCard(police, 'family', 'en')).to.equal(null);
    expect(JSON.stringify(teamForExport(team, 'professional'))).to.contain('CANARY-PC Sian Jones');
  });

  it('writes CSV a spreadsheet cannot run, one row per member shown, in the language asked', () => {
    const csv = teamCsv({ ...team, members: [{ ...nia, familyWants: '=HYPERLINK("x")' }] }, 'family', 'cy');
    const [header, row] = csv.split('\r\n');
    expect(header).to.equal('id,name,role,agency,kind,lead,preferred,phone,email,hours,note,lastInTouch,nextStep,familyWants');
    expect(row).to.equal('nia,Nia Roberts,Gweithiwr cymorth i deuluoedd,"Early Help, Cardiff",professional,true,text,07700 900123,,"Mon–Thu, 9 till 3","Text, don’t call; she will ring back",2026-11-18,,"\'=HYPERLINK(""x"")"');
  });

  it('writes a vCard 4.0 as RFC 6350 says: escaped text, a tel URI, CRLF, lines folded at 75 octets', () => {
    const card = memberVCard({ ...nia, contact: { ...nia.contact, note: 'Text, don’t call; she works nights and sleeps until two in the afternoon most days' } }, 'professional', 'en')!;
    const lines = card.split('\r\n');
    expect(lines[0]).to.equal('BEGIN:VCARD');
    expect(lines[1]).to.equal('VERSION:4.0');
    expect(lines).to.include('FN:Nia Roberts');
    expect(lines).to.include('ORG:Early Help\\, Cardiff');
    expect(lines).to.include('TITLE:Family support worker');
    expect(lines).to.include('TEL;VALUE=uri;TYPE=text,cell:tel:07700900123');
    expect(card.endsWith('END:VCARD\r\n')).to.equal(true);
    const encoder = new TextEncoder();
    expect(lines.every((line) => encoder.encode(line).length <= 75)).to.equal(true);
    // Unfolded, the note is whole, its comma and semicolon escaped.
    expect(card.replace(/\r\n /g, '')).to.contain('NOTE:Mon–Thu\\, 9 till 3. Text\\, don’t call\\; she works nights and sleeps until two in the afternoon most days');
  });
});
