import { CENTRE, VIEW_SIZE, nearestInDirection, ringAt, type Heading, type Layout, type Placement } from './layout.js';
import { FOCUS_NODE, invert, zoomAt, type ViewTransform } from './diagram.js';
import { personById, type MapData, type Position, type Ring } from './model.js';

/**
 * The diagram used directly: arrow keys between people, drag to another
 * ring, pan, pinch and Ctrl+wheel zoom. A module of its own, fetched when
 * someone first comes near the diagram (see the element's `interaction`),
 * so a page that only shows a map does not download it; the list does all
 * of this by keyboard without it.
 */

/** What the interaction needs of the map element. */
export interface DiagramHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly map: MapData | null;
  readonly drawnMap: MapData | null;
  readonly placement: Placement | null;
  readonly view: ViewTransform;
  readonly activeId: string;
  readonly readonly: boolean;
  readonly layout: Layout;
  /** Where a person being dragged is drawn (null when nobody is). */
  dragAt: { id: string; x: number; y: number } | null;
  detailsOpen: boolean;
  setView(view: ViewTransform): void;
  focusPerson(id: string): void;
  /** Moves a person in or out by rings (announced). */
  move(id: string, steps: number): void;
  /** Keeps a dragged person's spot (the fixed layout) and ring. */
  placeAt(id: string, at: Position, ring: Ring): void;
  scheduleCanvas(): void;
}

/** Pointer travel (px) that turns a press on a person into a drag. */
const DRAG_START = 4;

const HEADINGS: Record<string, Heading> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

interface PointerGesture {
  pointerId: number;
  startX: number;
  startY: number;
  /** The person pressed, or undefined for panning. */
  personId?: string;
  moved: boolean;
  startView: ViewTransform;
}

export class DiagramInteraction {
  private gesture: PointerGesture | null = null;
  /** Pointers down on the diagram (two make a pinch). */
  private pointers = new Map<number, { clientX: number; clientY: number }>();
  private pinch: { distance: number; view: ViewTransform; at: Position } | null = null;

  constructor(private readonly host: DiagramHost) {}

  onKey(event: KeyboardEvent): void {
    const { host } = this;
    const map = host.drawnMap;
    const placement = host.placement;
    if (!map || !placement) return;
    const heading = HEADINGS[event.key];
    const here = placement.positions.get(host.activeId);
    if (heading && here) {
      const candidates = [...placement.positions].filter(([id]) => id !== host.activeId && personById(host.map!, id));
      const next = nearestInDirection(here, candidates, heading);
      if (next) host.focusPerson(next);
    } else if (event.key === 'Enter' || event.key === ' ') {
      host.detailsOpen = true;
    } else if (event.key === 'Escape') {
      host.detailsOpen = false;
    } else if (event.key === 'Home') {
      host.focusPerson(map.focus);
    } else if ((event.key === '+' || event.key === '=') && !host.readonly) {
      host.move(host.activeId, -1);
    } else if ((event.key === '-' || event.key === '_') && !host.readonly) {
      host.move(host.activeId, 1);
    } else return;
    event.preventDefault();
  }

  onPointerDown(event: PointerEvent): void {
    if (event.button !== 0 || !this.host.map) return;
    const surface = (event.currentTarget ?? this.host.renderRoot.querySelector('.stage')) as Element | null;
    try {
      surface?.setPointerCapture(event.pointerId);
    } catch {
      // A pointer already gone (or made by a script) cannot be captured; the gesture still works.
    }
    this.pointers.set(event.pointerId, { clientX: event.clientX, clientY: event.clientY });
    if (this.pointers.size === 2) return this.pinchStart();
    const personId = this.personAt(this.pointIn(event));
    this.gesture = { pointerId: event.pointerId, startX: event.clientX, startY: event.clientY, personId, moved: false, startView: this.host.view };
  }

