import type { CatalogueOf } from '../types.js';
import type { teamAroundEn } from '../en/team-around.js';

export const teamAroundCy: CatalogueOf<typeof teamAroundEn> = {
  'problem.lead-not-professional': '{path}: dim ond gweithiwr proffesiynol all fod yn arweinydd.',
  'problem.two-leads': 'Mae {path} yn enwi mwy nag un gweithiwr proffesiynol arweiniol.',
};
