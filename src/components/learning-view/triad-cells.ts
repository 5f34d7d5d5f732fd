import type { TriadShares } from '../story/triad.js';

/*
 * Regions of a triad's triangle for a dot-density of many stories: the
 * triangle cut into 9 smaller ones (each side in three). A region is where
 * stories are counted, and what a reader opens to read the stories in it.
 */

/** Thirds along each side. */
const DIVISIONS = 3;

/** A region: its three corners as shares (each a whole multiple of 100 / 3, summing to 100). */
export type Region = readonly [TriadShares, TriadShares, TriadShares];

const corner = (a: number, b: number, c: number): TriadShares => [(a * 100) / DIVISIONS, (b * 100) / DIVISIONS, (c * 100) / DIVISIONS];

/** Every region, in a fixed order: those pointing up (by corner a, then b), then those pointing down. */
export const REGIONS: readonly Region[] = (() => {
  const up: Region[] = [];
  const down: Region[] = [];
  for (let a = 0; a < DIVISIONS; a += 1) {
    for (let b = 0; a + b < DIVISIONS; b += 1) {
      const c = DIVISIONS - 1 - a - b;
      up.push([corner(a + 1, b, c), corner(a, b + 1, c), corner(a, b, c + 1)]);
      if (c >= 1) down.push([corner(a + 1, b + 1, c - 1), corner(a + 1, b, c), corner(a, b + 1, c)]);
    }
  }
  return [...up, ...down];
})();

/** The index in REGIONS of the region holding some shares (a point on an edge between two goes to one of them, always the same). */
export function regionOf(shares: TriadShares): number {
  const scaled = shares.map((share) => (share * DIVISIONS) / 100);
  const floors = scaled.map((value) => Math.min(DIVISIONS - 1, Math.floor(value)));
  // On a grid point every floor is exact and they sum to DIVISIONS: step one back so it lands in a region.
  while (floors[0]! + floors[1]! + floors[2]! > DIVISIONS - 1) {
    const index = floors.findIndex((floor) => floor > 0);
    floors[index]! -= 1;
  }
  const [a, b, c] = floors as [number, number, number];
  const pointsUp = a + b + c === DIVISIONS - 1;
  if (pointsUp) return upIndex(a, b);
  // Pointing down: the region whose top-left corner is (a + 1, b + 1, c).
  return REGIONS.length - downCount() + downIndex(a, b);
}

function upIndex(a: number, b: number): number {
  let index = 0;
  for (let row = 0; row < a; row += 1) index += DIVISIONS - row;
  return index + b;
}

const downCount = (): number => (DIVISIONS * (DIVISIONS - 1)) / 2;

function downIndex(a: number, b: number): number {
  let index = 0;
  for (let row = 0; row < a; row += 1) index += DIVISIONS - 1 - row;
  return index + b;
}
