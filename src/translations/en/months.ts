import type { Message } from '../types.js';

/**
 * Month names, for languages whose dates the browser cannot write (Debian's
 * Chromium has no Welsh date data): such a language's catalogue carries them
 * (Welsh does, in cy/core.ts). English dates always come from Intl, so these
 * are never bundled: they name the keys, for the types and for translators.
 */
export const monthsEn = {
  'date.month.1': 'January',
  'date.month.2': 'February',
  'date.month.3': 'March',
  'date.month.4': 'April',
  'date.month.5': 'May',
  'date.month.6': 'June',
  'date.month.7': 'July',
  'date.month.8': 'August',
  'date.month.9': 'September',
  'date.month.10': 'October',
  'date.month.11': 'November',
  'date.month.12': 'December',
} as const satisfies Record<string, Message>;
