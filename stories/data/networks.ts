import type { MapData, Person, PersonKind, Relationship, RelationshipType, Ring, Snapshot } from '../../src/components/relationship-map/model.js';
import { RELATIONSHIP_TYPES } from '../../src/components/relationship-map/model.js';
import { seeded } from './readings.js';

/** A family ecomap: 10 people around Sam, with every kind of relationship. */
export const familyMap: MapData = {
  focus: 'sam',
  people: [
    { id: 'sam', name: 'Sam Jones', kind: 'person' },
    { id: 'mum', name: 'Karen Jones', initials: 'KJ', kind: 'family', ring: 1, notes: 'Lives with Sam' },
    { id: 'dad', name: 'Gareth Jones', kind: 'family', ring: 2, notes: 'Moved out last year' },
    { id: 'nan', name: 'Nan (Eirlys)', initials: 'E', kind: 'family', ring: 1 },
    { id: 'ffion', name: 'Ffion', kind: 'friend', ring: 2 },
    { id: 'rhys', name: 'Rhys', kind: 'friend', ring: 2 },
    { id: 'dog', name: 'Bryn the dog', kind: 'pet', ring: 1 },
    { id: 'football', name: 'Saturday football', kind: 'group', ring: 3 },
    { id: 'school', name: 'Ysgol y Bryn', kind: 'place', ring: 3 },
    { id: 'worker', name: 'Alex Rao', kind: 'professional', ring: 4, notes: 'Early help worker' },
    { id: 'camhs', name: 'CAMHS', kind: 'service', ring: 4 },
  ],
  relationships: [
    { id: 'r1', from: 'sam', to: 'mum', type: 'close', direction: 'both' },
    { id: 'r2', from: 'sam', to: 'dad', type: 'stressful', label: 'Contact at weekends' },
    { id: 'r3', from: 'sam', to: 'nan', type: 'strong', direction: 'from' },
    { id: 'r4', from: 'sam', to: 'ffion', type: 'normal' },
    { id: 'r5', from: 'sam', to: 'rhys', type: 'conflicted' },
    { id: 'r6', from: 'sam', to: 'school', type: 'tenuous' },
    { id: 'r7', from: 'mum', to: 'dad', type: 'cut-off' },
    { id: 'r8', from: 'sam', to: 'worker', type: 'normal', direction: 'from' },
    { id: 'r9', from: 'sam', to: 'football', type: 'strong' },
    { id: 'r10', from: 'dad', to: 'rhys', type: 'abusive' },
    { id: 'r11', from: 'sam', to: 'dog', type: 'close', direction: 'both' },
  ],
};

/** Circles of support for an adult with a learning disability. */
export const circlesOfSupport: MapData = {
  focus: 'dewi',
  people: [
    { id: 'dewi', name: 'Dewi Morgan', kind: 'person' },
    { id: 'sister', name: 'Angharad', kind: 'family', ring: 1 },
    { id: 'housemate', name: 'Tom', kind: 'friend', ring: 1 },
    { id: 'chris', name: 'Chris', kind: 'friend', ring: 2 },
    { id: 'choir', name: 'Community choir', kind: 'group', ring: 3 },
    { id: 'chapel', name: 'Chapel', kind: 'place', ring: 3 },
    { id: 'cafe', name: 'Café job', kind: 'place', ring: 3 },
    { id: 'pa', name: 'Personal assistant', kind: 'professional', ring: 4 },
    { id: 'sw', name: 'Social worker', kind: 'professional', ring: 4 },
    { id: 'gp', name: 'GP', kind: 'service', ring: 4 },
  ],
  relationships: [
    { id: 'c1', from: 'dewi', to: 'sister', type: 'close', direction: 'both' },
    { id: 'c2', from: 'dewi', to: 'housemate', type: 'strong', direction: 'both' },
    { id: 'c3', from: 'dewi', to: 'choir', type: 'strong' },
    { id: 'c4', from: 'dewi', to: 'pa', type: 'normal', direction: 'from' },
    { id: 'c5', from: 'dewi', to: 'sw', type: 'tenuous' },
  ],
};

