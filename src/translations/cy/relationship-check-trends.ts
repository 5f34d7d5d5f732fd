import type { CatalogueOf } from '../types.js';
import type { relationshipCheckTrendsEn } from '../en/relationship-check-trends.js';

export const relationshipCheckTrendsCy: CatalogueOf<typeof relationshipCheckTrendsEn> = {
  'check.trend.heading': 'Gwiriadau cynharach',
  'check.trend.count': {
    zero: 'Dim gwiriadau cynharach.',
    one: '1 gwiriad cynharach.',
    two: '2 wiriad cynharach.',
    few: '{count} gwiriad cynharach.',
    many: '{count} gwiriad cynharach.',
    other: '{count} gwiriad cynharach.',
  },
  'check.trend.item': '{item}: {first} ar y dechrau, {latest} y tro diwethaf.',
  'check.trend.table': 'Dangos fel tabl',
  'check.trend.date': 'Dyddiad',
};
