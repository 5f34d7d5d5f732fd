import type { Message } from '../types.js';

/** The placeholder shown in place of an embed until its cookies are accepted. */
export const consentGateEn = {
  'consentGate.message': 'This content would set cookies for {name}, so it is hidden until you accept them.',
  'consentGate.accept': 'Accept cookies for {name} to see this',
  'consentGate.settings': 'Change your cookie settings',
} as const satisfies Record<string, Message>;
