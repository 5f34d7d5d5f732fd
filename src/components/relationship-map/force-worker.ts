// The force layout off the main thread. The element posts the map (ids,
// rings and who is related to whom: nobody's name or notes) and the rings
// layout it starts from; this posts everyone's position about every 100 ms
// as it settles, then once more when settled. A new map gets a new worker:
// the element ends the old one, so there is nothing here to stop.
import { ForceLayout, SETTLING_REDRAW_MS, type ForceMap } from './force-layout.js';
import type { Placement } from './layout.js';
import type { Ring } from './model.js';

/**
 * The map as the worker gets it: flat arrays, which are quick to copy
 * across and (but for the ids) handed over rather than copied, instead of
 * an object per person and per position.
 */
export interface ForceRequest {
  focus: string;
  ids: string[];
  /** Each person's ring, 0 where none. */
  rings: Uint8Array;
  /** Who is related to whom: pairs of indexes into `ids`. */
  links: Uint32Array;
  /** Where each person starts: x, y in the order of `ids` (NaN: not placed). */
  xy: Float64Array;
  nodeRadius: number;
}
export interface ForceProgress {
  /** x, y for each of the map's people, in order. */
  xy: Float64Array;
  settled: boolean;
}

/** The layout's map and starting placement, from the flat arrays. */
export function fromRequest({ focus, ids, rings, links, xy, nodeRadius }: ForceRequest): { map: ForceMap; start: Placement } {
  const relationships: { from: string; to: string }[] = [];
  for (let i = 0; i < links.length; i += 2) relationships.push({ from: ids[links[i]!]!, to: ids[links[i + 1]!]! });
  const positions = new Map<string, { x: number; y: number }>();
  ids.forEach((id, i) => Number.isNaN(xy[2 * i]) || positions.set(id, { x: xy[2 * i]!, y: xy[2 * i + 1]! }));
  return { map: { focus, people: ids.map((id, i) => ({ id, ring: (rings[i] || undefined) as Ring | undefined })), relationships }, start: { positions, nodeRadius } };
}

self.onmessage = ({ data }: MessageEvent<ForceRequest>) => {
  const { map, start } = fromRequest(data);
  const layout = new ForceLayout(map, start);
  const post = (settled: boolean) => {
    const xy = layout.coordinates();
    self.postMessage({ xy, settled } satisfies ForceProgress, { transfer: [xy.buffer] });
  };
  // Positions go out as often as the element redraws while settling.
  while (!layout.step(SETTLING_REDRAW_MS)) post(false);
  post(true);
};
