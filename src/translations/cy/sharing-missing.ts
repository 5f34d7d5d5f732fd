import type { CatalogueOf } from '../types.js';
import type { sharingMissingEn } from '../en/sharing-missing.js';

export const sharingMissingCy: CatalogueOf<typeof sharingMissingEn> = {
  'sharing.errorTitle': 'Mae problem wedi codi',
  'sharing.errorPrefix': 'Gwall:',
  'sharing.missing.role': 'Dewiswch pwy sy’n cytuno',
  'sharing.missing.roleNotice': 'Dewiswch pwy sydd wedi cael gwybod',
  'sharing.missing.name': 'Rhowch eu henw',
  'sharing.missing.method': 'Dewiswch sut maen nhw’n cytuno',
  'sharing.missing.methodNotice': 'Dewiswch sut cawson nhw wybod',
  'sharing.missing.witness': 'Rhowch enw’r tyst',
};
