import type { CatalogueOf } from '../types.js';
import type { sharingNoticeEn } from '../en/sharing-notice.js';

export const sharingNoticeCy: CatalogueOf<typeof sharingNoticeEn> = {
  'sharing.notice.intro': 'Byddwn yn rhannu gwybodaeth {name}. Nid ydym yn gofyn i chi gytuno, ond mae gennych hawl i wybod.',
  'sharing.notice.statement': 'Byddwn yn rhannu {information} â’r gwasanaethau hyn: {agencies}. Y rheswm: {reason}',
  'sharing.notice.purposes': 'Byddwn ond yn ei defnyddio i: {purposes}.',
  'sharing.notice.services': 'Pwy yw’r gwasanaethau',
  'sharing.notice.questions': 'Os oes gennych gwestiynau, neu os ydych yn meddwl bod hyn yn anghywir, siaradwch â’ch gweithiwr.',
};
