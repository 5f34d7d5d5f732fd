import type { CatalogueOf } from '../types.js';
import type { planCoEditingEn } from '../en/plan-co-editing.js';

export const planCoEditingCy: CatalogueOf<typeof planCoEditingEn> = {
  'plan.othersEditing': {
    zero: 'Does neb arall yn newid hyn nawr.',
    one: 'Mae {names} yn newid hyn nawr.',
    two: 'Mae {names} yn newid hyn nawr.',
    few: 'Mae {names} yn newid hyn nawr.',
    many: 'Mae {names} yn newid hyn nawr.',
    other: 'Mae {names} yn newid hyn nawr.',
  },
  'plan.conflict': 'Newidiodd {name} hyn tra oeddech chi’n ei newid. Cadwyd eu newid nhw: gwiriwch ei fod yn gywir.',
  'plan.conflictOk': 'Iawn',
};
