import { VIEW_SIZE } from './layout.js';
import type { Position } from './model.js';

/**
 * Where each name goes in the diagram: outside its person, clear of every
 * person, every other name and, where it can be, every line; shortened with
 * an ellipsis when nowhere fits it whole (the whole name is in the person's
 * accessible name, the details and the list), and left out only when even
 * a short one fits nowhere. Names are placed closest to the focus first,
 * where it is most crowded.
 *
 * Sizes are in diagram units. A name's width comes from the scene's
 * `measure` (the browser's text metrics, which read no layout) or, where
 * there is none (on a server), an estimate that errs wide.
 */

/** Estimated advance of one character, in em (system sans-serifs average 0.5–0.6; DejaVu Sans's digits are 0.64). */
export const CHAR_WIDTH = 0.62;
/** The ellipsis's advance, in em (a whole em in some fonts). */
const ELLIPSIS_WIDTH = 1;
/** Height of a line of text, in em. */
const LINE_HEIGHT = 1.2;
/** Room kept round a name, in em. */
const MARGIN = 0.15;
/** The shortest a name is cut to (characters before the ellipsis). */
const SHORTEST = 4;

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface LabelRequest {
  id: string;
  text: string;
  /** The centre of the person named. */
  at: Position;
  /** Their radius. */
  radius: number;
}

export interface PlacedLabel {
  id: string;
  /** What is drawn: the name, or its start and an ellipsis. */
  text: string;
  /** The text's anchor point (`x` per `anchor`; `y` is the middle of the line). */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  shortened: boolean;
  box: Box;
}

export interface LabelScene {
  /** The font size, in diagram units. */
  fontSize: number;
  /** Everyone drawn: names never cover a person. */
  people: readonly { at: Position; radius: number }[];
  /** Lines drawn between people: names avoid crossing them where they can. */
  lines: readonly (readonly [Position, Position])[];
  /** Names stay inside this box. */
  bounds: Box;
  /** Boxes already taken (names placed earlier, ring names). */
  taken?: readonly Box[];
  /** Text widths (default: the estimate). */
  measure?: Measure;
  /** Whose name is bold (the focus person's). */
  boldId?: string;
}

/**
 * Coordinates to a hundredth of a unit. Engines' Math.cos and Math.sin may
 * differ in the last bit, and a server (Node) lays names out for the page
 * that hydrates them: rounded, every engine makes the same choices.
 */
const even = (value: number) => Math.round(value * 100) / 100;
const evenPoint = ({ x, y }: Position): Position => ({ x: even(x), y: even(y) });

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const inside = (a: Box, bounds: Box) => a.left >= bounds.left && a.right <= bounds.right && a.top >= bounds.top && a.bottom <= bounds.bottom;
const circleBox = (at: Position, radius: number): Box => ({ left: at.x - radius, top: at.y - radius, right: at.x + radius, bottom: at.y + radius });

/** A text's advance in em; `bold` for the focus person's name. */
export type Measure = (text: string, bold: boolean) => number;

/** The estimate used where text cannot be measured. */
export const estimateWidth: Measure = (text) => [...text].reduce((width, character) => width + (character === '…' ? ELLIPSIS_WIDTH : CHAR_WIDTH), 0);

/** The box `text` takes when anchored at (x, y) as drawn (y the line's middle), `width` em wide. */
export function textBox(width: number, x: number, y: number, anchor: PlacedLabel['anchor'], fontSize: number): Box {
  width *= fontSize;
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  const half = (LINE_HEIGHT * fontSize) / 2;
  const margin = MARGIN * fontSize;
  return { left: left - margin, top: y - half - margin, right: left + width + margin, bottom: y + half + margin };
}

