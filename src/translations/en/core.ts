import type { Message } from '../types.js';

/** Strings every component shares: the error state, problems, validation, dates. */
export const coreEn = {
  'meta.languageName': 'English',

  'list.and': '{first} and {last}',

  'error.title': 'There is a problem',
  'error.intro': 'This part of the page could not be shown because of a problem with the information it was given.',
  'error.count': { one: '1 problem was found.', other: '{count} problems were found.' },
  'error.where': 'Where: {path}',

  'problem.invalid-json': 'The JSON data in {path} could not be read.',
  'problem.not-array': '{path} should be a list.',
  'problem.not-object': '{path} should be an object with named values.',
  'problem.missing': '{path} is missing.',
  'problem.not-number': '{path} should be a number.',
  'problem.not-integer': '{path} should be a whole number.',
  'problem.out-of-range': '{path} should be between {min} and {max}.',
  'problem.not-text': '{path} should be text, or text in English and Welsh.',
  'problem.too-few': { one: '{path} should have at least 1 item.', other: '{path} should have at least {min} items.' },
  'problem.too-many': { one: '{path} should have no more than 1 item.', other: '{path} should have no more than {max} items.' },
  'problem.duplicate-id': '{path} uses the id “{id}” more than once.',
  'problem.invalid-date': '{path} should be a real date written like 2026-03-01.',
  'problem.not-one-of': '{path} should be one of: {options}.',
  'problem.not-id': '{path} should be an id: text with no spaces.',
  'problem.reserved-id': '{path} cannot be “{id}”: that name is reserved.',
  'problem.not-json': '{path} holds a value that cannot be kept as JSON.',
  'problem.unsupported-schema': '{path} should be “{schema}”, version {version} or earlier.',
  'problem.render-failed': 'Something went wrong while showing this part of the page.',
  'problem.unknown': 'There is a problem with {path}.',

  'validation.valueMissing': 'Answer this question.',

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
  'date.long': '{day} {month} {year}',
} as const satisfies Record<string, Message>;
