/*
 * A triad (issue 25): where a story sits between three labelled corners,
 * as three shares in whole percent that always sum to 100. Pure: the same
 * shares are a point in the triangle (pointer), three linked sliders
 * (keyboard) and a sentence (“mostly my own effort (60%) …”).
 */

/** The three shares, corner by corner (a, b, c), each 0–100, summing to 100. */
export type TriadShares = readonly [number, number, number];

export const EVEN: TriadShares = [34, 33, 33];

/**
 * Whole percentages that sum to exactly 100, from any three non-negative
 * weights (largest remainder: the rounding never adds or loses a percent).
 * All zero gives an even split.
 */
export function toShares(weights: readonly [number, number, number]): TriadShares {
  const clean = weights.map((weight) => (Number.isFinite(weight) && weight > 0 ? weight : 0));
  const sum = clean[0]! + clean[1]! + clean[2]!;
  if (sum === 0) return EVEN;
  const exact = clean.map((weight) => (weight / sum) * 100);
  const floors = exact.map(Math.floor);
  let left = 100 - (floors[0]! + floors[1]! + floors[2]!);
  // Largest fractional part first; ties to the earlier corner, so the result is stable.
  const order = [0, 1, 2].sort((i, j) => exact[j]! - floors[j]! - (exact[i]! - floors[i]!) || i - j);
  for (const index of order) {
    if (left === 0) break;
    floors[index]! += 1;
    left -= 1;
  }
  return [floors[0]!, floors[1]!, floors[2]!];
}

/** Whether a value is three whole shares, each 0–100, summing to 100. */
export function isShares(value: unknown): value is TriadShares {
  return (
    Array.isArray(value) &&
    value.length === 3 &&
    value.every((share) => Number.isInteger(share) && share >= 0 && share <= 100) &&
    value[0] + value[1] + value[2] === 100
  );
}

/**
 * One corner's share moved by `delta` (the keyboard: arrows 1, Page Up/Down
 * 10): the other two make room, or take up the slack, in proportion to what
 * they had (evenly when both had nothing), so the three still sum to 100.
 */
export function moveShare(shares: TriadShares, corner: 0 | 1 | 2, delta: number): TriadShares {
  const target = Math.min(100, Math.max(0, Math.round(shares[corner] + delta)));
  const [first, second] = ([0, 1, 2] as const).filter((index) => index !== corner) as [0 | 1 | 2, 0 | 1 | 2];
  const rest = 100 - target;
  const had = shares[first] + shares[second];
  // The first takes its rounded part of the rest and the second what is left, so the three sum to 100.
  const firstShare = Math.round(had === 0 ? rest / 2 : (rest * shares[first]) / had);
  const result: [number, number, number] = [0, 0, 0];
  result[corner] = target;
  result[first] = firstShare;
  result[second] = rest - firstShare;
  return result;
}

/** A corner's share set outright (a slider's Home / End, or a typed number). */
export function setShare(shares: TriadShares, corner: 0 | 1 | 2, value: number): TriadShares {
  return moveShare(shares, corner, value - shares[corner]);
}

/** The triangle's corners in drawing units: top, bottom right, bottom left (equilateral, side 100). */
export const CORNERS: readonly (readonly [number, number])[] = [
  [50, 0],
  [100, 86.6],
  [0, 86.6],
];

/** Where shares sit in the triangle (barycentric coordinates). */
export function toPoint(shares: TriadShares): { x: number; y: number } {
  const [a, b, c] = shares.map((share) => share / 100) as [number, number, number];
  return { x: a * CORNERS[0]![0] + b * CORNERS[1]![0] + c * CORNERS[2]![0], y: a * CORNERS[0]![1] + b * CORNERS[1]![1] + c * CORNERS[2]![1] };
}

/** The shares of a point (a pointer inside or outside the triangle: outside, the nearest point on its edge). */
export function fromPoint(x: number, y: number): TriadShares {
  const [[x1, y1], [x2, y2], [x3, y3]] = CORNERS as [[number, number], [number, number], [number, number]];
  const det = (y2 - y3) * (x1 - x3) + (x3 - x2) * (y1 - y3);
  const a = ((y2 - y3) * (x - x3) + (x3 - x2) * (y - y3)) / det;
  const b = ((y3 - y1) * (x - x3) + (x1 - x3) * (y - y3)) / det;
  const c = 1 - a - b;
  // Negative weights are outside the triangle: clamping them to 0 and renormalising lands on the nearest edge's side.
  return toShares([Math.max(0, a), Math.max(0, b), Math.max(0, c)]);
}

/** How much of a share is, in words: the sentence says “mostly”, “some”, “a little” or “none”. */
export type ShareAmount = 'mostly' | 'some' | 'a-little' | 'none';

export function amountOf(share: number): ShareAmount {
  if (share >= 50) return 'mostly';
  if (share >= 20) return 'some';
  return share > 0 ? 'a-little' : 'none';
}
