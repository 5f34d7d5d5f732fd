import { listOf, type TextContext } from '../../core/localize.js';
import type { TranslationKey } from '../../translations/en.js';
import {
  DIFFICULT_TYPES,
  RINGS,
  displayName,
  flowFor,
  measuresOf,
  personById,
  type MapData,
  type MapDiff,
  type NameDisplay,
  type Person,
  type Relationship,
  type Ring,
} from './model.js';

/** The map's generated text: the language plus how names are shown. */
export interface MapTextContext extends TextContext {
  display: NameDisplay;
}

export const ringName = (c: MapTextContext, ring: Ring) => c.t(`map.ring.${ring}` as TranslationKey);

export function nameOf(c: MapTextContext, map: MapData, id: string): string {
  const person = personById(map, id);
  return person ? displayName(person, c.display) : id;
}

/** Names as one phrase: "A, B and C" (from the catalogue, since not every browser has Welsh list formatting). */
/** A relationship in words, from one person's side: type, the other person, what it is like and who supports whom. */
export function describeRelationship(c: MapTextContext, map: MapData, relationship: Relationship, fromId: string): string {
  const other = nameOf(c, map, relationship.from === fromId ? relationship.to : relationship.from);
  const name = nameOf(c, map, fromId);
  const params = { type: c.t(`map.type.${relationship.type}` as TranslationKey), other, words: c.t(`map.words.${relationship.type}` as TranslationKey) };
  // Free-text labels can name people, so initials mode leaves them out.
  const sentence = relationship.label && c.display === 'name' ? c.t('map.relationshipLabelled', { ...params, label: relationship.label }) : c.t('map.relationship', params);
  const flow = flowFor(relationship, fromId);
  return flow ? `${sentence} ${c.t(`map.flow.${flow}`, { name, other })}` : sentence;
}

/** What a screen reader hears for a person in the diagram. */
export function describePerson(c: MapTextContext, map: MapData, person: Person): string {
  const name = displayName(person, c.display);
  if (person.id === map.focus) return c.t('map.nodeFocus', { name });
  return c.t('map.node', { name, kind: c.t(`map.kind.${person.kind}` as TranslationKey), ring: ringName(c, person.ring ?? 4) });
}

/** The paragraph that stands in for the picture: size, rings, paid, and the relationships a practitioner needs to see. */
/** Difficult relationships named in the summary, per type; the rest are counted. */
const NAMED_IN_SUMMARY = 5;

export function describeMap(c: MapTextContext, map: MapData): string[] {
  const m = measuresOf(map);
  const focus = nameOf(c, map, map.focus);
  const lines = [c.t('map.summary.size', { count: m.size, focus })];
  if (m.size === 0) return lines;
  lines.push(c.t('map.summary.rings', { focus, close: m.perRing[1], friends: m.perRing[2], groups: m.perRing[3], paid: m.perRing[4] }));
  lines.push(c.t('map.summary.paid', { paid: m.paid, unpaid: m.unpaid }));
  for (const type of DIFFICULT_TYPES) {
    const found = map.relationships.filter((r) => r.type === type);
    if (found.length === 0) continue;
    // A sentence stays readable: a community map may hold hundreds of these.
    const names = found.slice(0, NAMED_IN_SUMMARY).map((r) =>
      r.from === map.focus || r.to === map.focus
        ? c.t('map.summary.with', { name: nameOf(c, map, r.from === map.focus ? r.to : r.from) })
        : c.t('map.summary.between', { name: nameOf(c, map, r.from), other: nameOf(c, map, r.to) }),
    );
    if (found.length > NAMED_IN_SUMMARY) names.push(c.t('map.summary.others', { count: found.length - NAMED_IN_SUMMARY }));
    lines.push(c.t(`map.summary.${type}`, { count: found.length, names: listOf(c, names) }));
  }
  return lines;
}

/** The change since an earlier snapshot, in words. */
export function describeDiff(c: MapTextContext, diff: MapDiff, after: MapData, date: string): string[] {
  const names = (people: readonly Person[]) => listOf(c, people.map((p) => displayName(p, c.display)));
  const parts: [TranslationKey, number, string][] = [
    ['map.compare.joined', diff.joined.length, names(diff.joined)],
    ['map.compare.left', diff.left.length, names(diff.left)],
    ['map.compare.closer', diff.closer.length, names(diff.closer.map((m) => m.person))],
    ['map.compare.further', diff.further.length, names(diff.further.map((m) => m.person))],
    [
      'map.compare.changed',
      diff.changed.length,
      listOf(c, diff.changed.map(({ after: r }) => c.t('map.summary.between', { name: nameOf(c, after, r.from), other: nameOf(c, after, r.to) }))),
    ],
  ];
  const sentences = parts.filter(([, count]) => count > 0).map(([key, count, list]) => c.t(key, { count, names: list }));
  return sentences.length === 0 ? [c.t('map.compare.none', { date: c.date(date) })] : [c.t('map.compare.intro', { date: c.date(date) }), ...sentences];
}

/** Rows of the measures table: a label and one value per map. */
export function measureRows(c: MapTextContext, maps: readonly MapData[]): { label: string; values: number[] }[] {
  const all = maps.map(measuresOf);
  return [
    { label: c.t('map.measures.size'), values: all.map((m) => m.size) },
    ...RINGS.map((ring) => ({ label: ringName(c, ring), values: all.map((m) => m.perRing[ring]) })),
    { label: c.t('map.measures.paid'), values: all.map((m) => m.paid) },
    { label: c.t('map.measures.unpaid'), values: all.map((m) => m.unpaid) },
    ...DIFFICULT_TYPES.map((type) => ({ label: c.t('map.measures.type', { type: c.t(`map.type.${type}` as TranslationKey) }), values: all.map((m) => m.byType[type]) })),
  ];
}
