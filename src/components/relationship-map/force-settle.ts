import type { ForceMap } from './force-layout.js';
import type { ForceProgress, ForceRequest } from './force-worker.js';
import type { Placement } from './layout.js';

/** Stops a layout settling. */
type Stop = () => void;

/** Receives each new placement while the layout settles, and the last with `settled`. */
export type ShowPlacement = (placement: Placement, settled: boolean) => void;

/**
 * Settles the force layout from `start`, off the main thread in a module
 * worker when the page allows one: at full speed, and the main thread
 * only draws (at 5,000 people one tick of the layout is longer than a
 * task may be, so slicing alone cannot keep every task short). Where a
 * worker cannot start (a Content-Security-Policy without `worker-src`
 * for the page's own files, a bundler that did not emit the worker file,
 * a browser without module workers) it settles on the main thread in
 * slices of about 8 ms instead. Returns a function that stops it.
 */
export function settleForce(map: ForceMap, start: Placement, show: ShowPlacement): Stop {
  let stopped = false;
  let stopSlices: Stop = () => {};
  // Only what the layout reads goes to the worker: ids, rings, links.
  const request: ForceRequest = {
    map: { focus: map.focus, people: map.people.map(({ id, ring }) => ({ id, ring })), relationships: map.relationships.map(({ from, to }) => ({ from, to })) },
    start,
  };
  // The main thread's way is in the force layout's own module, fetched
  // only then (offline, without it, the rings layout stays: a true picture).
  const inSlices = () =>
    void import('./force-layout.js').then(
      (module) => !stopped && (stopSlices = module.settleInSlices(request.map, start, show)),
      () => !stopped && show(start, true),
    );
  let worker: Worker | null = null;
  try {
    worker = new Worker(new URL('./force-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    inSlices();
  }
  if (worker) {
    const working = worker;
    working.onmessage = ({ data }: MessageEvent<ForceProgress>) => {
      if (stopped) return;
      show(placementFrom(request.map, data.xy, start.nodeRadius), data.settled);
      if (data.settled) working.terminate();
    };
    // The worker's file did not load or run: the main thread does it.
    working.onerror = (event) => {
      event.preventDefault();
      working.terminate();
      inSlices();
    };
    working.postMessage(request);
  }
  return () => {
    stopped = true;
    worker?.terminate();
    stopSlices();
  };
}

/** A placement from the worker's `coordinates()`, for the same map's people. */
function placementFrom(map: ForceMap, xy: Float64Array, nodeRadius: number): Placement {
  return { positions: new Map(map.people.map((person, i) => [person.id, { x: xy[2 * i]!, y: xy[2 * i + 1]! }])), nodeRadius };
}
