import type { Message } from '../types.js';

/**
 * What each problem with an element's input says, in English: fetched the
 * first time a problem is worded (see `problemWording` in core/localize.ts),
 * so pages whose data is fine never download it. Other languages carry
 * theirs in their core catalogue, which is fetched anyway.
 */
export const problemsEn = {
  'problem.invalid-json': 'The JSON data in {path} could not be read.',
  'problem.not-array': '{path} should be a list.',
  'problem.not-object': '{path} should be an object with named values.',
  'problem.missing': '{path} is missing.',
  'problem.not-number': '{path} should be a number.',
  'problem.not-integer': '{path} should be a whole number.',
  'problem.out-of-range': '{path} should be between {min} and {max}.',
  'problem.not-text': '{path} should be text, or text in English and Welsh.',
  'problem.too-few': {
    zero: '{path} should have at least {min} items.',
    one: '{path} should have at least 1 item.',
    other: '{path} should have at least {min} items.',
  },
  'problem.too-many': {
    zero: '{path} should have no items.',
    one: '{path} should have no more than 1 item.',
    other: '{path} should have no more than {max} items.',
  },
  'problem.duplicate-id': '{path} uses the id “{id}” more than once.',
  'problem.invalid-date': '{path} should be a real date written like 2026-03-01.',
  'problem.not-one-of': '{path} should be one of: {options}.',
  'problem.not-id': '{path} should be an id: text with no spaces.',
  'problem.reserved-id': '{path} cannot be “{id}”: that name is reserved.',
  'problem.not-json': '{path} holds a value that cannot be kept as JSON.',
  'problem.unsupported-schema': '{path} should be “{schema}”, version {version} or earlier.',
  'problem.render-failed': 'Something went wrong while showing this part of the page.',
} as const satisfies Record<string, Message>;
