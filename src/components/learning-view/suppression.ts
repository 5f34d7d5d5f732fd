/*
 * Small numbers (issue 25): which groups may show figures. A group of fewer
 * than `min` people shows none; and since a reader can subtract, neither
 * may the figures that would let them work one out.
 *
 * The view breaks the service down by one dimension at a time (team, area
 * or period) or shows it whole, so the groups a reader can reach are the
 * whole service and each value of each dimension. Within one dimension the
 * whole, less every shown group of it, is the hidden ones together. That
 * remainder must itself be zero or at least `min` people: when it is not,
 * the next smallest groups are hidden too (complementary suppression) until
 * it is. Groups of different dimensions can give a group away too (one
 * inside another; two that hold everyone between them): figures.ts checks
 * those pairs with `alsoHidden`.
 *
 * Pure; counts people, never rows (a person with six readings is one).
 */

// The same minimum as the radar's aggregate mode.
import { DEFAULT_MIN_GROUP_SIZE } from '../strengths-radar/model.js';

/** One person's place in each dimension (`{team: 'north', area: 'grangetown', period: '2026-Q3'}`); a missing value is no group in that dimension. */
export type Membership = Readonly<Record<string, string | undefined>>;

export interface GroupCount {
  dimension: string;
  value: string;
  people: number;
}

export interface Disclosure {
  /** Whether the whole service shows figures (it has `min` people or more). */
  whole: boolean;
  /** For each dimension, the values whose groups show figures. */
  shown: Record<string, Set<string>>;
  /** Every group with its size, for the host's own checks (never displayed for hidden groups). */
  groups: GroupCount[];
}

/** How many people are in each group of each dimension. */
export function groupSizes(people: readonly Membership[], dimensions: readonly string[]): GroupCount[] {
  return dimensions.flatMap((dimension) => {
    const counts = new Map<string, number>();
    for (const person of people) {
      const value = person[dimension];
      if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    return [...counts].map(([value, count]) => ({ dimension, value, people: count }));
  });
}

/**
 * The groups whose figures may be shown. Within a dimension the hidden
 * groups together, and the people in no group of it, must number zero or at
 * least `min`; otherwise the smallest shown groups are hidden until they do.
 * `alsoHidden`: groups hidden for another reason (see figures.ts, where
 * groups of different dimensions are compared).
 */
export function disclosure(people: readonly Membership[], dimensions: readonly string[], min = DEFAULT_MIN_GROUP_SIZE, alsoHidden: Readonly<Record<string, ReadonlySet<string>>> = {}): Disclosure {
  const groups = groupSizes(people, dimensions);
  const whole = people.length >= min;
  const shown: Record<string, Set<string>> = {};
  for (const dimension of dimensions) {
    // Smallest first: these are the ones to hide when the remainder is too small.
    const own = groups.filter((group) => group.dimension === dimension).sort((a, b) => a.people - b.people || a.value.localeCompare(b.value));
    const visible = new Set(whole ? own.filter((group) => group.people >= min && !alsoHidden[dimension]?.has(group.value)).map((group) => group.value) : []);
    const inNoGroup = people.length - own.reduce((sum, group) => sum + group.people, 0);
    const hiddenTotal = (): number => inNoGroup + own.filter((group) => !visible.has(group.value)).reduce((sum, group) => sum + group.people, 0);
    for (const group of own) {
      const remainder = hiddenTotal();
      if (remainder === 0 || remainder >= min) break;
      visible.delete(group.value);
    }
    shown[dimension] = visible;
  }
  return { whole, shown, groups };
}

/** A count may be shown when it is no one, or at least `min` people. */
const safe = (count: number, min: number): boolean => count === 0 || count >= min;

/**
 * One row of counts that add up to a shown total (moved up, stayed, moved
 * down): each is shown only when it is zero or at least `min`. The hidden
 * ones together can be worked out from the total and the rest, so while
 * they number fewer than `min`, or one alone is hidden, the next smallest is
 * hidden with them. Null for each hidden count.
 */
export function suppressCounts(counts: readonly number[], min = DEFAULT_MIN_GROUP_SIZE): (number | null)[] {
  const hidden = new Set(counts.flatMap((count, index) => (safe(count, min) ? [] : [index])));
  const hiddenSum = (): number => [...hidden].reduce((sum, index) => sum + counts[index]!, 0);
  const bySize = counts.map((count, index) => ({ count, index })).sort((a, b) => a.count - b.count || a.index - b.index);
  for (const { count, index } of bySize) {
    if (hidden.size === 0 || (hidden.size > 1 && hiddenSum() >= min)) break;
    if (!hidden.has(index) && count > 0) hidden.add(index);
  }
  return counts.map((count, index) => (hidden.has(index) ? null : count));
}

/**
 * The groups of one breakdown whose counts may be shown beside the whole's.
 * Only when every count of the whole is shown (otherwise the groups' counts
 * would add up to a hidden one), only groups whose every count is safe, and
 * only while what is left — the whole less those groups, column by column —
 * is safe too: otherwise the smallest of them loses its counts, until it is.
 * (Groups without counts still show their medians; a median cannot be
 * subtracted.)
 */
export function groupsWithCounts(whole: readonly number[], groups: readonly { value: string; counts: readonly number[] }[], min = DEFAULT_MIN_GROUP_SIZE): Set<string> {
  if (!whole.every((count) => safe(count, min))) return new Set();
  const size = (counts: readonly number[]): number => counts.reduce((sum, count) => sum + count, 0);
  // Largest first, so the smallest is the one let go.
  const kept = groups.filter((group) => group.counts.every((count) => safe(count, min))).sort((a, b) => size(b.counts) - size(a.counts) || a.value.localeCompare(b.value));
  const leftOver = (): number[] => whole.map((count, column) => count - kept.reduce((sum, group) => sum + (group.counts[column] ?? 0), 0));
  while (kept.length > 0 && !leftOver().every((count) => safe(count, min))) kept.pop();
  return new Set(kept.map((group) => group.value));
}
