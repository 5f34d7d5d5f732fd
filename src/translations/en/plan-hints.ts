import type { Message } from '../types.js';

/** The plan editor's plain-language hints: fetched with the check (hints-view.ts) the first time someone pauses typing. */
export const planHintsEn = {
  'plan.hints.readingAge': 'Reading age about {age}. Shorter sentences and words make it easier to follow.',
  'plan.hints.readingAgeOk': 'Reading age about {age}: easy to follow.',
  'plan.hints.plainer': 'You could say “{instead}” instead of “{found}”.',
} as const satisfies Record<string, Message>;
