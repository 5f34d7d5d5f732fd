import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  addPerson,
  addRelationship,
  diffMaps,
  initialsOf,
  measuresOf,
  moveRing,
  personById,
  removePerson,
  restore,
  validateMap,
  validateSnapshots,
  RELATIONSHIP_TYPES,
  PERSON_KINDS,
  type MapData,
} from '../src/components/relationship-map/model.js';
import { RING_EDGES, SECTORS, nearestInDirection, ringAt, ringsLayout } from '../src/components/relationship-map/layout.js';
import { ForceLayout } from '../src/components/relationship-map/force-layout.js';
import { fromCSV, fromJSON, parseCSV, toCSV, toGraphML, toJSON } from '../src/components/relationship-map/formats.js';
import { describeDiff, describeMap, type MapTextContext } from '../src/components/relationship-map/summary.js';
import { formatDate, loadLanguage, translate } from '../src/core/localize.js';
import { relationshipMapEn } from '../src/translations/en/relationship-map.js';
import { relationshipMapCy } from '../src/translations/cy/relationship-map.js';
import { relationshipMapComparisonEn } from '../src/translations/en/relationship-map-comparison.js';
import { relationshipMapComparisonCy } from '../src/translations/cy/relationship-map-comparison.js';
import { circlesOfSupport, communityMap, familyMap, familySnapshots, safetyNetwork } from '../stories/data/networks.js';

const clone = <T>(value: T): T => structuredClone(value);
const codes = (input: unknown) => validateMap(input).problems.map((p) => `${p.code}@${p.path}`);
// Welsh dates and shared strings arrive when first used.
before(() => loadLanguage('cy'));

const textContext = (lang: string, display: 'name' | 'initials' = 'name'): MapTextContext => ({
  lang,
  display,
  // The map's words, with those its comparison chunk brings.
  t: (key, params) => translate(lang, key, params, undefined, { en: { ...relationshipMapEn, ...relationshipMapComparisonEn }, cy: { ...relationshipMapCy, ...relationshipMapComparisonCy } }),
  date: (iso) => formatDate(lang, iso),
  number: String,
});

describe('map model: validation', () => {
  it('accepts the example family map', () => {
    expect(validateMap(familyMap).problems).to.deep.equal([]);
  });

  it('names each problem with its path', () => {
    const map = clone(familyMap) as unknown as Record<string, unknown>;
    (map['people'] as unknown[]).push({ id: 'mum', name: '', kind: 'alien', ring: 7 });
    (map['relationships'] as unknown[]).push({ id: 'bad', from: 'sam', to: 'ghost', type: 'frenemy', direction: 'sideways' }, { id: 'self', from: 'dad', to: 'dad', type: 'close' });
    expect(codes(map)).to.deep.equal([
      'not-text@people[11].name',
      'not-one-of@people[11].kind',
      'out-of-range@people[11].ring',
      'duplicate-id@people',
      'unknown-person@relationships[11].to',
      'not-one-of@relationships[11].type',
      'not-one-of@relationships[11].direction',
      'self-relationship@relationships[12]',
    ]);
  });

  it('needs a focus person who is on the map', () => {
    // Without a focus, the person at the centre is just someone without a ring.
    expect(codes({ ...familyMap, focus: '' })).to.deep.equal(['missing@people[0].ring', 'no-focus@focus']);
    expect(codes({ ...familyMap, focus: 'nobody' })).to.deep.equal(['missing@people[0].ring', 'unknown-person@focus']);
  });

  it('refuses more than 10,000 people rather than drawing slowly', () => {
    expect(codes(communityMap(10_001))).to.deep.equal(['too-many@people']);
  });

  it('checks snapshots: ids, dates and each map', () => {
    const { problems, snapshots } = validateSnapshots([...clone(familySnapshots), { id: 'x', date: '2026-02-30', focus: 'a', people: [] }]);
    expect(snapshots.map((s) => s.id)).to.deep.equal(['jan', 'apr']);
    expect(problems.map((p) => `${p.code}@${p.path}`)).to.deep.equal(['invalid-date@snapshots[2].date', 'too-few@snapshots[2].people']);
  });
});