/** A young person's safety network: who they can go to, and who worries people. */
export const safetyNetwork: MapData = {
  focus: 'jay',
  people: [
    { id: 'jay', name: 'Jay', kind: 'person' },
    { id: 'aunt', name: 'Aunt Mel', kind: 'family', ring: 1 },
    { id: 'coach', name: 'Boxing coach', kind: 'professional', ring: 2, paid: false },
    { id: 'best', name: 'Kai', kind: 'friend', ring: 2 },
    { id: 'older', name: 'Older group at the park', kind: 'group', ring: 3 },
    { id: 'yot', name: 'Youth justice worker', kind: 'professional', ring: 4 },
    { id: 'teacher', name: 'Head of year', kind: 'professional', ring: 4 },
  ],
  relationships: [
    { id: 's1', from: 'jay', to: 'aunt', type: 'strong', direction: 'from' },
    { id: 's2', from: 'jay', to: 'coach', type: 'strong', direction: 'from' },
    { id: 's3', from: 'jay', to: 'best', type: 'close', direction: 'both' },
    { id: 's4', from: 'jay', to: 'older', type: 'abusive', label: 'Pressure to carry' },
    { id: 's5', from: 'jay', to: 'yot', type: 'normal' },
    { id: 's6', from: 'jay', to: 'teacher', type: 'conflicted' },
  ],
};

/** The family map three and six months earlier: people joined, left and moved. */
export const familySnapshots: Snapshot[] = [
  {
    id: 'jan',
    date: '2026-01-12',
    label: 'First meeting',
    focus: 'sam',
    people: [
      { id: 'sam', name: 'Sam Jones', kind: 'person' },
      { id: 'mum', name: 'Karen Jones', kind: 'family', ring: 1 },
      { id: 'dad', name: 'Gareth Jones', kind: 'family', ring: 1 },
      { id: 'rhys', name: 'Rhys', kind: 'friend', ring: 2 },
      { id: 'uncle', name: 'Uncle Bob', kind: 'family', ring: 2 },
      { id: 'school', name: 'Ysgol y Bryn', kind: 'place', ring: 3 },
      { id: 'camhs', name: 'CAMHS', kind: 'service', ring: 4 },
    ],
    relationships: [
      { id: 'r1', from: 'sam', to: 'mum', type: 'stressful' },
      { id: 'r2', from: 'sam', to: 'dad', type: 'normal' },
      { id: 'r5', from: 'sam', to: 'rhys', type: 'conflicted' },
    ],
  },
  {
    id: 'apr',
    date: '2026-04-20',
    label: 'Review',
    focus: 'sam',
    people: [
      { id: 'sam', name: 'Sam Jones', kind: 'person' },
      { id: 'mum', name: 'Karen Jones', kind: 'family', ring: 1 },
      { id: 'dad', name: 'Gareth Jones', kind: 'family', ring: 2 },
      { id: 'nan', name: 'Nan (Eirlys)', kind: 'family', ring: 2 },
      { id: 'rhys', name: 'Rhys', kind: 'friend', ring: 2 },
      { id: 'school', name: 'Ysgol y Bryn', kind: 'place', ring: 3 },
      { id: 'worker', name: 'Alex Rao', kind: 'professional', ring: 4 },
      { id: 'camhs', name: 'CAMHS', kind: 'service', ring: 4 },
    ],
    relationships: [
      { id: 'r1', from: 'sam', to: 'mum', type: 'normal' },
      { id: 'r2', from: 'sam', to: 'dad', type: 'stressful' },
    ],
  },
];

const KINDS: PersonKind[] = ['person', 'family', 'friend', 'professional', 'service', 'group', 'place', 'other'];

/** A community network map of `count` people (seeded, so the same every time). */
export function communityMap(count: number, seed = 7): MapData {
  const random = seeded(seed);
  const people: Person[] = [{ id: 'hub', name: 'Community hub', kind: 'group' }];
  for (let i = 1; i < count; i++) {
    const ring = (1 + Math.floor(random() * 4)) as Ring;
    people.push({ id: `p${i}`, name: `Member ${i}`, kind: KINDS[Math.floor(random() * KINDS.length)]!, ring });
  }
  const relationships: Relationship[] = [];
  for (let i = 1; i < count; i++) {
    const type: RelationshipType = RELATIONSHIP_TYPES[Math.floor(random() * RELATIONSHIP_TYPES.length)]!;
    const to = random() < 0.3 ? 'hub' : `p${1 + Math.floor(random() * (count - 1))}`;
    if (to !== `p${i}`) relationships.push({ id: `l${i}`, from: `p${i}`, to, type });
  }
  return { focus: 'hub', people, relationships };
}
