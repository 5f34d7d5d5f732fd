import type { CatalogueOf } from '../types.js';
import type { relationshipCheckEn } from '../en/relationship-check.js';

export const relationshipCheckCy: CatalogueOf<typeof relationshipCheckEn> = {
  'check.intro': 'Symudwch bob llithrydd i ddangos sut roedd hi i chi. Does dim atebion cywir nac anghywir.',
  'check.notAnswered': 'Heb ei ateb eto',
  'check.valueText': '{value} allan o 10. Mae 0 yn golygu “{low}”, mae 10 yn golygu “{high}”.',
  'check.comment': 'Unrhyw beth arall yr hoffech ei ddweud (dewisol)',
  'check.completedBy': 'Pwy sy’n llenwi hwn?',
  'check.completedBy.person': 'Y person ei hun',
  'check.completedBy.with-help': 'Y person, gyda help',
  'check.completedBy.worker-on-behalf': 'Gweithiwr, ar ran y person',
  'check.anonymous': 'Nid yw eich enw’n cael ei gadw gyda’ch atebion.',
  'check.submit': 'Anfon fy atebion',
  'check.thanks': 'Diolch. Mae eich atebion wedi’u cadw.',
  'check.answered': '{item}: {value} allan o 10',
  'check.skipped': '{item}: heb ei ateb',
  'check.prompt.title': 'Gwerth siarad am sut mae pethau’n mynd',
  'check.prompt.belowCutOff': 'Y tro hwn roedd y cyfanswm yn {total} allan o {max}. Lefel eich gwasanaeth yw {cutOff}.',
  'check.prompt.dropped': 'Y tro hwn roedd y cyfanswm yn {total} allan o {max}: {drop} yn is na’r tro diwethaf.',
  'check.prompt.note': 'Sbardun i sgwrs yw hwn, nid sgôr i neb.',
};
