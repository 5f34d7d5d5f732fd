// Small numbers in the learning view (issue 25): no figure for a group of
// fewer than the minimum, and no subtraction a reader can do with the figures
// shown — across every breakdown, whatever the population (fast-check).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { disclosure, groupsWithCounts, suppressCounts, type Membership } from '../src/components/learning-view/suppression.js';

const MIN = 5;
const DIMENSIONS = ['team', 'area', 'period'];
const person = fc.record({
  team: fc.option(fc.constantFrom('north', 'south', 'east', 'west'), { nil: undefined }),
  area: fc.constantFrom('grangetown', 'splott', 'ely', 'llanrumney', 'canton'),
  period: fc.constantFrom('2026-Q1', '2026-Q2', '2026-Q3'),
});
const population = fc.array(person, { minLength: 0, maxLength: 80 });

const peopleIn = (people: readonly Membership[], dimension: string, value: string): number => people.filter((each) => each[dimension] === value).length;

describe('learning view: small numbers are suppressed, and cannot be worked out', () => {
  it('the classic attack: the whole less every shown team would be a team of 3, so a second team is hidden too', () => {
    const people: Membership[] = [...Array(12).fill({ team: 'north' }), ...Array(9).fill({ team: 'south' }), ...Array(3).fill({ team: 'east' })];
    const { whole, shown } = disclosure(people, ['team'], MIN);
    expect(whole).to.equal(true);
    expect([...shown['team']!]).to.deep.equal(['north']);
    // What a reader can subtract: 24 − 12 = 12 people in the hidden teams together.
  });

  it('for any population: every group shown has at least the minimum, and in every breakdown the hidden remainder is none or at least the minimum', () => {
    fc.assert(
      fc.property(population, (people) => {
        const { whole, shown } = disclosure(people, DIMENSIONS, MIN);
        if (!whole) return DIMENSIONS.every((dimension) => shown[dimension]!.size === 0);
        return DIMENSIONS.every((dimension) => {
          const sizes = [...shown[dimension]!].map((value) => peopleIn(people, dimension, value));
          const remainder = people.length - sizes.reduce((sum, size) => sum + size, 0);
          return sizes.every((size) => size >= MIN) && (remainder === 0 || remainder >= MIN);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('overlapping groups give a reader nothing to subtract: only the whole and single groups are ever reachable', () => {
    // Team north in Splott is 2 people; north and Splott are each big enough to show.
    const people: Membership[] = [
      ...Array(2).fill({ team: 'north', area: 'splott' }),
      ...Array(8).fill({ team: 'north', area: 'ely' }),
      ...Array(8).fill({ team: 'south', area: 'splott' }),
      ...Array(8).fill({ team: 'south', area: 'ely' }),
    ];
    const { shown, groups } = disclosure(people, ['team', 'area'], MIN);
    expect([...shown['team']!].sort()).to.deep.equal(['north', 'south']);
    expect([...shown['area']!].sort()).to.deep.equal(['ely', 'splott']);
    expect(groups.map((group) => `${group.dimension}=${group.value}`).sort(), 'no intersection is a group').to.deep.equal(['area=ely', 'area=splott', 'team=north', 'team=south']);
  });

  it('counts that add up to a total: a small one is hidden with the next smallest, so neither can be worked out', () => {
    expect(suppressCounts([12, 3, 9], MIN)).to.deep.equal([12, null, null]);
    expect(suppressCounts([12, 0, 9], MIN), 'none is not a small number').to.deep.equal([12, 0, 9]);
    expect(suppressCounts([2, 3, 9], MIN)).to.deep.equal([null, null, 9]);
    expect(suppressCounts([1, 1, 10], MIN), 'two hidden that make 2: the third goes too').to.deep.equal([null, null, null]);
    fc.assert(
      fc.property(fc.array(fc.nat(30), { minLength: 3, maxLength: 3 }), (counts) => {
        const shown = suppressCounts(counts, MIN);
        const hidden = shown.flatMap((count, index) => (count === null ? [counts[index]!] : []));
        const total = counts.reduce((sum, count) => sum + count, 0);
        const hiddenSum = hidden.reduce((sum, count) => sum + count, 0);
        // What a reader can work out is the hidden ones together (total less the rest): never one alone, never a small number,
        // unless the total itself is too small to show (the group is hidden whole).
        return shown.every((count) => count === null || count === 0 || count >= MIN) && (total < MIN || hidden.length === 0 || (hidden.length > 1 && hiddenSum >= MIN));
      }),
    );
  });

  it('breakdown counts: the whole less the groups with counts, column by column, is never a small number', () => {
    const row = fc.array(fc.nat(20), { minLength: 3, maxLength: 3 });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 6 }), (rows) => {
        const groups = rows.map((counts, i) => ({ value: `g${i}`, counts }));
        const whole = [0, 1, 2].map((column) => rows.reduce((sum, counts) => sum + counts[column]!, 0));
        const kept = groupsWithCounts(whole, groups, MIN);
        const left = whole.map((count, column) => count - groups.filter((group) => kept.has(group.value)).reduce((sum, group) => sum + group.counts[column]!, 0));
        const safe = (count: number): boolean => count === 0 || count >= MIN;
        // A whole with a small count shows no group's counts (they would add up to it); otherwise what is left is never small.
        if (!whole.every(safe)) return kept.size === 0;
        return left.every(safe) && groups.every((group) => !kept.has(group.value) || group.counts.every(safe));
      }),
      { numRuns: 300 },
    );
    // Up 20, stayed 10, down 9 in all; team A shows 12/6/5; the rest (8/4/4) would reveal 4 who stayed: A's counts go.
    expect([...groupsWithCounts([20, 10, 9], [{ value: 'a', counts: [12, 6, 5] }], MIN)]).to.deep.equal([]);
    expect([...groupsWithCounts([20, 12, 10], [{ value: 'a', counts: [12, 6, 5] }, { value: 'b', counts: [8, 6, 5] }], MIN)].sort()).to.deep.equal(['a', 'b']);
  });
});
