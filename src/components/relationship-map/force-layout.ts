// The force layout, in its own module: d3-force is a third of the map's
// code, and only maps drawn with layout="force" need it, so the element
// fetches this module when one is (the rings layout paints meanwhile).
import { forceCollide, forceLink, forceManyBody, forceRadial, forceSimulation, type Simulation, type SimulationNodeDatum } from 'd3-force';
import { CENTRE, FOCUS_RADIUS, RING_EDGES, gapFor, ringsLayout, type Placement } from './layout.js';
import type { ShowPlacement } from './force-settle.js';
import type { MapData, Ring } from './model.js';

/** How often positions are shown while the layout settles (in a worker or on the main thread). */
export const SETTLING_REDRAW_MS = 100;
/** Script per slice on the main thread, so that no task runs long. */
const SLICE_MS = 8;

/** What the force layout reads of a map (a map is one; so is the slim copy sent to a worker). */
export interface ForceMap {
  focus: string;
  people: readonly { id: string; ring?: Ring | undefined }[];
  relationships: readonly { from: string; to: string }[];
}

export const ringMiddle = (ring: Ring) => (RING_EDGES[ring][0] + RING_EDGES[ring][1]) / 2;

interface ForceNode extends SimulationNodeDatum {
  id: string;
  ring: Ring | 0;
}

/**
 * The force layout, run in slices: `step(ms)` advances the simulation for
 * about `ms` milliseconds and says whether it has settled, so the caller can
 * paint between slices and no main-thread task runs long. It starts from the
 * rings layout, pulls each person towards their ring and keeps the focus
 * person at the centre. d3-force seeds its own random source, so the same
 * data always settles the same way.
 */
/** The forces, in the order d3-force applies them (the order they were added). */
const FORCES = ['ring', 'charge', 'collide', 'link'] as const;

export class ForceLayout {
  readonly nodeRadius: number;
  private readonly simulation: Simulation<ForceNode, undefined>;
  private readonly nodes: ForceNode[];
  /** Which part of a tick runs next: 0 cools down, then each force, then the move. */
  private part = 0;

  /** From the rings layout of a whole map, or from `start` (a worker has only the slim `ForceMap`). */
  constructor(map: MapData);
  constructor(map: ForceMap, start: Placement);
  constructor(map: ForceMap, from?: Placement) {
    const start = from ?? ringsLayout(map as MapData);
    this.nodeRadius = start.nodeRadius;
    this.nodes = map.people.map((person) => {
      const at = start.positions.get(person.id) ?? { x: CENTRE, y: CENTRE };
      const node: ForceNode = { id: person.id, ring: person.id === map.focus ? 0 : (person.ring ?? 4), x: at.x, y: at.y };
      if (person.id === map.focus) Object.assign(node, { fx: CENTRE, fy: CENTRE });
      return node;
    });
    const known = new Set(this.nodes.map((n) => n.id));
    const links = map.relationships.filter((r) => known.has(r.from) && known.has(r.to)).map((r) => ({ source: r.from, target: r.to }));
    const r = this.nodeRadius;
    this.simulation = forceSimulation(this.nodes)
      .stop()
      // It starts from the rings layout, already near its answer, so it cools
      // faster than d3's default (0.0228, for random starts): 83 ticks, not
      // 135 at 0.05. At 1,000 people that settles in 54% of the time and keeps
      // 88% of what the force adds: related people's mean distance went from
      // 369 (rings) to 336, against 332 at 0.05 (measured). And it stops at
      // alpha 0.005, not d3's 0.001: 64 ticks, a fifth less time, for the same
      // measures; the last 19 ticks moved people 0.1 units (median) and 2 at
      // most, in a picture 1,000 across (measured at 60, 150 and 1,000 people).
      .alphaDecay(0.08)
      .alphaMin(0.005)
      .force('ring', forceRadial<ForceNode>((n) => (n.ring === 0 ? 0 : ringMiddle(n.ring)), CENTRE, CENTRE).strength(0.5))
      // A coarser Barnes–Hut approximation than d3's 0.9: the charge was 70%
      // of each tick; at 1.2 it is a quarter cheaper, and the picture keeps
      // the same measures (related people's mean distance 336, everyone in
      // their ring, no overlaps: measured at 1,000 people).
      .force('charge', forceManyBody<ForceNode>().theta(1.2).strength(-r * 1.5).distanceMax(r * 12))
      .force('collide', forceCollide<ForceNode>((n) => (n.ring === 0 ? FOCUS_RADIUS : r + gapFor(r) / 2)))
      .force('link', forceLink<ForceNode, { source: string; target: string }>(links).id((n) => n.id).strength(0.02));
  }

