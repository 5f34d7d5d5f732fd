import type { Message } from '../types.js';

/** A person's story, signified by them (issue 25). */
export const storyEn = {
  'story.triad.hint': 'Tap the triangle, or set each part: the three always add up to 100%.',
  'story.triad.mostly': 'mostly {corner} ({share}%)',
  'story.triad.some': 'some {corner} ({share}%)',
  'story.triad.a-little': 'a little {corner} ({share}%)',
  'story.triad.none': 'not {corner} at all ({share}%)',
  'story.triad.notApply': 'Doesn’t apply',
  'story.triad.notApplied': 'You said this doesn’t apply.',
  'problem.triad-not-shares': '{path} must be three whole percentages that add up to 100.',
} as const satisfies Record<string, Message>;
