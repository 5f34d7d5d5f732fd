import { storyForUse, type StoryFrame, type StoryRecord } from '../story/model.js';
import { changesOn, directionOf, summariseChanges } from './distance.js';
import type { Dimension, LearningPerson } from './model.js';
import { disclosure, groupsWithCounts, suppressCounts, type Membership } from './suppression.js';
import { REGIONS, regionOf } from './triad-cells.js';
import { groupKey, storyKey, WHOLE } from './keys.js';

/*
 * Everything the learning view shows, worked out once from many people and
 * with small numbers suppressed: the only thing the view, its exports and
 * its events ever read. No figure here is about one person, and no group is
 * ordered by how well it does (groups go by name: accountability for
 * learning, not a league table).
 *
 * Suppression, beyond suppression.ts (one dimension at a time): groups of
 * different dimensions overlap, and two of them give a third group away when
 * one holds the other (area − team = the area's people outside the team) or
 * when together they hold everyone (team + area − whole = both). Such a pair
 * must not leave a derived group, or any of its counts, between 1 and
 * min − 1: the smaller group is hidden (or loses its counts) until none does.
 */

export { groupKey, storyKey, WHOLE } from './keys.js';

/** A change from a person's first to their latest value: a median, the middle half, and how many moved up, stayed or moved down. */
export interface ChangeFigure {
  id: string;
  /** People with a first and a latest value; null when this group's counts are not shown. */
  people: number | null;
  /** Null when fewer than the minimum number of people have both values. */
  median: number | null;
  q1: number | null;
  q3: number | null;
  /** Up, same, down; a null count is suppressed; null for all when the group's counts are not shown. */
  counts: (number | null)[] | null;
}

/** A month of relationship checks: people who did one, and the median of their answers (0–10). */
export interface TrendFigure {
  month: string;
  people: number | null;
  median: number | null;
}

/** Stories counted by region of a triad (9, then “doesn't apply”) or by fifth of a dyad (5, then “doesn't apply”). */
export interface CellFigure {
  id: string;
  total: number | null;
  cells: (number | null)[] | null;
}

export interface GroupFigures {
  key: string;
  dimension: string | null;
  value: string | null;
  /** Whether the group shows any figure (it has enough people, and no other group's figures give it away). */
  shown: boolean;
  people: number | null;
  distance: ChangeFigure[];
  network: ChangeFigure[];
  checks: TrendFigure[];
  triads: CellFigure[];
  dyads: CellFigure[];
}

export interface Figures {
  min: number;
  /** The whole service first, then each dimension's groups by name. */
  groups: GroupFigures[];
  /** The stories in each shown region: `storyKey(group, triad, region)` → each as the service's learning may see it (no name). */
  storiesBehind: Map<string, StoryRecord[]>;
}

export const NETWORK_MEASURES = ['size', 'unpaid', 'paid'] as const;
/** A dyad's fifths: 0–19, 20–39, 40–59, 60–79, 80–100. */
export const DYAD_BINS = 5;
const binOf = (value: number): number => Math.min(DYAD_BINS - 1, Math.floor(value / (100 / DYAD_BINS)));

/** People counted between pauses: a few milliseconds' worth (250 took up to 70 ms cold, measured). */
const PART = 50;

interface Accumulator {
  members: number[];
  /** Per figure key, the values a median is taken of. */
  values: Map<string, number[]>;
  /** Per figure key, counts by cell. */
  counts: Map<string, number[]>;
  stories: Map<string, StoryRecord[]>;
}

const newAccumulator = (): Accumulator => ({ members: [], values: new Map(), counts: new Map(), stories: new Map() });

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function count(map: Map<string, number[]>, key: string, cell: number, cells: number): void {
  // Made the first time: `cells` is known to the caller, so no key is read to find it.
  let list = map.get(key);
  if (!list) map.set(key, (list = new Array<number>(cells).fill(0)));
  list[cell]! += 1;
}

