import { kithRelationshipCheck } from '../../src/components/relationship-check/default-instrument.js';
import type { CheckRecord } from '../../src/components/relationship-check/model.js';
import { momentFromFixedClock } from './clock.js';

/**
 * A year of monthly checks with Kith's own four items, the latest a month
 * before the fixed clock: `value(month)` gives every item's value that month
 * (0 is the oldest).
 */
export function yearOfChecks(value: (month: number, item: number) => number): CheckRecord[] {
  return Array.from({ length: 12 }, (_, month) => ({
    instrumentId: kithRelationshipCheck.id,
    instrumentVersion: kithRelationshipCheck.version,
    values: Object.fromEntries(kithRelationshipCheck.items.map((item, index) => [item.id, value(month, index)])),
    comment: '',
    time: momentFromFixedClock(-30 * (12 - month)),
    completedBy: 'person' as const,
  }));
}

/** A year that went well and dipped at the last visit (the worker is prompted to talk). */
export const yearWithADip = (): CheckRecord[] => yearOfChecks((month, item) => (month === 11 ? [6, 5.5, 6, 6.5][item]! : Math.round(Math.min(10, 6.5 + month * 0.2 + item * 0.3) * 10) / 10));

/** A steady year: no prompt. */
export const steadyYear = (): CheckRecord[] => yearOfChecks((month, item) => Math.round((7.5 + Math.sin(month + item) * 0.6) * 10) / 10);
