import type { Message } from '../types.js';

/**
 * Strings every component shares: the error state, validation, dates. The
 * problems' own wording is in problems.ts, fetched the first time a problem
 * is worded (a page whose data is fine never downloads it); `problem.unknown`
 * stays here, said when that wording cannot be fetched.
 */
export const coreEn = {
  'meta.languageName': 'English',

  'list.and': '{first} and {last}',
  // Welsh joins with “ac” before a vowel; English says the same either way.
  'list.andBeforeVowel': '{first} and {last}',

  'error.title': 'There is a problem',
  'error.intro': 'This part of the page could not be shown because of a problem with the information it was given.',
  'error.count': { zero: 'No problems were found.', one: '1 problem was found.', other: '{count} problems were found.' },
  'error.where': 'Where: {path}',

  'problem.unknown': 'There is a problem with {path}.',

  'validation.valueMissing': 'Answer this question.',

  'date.long': '{day} {month} {year}',
} as const satisfies Record<string, Message>;