  /** Cool enough to stop, at the end of a whole tick. */
  get settled(): boolean {
    return this.part === 0 && this.simulation.alpha() < this.simulation.alphaMin();
  }

  /**
   * Runs for about `budgetMs` (at least one part of a tick); returns true
   * once settled. A tick is run in parts (cool down, each force, move), as
   * d3's own `tick()` runs them: at 5,000 people one tick takes longer than
   * a task may, and parts can be split across tasks.
   */
  step(budgetMs = 8, now: () => number = () => performance.now()): boolean {
    const start = now();
    do this.runPart();
    while (!this.settled && now() - start < budgetMs);
    return this.settled;
  }

  /** The next part of the current tick; the same arithmetic as d3-force's `simulation.tick()`. */
  private runPart(): void {
    const simulation = this.simulation;
    const part = this.part;
    this.part = (part + 1) % (FORCES.length + 2);
    if (part === 0) {
      simulation.alpha(simulation.alpha() + (simulation.alphaTarget() - simulation.alpha()) * simulation.alphaDecay());
    } else if (part <= FORCES.length) {
      simulation.force(FORCES[part - 1]!)?.(simulation.alpha());
    } else {
      const keep = 1 - simulation.velocityDecay();
      for (const node of this.nodes) {
        node.vx = node.fx == null ? (node.vx ?? 0) * keep : 0;
        node.x = node.fx ?? (node.x ?? 0) + node.vx;
        node.vy = node.fy == null ? (node.vy ?? 0) * keep : 0;
        node.y = node.fy ?? (node.y ?? 0) + node.vy;
      }
    }
  }

  /** Runs to the end at once (tests, exports). */
  settle(): Placement {
    while (!this.settled) this.runPart();
    return this.placement();
  }

  placement(): Placement {
    return { positions: new Map(this.nodes.map((n) => [n.id, { x: n.x ?? CENTRE, y: n.y ?? CENTRE }])), nodeRadius: this.nodeRadius };
  }

  /** Everyone's x and y, in the map's order of people: what a worker sends back (a buffer it can hand over). */
  coordinates(): Float64Array {
    const xy = new Float64Array(this.nodes.length * 2);
    this.nodes.forEach((n, i) => {
      xy[2 * i] = n.x ?? CENTRE;
      xy[2 * i + 1] = n.y ?? CENTRE;
    });
    return xy;
  }
}

/**
 * The main thread's way of settling, where no worker may: slices of about
 * 8 ms that follow each other through a message channel (chained timeouts
 * are clamped to 4 ms each); `show` is called at most every 100 ms, since
 * drawing at each slice would spend most of the time drawing, not
 * settling. Returns a function that stops it.
 */
export function settleInSlices(map: ForceMap, start: Placement, show: ShowPlacement): () => void {
  const force = new ForceLayout(map, start);
  const channel = new MessageChannel();
  let drawnAt = 0;
  channel.port1.onmessage = () => {
    const settled = force.step(SLICE_MS);
    const now = performance.now();
    if (settled || now - drawnAt >= SETTLING_REDRAW_MS) {
      drawnAt = now;
      show(force.placement(), settled);
    }
    if (settled) channel.port1.close();
    else channel.port2.postMessage(null);
  };
  channel.port2.postMessage(null);
  return () => channel.port1.close();
}
