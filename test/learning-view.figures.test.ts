// The learning view's figures (issue 25): worked out from many people, with
// small numbers suppressed — and the differencing attack: no pair of groups
// a reader can choose (one within the other, or two that hold everyone
// between them), nor any breakdown, lets them subtract their way to a
// group or a count of fewer than the minimum.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { figuresInParts, groupKey, type Figures, type GroupFigures } from '../src/components/learning-view/figures.js';
import type { LearningPerson } from '../src/components/learning-view/model.js';
import { doneAtOnce } from '../src/core/in-tasks.js';
import { whatHelpedFrame } from '../stories/data/stories.js';

const MIN = 5;
const dimensions = [
  { id: 'team', label: 'Team' },
  { id: 'area', label: 'Area' },
];

interface Someone {
  team?: string;
  area: string;
  first: number;
  last: number;
}

const personOf = (someone: Someone, index: number): LearningPerson => ({
  id: `p${index}`,
  groups: { team: someone.team, area: someone.area },
  readings: [
    { id: 'a', date: '2026-01-01', perspective: 'person', scores: { s: someone.first } },
    { id: 'b', date: '2026-06-01', perspective: 'person', scores: { s: someone.last } },
  ],
});

const figuresOf = (people: readonly Someone[]): Figures => doneAtOnce(figuresInParts(people.map(personOf), { scaleIds: ['s'], dimensions, frame: null, min: MIN }));

const direction = (someone: Someone): number => (someone.last > someone.first ? 0 : someone.last === someone.first ? 1 : 2);
const countsOf = (people: readonly Someone[]): number[] => [0, 1, 2].map((cell) => people.filter((someone) => direction(someone) === cell).length);
const safe = (value: number): boolean => value === 0 || value >= MIN;
const membersOf = (people: readonly Someone[], group: GroupFigures): Someone[] => (group.dimension === null ? [...people] : people.filter((someone) => someone[group.dimension as 'team' | 'area'] === group.value));

/** What a reader can work out from two groups they can choose, as the people it is: null when the pair gives nothing away. */
function derivedPeople(all: readonly Someone[], a: Someone[], b: Someone[]): Someone[] | null {
  const inB = new Set(b);
  const both = a.filter((someone) => inB.has(someone));
  if (both.length === b.length && a.length > b.length) return a.filter((someone) => !inB.has(someone));
  if (both.length === a.length && b.length > a.length) return b.filter((someone) => !a.includes(someone));
  if (a.length + b.length - both.length === all.length) return both;
  return null;
}

const someone = fc.record({
  team: fc.option(fc.constantFrom('North', 'South', 'East'), { nil: undefined }),
  area: fc.constantFrom('Ely', 'Splott', 'Canton', 'Grangetown'),
  first: fc.integer({ min: 1, max: 4 }),
  last: fc.integer({ min: 1, max: 4 }),
  settled: fc.double({ min: 0, max: 1, noNaN: true }),
});
/** Where each team mostly works. */
const AREA_OF: Record<string, string> = { North: 'Ely', South: 'Splott', East: 'Ely' };
/**
 * Services whose teams work mostly (or only) in one area, as real ones do:
 * a team inside an area, and a team and an area that hold everyone between
 * them, are then common — the pairs a reader can subtract.
 */
const service = fc
  .record({ tied: fc.constantFrom(0, 0.85, 1), people: fc.array(someone, { minLength: 20, maxLength: 120 }) })
  .map(({ tied, people }) => people.map(({ settled, ...person }): Someone => (person.team && settled < tied ? { ...person, area: AREA_OF[person.team]! } : person)));