describe('map model: measures, change and editing', () => {
  it('measures size, rings, paid and relationship types (the focus is not counted)', () => {
    const m = measuresOf(familyMap);
    expect(m.size).to.equal(10);
    expect(m.perRing).to.deep.equal({ 1: 3, 2: 3, 3: 2, 4: 2 });
    expect([m.paid, m.unpaid]).to.deep.equal([2, 8]);
    expect(RELATIONSHIP_TYPES.every((type) => m.byType[type] > 0)).to.equal(true);
  });

  it('finds who joined, left, moved closer or further, and changed relationships', () => {
    const diff = diffMaps(familySnapshots[0]!, familyMap);
    expect(diff.joined.map((p) => p.id).sort()).to.deep.equal(['dog', 'ffion', 'football', 'nan', 'worker']);
    expect(diff.left.map((p) => p.id)).to.deep.equal(['uncle']);
    expect(diff.closer).to.deep.equal([]);
    expect(diff.further.map((m) => [m.person.id, m.from, m.to])).to.deep.equal([['dad', 1, 2]]);
    expect(diff.changed.map((c) => [c.before.type, c.after.type])).to.deep.equal([
      ['stressful', 'close'],
      ['normal', 'stressful'],
    ]);
  });

  it('edits without changing the input, and undo puts a person and their relationships back in place', () => {
    const before = clone(familyMap);
    const { map: added, person } = addPerson(familyMap, { name: 'Karen Jones', kind: 'family', ring: 2 });
    expect(person.id).to.equal('karen-jones');
    expect(moveRing(added, 'karen-jones', -5).person?.ring).to.equal(1);
    expect(moveRing(added, 'mum', -1).person).to.equal(undefined);
    const { map: removed, removal } = removePerson(familyMap, 'dad');
    expect(removed.people.some((p) => p.id === 'dad')).to.equal(false);
    expect(removal!.relationships.map((r) => r.relationship.id)).to.deep.equal(['r2', 'r7', 'r10']);
    expect(restore(removed, removal!)).to.deep.equal(familyMap);
    expect(removePerson(familyMap, 'sam').removal).to.equal(undefined);
    expect(addRelationship(familyMap, { from: 'mum', to: 'nan', type: 'close' }).relationship.id).to.equal('mum-nan');
    expect(familyMap).to.deep.equal(before);
  });

  it('derives initials from names when none are given', () => {
    expect(initialsOf({ name: 'Gareth ap Jones' })).to.equal('GAJ');
    expect(initialsOf({ name: 'Karen Jones', initials: 'KJ' })).to.equal('KJ');
    expect(initialsOf({ name: 'élan' })).to.equal('É');
  });
});

function overlaps(map: MapData): number {
  const { positions, nodeRadius } = ringsLayout(map);
  const points = map.people.filter((p) => p.id !== map.focus).map((p) => positions.get(p.id)!);
  let count = 0;
  for (let i = 0; i < points.length; i++)
    for (let j = i + 1; j < points.length; j++) if (Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y) < 2 * nodeRadius) count++;
  return count;
}

