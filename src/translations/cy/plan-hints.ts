import type { CatalogueOf } from '../types.js';
import type { planHintsEn } from '../en/plan-hints.js';

export const planHintsCy: CatalogueOf<typeof planHintsEn> = {
  'plan.hints.readingAge': 'Oedran darllen tua {age}. Mae brawddegau a geiriau byrrach yn haws eu dilyn.',
  'plan.hints.readingAgeOk': 'Oedran darllen tua {age}: hawdd ei ddilyn.',
  'plan.hints.plainer': 'Gallech ddweud “{instead}” yn lle “{found}”.',
};
