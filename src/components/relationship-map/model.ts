import { doneAtOnce } from '../../core/in-tasks.js';
import { checkArray, checkRecord, checkNumber, checkJson, checkId, checkDate, checkOneOf, checkUniqueIds } from '../../core/checks.js';
import { type ProblemDraft } from '../../core/validation.js';

/**
 * The relationship map's data, as plain objects: who is in a focus person's
 * life, how close (the four circles of support), and what each relationship
 * is like. Everything here is pure so it is tested without a DOM.
 */

export const PERSON_KINDS = ['person', 'family', 'friend', 'professional', 'service', 'group', 'pet', 'place', 'other'] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];

/**
 * Circles of support: 1 intimacy ("close to me"), 2 friendship, 3
 * participation (groups and places), 4 exchange (paid to be there).
 */
export const RINGS = [1, 2, 3, 4] as const;
export type Ring = (typeof RINGS)[number];

export const RELATIONSHIP_TYPES = ['close', 'strong', 'normal', 'tenuous', 'stressful', 'conflicted', 'cut-off', 'abusive'] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];
/** The types a summary should name: the ones a practitioner needs to see. */
export const DIFFICULT_TYPES = ['stressful', 'conflicted', 'cut-off', 'abusive'] as const satisfies readonly RelationshipType[];

