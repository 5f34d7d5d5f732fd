import type { ForceMap } from './force-layout.js';
import type { ForceProgress, ForceRequest } from './force-worker.js';
import type { Placement } from './layout.js';

/** Stops a layout settling. */
type Stop = () => void;

/** Receives each new placement while the layout settles, and the last with `settled`. */
export type ShowPlacement = (placement: Placement, settled: boolean) => void;

/** Told when the layout could not run as it should: the worker did not start, or the layout's code did not load. */
export type SayFallback = (code: 'layout-worker-unavailable' | 'layout-unavailable') => void;

/**
 * Settles the force layout from `start`, off the main thread in a module
 * worker when the page allows one: at full speed, and the main thread
 * only draws (at 5,000 people one tick of the layout is longer than a
 * task may be, so slicing alone cannot keep every task short). Where a
 * worker cannot start (a Content-Security-Policy without `worker-src`
 * for the page's own files, a bundler that did not emit the worker file,
 * a browser without module workers) it settles on the main thread in
 * slices of about 8 ms instead, and says so (`fallback`), so a host
 * learns its bundle lacks the worker. Returns a function that stops it.
 */
export function settleForce(map: ForceMap, start: Placement, show: ShowPlacement, fallback: SayFallback): Stop {
  let stopped = false;
  let stopSlices: Stop = () => {};
  // The main thread's way is in the force layout's own module, fetched
  // only then (offline, without it, the rings layout stays: a true picture).
  const inSlices = () => {
    if (stopped) return;
    fallback('layout-worker-unavailable');
    void import('./force-layout.js').then(
      (module) => !stopped && (stopSlices = module.settleInSlices(map, start, show)),
      () => {
        if (stopped) return;
        fallback('layout-unavailable');
        show(start, true);
      },
    );
  };
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
      show(placementFrom(map, data.xy, start.nodeRadius), data.settled);
      if (data.settled) working.terminate();
    };
    // The worker's file did not load or run: the main thread does it.
    working.onerror = (event) => {
      event.preventDefault();
      working.terminate();
      inSlices();
    };
    const request = requestFor(map, start);
    working.postMessage(request, { transfer: [request.rings.buffer, request.links.buffer, request.xy.buffer] });
  }
  return () => {
    stopped = true;
    worker?.terminate();
    stopSlices();
  };
}

/** Only what the layout reads goes to the worker (ids, rings, links, where people start), as flat arrays. */
function requestFor(map: ForceMap, start: Placement): ForceRequest {
  const index = new Map(map.people.map((person, i) => [person.id, i]));
  const links: number[] = [];
  for (const { from, to } of map.relationships) {
    const [a, b] = [index.get(from), index.get(to)];
    if (a !== undefined && b !== undefined) links.push(a, b);
  }
  const xy = new Float64Array(map.people.length * 2).fill(NaN);
  map.people.forEach((person, i) => {
    const at = start.positions.get(person.id);
    if (at) [xy[2 * i], xy[2 * i + 1]] = [at.x, at.y];
  });
  return { focus: map.focus, ids: map.people.map((person) => person.id), rings: Uint8Array.from(map.people, (person) => person.ring ?? 0), links: Uint32Array.from(links), xy, nodeRadius: start.nodeRadius };
}

/** A placement from the worker's `coordinates()`, for the same map's people. */
function placementFrom(map: ForceMap, xy: Float64Array, nodeRadius: number): Placement {
  return { positions: new Map(map.people.map((person, i) => [person.id, { x: xy[2 * i]!, y: xy[2 * i + 1]! }])), nodeRadius };
}

type ScriptUrlPolicy = { createScriptURL(url: string): unknown };
let policy: ScriptUrlPolicy | null | undefined;

/**
 * The browser's Worker, its address given through Trusted Types where the
 * page enforces them (`require-trusted-types-for 'script'` refuses a plain
 * address). The policy is Kith's own, `kith` (the name the security page
 * asks a council's policy to allow), and vouches for the force layout's
 * worker and nothing else. Where it cannot be made (the page does not
 * allow it), the plain address is refused and the layout settles on the
 * main thread. Named `Worker` in this module so that bundlers still find
 * `new Worker(new URL('…', import.meta.url))` above and emit the worker's
 * file; the browser's own is read when a worker starts (tests replace it).
 */
const Worker = function TrustedWorker(url: URL, options: WorkerOptions) {
  return new globalThis.Worker(trustedAddress(url.href) as string, options);
} as unknown as typeof globalThis.Worker;

function trustedAddress(address: string): unknown {
  const types = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy } }).trustedTypes;
  if (!types) return address;
  if (policy === undefined) {
    try {
      policy = types.createPolicy('kith', {
        createScriptURL: (url) => {
          if (url !== address) throw new TypeError('Kith vouches only for its own worker.');
          return url;
        },
      });
    } catch {
      policy = null;
    }
  }
  return policy ? policy.createScriptURL(address) : address;
}
