import type { Team } from '../../src/components/team-around/model.js';
import { dayFromFixedClock } from './clock.js';

/**
 * The team around Jade Evans's family. Its professionals' agencies are the
 * ones in Jade's sharing agreement (stories/data/sharing.ts), so the team
 * shows what each may see; Mr Hughes's school asked, the housing team is a
 * gap, and one member is marked private (only professionals see her).
 */
export const evansTeam = (): Team => ({
  subject: { name: 'the Evans family' },
  members: [
    { id: 'sarah', name: 'Sarah Evans', role: { en: 'Jade’s mum', cy: 'Mam Jade' }, kind: 'family', contact: { preferred: 'text', phone: '07700 900456' } },
    {
      id: 'mair',
      name: 'Mair',
      role: { en: 'Jade’s gran', cy: 'Mam-gu Jade' },
      kind: 'family',
      contact: { preferred: 'phone', hours: { en: 'Any day after 4', cy: 'Unrhyw ddiwrnod ar ôl 4' } },
      familyWants: 'She has Jade on Sundays and would like to be asked about holidays.',
    },
    { id: 'coach', name: 'Dai Price', role: { en: 'Netball coach', cy: 'Hyfforddwr pêl-rwyd' }, kind: 'community', nextStep: { en: 'Keep Jade’s place on the team', cy: 'Cadw lle Jade yn y tîm' } },
    {
      id: 'nia',
      name: 'Nia Roberts',
      role: { en: 'Family support worker', cy: 'Gweithiwr cymorth i deuluoedd' },
      agencyName: { en: 'Early Help', cy: 'Help Cynnar' },
      kind: 'professional',
      lead: true,
      contact: {
        preferred: 'text',
        phone: '07700 900123',
        email: 'nia.roberts@example.org',
        hours: { en: 'Monday to Thursday, 9 till 3', cy: 'Dydd Llun i ddydd Iau, 9 tan 3' },
        note: { en: 'Text first: she is often on visits', cy: 'Anfonwch neges destun yn gyntaf: mae hi allan ar ymweliadau’n aml' },
      },
      lastInTouch: dayFromFixedClock(-4),
      nextStep: { en: 'Book the meeting at school', cy: 'Trefnu’r cyfarfod yn yr ysgol' },
      familyWants: 'Please don’t visit on Wednesdays: that is Jade’s netball night.',
    },
    {
      id: 'hughes',
      name: 'Mr Hughes',
      role: { en: 'Head of year', cy: 'Pennaeth blwyddyn' },
      agency: 'school',
      agencyName: 'Ysgol Glan Taf',
      kind: 'professional',
      contact: { preferred: 'email', email: 'hughes@example.org', phone: '029 2000 0000' },
      lastInTouch: dayFromFixedClock(-12),
      nextStep: { en: 'Share the attendance plan', cy: 'Rhannu’r cynllun presenoldeb' },
    },
    {
      id: 'nurse',
      name: 'Leah Morgan',
      role: { en: 'School nurse', cy: 'Nyrs ysgol' },
      agency: 'health',
      agencyName: { en: 'School nursing team', cy: 'Tîm nyrsio ysgolion' },
      kind: 'professional',
      contact: { preferred: 'phone', phone: '029 2000 0001' },
      lastInTouch: dayFromFixedClock(-30),
    },
    {
      id: 'pc',
      name: 'PC Ellis',
      role: { en: 'Schools liaison officer', cy: 'Swyddog cyswllt ysgolion' },
      agency: 'police',
      agencyName: { en: 'South Wales Police', cy: 'Heddlu De Cymru' },
      kind: 'professional',
      private: true,
      contact: { preferred: 'email', email: 'ellis@example.org' },
    },
  ],
  gaps: [{ en: 'No one from housing yet: the family asked for help with a bigger home.', cy: 'Neb o’r tîm tai eto: gofynnodd y teulu am help i gael cartref mwy.' }],
});

/**
 * The team around Sam Jones, whose members are people on Sam's map
 * (stories/data/networks.ts, `familyMap`): each has the map person's id.
 */
export const samsTeam = (): Team => ({
  subject: { name: 'Sam' },
  members: [
    { id: 'karen', mapPersonId: 'mum', name: 'Karen Jones', role: { en: 'Sam’s mum', cy: 'Mam Sam' }, kind: 'family', contact: { preferred: 'phone' } },
    { id: 'eirlys', mapPersonId: 'nan', name: 'Nan (Eirlys)', kind: 'family', familyWants: 'Picks Sam up on Wednesdays.' },
    {
      id: 'alex',
      mapPersonId: 'worker',
      name: 'Alex Rao',
      role: { en: 'Early help worker', cy: 'Gweithiwr help cynnar' },
      agencyName: { en: 'Early Help', cy: 'Help Cynnar' },
      kind: 'professional',
      lead: true,
      contact: { preferred: 'phone', phone: '029 2000 0002' },
      nextStep: { en: 'Talk to school about mornings', cy: 'Siarad â’r ysgol am y boreau' },
    },
  ],
});