/** Which way support flows, seen from `from`: `to` (from gives to), `from` (to gives from), `both`. */
export const DIRECTIONS = ['to', 'from', 'both'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export interface Position {
  x: number;
  y: number;
}

export interface Person {
  id: string;
  name: string;
  initials?: string;
  kind: PersonKind;
  /** 1–4; the focus person has none (they are the centre). */
  ring?: Ring;
  /** Paid to be there; defaults to true on ring 4 and false elsewhere. */
  paid?: boolean;
  notes?: string;
  /** Left out of every export (JSON, GraphML, CSV, SVG, PNG). */
  excludeFromExport?: boolean;
  /** Saved position for `layout="fixed"`, in diagram units (0–1000, centre 500). */
  position?: Position;
}

export interface Relationship {
  id: string;
  from: string;
  to: string;
  type: RelationshipType;
  direction?: Direction;
  label?: string;
}

/** One version of a map. */
export interface MapData {
  focus: string;
  people: Person[];
  relationships: Relationship[];
}

/** A dated version of the map, for comparing over time. */
export interface Snapshot extends MapData {
  id: string;
  /** ISO date, `YYYY-MM-DD`. */
  date: string;
  label?: string;
}

/** Above this the input is refused rather than drawn slowly. */
export const MAX_PEOPLE = 10_000;
export const MAX_RELATIONSHIPS = 50_000;

const KNOWN_PERSON_KEYS = ['id', 'name', 'initials', 'kind', 'ring', 'paid', 'notes', 'excludeFromExport', 'position'];

function optionalString(problems: ProblemDraft[], value: unknown, path: string): void {
  if (value !== undefined && typeof value !== 'string') problems.push({ code: 'not-text', path });
}
function optionalBoolean(problems: ProblemDraft[], value: unknown, path: string): void {
  if (value !== undefined && typeof value !== 'boolean') problems.push({ code: 'not-one-of', path, params: { options: 'true, false' } });
}

/** A relationship's two ends (one array for all: a map may have 10,000 relationships to check). */
const ENDS = ['from', 'to'] as const;
/** People or relationships checked between pauses (see checkMapInParts): a few milliseconds' worth, cold. */
const PART = 250;

export type CheckedMap = { map: MapData | null; problems: ProblemDraft[] };

/**
 * Checks a map and reports every problem at once. `path` prefixes the
 * paths (e.g. `snapshots[0]`). Unknown keys are allowed (hosts may carry
 * their own data); unknown values of known keys are not.
 */
export function validateMap(input: unknown, path = ''): CheckedMap {
  return doneAtOnce(checkMapInParts(input, path));
}

/**
 * The same check, pausing (yielding) after each part, so that a big map
 * (5,000 people took 40–75 ms to check, cold, in one task) can be checked
 * a task at a time (see `inTasks`).
 */
export function* checkMapInParts(input: unknown, path = ''): Generator<void, CheckedMap> {
  const problems: ProblemDraft[] = [];
  const at = (key: string) => (path ? `${path}.${key}` : key);
  // Anything JSON cannot hold (a BigInt, a loop), even in a field Kith does not read, would throw when the form value is written.
  if (!checkRecord(problems, input, path || 'map') || !checkJson(problems, input, path || 'map')) return { map: null, problems };
  yield;

  const people = input['people'];
  const peopleOk = checkArray(problems, people, at('people'), 1, MAX_PEOPLE);
  const ids = new Set<string>();
  if (peopleOk) {
    for (const [i, person] of people.entries()) {
      if (i % PART === PART - 1) yield;
      const p = `${at('people')}[${i}]`;
      if (!checkRecord(problems, person, p)) continue;
      if (checkId(problems, person['id'], `${p}.id`)) ids.add(person['id']);
      if (typeof person['name'] !== 'string' || person['name'].trim() === '') {
        problems.push({ code: person['name'] === undefined ? 'missing' : 'not-text', path: `${p}.name` });
      }
      checkOneOf(problems, person['kind'], `${p}.kind`, PERSON_KINDS);
      const isFocus = person['id'] === input['focus'];
      if (!isFocus || person['ring'] !== undefined) checkNumber(problems, person['ring'], `${p}.ring`, { integer: true, min: 1, max: 4 });
      optionalString(problems, person['initials'], `${p}.initials`);
      optionalString(problems, person['notes'], `${p}.notes`);
      optionalBoolean(problems, person['paid'], `${p}.paid`);
      optionalBoolean(problems, person['excludeFromExport'], `${p}.excludeFromExport`);
      const position = person['position'];
      if (position !== undefined && checkRecord(problems, position, `${p}.position`)) {
        checkNumber(problems, position['x'], `${p}.position.x`);
        checkNumber(problems, position['y'], `${p}.position.y`);
      }
    }
    checkUniqueIds(problems, people as { id?: unknown }[], at('people'));
    yield;
  }

  const focus = input['focus'];
  if (focus === undefined || focus === '') problems.push({ code: 'no-focus', path: at('focus') });
  else if (checkId(problems, focus, at('focus')) && peopleOk && !ids.has(focus)) problems.push({ code: 'unknown-person', path: at('focus'), params: { id: focus } });

  const relationships = input['relationships'] ?? [];
  if (checkArray(problems, relationships, at('relationships'), 0, MAX_RELATIONSHIPS)) {
    for (const [i, relationship] of relationships.entries()) {
      if (i % PART === PART - 1) yield;
      const p = `${at('relationships')}[${i}]`;
      if (!checkRecord(problems, relationship, p)) continue;
      checkId(problems, relationship['id'], `${p}.id`);
      for (const end of ENDS) {
        const id = relationship[end];
        if (checkId(problems, id, `${p}.${end}`) && peopleOk && !ids.has(id)) {
          problems.push({ code: 'unknown-person', path: `${p}.${end}`, params: { id } });
        }
      }
      if (relationship['from'] !== undefined && relationship['from'] === relationship['to']) problems.push({ code: 'self-relationship', path: p });
      checkOneOf(problems, relationship['type'], `${p}.type`, RELATIONSHIP_TYPES);
      if (relationship['direction'] !== undefined) checkOneOf(problems, relationship['direction'], `${p}.direction`, DIRECTIONS);
      optionalString(problems, relationship['label'], `${p}.label`);
    }
    checkUniqueIds(problems, relationships as { id?: unknown }[], at('relationships'));
  }

  if (problems.length > 0) return { map: null, problems };
  return {
    map: {
      focus: focus as string,
      people: (people as Record<string, unknown>[]).map((person) => pick(person, KNOWN_PERSON_KEYS) as unknown as Person),
      relationships: relationships as Relationship[],
    },
    problems,
  };
}

function pick(record: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) if (record[key] !== undefined) out[key] = record[key];
  return out;
}

/** Checks dated snapshots: each a valid map with an id and a date. */
export function validateSnapshots(input: unknown): { snapshots: Snapshot[]; problems: ProblemDraft[] } {
  const problems: ProblemDraft[] = [];
  if (input === undefined) return { snapshots: [], problems };
  if (!checkArray(problems, input, 'snapshots', 0, 100)) return { snapshots: [], problems };
  const snapshots: Snapshot[] = [];
  input.forEach((snapshot, i) => {
    const path = `snapshots[${i}]`;
    if (!checkRecord(problems, snapshot, path)) return;
    const idOk = checkId(problems, snapshot['id'], `${path}.id`);
    const dateOk = checkDate(problems, snapshot['date'], `${path}.date`);
    optionalString(problems, snapshot['label'], `${path}.label`);
    const { map, problems: mapProblems } = validateMap(snapshot, path);
    problems.push(...mapProblems);
    if (map && idOk && dateOk) {
      snapshots.push({ ...map, id: snapshot['id'] as string, date: snapshot['date'] as string, ...(typeof snapshot['label'] === 'string' ? { label: snapshot['label'] } : {}) });
    }
  });
  checkUniqueIds(problems, input as { id?: unknown }[], 'snapshots');
  snapshots.sort((a, b) => a.date.localeCompare(b.date));
  return { snapshots, problems };
}

