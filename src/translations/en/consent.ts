import type { Message } from '../types.js';

/** Problems only consent components can have: shared by the cookie banner, preferences, gate and sharing agreement. */
export const consentEn = {
  'problem.reserved-category': '{path} cannot be “{id}”: essential cookies are always on and are not a choice.',
  'problem.unknown-category': '{path} names a cookie category, “{id}”, that has not been declared.',
  'problem.date-passed': '{path} is a date that has already passed.',
  'problem.storage-failed': '{path} could not keep the choice: the browser or the storage refused it. It applies until the page is left.',
  'problem.unsafe-url': '{path} should be a web address on this site or starting https://, not “{value}”.',
} as const satisfies Record<string, Message>;