describe('map layouts', () => {
  it('rings layout: each person inside their ring, nobody overlapping, same result every time', () => {
    for (const map of [familyMap, communityMap(300), communityMap(1200, 3)]) {
      const { positions } = ringsLayout(map);
      for (const person of map.people) {
        if (person.id === map.focus) continue;
        const at = positions.get(person.id)!;
        const distance = Math.hypot(at.x - 500, at.y - 500);
        expect(distance > RING_EDGES[person.ring!][0] && distance < RING_EDGES[person.ring!][1], person.id).to.equal(true);
      }
      expect(overlaps(map)).to.equal(0);
      expect([...ringsLayout(map).positions]).to.deep.equal([...positions]);
    }
  });

  /** Angles seen from the focus, sorted, in degrees from 12 o'clock (clockwise). */
  const anglesFrom = (map: MapData): { id: string; degrees: number }[] => {
    const { positions } = ringsLayout(map);
    return map.people
      .filter((person) => person.id !== map.focus)
      .map((person) => {
        const at = positions.get(person.id)!;
        return { id: person.id, degrees: ((Math.atan2(at.y - 500, at.x - 500) * 180) / Math.PI + 450) % 360 };
      })
      .sort((a, b) => a.degrees - b.degrees);
  };
  const ecomaps: [string, MapData][] = [
    ['family ecomap', familyMap],
    ['circles of support', circlesOfSupport],
    ['safety network', safetyNetwork],
    ...[10, 24, 30, 100].map((n) => [`${n} generated people`, communityMap(n + 1)] as [string, MapData]),
  ];

  it('ecomap: nobody shares a spoke — seen from the focus, people are ≥ 12° apart up to 24 people, over half of 360°/n beyond', () => {
    for (const [name, map] of ecomaps) {
      const angles = anglesFrom(map);
      const gaps = angles.map((a, i) => (angles[(i + 1) % angles.length]!.degrees - a.degrees + 360) % 360);
      const smallest = Math.min(...gaps);
      const target = angles.length <= 24 ? 12 : (0.5 * 360) / angles.length;
      expect(smallest, `${name}: smallest angle ${smallest.toFixed(1)}°`).to.be.at.least(target);
      expect(overlaps(map), `${name}: overlapping people`).to.equal(0);
    }
  });

  it('ecomap: each kind keeps its sector, clockwise from 12 o’clock: family, friends, groups and places, professionals and services, others', () => {
    for (const [name, map] of ecomaps) {
      const sectorOf = (id: string) => SECTORS.findIndex((kinds) => kinds.includes(personById(map, id)!.kind));
      const order = anglesFrom(map).map((a) => sectorOf(a.id));
      expect(order, name).to.deep.equal([...order].sort((a, b) => a - b));
    }
  });

  it('ecomap: adding one person moves the others little (family map: 32 units on average, of 1,000)', () => {
    for (const [name, map] of ecomaps) {
      const before = ringsLayout(map).positions;
      const after = ringsLayout(addPerson(map, { name: 'Aaron Newcomer', kind: 'friend', ring: 2 }).map).positions;
      const moves = map.people.map((person) => Math.hypot(after.get(person.id)!.x - before.get(person.id)!.x, after.get(person.id)!.y - before.get(person.id)!.y));
      const mean = moves.reduce((sum, move) => sum + move, 0) / moves.length;
      // A person's angle shifts by a share of one place: about 360°/n spread over the map, so little on big maps.
      expect(mean, `${name}: mean move ${mean.toFixed(1)}`).to.be.below(map.people.length <= 12 ? 70 : 40);
    }
  });

  it('force layout settles to the same positions for the same data, keeping the focus at the centre', () => {
    const map = communityMap(150);
    const first = new ForceLayout(map).settle();
    const second = new ForceLayout(map).settle();
    expect([...first.positions]).to.deep.equal([...second.positions]);
    expect(first.positions.get('hub')).to.deep.equal({ x: 500, y: 500 });
    // Most people end up in their own ring (the radial force pulls them there).
    const inRing = map.people.filter((p) => p.ring && ringAt(Math.hypot(first.positions.get(p.id)!.x - 500, first.positions.get(p.id)!.y - 500)) === p.ring);
    expect(inRing.length / (map.people.length - 1)).to.be.greaterThan(0.8);
  });

  it('force layout runs in slices: each step returns within its budget and says when it has settled', () => {
    const layout = new ForceLayout(communityMap(400));
    let clock = 0;
    const now = () => (clock += 1);
    let steps = 0;
    while (!layout.step(5, now)) steps++;
    expect(steps).to.be.greaterThan(10);
    expect(layout.settled).to.equal(true);
  });

  it('force layout lands in the same place however its ticks are split across tasks', () => {
    const map = communityMap(200);
    const whole = new ForceLayout(map).settle();
    // A budget of 0 runs one part of a tick per step: the most finely split.
    const parts = new ForceLayout(map);
    let steps = 0;
    while (!parts.step(0)) steps++;
    expect(steps, "one part of a tick per step: 64 ticks of 6 parts").to.be.greaterThan(360);
    expect([...parts.placement().positions]).to.deep.equal([...whole.positions]);
  });

  it('arrow keys find the nearest person in that direction', () => {
    const points: [string, { x: number; y: number }][] = [
      ['up', { x: 500, y: 300 }],
      ['right', { x: 700, y: 510 }],
      ['far-right', { x: 900, y: 500 }],
      ['down-left', { x: 300, y: 700 }],
    ];
    const from = { x: 500, y: 500 };
    expect(nearestInDirection(from, points, 'up')).to.equal('up');
    expect(nearestInDirection(from, points, 'right')).to.equal('right');
    expect(nearestInDirection(from, points, 'left')).to.equal('down-left');
    expect(nearestInDirection({ x: 900, y: 500 }, points, 'right')).to.equal(undefined);
  });
});

