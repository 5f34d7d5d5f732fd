import { RINGS, peopleByRing, type MapData, type Position, type Ring } from './model.js';

/** The diagram is drawn in a 1000 × 1000 box with the focus person at the centre. */
export const VIEW_SIZE = 1000;
export const CENTRE = VIEW_SIZE / 2;
/** The focus person's circle, then the inner and outer edge of each ring. */
export const FOCUS_RADIUS = 70;
export const RING_EDGES: Record<Ring, readonly [number, number]> = { 1: [80, 190], 2: [190, 300], 3: [300, 400], 4: [400, 490] };
const LARGEST_NODE = 22;
const SMALLEST_NODE = 1.5;

export type Layout = 'rings' | 'force' | 'fixed';

export interface Placement {
  /** Centre of each person, by id (the focus person included). */
  positions: Map<string, Position>;
  /** One radius for every person except the focus, chosen so nobody overlaps. */
  nodeRadius: number;
}

/** Room kept between neighbouring people. */
export const gapFor = (radius: number) => radius * 0.4 + 2;

/** Places on a track of radius `trackRadius` for nodes `pitch` apart (chord length). */
function placesOnTrack(trackRadius: number, pitch: number): number {
  if (pitch >= 2 * trackRadius) return 1;
  return Math.floor((2 * Math.PI) / (2 * Math.asin(pitch / (2 * trackRadius))));
}

/** Concentric tracks inside a ring, and how many people each holds. */
function tracksFor(ring: Ring, radius: number): { radius: number; places: number }[] {
  const [inner, outer] = RING_EDGES[ring];
  const pitch = 2 * radius + gapFor(radius);
  const count = Math.max(1, Math.floor((outer - inner - gapFor(radius)) / pitch));
  const spacing = (outer - inner) / count;
  return Array.from({ length: count }, (_, i) => {
    const trackRadius = inner + spacing * (i + 0.5);
    return { radius: trackRadius, places: placesOnTrack(trackRadius, pitch) };
  });
}

/** The largest node size at which every ring holds its people. */
export function nodeRadiusFor(counts: Record<Ring, number>): number {
  for (let radius = LARGEST_NODE; radius > SMALLEST_NODE; radius *= 0.92) {
    if (RINGS.every((ring) => tracksFor(ring, radius).reduce((sum, t) => sum + t.places, 0) >= counts[ring])) return radius;
  }
  return SMALLEST_NODE;
}

/**
 * The rings layout, computed directly (no simulation, so it paints first):
 * each ring's people on evenly spaced places, grouped by kind in angle order,
 * starting at the top. Nobody overlaps: places are at least two radii plus a
 * gap apart along and across tracks.
 */
export function ringsLayout(map: MapData): Placement {
  const byRing = peopleByRing(map);
  const nodeRadius = nodeRadiusFor({ 1: byRing[1].length, 2: byRing[2].length, 3: byRing[3].length, 4: byRing[4].length });
  const positions = new Map<string, Position>([[map.focus, { x: CENTRE, y: CENTRE }]]);
  for (const ring of RINGS) {
    const people = byRing[ring];
    if (people.length === 0) continue;
    const tracks = tracksFor(ring, nodeRadius);
    const capacity = tracks.reduce((sum, t) => sum + t.places, 0);
    // Fill tracks in proportion to their room, then hand out places in angle
    // order so each kind stays together as a sector.
    let left = people.length;
    const slots: { angle: number; radius: number }[] = [];
    tracks.forEach((track, i) => {
      const share = i === tracks.length - 1 ? left : Math.min(left, Math.round((people.length * track.places) / capacity));
      left -= share;
      const offset = (i % 2) * 0.5; // stagger tracks so neighbours do not line up
      for (let k = 0; k < share; k++) slots.push({ angle: -Math.PI / 2 + (2 * Math.PI * (k + offset)) / share, radius: track.radius });
    });
    slots.sort((a, b) => a.angle - b.angle);
    people.forEach((person, i) => {
      const slot = slots[i]!;
      positions.set(person.id, { x: CENTRE + slot.radius * Math.cos(slot.angle), y: CENTRE + slot.radius * Math.sin(slot.angle) });
    });
  }
  return { positions, nodeRadius };
}

/** Saved positions (`person.position`); anyone without one goes where the rings layout puts them. */
export function fixedLayout(map: MapData): Placement {
  const rings = ringsLayout(map);
  for (const person of map.people) if (person.position && person.id !== map.focus) rings.positions.set(person.id, { ...person.position });
  return rings;
}

/** Which ring a point at `distance` from the centre is in (the focus circle counts as ring 1). */
export function ringAt(distance: number): Ring {
  return RINGS.find((ring) => distance < RING_EDGES[ring][1]) ?? 4;
}

export type Heading = 'up' | 'down' | 'left' | 'right';

/**
 * The person nearest to `from` in a heading, for arrow-key movement: only
 * people ahead count, and ones off to the side count as further away.
 */
export function nearestInDirection(from: Position, candidates: Iterable<[string, Position]>, heading: Heading): string | undefined {
  const [ax, ay] = { up: [0, -1], down: [0, 1], left: [-1, 0], right: [1, 0] }[heading];
  let best: string | undefined;
  let bestScore = Infinity;
  for (const [id, at] of candidates) {
    const dx = at.x - from.x;
    const dy = at.y - from.y;
    const ahead = dx * ax + dy * ay;
    if (ahead <= 0.5) continue;
    const aside = Math.abs(dx * ay - dy * ax);
    const score = ahead + 2 * aside;
    if (score < bestScore) {
      bestScore = score;
      best = id;
    }
  }
  return best;
}
