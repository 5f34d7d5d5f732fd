import { RINGS, peopleByRing, type MapData, type Person, type PersonKind, type Position, type Ring } from './model.js';

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

/**
 * The ecomap's sectors, clockwise from 12 o'clock, as practitioners draw
 * them: family (and pets), friends, groups and places, professionals and
 * services, then anyone else. Each kind keeps its sector on every map.
 */
export const SECTORS: readonly (readonly PersonKind[])[] = [['family', 'pet'], ['friend'], ['group', 'place'], ['professional', 'service'], ['other', 'person']];
const SECTOR_OF = new Map(SECTORS.flatMap((kinds, sector) => kinds.map((kind) => [kind, sector] as const)));

/**
 * Every person's angle round the focus, in radians as drawn (−π/2 is 12
 * o'clock, going clockwise): all distinct, sector by sector, one empty
 * place between sectors. So no two
 * people share a spoke, and no line from the focus runs through or along
 * another person's. Seen from the focus, two people are at least
 * 360° / (people + 5) apart: 12.4° up to 24 people, over half of 360° / n beyond.
 */
export function ecomapAngles(map: MapData): Map<string, number> {
  const byRing = peopleByRing(map);
  // Within a sector: by ring, then kind and name (peopleByRing's order), so it reads outwards.
  const people = RINGS.flatMap((ring) => byRing[ring]);
  const sectors: Person[][] = SECTORS.map(() => []);
  for (const person of people) sectors[SECTOR_OF.get(person.kind) ?? SECTORS.length - 1]!.push(person);
  const filled = sectors.filter((members) => members.length > 0);
  const places = people.length + filled.length;
  const angles = new Map<string, number>();
  let place = 0;
  for (const members of filled) {
    for (const person of members) angles.set(person.id, -Math.PI / 2 + (2 * Math.PI * (place++ + 0.5)) / places);
    place += 1;
  }
  return angles;
}

/** One ring's people in angle order, and the cosines of the angles between them (kept: the node-size search asks again and again). */
class RingSeats {
  private readonly cosines = new Map<number, Float64Array>();
  constructor(
    readonly ids: readonly string[],
    readonly angles: readonly number[],
  ) {}

  /** cos of the angle from each person to the one `step` places on. */
  cosinesAt(step: number): Float64Array {
    let found = this.cosines.get(step);
    if (!found) {
      const n = this.angles.length;
      found = Float64Array.from(this.angles, (angle, k) => Math.cos(angle - this.angles[(k + step) % n]!));
      this.cosines.set(step, found);
    }
    return found;
  }

  /** Each person's radius: the tracks taken in turn, so neighbours are apart both ways. */
  inTurn(tracks: readonly number[]): number[] {
    return this.ids.map((_, k) => tracks[k % tracks.length]!);
  }

  /** `inTurn`, or null when someone would touch a neighbour at this node size. */
  seat(tracks: readonly number[], nodeRadius: number): number[] | null {
    const n = this.ids.length;
    const radii = this.inTurn(tracks);
    const room = (2 * nodeRadius + gapFor(nodeRadius)) ** 2;
    // The nearest others are the next one (on the next track) and the next ones on the same track.
    for (const step of new Set([1, tracks.length, tracks.length + 1])) {
      if (step >= n) continue;
      const cosines = this.cosinesAt(step);
      for (let k = 0; k < n; k++) {
        const [a, b] = [radii[k]!, radii[(k + step) % n]!];
        if (a * a + b * b - 2 * a * b * cosines[k]! < room) return null;
      }
    }
    return radii;
  }
}

/** Track radii inside a ring at a node size. */
const trackRadii = (ring: Ring, nodeRadius: number): number[] => tracksFor(ring, nodeRadius).map((track) => track.radius);

/** The largest node size at which every ring holds its people on enough tracks (an upper bound for the ecomap). */
export function nodeRadiusFor(counts: Record<Ring, number>): number {
  for (let radius = LARGEST_NODE; radius > SMALLEST_NODE; radius *= 0.92) {
    if (RINGS.every((ring) => tracksFor(ring, radius).reduce((sum, t) => sum + t.places, 0) >= counts[ring])) return radius;
  }
  return SMALLEST_NODE;
}

/**
 * The ecomap (rings) layout, computed directly (no simulation, so it paints
 * first): every person at their own angle in their kind's sector
 * (`ecomapAngles`), in their ring, on the ring's tracks in turn; the node
 * size is the largest at which nobody touches anybody. Same data, same
 * picture.
 */
export function ringsLayout(map: MapData): Placement {
  const byRing = peopleByRing(map);
  const angles = ecomapAngles(map);
  const rings = RINGS.map((ring) => {
    const ids = byRing[ring].map((person) => person.id).sort((a, b) => angles.get(a)! - angles.get(b)!);
    return new RingSeats(ids, ids.map((id) => angles.get(id)!));
  });
  let nodeRadius = nodeRadiusFor({ 1: byRing[1].length, 2: byRing[2].length, 3: byRing[3].length, 4: byRing[4].length });
  let radii: (number[] | null)[] = [];
  for (; ; nodeRadius *= 0.92) {
    const size = nodeRadius;
    radii = RINGS.map((ring, i) => rings[i]!.seat(trackRadii(ring, size), size));
    if (radii.every(Boolean) || nodeRadius * 0.92 < SMALLEST_NODE) break;
  }
  const positions = new Map<string, Position>([[map.focus, { x: CENTRE, y: CENTRE }]]);
  RINGS.forEach((ring, i) => {
    const { ids, angles: around } = rings[i]!;
    // At the smallest size a crowded ring still gets its tracks in turn.
    const onTracks = radii[i] ?? rings[i]!.inTurn(trackRadii(ring, nodeRadius));
    ids.forEach((id, k) => positions.set(id, { x: CENTRE + onTracks[k]! * Math.cos(around[k]!), y: CENTRE + onTracks[k]! * Math.sin(around[k]!) }));
  });
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