describe('map exports and imports', () => {
  it('JSON round-trips, with schema and version', () => {
    const text = toJSON(familyMap, familySnapshots);
    expect(JSON.parse(text)).to.include({ schema: 'kith-relationship-map', version: 1 });
    const back = fromJSON(text);
    expect(back.problems).to.deep.equal([]);
    expect(back.map).to.deep.equal(familyMap);
    expect(fromJSON('{"schema":"other"}').problems[0]!.code).to.equal('unsupported-schema');
    expect(fromJSON('{').problems[0]!.code).to.equal('invalid-json');
  });

  it('CSV round-trips people then relationships, quoting and guarding against formulas', () => {
    const map = clone(familyMap);
    map.people[1]!.notes = '=HYPERLINK("http://evil"), "quoted", and\na new line';
    const csv = toCSV(map);
    expect(csv.split('\r\n')[0]).to.equal('id,name,kind,ring,paid,focus,notes');
    expect(csv).to.contain(`"'=HYPERLINK(""http://evil""), ""quoted"", and\na new line"`);
    const { map: back, problems } = fromCSV(csv);
    expect(problems).to.deep.equal([]);
    expect(back!.people.find((p) => p.id === 'mum')!.notes).to.equal(map.people[1]!.notes);
    expect(back!.relationships).to.deep.equal(map.relationships);
    expect(back!.people.map((p) => [p.id, p.ring, p.kind])).to.deep.equal(map.people.map((p) => [p.id, p.ring, p.kind]));
    expect(parseCSV('a,"b ""c""",d\r\n1,2,3')).to.deep.equal([
      ['a', 'b "c"', 'd'],
      ['1', '2', '3'],
    ]);
  });

  it('every export leaves out people marked excludeFromExport, and their relationships', () => {
    const map = clone(familyMap);
    map.people.find((p) => p.id === 'dad')!.excludeFromExport = true;
    for (const text of [toJSON(map), toGraphML(map), toCSV(map)]) {
      expect(text).not.to.contain('Gareth');
      expect(text).not.to.contain('"dad"');
      expect(text).not.to.contain('r10');
    }
  });

  it('initials-only exports carry no full name, note or label', () => {
    for (const text of [toJSON(familyMap, familySnapshots, { display: 'initials' }), toGraphML(familyMap, { display: 'initials' }), toCSV(familyMap, { display: 'initials' })]) {
      for (const secret of ['Karen', 'Gareth', 'Jones', 'Alex', 'Lives with', 'Contact at weekends']) expect(text, secret).not.to.contain(secret);
      expect(text).to.contain('KJ');
    }
  });

  it('GraphML is well-formed XML with escaped text', () => {
    const map = clone(familyMap);
    map.people[1]!.name = 'Tom & "Jerry" <b>';
    const doc = new DOMParser().parseFromString(toGraphML(map), 'application/xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.querySelectorAll('node')).to.have.length(11);
    expect(doc.querySelectorAll('edge')).to.have.length(11);
    expect(doc.querySelector('node[id="mum"] data[key="n_name"]')!.textContent).to.equal('Tom & "Jerry" <b>');
  });
});

describe('map text alternative', () => {
  it('summarises in English and Welsh, naming difficult relationships', () => {
    expect(describeMap(textContext('en'), familyMap).join(' ')).to.equal(
      '10 people around Sam Jones. Close to Sam Jones: 3. Friends: 3. Groups and places: 2. Paid to support: 2. Paid to be there: 2. Not paid: 8. ' +
        '1 stressful relationship: with Gareth Jones. 1 relationship in conflict: with Rhys. 1 relationship cut off: between Karen Jones and Gareth Jones. 1 harmful relationship: between Gareth Jones and Rhys.',
    );
    const welsh = describeMap(textContext('cy'), familyMap).join(' ');
    expect(welsh).to.contain('10 o bobl o gwmpas Sam Jones.');
    expect(welsh).to.contain('Un berthynas lawn straen: Gareth Jones.');
  });

  it('describes the change since a snapshot, and uses initials when asked', () => {
    const text = describeDiff(textContext('en', 'initials'), diffMaps(familySnapshots[0]!, familyMap), familyMap, '2026-01-12').join(' ');
    expect(text).to.contain('Compared with 12 January 2026:');
    expect(text).to.contain('1 person left: UB.');
    expect(text).to.contain('1 person moved further away: GJ.');
    expect(text).not.to.contain('Gareth');
  });
});

describe('map model: properties over random input (fast-check)', () => {
  const anything = fc.anything({ withObjectString: true, withNullPrototype: true });
  const personArb = fc.record(
    {
      id: fc.oneof(fc.constantFrom('a', 'b', 'c', 'd'), anything),
      name: fc.oneof(fc.string(), anything),
      kind: fc.oneof(fc.constantFrom(...PERSON_KINDS), fc.string()),
      ring: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.double(), anything),
    },
    { requiredKeys: [] },
  );
  const relationshipArb = fc.record(
    { id: fc.string(), from: fc.constantFrom('a', 'b', 'c', 'x'), to: fc.constantFrom('a', 'b', 'c', 'x'), type: fc.oneof(fc.constantFrom(...RELATIONSHIP_TYPES), fc.string()) },
    { requiredKeys: [] },
  );
  const mapArb = fc.record({ focus: fc.oneof(fc.constantFrom('a', 'b'), anything), people: fc.oneof(fc.array(personArb, { maxLength: 6 }), anything), relationships: fc.oneof(fc.array(relationshipArb, { maxLength: 6 }), anything) });

  it('never throws; accepted maps lay out, export and summarise without throwing; refused ones say why', () => {
    fc.assert(
      fc.property(mapArb, (input) => {
        const { map, problems } = validateMap(input);
        if (!map) return problems.length > 0;
        ringsLayout(map);
        toCSV(map);
        toGraphML(map);
        describeMap(textContext('cy'), map);
        return problems.length === 0 && fromJSON(toJSON(map)).map !== null;
      }),
      { numRuns: 400 },
    );
  });
});