// ------------------------------------------------------------ people

export function isPaid(person: Person): boolean {
  return person.paid ?? person.ring === 4;
}

/** Initials: the ones given, else the first letter of up to three words. */
export function initialsOf(person: Pick<Person, 'name' | 'initials'>): string {
  if (person.initials?.trim()) return person.initials.trim();
  const words = person.name.trim().split(/\s+/).filter(Boolean);
  return words
    .slice(0, 3)
    .map((word) => [...word][0]!.toLocaleUpperCase())
    .join('');
}

export type NameDisplay = 'name' | 'initials';

export function displayName(person: Pick<Person, 'name' | 'initials'>, display: NameDisplay): string {
  return display === 'initials' ? initialsOf(person) : person.name;
}

/**
 * Lookups by id, built once per map. Maps are never changed in place (every
 * edit returns a new one), so an index keyed on the map object stays right
 * and keeps per-person lookups in render and summaries O(1).
 */
const peopleIndex = new WeakMap<MapData, Map<string, Person>>();
const relationshipIndex = new WeakMap<MapData, Map<string, { relationship: Relationship; other: string }[]>>();

export function personById(map: MapData, id: string): Person | undefined {
  let index = peopleIndex.get(map);
  if (!index) peopleIndex.set(map, (index = new Map(map.people.map((person) => [person.id, person]))));
  return index.get(id);
}

const ringIndex = new WeakMap<MapData, Record<Ring, Person[]>>();

/** The people around the focus, in the order the list and the rings show them: by ring, then kind, then name. */
export function peopleByRing(map: MapData): Record<Ring, Person[]> {
  let out = ringIndex.get(map);
  if (!out) {
    out = { 1: [], 2: [], 3: [], 4: [] };
    for (const person of map.people) if (person.id !== map.focus && person.ring) out[person.ring].push(person);
    // One collator for the whole sort: localeCompare is about twice as slow (measured, 5,000 names).
    const names = new Intl.Collator();
    const byKindThenName = (a: Person, b: Person) => PERSON_KINDS.indexOf(a.kind) - PERSON_KINDS.indexOf(b.kind) || names.compare(a.name, b.name) || names.compare(a.id, b.id);
    for (const ring of RINGS) out[ring].sort(byKindThenName);
    ringIndex.set(map, out);
  }
  return out;
}

/** The relationships a person is in, with the other person's id. */
export function relationshipsOf(map: MapData, personId: string): { relationship: Relationship; other: string }[] {
  let index = relationshipIndex.get(map);
  if (!index) {
    index = new Map();
    for (const relationship of map.relationships) {
      for (const [self, other] of [[relationship.from, relationship.to], [relationship.to, relationship.from]] as const) {
        const list = index.get(self);
        if (list) list.push({ relationship, other });
        else index.set(self, [{ relationship, other }]);
      }
    }
    relationshipIndex.set(map, index);
  }
  return index.get(personId) ?? [];
}

/**
 * Which way support flows, from `personId`'s side: `gives`, `receives`,
 * `both`, or undefined when not said.
 */
export function flowFor(relationship: Relationship, personId: string): 'gives' | 'receives' | 'both' | undefined {
  if (!relationship.direction) return undefined;
  if (relationship.direction === 'both') return 'both';
  const fromSide = relationship.from === personId;
  return (relationship.direction === 'to') === fromSide ? 'gives' : 'receives';
}

// ------------------------------------------------------------ measures

export interface Measures {
  /** People around the focus (the focus is not counted). */
  size: number;
  perRing: Record<Ring, number>;
  paid: number;
  unpaid: number;
  byType: Record<RelationshipType, number>;
}

const measuresIndex = new WeakMap<MapData, Measures>();

export function measuresOf(map: MapData): Measures {
  let measures = measuresIndex.get(map);
  if (!measures) measuresIndex.set(map, (measures = countMeasures(map)));
  return measures;
}

function countMeasures(map: MapData): Measures {
  const perRing: Record<Ring, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
  let paid = 0;
  let size = 0;
  for (const person of map.people) {
    if (person.id === map.focus || !person.ring) continue;
    size += 1;
    perRing[person.ring] += 1;
    if (isPaid(person)) paid += 1;
  }
  const byType = Object.fromEntries(RELATIONSHIP_TYPES.map((type) => [type, 0])) as Record<RelationshipType, number>;
  for (const relationship of map.relationships) byType[relationship.type] += 1;
  return { size, perRing, paid, unpaid: size - paid, byType };
}

export interface RingMove {
  person: Person;
  from: Ring;
  to: Ring;
}