/** How many cells each kind of figure counts in. */
function cellsOf(key: string): number {
  if (key.startsWith('triad:')) return REGIONS.length + 1;
  if (key.startsWith('dyad:')) return DYAD_BINS + 1;
  if (key.startsWith('checks:')) return 1;
  return 3;
}

/** What one person adds to each group they are in. `distanceKeys`: each scale's figure key, made once. */
function contribute(person: LearningPerson, scaleIds: readonly string[], distanceKeys: readonly string[], frame: StoryFrame | null, into: Accumulator[]): void {
  const add = (key: string, value: number | null, cell: number): void => {
    const cells = cellsOf(key);
    for (const group of into) {
      if (value !== null) push(group.values, key, value);
      count(group.counts, key, cell, cells);
    }
  };
  changesOn(person.readings ?? [], scaleIds).forEach((change, scale) => {
    if (change !== null) add(distanceKeys[scale]!, change, directionOf(change));
  });
  const network = [...(person.network ?? [])].sort((a, b) => a.date.localeCompare(b.date));
  if (network.length >= 2) {
    const [first, last] = [network[0]!, network.at(-1)!];
    const changes = { size: last.size - first.size, paid: last.paid - first.paid, unpaid: last.size - last.paid - (first.size - first.paid) };
    for (const measure of NETWORK_MEASURES) add(`network:${measure}`, changes[measure], directionOf(changes[measure]));
  }
  // Each month the person did a check: the mean of everything they answered that month.
  const months = new Map<string, number[]>();
  for (const check of person.checks ?? []) {
    for (const value of Object.values(check.values)) if (typeof value === 'number') push(months, check.time.slice(0, 7), value);
  }
  for (const [month, answers] of months) add(`checks:${month}`, answers.reduce((sum, value) => sum + value, 0) / answers.length, 0);
  for (const story of person.stories ?? []) {
    const told = storyForUse(story, 'service-learning');
    if (!told || !frame) continue;
    for (const triad of frame.triads) {
      const shares = told.triads[triad.id];
      if (shares === undefined) continue;
      const region = shares === null ? REGIONS.length : regionOf(shares);
      add(`triad:${triad.id}`, null, region);
      if (shares === null) continue;
      const where = `${triad.id}|${region}`;
      for (const group of into) {
        const kept = group.stories.get(where);
        if (kept) kept.push(told);
        else group.stories.set(where, [told]);
      }
    }
    for (const dyad of frame.dyads) {
      const value = told.dyads[dyad.id];
      if (value !== undefined) add(`dyad:${dyad.id}`, null, value === null ? DYAD_BINS : binOf(value));
    }
  }
}

const safe = (value: number, min: number): boolean => value === 0 || value >= min;

/** How two groups of different dimensions overlap: how many people they share. */
function overlap(a: Accumulator, b: Accumulator, size: number): number {
  const inA = new Uint8Array(size);
  for (const index of a.members) inA[index] = 1;
  let shared = 0;
  for (const index of b.members) shared += inA[index]!;
  return shared;
}

/** What a pair of groups gives away: the bigger less the smaller when one holds the other; both together less the whole when they hold everyone between them. */
type Derivation = { bigger: number; smaller: number; kind: 'nested' } | { kind: 'covering' };

export interface FigureOptions {
  scaleIds: readonly string[];
  dimensions: readonly Dimension[];
  frame: StoryFrame | null;
  min: number;
}

