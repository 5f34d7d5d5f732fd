import { FOCUS_NODE, paintNode, strokeRelationship, type CanvasColours, type ViewTransform } from './diagram.js';
import { CENTRE, RING_EDGES, VIEW_SIZE, type Placement } from './layout.js';
import { RINGS, type MapData, type Person, type Position, type Relationship } from './model.js';

/**
 * The diagram on a canvas, for maps above the element's canvas threshold
 * (500 people by default). A chunk of its own, fetched only when a map is
 * that big: most maps are drawn in SVG and never need it.
 */

/** What a frame shows: the element's state as it stands. */
export interface CanvasPicture {
  map: MapData;
  placement: Placement;
  view: ViewTransform;
  /** The person with keyboard focus (ringed). */
  activeId: string;
  /** A person being dragged, and where to. */
  dragAt: { id: string; x: number; y: number } | null;
  /** The force layout is still settling: the picture changes every frame. */
  settling: boolean;
  /** The canvas's width in CSS pixels (0: not known yet, nothing is painted). */
  width: number;
}

/** The canvas picture of a map, cached in two bitmaps and painted in batches (`jobs`). */
interface Scene {
  /** Counts the scenes a painter made (what the canvas shows is compared by it). */
  id: number;
  /** Zoom, keyboard focus and colours it was painted with. */
  look: string;
  /** The person left out (being dragged), or ''. */
  dragged: string;
  map: MapData;
  placement: Placement;
  under: HTMLCanvasElement;
  over: HTMLCanvasElement;
  jobs: (() => void)[];
}

/** Largest bitmap (per side) the canvas keeps of the picture for panning. */
const MAX_SCENE_PIXELS = 4096;
/**
 * Relationship lines and people painted per task on a canvas. The browser
 * rasterises them when the batch is copied, in the same task: at 1,000
 * people and 2,500 per task, one task was 52–73 ms; at 5,000 people, 500
 * people or 400 lines a task still made some tasks of 50–64 ms (measured).
 */
const LINES_PER_TASK = 200;
const PEOPLE_PER_TASK = 250;

/** A canvas of `size` × `size`, reusing `existing` (resizing reallocates, so only when the size changed). */
function sizedLayer(existing: HTMLCanvasElement | undefined, size: number): HTMLCanvasElement {
  const layer = existing ?? document.createElement('canvas');
  if (layer.width !== size) {
    layer.width = size;
    layer.height = size;
  } else {
    const ctx = layer.getContext('2d');
    ctx?.setTransform(1, 0, 0, 1, 0, 0);
    ctx?.clearRect(0, 0, size, size);
  }
  return layer;
}

export class CanvasPainter {
  private colours: CanvasColours | null = null;
  /** The picture being painted (in batches), and the last one painted whole. */
  private scene: Scene | null = null;
  private shownScene: Scene | null = null;
  private batchTimer: ReturnType<typeof setTimeout> | 0 = 0;
  /** What the canvas shows: which scene, how much of it was painted, where (see draw). */
  private copied = '';
  private copiedOnto: HTMLCanvasElement | null = null;
  private scenesMade = 0;

  constructor(
    /** The element, whose theme gives the colours. */
    private readonly host: HTMLElement,
    /** Draws the element's current picture again (the next batch of a scene). */
    private readonly redraw: () => void,
  ) {}

  /**
   * The scene's next batch, in a task of its own, then the canvas is drawn
   * again (a new scene then, if the layout has moved on). Not in an
   * animation frame: a frame's task also lays out and paints the page, and
   * while a big map's list is drawn in steps the two together ran past
   * 50 ms at 5,000 people.
   */
  private paintNextBatch(): void {
    if (this.batchTimer) return;
    this.batchTimer = setTimeout(() => {
      this.batchTimer = 0;
      const scene = this.scene;
      // A render since may have let the colours go: the batch paints in them.
      if (scene?.jobs.length && !this.colours) this.readColours();
      scene?.jobs.shift()?.();
      if (scene?.jobs.length === 0) this.shownScene = scene;
      this.redraw();
    });
  }

  /** A scene is still being painted in batches. */
  get busy(): boolean {
    return this.batchTimer !== 0 || (this.scene?.jobs.length ?? 0) > 0;
  }

  /** After a render (a theme or language change): colours are read again. */
  forgetColours(): void {
    this.colours = null;
  }

