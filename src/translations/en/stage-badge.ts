import type { Message } from '../types.js';

export const stageBadgeEn = {
  'stageBadge.label': '{stage} (stage {position} of {total})',
  'stageBadge.score': 'Score {score} out of {max}',
  'stageBadge.scoreAndStage': 'Score {score} out of {max}: {stage}, stage {position} of {total}',
  'stageBadge.notScored': 'Not scored yet',
} as const satisfies Record<string, Message>;
