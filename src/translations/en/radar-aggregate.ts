import type { Message } from '../types.js';

/** The radar's aggregate mode (median and middle half of many readings): fetched with its view (aggregate-view.ts). */
export const radarAggregateEn = {
  'radar.table.middleHalf': 'Middle half',
  'radar.table.range': '{low} to {high}',
  'radar.table.tooFew': 'Too few scores to show',
  'radar.aggregate.summary': { zero: 'No readings.', one: 'Median of 1 reading.', other: 'Median of {count} readings.' },
  'radar.aggregate.suppressed': {
    zero: 'Not shown: there are no readings, and at least {min} are needed so that nobody can be identified.',
    one: 'Not shown: there is 1 reading, and at least {min} are needed so that nobody can be identified.',
    other: 'Not shown: there are {count} readings, and at least {min} are needed so that nobody can be identified.',
  },
  'radar.aggregate.scale': '{scale}: median {median}, middle half {q1} to {q3}.',
  'radar.aggregate.scaleSuppressed': '{scale}: too few scores to show.',
  'radar.aggregate.median': 'Median',
  'radar.aggregate.iqr': 'Middle half of scores (interquartile range)',
} as const satisfies Record<string, Message>;