export interface MapDiff {
  joined: Person[];
  left: Person[];
  closer: RingMove[];
  further: RingMove[];
  /** Relationships between the same two people whose type changed. */
  changed: { before: Relationship; after: Relationship }[];
}

/** What changed from `before` to `after`: matched by person id, relationships by the pair of people. */
export function diffMaps(before: MapData, after: MapData): MapDiff {
  const beforeById = new Map(before.people.map((p) => [p.id, p]));
  const afterIds = new Set(after.people.map((p) => p.id));
  const around = (map: MapData) => (p: Person) => p.id !== map.focus;
  const joined = after.people.filter(around(after)).filter((p) => !beforeById.has(p.id));
  const left = before.people.filter(around(before)).filter((p) => !afterIds.has(p.id));
  const closer: RingMove[] = [];
  const further: RingMove[] = [];
  for (const person of after.people) {
    const previous = beforeById.get(person.id);
    if (!previous?.ring || !person.ring || previous.ring === person.ring) continue;
    (person.ring < previous.ring ? closer : further).push({ person, from: previous.ring, to: person.ring });
  }
  const pair = (r: Relationship) => [r.from, r.to].sort().join('\u0000');
  const beforePairs = new Map(before.relationships.map((r) => [pair(r), r]));
  const changed = after.relationships.flatMap((r) => {
    const previous = beforePairs.get(pair(r));
    return previous && previous.type !== r.type ? [{ before: previous, after: r }] : [];
  });
  return { joined, left, closer, further, changed };
}

// ------------------------------------------------------------ editing (pure: each returns a new map)

/** An id not yet used in `taken`, from a readable stem. */
export function freshId(stem: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base = stem.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '') || 'item';
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

export type PersonDraft = Omit<Person, 'id'>;

export function addPerson(map: MapData, draft: PersonDraft): { map: MapData; person: Person } {
  const person: Person = { ...draft, id: freshId(draft.name, map.people.map((p) => p.id)) };
  return { map: { ...map, people: [...map.people, person] }, person };
}

export function updatePerson(map: MapData, id: string, changes: Partial<PersonDraft>): { map: MapData; person: Person | undefined } {
  let person: Person | undefined;
  const people = map.people.map((p) => (p.id === id ? (person = withoutUndefined({ ...p, ...changes })) : p));
  return { map: { ...map, people }, person };
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as T;
}

/** Moves a person `steps` rings outwards (negative: closer), kept within 1–4. */
export function moveRing(map: MapData, id: string, steps: number): { map: MapData; person: Person | undefined } {
  const person = personById(map, id);
  if (!person?.ring) return { map, person: undefined };
  const ring = Math.min(4, Math.max(1, person.ring + steps)) as Ring;
  return ring === person.ring ? { map, person: undefined } : updatePerson(map, id, { ring });
}

/** What `removePerson` took out, so it can be put back exactly. */
export interface Removal {
  person: Person;
  index: number;
  relationships: { relationship: Relationship; index: number }[];
}

export function removePerson(map: MapData, id: string): { map: MapData; removal: Removal | undefined } {
  const index = map.people.findIndex((p) => p.id === id);
  if (index < 0 || id === map.focus) return { map, removal: undefined };
  const relationships = map.relationships.flatMap((relationship, i) => (relationship.from === id || relationship.to === id ? [{ relationship, index: i }] : []));
  return {
    map: { ...map, people: map.people.filter((p) => p.id !== id), relationships: map.relationships.filter((r) => r.from !== id && r.to !== id) },
    removal: { person: map.people[index]!, index, relationships },
  };
}

/** Undoes a removal: the person and their relationships go back where they were. */
export function restore(map: MapData, removal: Removal): MapData {
  const people = [...map.people];
  people.splice(Math.min(removal.index, people.length), 0, removal.person);
  const relationships = [...map.relationships];
  for (const { relationship, index } of removal.relationships) relationships.splice(Math.min(index, relationships.length), 0, relationship);
  return { ...map, people, relationships };
}

export function addRelationship(map: MapData, draft: Omit<Relationship, 'id'>): { map: MapData; relationship: Relationship } {
  const relationship = withoutUndefined({ ...draft, id: freshId(`${draft.from}-${draft.to}`, map.relationships.map((r) => r.id)) });
  return { map: { ...map, relationships: [...map.relationships, relationship] }, relationship };
}

export function removeRelationship(map: MapData, id: string): { map: MapData; relationship: Relationship | undefined; index: number } {
  const index = map.relationships.findIndex((r) => r.id === id);
  return { map: { ...map, relationships: map.relationships.filter((r) => r.id !== id) }, relationship: map.relationships[index], index };
}
