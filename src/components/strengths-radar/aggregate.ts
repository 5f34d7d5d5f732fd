import { DEFAULT_MIN_GROUP_SIZE, scoreOf, type Reading, type Scale } from './model.js';

/*
 * Many people's readings summarised (the radar's aggregate mode, the FHIR
 * MeasureReport): pure, and apart from model.ts so a page that shows one
 * person's radar does not carry it.
 */

/** The p-quantile of sorted values, interpolating linearly between ranks (as R-7, d3 and Excel do). */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = (sorted.length - 1) * p;
  const below = Math.floor(rank);
  const low = sorted[below]!;
  const high = sorted[Math.min(below + 1, sorted.length - 1)]!;
  return low + (high - low) * (rank - below);
}

export interface ScaleAggregate {
  scaleId: string;
  n: number;
  median: number | null;
  q1: number | null;
  q3: number | null;
}

export interface Aggregate {
  count: number;
  /** True when there are too few readings to show without risk of identifying someone. */
  suppressed: boolean;
  scales: ScaleAggregate[];
}

/**
 * Median and interquartile range per scale across many readings. Groups
 * smaller than `minGroupSize` are suppressed (whole, or per scale), because
 * small numbers can identify people.
 */
export function aggregate(readings: readonly Reading[], scales: readonly Scale[], minGroupSize = DEFAULT_MIN_GROUP_SIZE): Aggregate {
  const suppressed = readings.length < minGroupSize;
  return {
    count: readings.length,
    suppressed,
    scales: scales.map(({ id }) => {
      const values = readings.map((r) => scoreOf(r, id)).filter((v): v is number => v !== null).sort((a, b) => a - b);
      const hidden = suppressed || values.length < minGroupSize;
      return {
        scaleId: id,
        n: values.length,
        median: hidden ? null : quantileSorted(values, 0.5),
        q1: hidden ? null : quantileSorted(values, 0.25),
        q3: hidden ? null : quantileSorted(values, 0.75),
      };
    }),
  };
}
