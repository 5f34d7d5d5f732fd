import type { Reading } from '../../src/components/strengths-radar/model.js';
import { familyLifeInstrument, wellbeingInstrument } from '../../src/components/strengths-radar/instruments.js';

const wellbeingIds = wellbeingInstrument.scales.map((s) => s.id);

const scoresOf = (ids: readonly string[], values: readonly (number | null)[]): Record<string, number | null> =>
  Object.fromEntries(ids.map((id, i) => [id, values[i] ?? null]));

/** One reading: the person and their worker scored it together. */
export const oneReading: Reading[] = [
  { id: 'r1', date: '2026-03-03', perspective: 'person', completedBy: 'together', scores: scoresOf(wellbeingIds, [8, 5, 6, 3, 7, 4, 6, 2, 5, 6]), notes: { money: 'Rent arrears since January; payment plan agreed.' } },
];

/** Six readings of one person over a year. */
export const sixMonths: Reading[] = [
  [2, 3, 4, 2, 3, 2, 4, 1, 2, 3],
  [3, 3, 5, 2, 4, 3, 5, 2, 3, 4],
  [4, 4, 5, 3, 5, 3, 6, 2, 4, 5],
  [5, 4, 6, 3, 6, 4, 6, 3, 4, 5],
  [6, 5, 6, 4, 7, 4, 7, 3, 5, 6],
  [7, 6, 7, 5, 7, 5, 8, 4, 6, 7],
].map((values, i) => ({
  id: `h${i + 1}`,
  date: `2026-0${i + 1}-15`,
  perspective: 'person',
  completedBy: 'together',
  scores: scoresOf(wellbeingIds, values),
}));

/** One date, three people's views: nobody's reading overwrites another's. */
export const threeViews: Reading[] = [
  { id: 'p-person', date: '2026-04-10', perspective: 'person', completedBy: 'person', scores: scoresOf(wellbeingIds, [7, 6, 6, 3, 8, 5, 7, 4, 6, 7]) },
  { id: 'p-worker', date: '2026-04-10', perspective: 'worker', completedBy: 'worker', scores: scoresOf(wellbeingIds, [6, 4, 6, 5, 6, 5, 5, 4, 4, 6]) },
  { id: 'p-parent', date: '2026-04-10', perspective: 'parent', completedBy: 'person', scores: scoresOf(wellbeingIds, [7, 5, 7, 3, 7, 4, 6, 3, 5, 6]) },
];

/** A reproducible pseudo-random sequence (mulberry32), so stories and tests see the same data. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` readings across a service, for aggregate views. */
export function serviceReadings(count: number, seed = 7): Reading[] {
  const random = seeded(seed);
  return Array.from({ length: count }, (_, i) => ({
    id: `a${i + 1}`,
    date: `2026-05-${String((i % 28) + 1).padStart(2, '0')}`,
    perspective: 'person',
    scores: scoresOf(wellbeingIds, wellbeingIds.map((_, s) => Math.max(1, Math.min(10, Math.round(3 + s * 0.3 + random() * 5))))),
  }));
}

export const familyReadings: Reading[] = [
  { id: 'f1', date: '2026-02-01', perspective: 'parent', completedBy: 'together', scores: scoresOf(familyLifeInstrument.scales.map((s) => s.id), [2, 3, 3, 2, 4, 2]) },
  { id: 'f2', date: '2026-05-01', perspective: 'parent', completedBy: 'together', scores: scoresOf(familyLifeInstrument.scales.map((s) => s.id), [3, 4, 3, 3, 4, 4]) },
];