  onPointerMove(event: PointerEvent): void {
    const { host } = this;
    if (this.pointers.has(event.pointerId)) this.pointers.set(event.pointerId, { clientX: event.clientX, clientY: event.clientY });
    const [a, b] = [...this.pointers.values()];
    if (this.pinch && a && b) {
      host.setView(zoomAt(this.pinch.view, Math.hypot(a.clientX - b.clientX, a.clientY - b.clientY) / this.pinch.distance, this.pinch.at));
      return;
    }
    const gesture = this.gesture;
    if (!gesture || gesture.pointerId !== event.pointerId) return;
    const dx = event.clientX - gesture.startX;
    const dy = event.clientY - gesture.startY;
    if (!gesture.moved && Math.hypot(dx, dy) < DRAG_START) return;
    gesture.moved = true;
    if (gesture.personId && gesture.personId !== host.map?.focus && !host.readonly) {
      const at = invert(host.view, this.pointIn(event));
      host.dragAt = { id: gesture.personId, x: at.x, y: at.y };
      host.scheduleCanvas();
    } else {
      const box = host.renderRoot.querySelector('.surface')?.getBoundingClientRect();
      const scale = box && box.width > 0 ? VIEW_SIZE / box.width : 1;
      host.setView({ ...gesture.startView, x: gesture.startView.x + dx * scale, y: gesture.startView.y + dy * scale });
    }
  }

  onPointerUp(event: PointerEvent): void {
    const { host } = this;
    this.pointers.delete(event.pointerId);
    if (this.pointers.size < 2) this.pinch = null;
    const gesture = this.gesture;
    if (!gesture || gesture.pointerId !== event.pointerId) return;
    this.gesture = null;
    const drag = host.dragAt;
    host.dragAt = null;
    if (!gesture.moved && gesture.personId) {
      host.focusPerson(gesture.personId);
      host.detailsOpen = true;
      return;
    }
    if (!drag || !host.map) return;
    // Dropping on another ring moves the person there (announced); in the
    // fixed layout the spot is kept as well.
    host.placeAt(drag.id, drag, ringAt(Math.hypot(drag.x - CENTRE, drag.y - CENTRE)));
    host.scheduleCanvas();
  }

  onWheel(event: WheelEvent): void {
    // Only with Ctrl/⌘ (and pinch, which browsers report as Ctrl+wheel), so
    // the page still scrolls past the map.
    if (!event.ctrlKey && !event.metaKey) return;
    event.preventDefault();
    this.host.setView(zoomAt(this.host.view, Math.exp(-event.deltaY / 300), this.pointIn(event)));
  }

  /** A two-finger pinch: zooms about the point between the fingers. */
  private pinchStart(): void {
    const [a, b] = [...this.pointers.values()];
    if (!a || !b) return;
    this.gesture = null;
    this.host.dragAt = null;
    this.pinch = { distance: Math.hypot(a.clientX - b.clientX, a.clientY - b.clientY) || 1, view: this.host.view, at: this.pointIn({ clientX: (a.clientX + b.clientX) / 2, clientY: (a.clientY + b.clientY) / 2 }) };
  }

  /** A point in diagram units from a pointer event. */
  private pointIn(event: { clientX: number; clientY: number }): Position {
    const box = this.host.renderRoot.querySelector('.surface')?.getBoundingClientRect();
    if (!box || box.width === 0) return { x: CENTRE, y: CENTRE };
    return { x: ((event.clientX - box.left) / box.width) * VIEW_SIZE, y: ((event.clientY - box.top) / box.height) * VIEW_SIZE };
  }

  private personAt(point: Position): string | undefined {
    const { placement, map, view } = this.host;
    if (!placement || !map) return undefined;
    const p = invert(view, point);
    const reach = Math.max(placement.nodeRadius, 6 / view.k);
    let best: string | undefined;
    let bestDistance = Infinity;
    for (const [id, at] of placement.positions) {
      const distance = Math.hypot(at.x - p.x, at.y - p.y);
      const limit = id === map.focus ? FOCUS_NODE : reach;
      if (distance <= limit && distance < bestDistance && personById(map, id)) {
        best = id;
        bestDistance = distance;
      }
    }
    return best;
  }
}
