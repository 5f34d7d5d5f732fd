import type { Message } from '../types.js';

/** Missing answers in a sharing agreement: fetched with their view (missing-answers.ts) when the person saves with answers missing. */
export const sharingMissingEn = {
  'sharing.errorTitle': 'There is a problem',
  'sharing.errorPrefix': 'Error:',
  'sharing.missing.role': 'Select who is agreeing',
  'sharing.missing.roleNotice': 'Select who has been told',
  'sharing.missing.name': 'Enter their name',
  'sharing.missing.method': 'Select how they are agreeing',
  'sharing.missing.methodNotice': 'Select how they were told',
  'sharing.missing.witness': 'Enter the name of the witness',
} as const satisfies Record<string, Message>;
