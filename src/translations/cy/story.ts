import type { CatalogueOf } from '../types.js';
import type { storyEn } from '../en/story.js';

export const storyCy: CatalogueOf<typeof storyEn> = {
  'story.triad.hint': 'Tapiwch y triongl, neu gosodwch bob rhan: mae’r tair rhan bob amser yn dod i 100%.',
  'story.triad.mostly': '{corner}: yn bennaf ({share}%)',
  'story.triad.some': '{corner}: rhywfaint ({share}%)',
  'story.triad.a-little': '{corner}: ychydig ({share}%)',
  'story.triad.none': '{corner}: dim o gwbl ({share}%)',
  'story.triad.notApply': 'Ddim yn berthnasol',
  'story.triad.notApplied': 'Dywedoch chi nad yw hwn yn berthnasol.',
  'problem.triad-not-shares': '{path}: rhaid iddo fod yn dair canran gyfan sy’n adio i 100.',
};
