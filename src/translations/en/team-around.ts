import type { Message } from '../types.js';

/** The team around a person or family. */
export const teamAroundEn = {
  'problem.lead-not-professional': '{path}: only a professional can be the lead professional.',
  'problem.two-leads': '{path} names more than one lead professional.',
} as const satisfies Record<string, Message>;
