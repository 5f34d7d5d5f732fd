import type { CatalogueOf } from '../types.js';
import type { stageBadgeEn } from '../en/stage-badge.js';

export const stageBadgeCy: CatalogueOf<typeof stageBadgeEn> = {
  'stageBadge.label': '{stage} (cam {position} o {total})',
  'stageBadge.score': 'Sgôr {score} allan o {max}',
  'stageBadge.scoreAndStage': 'Sgôr {score} allan o {max}: {stage}, cam {position} o {total}',
  'stageBadge.notScored': 'Heb sgorio eto',
};
