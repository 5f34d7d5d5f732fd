import type { CatalogueOf } from '../types.js';
import type { planCoEditingEn } from '../en/plan-co-editing.js';

export const planCoEditingCy: CatalogueOf<typeof planCoEditingEn> = {
  'plan.othersEditing': { one: 'Mae {names} yn newid hyn nawr.', other: 'Mae {names} yn newid hyn nawr.' },
  'plan.conflict': 'Newidiodd {name} hyn tra oeddech chi’n ei newid. Cadwyd eu newid nhw: gwiriwch ei fod yn gywir.',
  'plan.conflictOk': 'Iawn',
};