/** Every group's figures, with small numbers suppressed; worked out a part at a time (see core/in-tasks.ts). */
export function* figuresInParts(people: readonly LearningPerson[], options: FigureOptions): Generator<void, Figures> {
  const { scaleIds, dimensions, frame, min } = options;
  const dimensionIds = dimensions.map((dimension) => dimension.id);
  const whole = newAccumulator();
  const groups = new Map<string, Accumulator>([[WHOLE, whole]]);
  const distanceKeys = scaleIds.map((scaleId) => `distance:${scaleId}`);
  const memberships: Membership[] = [];
  for (let index = 0; index < people.length; index += 1) {
    if (index % PART === PART - 1) yield;
    const person = people[index]!;
    const membership = person.groups ?? {};
    memberships.push(membership);
    const into = [whole];
    for (const dimension of dimensionIds) {
      const value = membership[dimension];
      if (value === undefined) continue;
      const key = groupKey(dimension, value);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = newAccumulator()));
      into.push(group);
    }
    for (const group of into) group.members.push(index);
    contribute(person, scaleIds, distanceKeys, frame, into);
  }
  yield;

  // Which groups show figures: within each dimension (suppression.ts), then pairs across dimensions.
  const ofDimension = (key: string): string => key.slice(0, key.indexOf('\u001f'));
  const valueOf = (key: string): string => key.slice(key.indexOf('\u001f') + 1);
  const alsoHidden: Record<string, Set<string>> = {};
  const overlaps = new Map<string, number>();
  const shared = (a: string, b: string): number => {
    const pair = a < b ? `${a}\u001e${b}` : `${b}\u001e${a}`;
    if (!overlaps.has(pair)) overlaps.set(pair, overlap(groups.get(a)!, groups.get(b)!, people.length));
    return overlaps.get(pair)!;
  };
  const derivation = (a: string, b: string): Derivation | null => {
    const [sizeA, sizeB, both] = [groups.get(a)!.members.length, groups.get(b)!.members.length, shared(a, b)];
    if (both === sizeB && sizeA > sizeB) return { kind: 'nested', bigger: 0, smaller: 1 };
    if (both === sizeA && sizeB > sizeA) return { kind: 'nested', bigger: 1, smaller: 0 };
    if (sizeA + sizeB - both === people.length) return { kind: 'covering' };
    return null;
  };
  /** The counts a pair gives away, cell by cell, from the pair's and the whole's counts. */
  const derived = (derivationOf: Derivation, a: readonly number[], b: readonly number[], all: readonly number[]): number[] =>
    derivationOf.kind === 'nested' ? (derivationOf.bigger === 0 ? a.map((value, i) => value - b[i]!) : b.map((value, i) => value - a[i]!)) : a.map((value, i) => value + b[i]! - all[i]!);
  const smallerOf = (a: string, b: string): string => (groups.get(a)!.members.length <= groups.get(b)!.members.length ? a : b);
  const pairsOf = (keys: readonly string[]): [string, string][] =>
    keys.flatMap((a, i) => keys.slice(i + 1).filter((b) => ofDimension(a) !== ofDimension(b)).map((b): [string, string] => [a, b]));

  let shownKeys: string[] = [];
  for (let changed = true; changed; ) {
    changed = false;
    const disclosed = disclosure(memberships, dimensionIds, min, alsoHidden);
    shownKeys = disclosed.whole ? dimensionIds.flatMap((dimension) => [...disclosed.shown[dimension]!].map((value) => groupKey(dimension, value))) : [];
    for (const [a, b] of pairsOf(shownKeys)) {
      const how = derivation(a, b);
      if (!how) continue;
      const sizes = derived(how, [groups.get(a)!.members.length], [groups.get(b)!.members.length], [people.length]);
      if (safe(sizes[0]!, min)) continue;
      const hide = smallerOf(a, b);
      (alsoHidden[ofDimension(hide)] ??= new Set()).add(valueOf(hide));
      changed = true;
      break;
    }
    yield;
  }
  const wholeShown = people.length >= min;
  const shownSet = new Set(shownKeys);

  // Which groups show counts, figure by figure.
  const figureKeys = [...whole.counts.keys()];
  const countsShown = new Map<string, Set<string>>();
  for (const figure of figureKeys) {
    const all = whole.counts.get(figure)!;
    const countsOf = (key: string): number[] => groups.get(key)!.counts.get(figure) ?? new Array<number>(all.length).fill(0);
    const withCounts = new Set<string>();
    for (const dimension of dimensionIds) {
      const own = shownKeys.filter((key) => ofDimension(key) === dimension);
      const kept = groupsWithCounts(all, own.map((key) => ({ value: key, counts: countsOf(key) })), min);
      for (const key of kept) withCounts.add(key);
    }
    for (let changed = true; changed; ) {
      changed = false;
      for (const [a, b] of pairsOf([...withCounts])) {
        const how = derivation(a, b);
        if (!how || derived(how, countsOf(a), countsOf(b), all).every((value) => safe(value, min))) continue;
        withCounts.delete(smallerOf(a, b));
        changed = true;
        break;
      }
    }
    countsShown.set(figure, withCounts);
    yield;
  }

  const storiesBehind = new Map<string, StoryRecord[]>();
  const months = [...new Set(figureKeys.filter((key) => key.startsWith('checks:')).map((key) => key.slice(7)))].sort();
  const ordered = [WHOLE, ...dimensionIds.flatMap((dimension) => [...groups.keys()].filter((key) => key !== WHOLE && ofDimension(key) === dimension).sort((a, b) => valueOf(a).localeCompare(valueOf(b))))];
  const figures: GroupFigures[] = [];
  for (const key of ordered) {
    const group = groups.get(key)!;
    const shown = key === WHOLE ? wholeShown : shownSet.has(key);
    /** This group's counts for a figure, suppressed; null when they are not shown. */
    const countsFor = (figure: string): (number | null)[] | null => {
      const counts = group.counts.get(figure);
      if (!shown || !counts) return null;
      if (key === WHOLE) return suppressCounts(counts, min);
      return countsShown.get(figure)?.has(key) ? counts : null;
    };
    // Each figure sorts the group's values (10,000 people: a few milliseconds each): a pause after each.
    const change = (id: string, figure: string): ChangeFigure => {
      if (!shown) return { id, people: null, median: null, q1: null, q3: null, counts: null };
      const values = group.values.get(figure) ?? [];
      const counts = countsFor(figure);
      const summary = summariseChanges(values);
      const enough = shown && values.length >= min;
      return { id, people: counts ? summary.people : null, median: enough ? summary.median : null, q1: enough ? summary.q1 : null, q3: enough ? summary.q3 : null, counts };
    };
    const cells = (id: string, figure: string): CellFigure => {
      const counts = countsFor(figure);
      return { id, total: counts ? (group.counts.get(figure) ?? []).reduce((sum, value) => sum + value, 0) : null, cells: counts };
    };
    const triads = (frame?.triads ?? []).map((triad) => cells(triad.id, `triad:${triad.id}`));
    for (const triad of triads) {
      triad.cells?.forEach((value, region) => {
        if (value !== null && value > 0 && region < REGIONS.length) storiesBehind.set(storyKey(key, triad.id, region), group.stories.get(`${triad.id}|${region}`) ?? []);
      });
    }
    const distance: ChangeFigure[] = [];
    for (const scaleId of scaleIds) {
      distance.push(change(scaleId, `distance:${scaleId}`));
      yield;
    }
    const network = NETWORK_MEASURES.map((measure) => change(measure, `network:${measure}`));
    yield;
    const checks = months.map((month) => {
      const values = group.values.get(`checks:${month}`) ?? [];
      const counts = countsFor(`checks:${month}`);
      return { month, people: counts?.[0] ?? null, median: shown && values.length >= min ? summariseChanges(values).median : null };
    });
    yield;
    figures.push({
      key,
      dimension: key === WHOLE ? null : ofDimension(key),
      value: key === WHOLE ? null : valueOf(key),
      shown,
      people: shown ? group.members.length : null,
      distance,
      network,
      checks,
      triads,
      dyads: (frame?.dyads ?? []).map((dyad) => cells(dyad.id, `dyad:${dyad.id}`)),
    });
  }
  return { min, groups: figures, storiesBehind };
}
