import type { CatalogueOf } from '../types.js';
import type { planDraftsEn } from '../en/plan-drafts.js';

export const planDraftsCy: CatalogueOf<typeof planDraftsEn> = {
  'plan.draftRestored': 'Rydyn ni wedi dod â newidiadau nad oedd wedi’u cadw eto yn ôl.',
  'plan.draftDiscard': 'Taflu’r newidiadau hyn',
  'plan.draftSetAside': 'Nid oedd y fersiwn hon yn gallu darllen newidiadau heb eu cadw ar y ddyfais hon. Maen nhw wedi’u cadw, heb eu newid, fel “{key}”.',
  'plan.draftDiscarded': 'Taflwyd y newidiadau nad oedd wedi’u cadw.',
};
