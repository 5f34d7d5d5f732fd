import type { Message } from '../types.js';

/** The relationship check's earlier checks (the worker's view): in the chunk fetched when there are some to show. */
export const relationshipCheckTrendsEn = {
  'check.trend.heading': 'Earlier checks',
  'check.trend.count': { zero: 'No earlier checks.', one: '1 earlier check.', other: '{count} earlier checks.' },
  'check.trend.item': '{item}: {first} at first, {latest} last time.',
  'check.trend.table': 'Show as a table',
  'check.trend.date': 'Date',
} as const satisfies Record<string, Message>;
