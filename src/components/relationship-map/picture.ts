import { nothing, svg, type SVGTemplateResult } from 'lit';
import { FOCUS_NODE, relationshipLine, shapeOf, trimmed } from './diagram.js';
import { labelDiagram, type Measure } from './labels.js';
import { CENTRE, RING_EDGES, VIEW_SIZE, type Placement } from './layout.js';
import { RINGS, displayName, isPaid, personById, type MapData, type MapDiff, type Person, type Position } from './model.js';
import { ringName, type MapTextContext } from './summary.js';

/**
 * The diagram's picture: rings and their names, relationship lines, people
 * (each a focusable button named by what the list says of them) and their
 * names, placed by labels.ts. The element owns the state; this draws it.
 */

/** What the picture needs of the element. */
export interface PictureContext {
  t: MapTextContext['t'];
  text: MapTextContext;
  map: MapData;
  placement: Placement;
  comparison: { diff: MapDiff } | null;
  /** Who this step of drawing a big map in steps draws (null: everyone). */
  drawn: Set<string> | null;
  /** Where a person being dragged is. */
  dragAt: { id: string; x: number; y: number } | null;
  activeId: string;
  setActive: (id: string) => void;
  /** A person's accessible name: who they are and their relationships, in words. */
  describe: (person: Person) => string;
  /** Names' size in diagram units, and how to measure them (none on a server). */
  fontSize: number;
  measure: Measure | undefined;
}

/** Coordinates written to one decimal (shorter markup, same picture). */
const round = (value: number) => Math.round(value * 10) / 10;

export function renderPicture(c: PictureContext): SVGTemplateResult {
const { map, placement } = c;
  const r = placement.nodeRadius;
  const comparison = c.comparison;
  const left = new Set(comparison?.diff.left.map((p) => p.id));
  const joined = new Set(comparison?.diff.joined.map((p) => p.id));
  const drawn = c.drawn;
  const at = (id: string) => (!drawn || drawn.has(id) ? (c.dragAt?.id === id ? c.dragAt : placement.positions.get(id)) : undefined);
  const radiusOf = (id: string) => (id === map.focus ? FOCUS_NODE : r);
  const lines: [Position, Position][] = [];
  const edges = map.relationships.map((rel) => {
    const a = at(rel.from);
    const b = at(rel.to);
    const line = a && b && trimmed(a, b, radiusOf(rel.from) + 2, radiusOf(rel.to) + 2);
    if (!line) return nothing;
    lines.push(line);
    return svg`<g data-ends="${rel.from} ${rel.to}">${relationshipLine(rel.type, line[0], line[1], rel.direction)}</g>`;
  });
  const fontSize = c.fontSize;
  const shown = map.people.filter((person) => at(person.id));
  const placed = labelDiagram(
    // A person's reach: diamonds go 1.2 × the radius out, and the outline's stroke 1 more.
    shown.map((person) => ({ id: person.id, text: displayName(person, c.text.display), at: at(person.id)!, radius: radiusOf(person.id) * 1.2 + 1 })),
    RINGS.map((ring) => ({ ring, text: ringName(c.text, ring), radius: (RING_EDGES[ring][0] + RING_EDGES[ring][1]) / 2 })),
    { x: CENTRE, y: CENTRE },
    { fontSize, lines, bounds: { left: 0, top: 0, right: VIEW_SIZE, bottom: VIEW_SIZE }, measure: c.measure, boldId: map.focus },
  );
  const rings = [...RINGS].reverse().map((ring) => svg`<circle class="ring ${ring % 2 ? 'odd' : 'even'}" cx=${CENTRE} cy=${CENTRE} r=${RING_EDGES[ring][1]}></circle>`);
  const ringNames = placed.rings.map((name) => svg`<text class="ring-label" x=${round(name.x)} y=${round(name.y)} text-anchor="middle" dominant-baseline="central">${name.text}</text>`);
  const nodes = shown.map((person) => {
    const p = at(person.id)!;
    const isFocus = person.id === map.focus;
    const ghost = left.has(person.id);
    const name = displayName(person, c.text.display);
    const size = radiusOf(person.id);
    const classes = `node kind-${person.kind}${isFocus ? ' focus-person' : ''}${ghost ? ' ghost' : ''}${joined.has(person.id) ? ' joined' : ''}${isPaid(person) && !isFocus ? ' paid' : ''}`;
    const label = ghost ? `${name}: ${c.t('map.mark.left')}` : c.describe(person);
    return svg`<g
      class=${classes}
      part="person"
      data-id=${person.id}
      transform="translate(${round(p.x)} ${round(p.y)})"
      role=${ghost ? 'img' : 'button'}
      aria-label=${label}
      tabindex=${ghost ? nothing : person.id === c.activeId ? '0' : '-1'}
      @focus=${ghost ? nothing : () => c.setActive(person.id)}
    >
      ${isFocus ? svg`<circle class="shape" r=${size}></circle>` : shapeOf(person.kind, size, 'shape')}
    </g>`;
  });
  // Names sit in their own hidden layer: the node's accessible name says
  // more than the drawn text (and the whole name where it is shortened),
  // and names never hide under later nodes. The focus person's initials
  // are drawn inside their circle.
  const focusAt = at(map.focus);
  const focusPerson = personById(map, map.focus);
  const initials = focusAt && focusPerson ? svg`<text class="initials" data-id=${map.focus} x=${round(focusAt.x)} y=${round(focusAt.y)} text-anchor="middle" dominant-baseline="central" font-size=${round(Math.min(fontSize * 1.2, FOCUS_NODE * 0.7))}>${displayName(focusPerson, 'initials')}</text>` : nothing;
  const names = placed.names.map(
    (name) => svg`<text class=${name.id === map.focus ? 'name focus-name' : 'name'} data-id=${name.id} x=${round(name.x)} y=${round(name.y)} text-anchor=${name.anchor} dominant-baseline="central">${name.text}</text>`,
  );
  const active = at(c.activeId);
  const focusRing = active ? svg`<circle class="focus-ring" cx=${active.x} cy=${active.y} r=${radiusOf(c.activeId) + 5}></circle>` : nothing;
  return svg`${rings}<g class="edges">${edges}</g><g class="nodes">${nodes}</g><g class="labels" aria-hidden="true" font-size=${round(fontSize)}>${ringNames}${initials}${names}</g>${focusRing}`;
}
