// The force layout off the main thread. The element posts the map (ids,
// rings and who is related to whom: nobody's name or notes) and the rings
// layout it starts from; this posts everyone's position about every 100 ms
// as it settles, then once more when settled. A new map gets a new worker:
// the element ends the old one, so there is nothing here to stop.
import { ForceLayout, type ForceMap } from './force-layout.js';
import type { Placement } from './layout.js';

/** How often positions are sent while settling (the element redraws on each). */
const POST_EVERY_MS = 100;

export interface ForceRequest {
  map: ForceMap;
  start: Placement;
}
export interface ForceProgress {
  /** x, y for each of the map's people, in order. */
  xy: Float64Array;
  settled: boolean;
}

self.onmessage = ({ data }: MessageEvent<ForceRequest>) => {
  const layout = new ForceLayout(data.map, data.start);
  const post = (settled: boolean) => {
    const xy = layout.coordinates();
    self.postMessage({ xy, settled } satisfies ForceProgress, { transfer: [xy.buffer] });
  };
  while (!layout.step(POST_EVERY_MS)) post(false);
  post(true);
};
