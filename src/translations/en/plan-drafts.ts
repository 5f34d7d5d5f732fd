import type { Message } from '../types.js';

/** The plan editor's notes about kept drafts: fetched with the drafts module (drafts.ts), only when `storage` is given. */
export const planDraftsEn = {
  'plan.draftRestored': 'We brought back changes that had not been saved yet.',
  'plan.draftDiscard': 'Throw these changes away',
  'plan.draftSetAside': 'Unsaved changes on this device could not be read by this version. They are kept, untouched, as “{key}”.',
  'plan.draftDiscarded': 'The unsaved changes were thrown away.',
} as const satisfies Record<string, Message>;
