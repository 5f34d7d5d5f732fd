import type { CatalogueOf } from '../types.js';
import type { stagesEn } from '../en/stages.js';

/** Problems with a journey’s stages: shared by the stage badge and the radar. */
export const stagesCy: CatalogueOf<typeof stagesEn> = {
  'problem.stage-order': 'Yn {path}, ni ddylai “from” fod yn fwy na “to”.',
  'problem.stage-gap': 'Mae bwlch yn y camau: o {from} hyd at {to}.',
  'problem.stage-overlap': 'Mae dau gam yn gorgyffwrdd: {first}, {second}.',
  'problem.stage-coverage': 'Dylai’r camau gynnwys pob sgôr o {min} i {max}.',
  'problem.no-stage': 'Nid yw’r sgôr {score} mewn unrhyw gam.',
};
