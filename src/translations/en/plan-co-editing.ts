import type { Message } from '../types.js';

/** The plan editor's co-editing notes (who else is changing a statement, changes that crossed): fetched with co-editing (collab.ts), only when a `doc` is given. */
export const planCoEditingEn = {
  'plan.othersEditing': {
    zero: 'Nobody else is changing this now.',
    one: '{names} is changing this now.',
    other: '{names} are changing this now.',
  },
  'plan.conflict': '{name} changed this while you were changing it. Their change was kept: check it is right.',
  'plan.conflictOk': 'OK',
} as const satisfies Record<string, Message>;