  draw(canvas: HTMLCanvasElement, picture: CanvasPicture): void {
    const { map, placement, view } = picture;
    const ratio = window.devicePixelRatio || 1;
    const size = picture.width;
    if (size === 0) return;
    if (canvas.width !== Math.round(size * ratio)) {
      canvas.width = Math.round(size * ratio);
      canvas.height = Math.round(size * ratio);
    }
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    const unit = canvas.width / VIEW_SIZE;
    const scale = unit * view.k;
    const clear = () => {
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, canvas.width, canvas.height);
    };
    const sceneSize = Math.ceil(VIEW_SIZE * scale);
    if (!this.colours) this.readColours();
    if (sceneSize > MAX_SCENE_PIXELS) {
      // Very deep zoom would need a huge bitmap: painted directly.
      this.copied = '';
      clear();
      ctx.setTransform(scale, 0, 0, scale, view.x * unit, view.y * unit);
      this.paintRings(ctx);
      this.paintLines(ctx, picture, map.relationships);
      this.paintPeople(ctx, picture, map.people);
      this.paintCentre(ctx, picture);
      return;
    }
    // Panning moves the same picture: it is painted once per zoom into two
    // bitmaps (rings and lines under, people over) and each pan frame only
    // copies them, so 5,000 people pan as smoothly as 50. Lines are painted
    // a batch per task, so no task runs long however big the map. A person
    // being dragged is left out of the bitmaps and drawn on top each frame,
    // with their lines. While the force layout settles, a picture being
    // painted is finished before the next positions are: each shows whole,
    // as often as painting in batches allows (at 5,000 people, only the
    // settled one).
    const dragged = picture.dragAt?.id ?? '';
    const look = [scale, picture.activeId, Object.values(this.colours!).join()].join('|');
    let scene = this.scene;
    const finishFirst = picture.settling && scene !== null && scene.jobs.length > 0;
    if (!scene || scene.look !== look || scene.dragged !== dragged || scene.map !== map || (scene.placement !== placement && !finishFirst)) {
      const under = sizedLayer(scene?.under === this.shownScene?.under ? undefined : scene?.under, sceneSize);
      const over = sizedLayer(scene?.over === this.shownScene?.over ? undefined : scene?.over, sceneSize);
      for (const layer of [under, over]) layer.getContext('2d')?.setTransform(scale, 0, 0, scale, 0, 0);
      scene = { id: ++this.scenesMade, look, dragged, map, placement, under, over, jobs: this.paintJobs(under, over, picture, dragged) };
      this.scene = scene;
    }
    // Until a new picture of the same map is whole, the last whole one stays
    // (as a drag starts, the person is briefly seen where they were too;
    // while settling, the positions before).
    const shownFits = this.shownScene?.look === look && this.shownScene.map === map && (this.shownScene.placement === placement || picture.settling);
    // One batch per task: people first, then lines. When what is on screen
    // no longer fits (a zoom, an edit) the first batch is painted now, so
    // people show at once; the rest come in tasks of their own, as does the
    // very first picture's first batch (nothing is on screen to replace; at
    // 1,000 people, painted in the frame, it was 18 ms of a 55 ms task: traced).
    if (!shownFits && this.shownScene && scene !== this.shownScene) scene.jobs.shift()?.();
    if (scene.jobs.length > 0) this.paintNextBatch();
    else this.shownScene = scene;
    const shown = scene.jobs.length > 0 && shownFits ? this.shownScene! : scene;
    // On top: whoever is being dragged, and whoever the bitmaps shown leave
    // out (just dropped, while the whole picture is painted again).
    const onTop = new Set([dragged, shown.dragged].filter((id) => id !== ''));
    // The same picture as the canvas shows already (positions arriving
    // while the next picture is still being painted; a batch of a picture
    // not yet shown): not copied again. At 5,000 people a copy took
    // 10–15 ms of a frame.
    const copy = onTop.size === 0 && [shown.id, shown === scene ? scene.jobs.length : 0, view.x, view.y, canvas.width].join();
    if (copy && copy === this.copied && canvas === this.copiedOnto) return;
    this.copied = copy || '';
    this.copiedOnto = canvas;
    clear();
    ctx.drawImage(shown.under, view.x * unit, view.y * unit);
    ctx.drawImage(shown.over, view.x * unit, view.y * unit);
    if (onTop.size === 0) return;
    ctx.setTransform(scale, 0, 0, scale, view.x * unit, view.y * unit);
    this.paintLines(ctx, picture, map.relationships.filter((r) => onTop.has(r.from) || onTop.has(r.to)));
    this.paintPeople(ctx, picture, map.people.filter((person) => onTop.has(person.id)));
    if (onTop.has(picture.activeId)) this.paintFocusRing(ctx, picture);
  }

  /** Canvas colours from the theme, read once per render (reading styles on every pan frame is slow). */
  private readColours(): void {
    const style = getComputedStyle(this.host);
    const token = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
    this.colours = {
      line: token('--kith-map-line-color', token('--kith-sys-color-text', '#0b0c0c')),
      warn: token('--kith-map-warn-color', token('--kith-sys-color-error', '#d4351c')),
      surface: token('--kith-sys-color-surface', '#fff'),
      node: token('--kith-map-node-color', token('--kith-sys-color-surface', '#fff')),
      nodeText: token('--kith-sys-color-text', '#0b0c0c'),
      focus: token('--kith-sys-color-focus', '#fd0'),
      ring: token('--kith-map-ring-color', token('--kith-sys-color-surface-raised', '#f3f2f1')),
    };
  }

  /** The four rings, in diagram units (the caller sets the transform). */
  private paintRings(ctx: CanvasRenderingContext2D): void {
    const colours = this.colours!;
    for (const ring of [...RINGS].reverse()) {
      ctx.beginPath();
      ctx.arc(CENTRE, CENTRE, RING_EDGES[ring][1], 0, 2 * Math.PI);
      ctx.fillStyle = ring % 2 === 1 ? colours.ring : colours.surface;
      ctx.fill();
    }
  }

  private paintLines(ctx: CanvasRenderingContext2D, picture: CanvasPicture, relationships: readonly Relationship[]): void {
    const at = positionIn(picture);
    for (const r of relationships) {
      const a = at(r.from);
      const b = at(r.to);
      if (a && b) strokeRelationship(ctx, r.type, a, b, this.colours!, 1);
    }
  }

  /**
   * The picture of a map as batches, each small enough for one task: rings,
   * people, the centre, then lines; `leftOut` (a person being dragged) and
   * their lines are not in it.
   */
  private paintJobs(under: HTMLCanvasElement, over: HTMLCanvasElement, picture: CanvasPicture, leftOut: string): (() => void)[] {
    const underCtx = under.getContext('2d');
    const overCtx = over.getContext('2d');
    if (!underCtx || !overCtx) return [];
    const { map } = picture;
    const people = leftOut ? map.people.filter((person) => person.id !== leftOut) : map.people;
    const lines = leftOut ? map.relationships.filter((r) => r.from !== leftOut && r.to !== leftOut) : map.relationships;
    const jobs = [() => this.paintRings(underCtx)];
    for (let from = 0; from < people.length; from += PEOPLE_PER_TASK) jobs.push(() => this.paintPeople(overCtx, picture, people.slice(from, from + PEOPLE_PER_TASK)));
    jobs.push(() => this.paintCentre(overCtx, picture, leftOut));
    for (let from = 0; from < lines.length; from += LINES_PER_TASK) jobs.push(() => this.paintLines(underCtx, picture, lines.slice(from, from + LINES_PER_TASK)));
    // The first task paints the rings and the first people together.
    const [rings, firstPeople, ...rest] = jobs;
    return [() => (rings!(), firstPeople?.()), ...rest];
  }

  /** People (not the focus person), in diagram units. */
  private paintPeople(ctx: CanvasRenderingContext2D, picture: CanvasPicture, people: readonly Person[]): void {
    const colours = this.colours!;
    const at = positionIn(picture);
    ctx.setLineDash([]);
    ctx.lineWidth = 1;
    ctx.strokeStyle = colours.nodeText;
    ctx.fillStyle = colours.node;
    for (const person of people) {
      const p = at(person.id);
      if (p && person.id !== picture.map.focus) paintNode(ctx, person.kind, p, picture.placement.nodeRadius);
    }
  }

  /** The focus person, and the ring around whoever has keyboard focus (unless they are `leftOut`). */
  private paintCentre(ctx: CanvasRenderingContext2D, picture: CanvasPicture, leftOut = ''): void {
    ctx.fillStyle = this.colours!.nodeText;
    ctx.beginPath();
    ctx.arc(CENTRE, CENTRE, FOCUS_NODE, 0, 2 * Math.PI);
    ctx.fill();
    if (picture.activeId !== leftOut) this.paintFocusRing(ctx, picture);
  }

  private paintFocusRing(ctx: CanvasRenderingContext2D, picture: CanvasPicture): void {
    const { activeId, map, placement, view } = picture;
    const active = positionIn(picture)(activeId);
    if (!active) return;
    ctx.strokeStyle = this.colours!.focus;
    ctx.lineWidth = 4 / view.k;
    ctx.beginPath();
    ctx.arc(active.x, active.y, (activeId === map.focus ? FOCUS_NODE : placement.nodeRadius) + 4 / view.k, 0, 2 * Math.PI);
    ctx.stroke();
  }
}

/** Where a person is drawn: where they are being dragged to, or where the layout put them. */
function positionIn({ dragAt, placement }: CanvasPicture): (id: string) => Position | undefined {
  return (id) => (dragAt?.id === id ? dragAt : placement.positions.get(id));
}