describe('learning view: figures and the differencing attack', () => {
  it('distance travelled per group: median change, middle half and how many moved each way, groups by name', () => {
    const people: Someone[] = [
      ...Array.from({ length: 6 }, () => ({ team: 'South', area: 'Ely', first: 2, last: 4 })),
      ...Array.from({ length: 5 }, () => ({ team: 'North', area: 'Ely', first: 3, last: 3 })),
      ...Array.from({ length: 6 }, () => ({ team: 'North', area: 'Splott', first: 4, last: 2 })),
    ];
    const figures = figuresOf(people);
    expect(figures.groups.map((group) => group.key)).to.deep.equal(['', groupKey('team', 'North'), groupKey('team', 'South'), groupKey('area', 'Ely'), groupKey('area', 'Splott')]);
    const whole = figures.groups[0]!;
    expect(whole.people).to.equal(17);
    expect(whole.distance[0]).to.deep.equal({ id: 's', people: 17, median: 0, q1: -2, q3: 2, counts: [6, 5, 6] });
    const north = figures.groups[1]!;
    expect(north.distance[0]!.median, 'a median of 11 people').to.equal(-2);
  });

  it('a team inside an area: the area less the team would be 2 people, so the team is not shown', () => {
    const people: Someone[] = [
      ...Array.from({ length: 8 }, () => ({ team: 'North', area: 'Ely', first: 2, last: 3 })),
      ...Array.from({ length: 2 }, () => ({ team: 'South', area: 'Ely', first: 2, last: 1 })),
      ...Array.from({ length: 10 }, () => ({ team: 'South', area: 'Splott', first: 2, last: 3 })),
    ];
    const figures = figuresOf(people);
    const shown = figures.groups.filter((group) => group.shown).map((group) => group.value ?? 'whole');
    // North (8) sits inside Ely (10): Ely − North is the 2 South people in Ely. One of the pair goes.
    expect(shown.includes('North') && shown.includes('Ely'), 'North and Ely both shown').to.equal(false);
    expect(shown).to.include('whole');
  });

  it('for any population: every figure shown is none or at least the minimum, and no pair of groups or breakdown can be subtracted to a smaller one', () => {
    fc.assert(
      fc.property(service, (people) => {
        const figures = figuresOf(people);
        const shownGroups = figures.groups.filter((group) => group.shown);
        const withCounts = shownGroups.filter((group) => group.distance[0]!.counts !== null);
        for (const group of shownGroups) {
          expect(group.people, `${group.key} people`).to.be.at.least(MIN);
          for (const count of group.distance[0]!.counts ?? []) expect(count === null || safe(count), `${group.key} counts`).to.equal(true);
        }
        // Pairs of groups of different dimensions: a group within another, or two that hold everyone between them.
        for (const a of shownGroups) {
          for (const b of shownGroups) {
            if (a.dimension === null || b.dimension === null || a.dimension >= b.dimension) continue;
            const derived = derivedPeople(people, membersOf(people, a), membersOf(people, b));
            if (!derived) continue;
            expect(safe(derived.length), `${a.value} and ${b.value} give away ${derived.length} people`).to.equal(true);
            if (withCounts.includes(a) && withCounts.includes(b)) {
              expect(countsOf(derived).every(safe), `${a.value} and ${b.value} give away counts ${countsOf(derived)}`).to.equal(true);
            }
          }
        }
        // Within a dimension: the whole less any set of groups with counts.
        const wholeCounts = figures.groups[0]!.distance[0]!.counts;
        if (wholeCounts && wholeCounts.every((count) => count !== null)) {
          for (const dimension of ['team', 'area']) {
            const own = withCounts.filter((group) => group.dimension === dimension);
            for (let subset = 1; subset < 1 << own.length; subset += 1) {
              const chosen = own.filter((_, index) => subset & (1 << index));
              const rest = people.filter((each) => !chosen.some((group) => membersOf(people, group).includes(each)));
              expect(countsOf(rest).every(safe), `the whole less ${chosen.map((group) => group.value)}`).to.equal(true);
            }
          }
        }
        return true;
      }),
      { numRuns: 200 },
    );
  });

  it('stories: only those agreed for the service’s learning are counted, without names, and a region under the minimum shows no count', () => {
    const frame = whatHelpedFrame();
    const story = (id: string, uses: ('worker' | 'service-learning')[], shares: [number, number, number], withdrawnAt?: string) => ({
      id,
      frameId: frame.id,
      frameVersion: frame.version,
      title: `Title ${id}`,
      text: `Text ${id}`,
      voice: { role: 'person' as const, name: `Name ${id}` },
      place: `Place ${id}`,
      dyads: { agency: 90 },
      triads: { difference: shares },
      tags: [],
      consent: { uses, textHash: 'sha256-x', at: '2026-09-01T10:00:00.000Z', language: 'en', ...(withdrawnAt ? { withdrawnAt } : {}) },
    });
    const people: LearningPerson[] = Array.from({ length: 12 }, (_, i) => ({
      id: `p${i}`,
      stories: [
        // Six near “my own effort”, two near “a service”: two regions.
        story(`s${i}`, ['service-learning'], i < 6 ? [90, 5, 5] : i < 8 ? [5, 5, 90] : [5, 90, 5], undefined),
        story(`w${i}`, ['worker'], [90, 5, 5]),
        story(`x${i}`, ['service-learning'], [90, 5, 5], '2026-10-01T10:00:00.000Z'),
      ],
    }));
    const figures = doneAtOnce(figuresInParts(people, { scaleIds: [], dimensions: [], frame, min: MIN }));
    const triad = figures.groups[0]!.triads[0]!;
    expect(triad.total, 'the 12 stories agreed for learning; none for the worker only, none withdrawn').to.equal(12);
    const shownCells = (triad.cells ?? []).filter((count): count is number => count !== null && count > 0);
    expect(shownCells, 'the 6 near one corner; the 2 and the 4 elsewhere are hidden, and so together').to.deep.equal([6]);
    const behind = [...figures.storiesBehind.values()].flat();
    expect(behind).to.have.length(6);
    expect(JSON.stringify(behind)).not.to.match(/Name |Place /);
  });
});