/** Whether the segment a–b passes through the box (Liang–Barsky clipping). */
export function crosses(a: Position, b: Position, box: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const edges: [number, number][] = [
    [-dx, a.x - box.left],
    [dx, box.right - a.x],
    [-dy, a.y - box.top],
    [dy, box.bottom - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

/**
 * Where a name may go round its person, best first: beyond the person,
 * away from the focus (so off the person's own line), then turned 45° and
 * 90° either way, then straight below, above and to each side.
 */
function spotsFor(request: LabelRequest, centre: Position, fontSize: number): { x: number; y: number; anchor: PlacedLabel['anchor'] }[] {
  const dx = request.at.x - centre.x;
  const dy = request.at.y - centre.y;
  const outward = dx === 0 && dy === 0 ? Math.PI / 2 : even(Math.atan2(dy, dx));
  const gap = request.radius + 0.3 * fontSize;
  const half = (LINE_HEIGHT * fontSize) / 2;
  const spot = (angle: number) => {
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    // Beside the person when the direction is mostly sideways; above or below, centred, when mostly vertical.
    const anchor: PlacedLabel['anchor'] = Math.abs(cos) < 0.38 ? 'middle' : cos > 0 ? 'start' : 'end';
    const x = even(request.at.x + cos * gap);
    const y = even(request.at.y + sin * (anchor === 'middle' ? gap + half : gap));
    return { x, y, anchor };
  };
  const turns = [0, Math.PI / 4, -Math.PI / 4, Math.PI / 2, -Math.PI / 2];
  const fixed = [Math.PI / 2, -Math.PI / 2, 0, Math.PI];
  return [...turns.map((turn) => spot(outward + turn)), ...fixed.map(spot)];
}

/** The text for a name cut to `length` characters and an ellipsis (whole when it is that short already). */
function cut(text: string, length: number): string {
  const characters = [...text];
  return characters.length <= length ? text : `${characters.slice(0, length).join('').trimEnd()}…`;
}

/** The lengths to try, whole name first, each shorter by about a third, down to SHORTEST. */
function lengthsFor(text: string): number[] {
  const full = [...text].length;
  const lengths = [full];
  for (let length = Math.floor(full * 0.66); length > SHORTEST; length = Math.floor(length * 0.66)) lengths.push(length);
  if (full > SHORTEST) lengths.push(SHORTEST);
  return lengths;
}

/**
 * Places names in order (the focus person's first, then outwards). Returns
 * one label per request that found room; a request with none is left out.
 */
export function placeLabels(requests: readonly LabelRequest[], centre: Position, scene: LabelScene): PlacedLabel[] {
  const { fontSize } = scene;
  requests = requests.map((request) => ({ ...request, at: evenPoint(request.at) }));
  const lines = scene.lines.map(([a, b]) => [evenPoint(a), evenPoint(b)] as const);
  const taken: Box[] = [...(scene.taken ?? [])];
  const people = scene.people.map(({ at, radius }) => circleBox(evenPoint(at), radius));
  const placed: PlacedLabel[] = [];
  const measure = scene.measure ?? estimateWidth;
  for (const request of requests) {
    let best: { label: PlacedLabel; crossings: number } | null = null;
    for (const length of lengthsFor(request.text)) {
      const text = cut(request.text, length);
      const width = measure(text, request.id === scene.boldId);
      for (const { x, y, anchor } of spotsFor(request, centre, fontSize)) {
        const box = textBox(width, x, y, anchor, fontSize);
        if (!inside(box, scene.bounds) || taken.some((other) => overlaps(box, other)) || people.some((person) => overlaps(box, person))) continue;
        const crossings = lines.reduce((count, [a, b]) => count + (crosses(a, b, box) ? 1 : 0), 0);
        if (!best || crossings < best.crossings) best = { label: { id: request.id, text, x, y, anchor, shortened: length < [...request.text].length, box }, crossings };
        if (crossings === 0) break;
      }
      // The whole name across a line beats a shortened one clear of lines; a shorter one is tried only when none fits.
      if (best) break;
    }
    if (!best) continue;
    taken.push(best.label.box);
    placed.push(best.label);
  }
  return placed;
}

/**
 * Where each ring's name goes: on the ring's band, in the first gap found
 * going anticlockwise from 12 o'clock (the empty place before the family
 * sector), clear of everyone and, where it can be, of every line; left out
 * on a ring too full for it (the list's headings name every ring).
 */
export function placeRingNames(rings: readonly { ring: number; text: string; radius: number }[], centre: Position, scene: LabelScene): RingName[] {
  const people = scene.people.map(({ at, radius }) => circleBox(evenPoint(at), radius));
  const lines = scene.lines.map(([a, b]) => [evenPoint(a), evenPoint(b)] as const);
  const placed: RingName[] = [];
  const measure = scene.measure ?? estimateWidth;
  for (const { ring, text, radius } of rings) {
    const width = measure(text, false);
    let best: { name: RingName; crossings: number } | null = null;
    for (let degrees = 0; degrees < 360 && best?.crossings !== 0; degrees += 3) {
      const angle = -Math.PI / 2 - (degrees * Math.PI) / 180;
      const x = even(centre.x + Math.cos(angle) * radius);
      const y = even(centre.y + Math.sin(angle) * radius);
      const box = textBox(width, x, y, 'middle', scene.fontSize);
      if (!inside(box, scene.bounds) || people.some((person) => overlaps(box, person)) || placed.some((other) => overlaps(box, other.box))) continue;
      const crossings = lines.reduce((count, [a, b]) => count + (crosses(a, b, box) ? 1 : 0), 0);
      if (!best || crossings < best.crossings) best = { name: { ring, text, x, y, box }, crossings };
    }
    if (best) placed.push(best.name);
  }
  return placed;
}

export interface RingName {
  ring: number;
  text: string;
  x: number;
  y: number;
  box: Box;
}

/**
 * Every name in the diagram: the rings' first (they mark the picture's
 * structure), then people's, the focus person's first and then outwards.
 */
export function labelDiagram(
  people: readonly LabelRequest[],
  rings: readonly { ring: number; text: string; radius: number }[],
  centre: Position,
  scene: Omit<LabelScene, 'people' | 'taken'>,
): { rings: RingName[]; names: PlacedLabel[] } {
  const full = { ...scene, people };
  const ringNames = placeRingNames(rings, centre, full);
  // People on one track are equally far out: rounded, so each engine keeps them in the order given.
  const distance = (request: LabelRequest) => even(Math.hypot(request.at.x - centre.x, request.at.y - centre.y));
  const outwards = [...people].sort((a, b) => distance(a) - distance(b));
  return { rings: ringNames, names: placeLabels(outwards, centre, { ...full, taken: ringNames.map((name) => name.box) }) };
}

/** The smallest a name may reach the screen, in CSS px: 12, or 11 in a phone-width diagram (issue 21). */
export const SMALLEST_NAME_PX = { wide: 12, narrow: 11 } as const;
/** Below this width (CSS px) the diagram counts as phone-width. */
const NARROW = 480;
/** The width assumed before the diagram has been measured (on a server, or before the first resize report). */
const UNMEASURED = 600;

/**
 * The names' font size in diagram units for a diagram drawn `width` CSS px
 * wide (the 1000-unit picture is scaled to fit): large enough that names
 * reach the screen at SMALLEST_NAME_PX, never below 12 units.
 */
export function labelSizeFor(width: number): number {
  const drawn = width > 0 ? width : UNMEASURED;
  const smallest = drawn < NARROW ? SMALLEST_NAME_PX.narrow : SMALLEST_NAME_PX.wide;
  // Rounded up to a half unit, so a few pixels' resize does not lay names out again.
  return Math.max(12, Math.ceil(((smallest * VIEW_SIZE) / drawn) * 2) / 2);
}
