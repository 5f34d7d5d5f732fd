/**
 * The map's comparison with a snapshot and its measures table: fetched with
 * them (comparison.ts), the first time a map shows either.
 */
export const relationshipMapComparisonEn = {
  'map.compare.intro': 'Compared with {date}:',
  'map.compare.none': 'Nothing has changed since {date}.',
  'map.compare.joined': { zero: 'Nobody joined.', one: '1 person joined: {names}.', other: '{count} people joined: {names}.' },
  'map.compare.left': { zero: 'Nobody left.', one: '1 person left: {names}.', other: '{count} people left: {names}.' },
  'map.compare.closer': {
    zero: 'Nobody moved closer.',
    one: '1 person moved closer: {names}.',
    other: '{count} people moved closer: {names}.',
  },
  'map.compare.further': {
    zero: 'Nobody moved further away.',
    one: '1 person moved further away: {names}.',
    other: '{count} people moved further away: {names}.',
  },
  'map.compare.changed': {
    zero: 'No relationships changed.',
    one: '1 relationship changed: {names}.',
    other: '{count} relationships changed: {names}.',
  },
  'map.measures.caption': 'Measures of the network over time',
  'map.measures.measure': 'Measure',
  'map.measures.now': 'Now',
  'map.measures.size': 'People in the network',
  'map.measures.paid': 'Paid to be there',
  'map.measures.unpaid': 'Not paid',
  'map.measures.type': '{type} relationships',
};
