import type { CatalogueOf } from '../types.js';
import type { storyEn } from '../en/story.js';

export const storyCy: CatalogueOf<typeof storyEn> = {
  'problem.triad-not-shares': '{path}: rhaid iddo fod yn dair canran gyfan sy’n adio i 100.',
};
