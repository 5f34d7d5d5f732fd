import { svg, type SVGTemplateResult } from 'lit';
import type { Direction, PersonKind, Position, RelationshipType } from './model.js';

/**
 * Drawing helpers shared by the SVG diagram and the canvas (large maps):
 * line styles, node shapes and the pan/zoom transform. Each relationship
 * type differs by more than colour (width, dashes, zigzag, crossbars,
 * double line), so types stay apart in forced colours and in greyscale.
 */

/** The focus person's drawn circle. */
export const FOCUS_NODE = 44;

export interface LineStyle {
  width: number;
  dash?: string;
  zigzag?: number;
  /** Draw as a double line (a wide stroke with a narrow gap down the middle). */
  double?: boolean;
  crossbars?: boolean;
  /** Drawn in the warning colour as well (never the only difference). */
  warn?: boolean;
}

export const LINE_STYLES: Record<RelationshipType, LineStyle> = {
  close: { width: 7, double: true },
  strong: { width: 5 },
  normal: { width: 2 },
  tenuous: { width: 2, dash: '8 6' },
  stressful: { width: 2, zigzag: 5, warn: true },
  conflicted: { width: 3, dash: '12 4 2 4', warn: true },
  'cut-off': { width: 2, crossbars: true },
  abusive: { width: 4, zigzag: 7, warn: true },
};

export type Shape = 'circle' | 'square' | 'diamond';
export const SHAPES: Record<PersonKind, Shape> = {
  person: 'circle',
  family: 'circle',
  friend: 'circle',
  pet: 'circle',
  other: 'circle',
  professional: 'square',
  service: 'square',
  group: 'diamond',
  place: 'diamond',
};

/** Pan and zoom: screen = view × k + (x, y). */
export interface ViewTransform {
  k: number;
  x: number;
  y: number;
}
export const IDENTITY: ViewTransform = { k: 1, x: 0, y: 0 };
export const MIN_ZOOM = 0.5;
export const MAX_ZOOM = 12;

/** Zooms by `factor` keeping the point `at` (in diagram units, before the transform) still. */
export function zoomAt(view: ViewTransform, factor: number, at: Position): ViewTransform {
  const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, view.k * factor));
  const ratio = k / view.k;
  return { k, x: at.x - (at.x - view.x) * ratio, y: at.y - (at.y - view.y) * ratio };
}

/** A point in diagram units from a point on screen in the same box, undoing pan and zoom. */
export function invert(view: ViewTransform, point: Position): Position {
  return { x: (point.x - view.x) / view.k, y: (point.y - view.y) / view.k };
}

/** The line between two people, trimmed so it starts and ends at their edges (arrows stay visible). */
export function trimmed(a: Position, b: Position, trimA: number, trimB: number): [Position, Position] | null {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy);
  if (length <= trimA + trimB + 1) return null;
  const ux = dx / length;
  const uy = dy / length;
  return [
    { x: a.x + ux * trimA, y: a.y + uy * trimA },
    { x: b.x - ux * trimB, y: b.y - uy * trimB },
  ];
}

/** Points of a zigzag from a to b with the given amplitude (about 12 units per tooth). */
export function zigzagPoints(a: Position, b: Position, amplitude: number): Position[] {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy);
  const teeth = Math.max(2, Math.floor(length / 12));
  const nx = -dy / length;
  const ny = dx / length;
  const points = [a];
  for (let i = 1; i < teeth; i++) {
    const side = i % 2 === 0 ? -1 : 1;
    points.push({ x: a.x + (dx * i) / teeth + nx * amplitude * side, y: a.y + (dy * i) / teeth + ny * amplitude * side });
  }
  points.push(b);
  return points;
}

/** Two short bars across the middle of a line ("cut off"). */
export function crossbarPoints(a: Position, b: Position, size = 8): [Position, Position][] {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy) || 1;
  const [ux, uy] = [dx / length, dy / length];
  const [nx, ny] = [-uy * size, ux * size];
  return [-4, 4].map((offset) => {
    const cx = (a.x + b.x) / 2 + ux * offset;
    const cy = (a.y + b.y) / 2 + uy * offset;
    return [
      { x: cx + nx, y: cy + ny },
      { x: cx - nx, y: cy - ny },
    ] as [Position, Position];
  });
}

const round = (n: number) => Math.round(n * 10) / 10;
const pathOf = (points: readonly Position[]) => points.map((p, i) => `${i === 0 ? 'M' : 'L'}${round(p.x)} ${round(p.y)}`).join('');

/** The SVG path data for a relationship line (zigzags included). */
export function linePath(type: RelationshipType, a: Position, b: Position): string {
  const style = LINE_STYLES[type];
  const main = style.zigzag ? pathOf(zigzagPoints(a, b, style.zigzag)) : pathOf([a, b]);
  return style.crossbars ? main + crossbarPoints(a, b).map((bar) => pathOf(bar)).join('') : main;
}

/** A relationship line in SVG; `markers` for the direction of support. */
export function relationshipLine(type: RelationshipType, a: Position, b: Position, direction: Direction | undefined, classes = ''): SVGTemplateResult {
  const style = LINE_STYLES[type];
  const d = linePath(type, a, b);
  const start = direction === 'from' || direction === 'both' ? 'url(#arrow)' : 'none';
  const end = direction === 'to' || direction === 'both' ? 'url(#arrow)' : 'none';
  return svg`<g class="edge type-${type} ${style.warn ? 'warn' : ''} ${classes}" part="relationship">
    <path class="line" d=${d} stroke-width=${style.width} stroke-dasharray=${style.dash ?? 'none'} marker-start=${start} marker-end=${end}></path>
    ${style.double ? svg`<path class="gap" d=${d} stroke-width=${style.width - 4}></path>` : null}
  </g>`;
}

/** A node's outline at the origin, sized `r`. */
export function shapeOf(kind: PersonKind, r: number, classes: string): SVGTemplateResult {
  const shape = SHAPES[kind];
  if (shape === 'square') return svg`<rect class=${classes} x=${-r} y=${-r} width=${2 * r} height=${2 * r} rx=${r / 4}></rect>`;
  if (shape === 'diamond') {
    const s = r * 1.2;
    return svg`<path class=${classes} d="M0 ${-s}L${s} 0L0 ${s}L${-s} 0Z"></path>`;
  }
  return svg`<circle class=${classes} r=${r}></circle>`;
}

const swatches = new Map<RelationshipType, SVGTemplateResult>();

/** A legend swatch: a short sample of the line style (one per type, made once: every relationship in the list shows one). */
export function swatch(type: RelationshipType): SVGTemplateResult {
  let made = swatches.get(type);
  if (!made) {
    made = svg`<svg class="swatch" viewBox="0 0 48 16" width="48" height="16" aria-hidden="true" focusable="false">
      ${relationshipLine(type, { x: 2, y: 8 }, { x: 46, y: 8 }, undefined)}
    </svg>`;
    swatches.set(type, made);
  }
  return made;
}

export interface CanvasColours {
  line: string;
  warn: string;
  surface: string;
  node: string;
  nodeText: string;
  focus: string;
  ring: string;
}

/** Strokes one relationship on a canvas, with the same styles as the SVG. */
export function strokeRelationship(ctx: CanvasRenderingContext2D, type: RelationshipType, a: Position, b: Position, colours: CanvasColours, scale: number): void {
  const style = LINE_STYLES[type];
  ctx.strokeStyle = style.warn ? colours.warn : colours.line;
  ctx.lineWidth = style.width / scale;
  ctx.setLineDash(style.dash ? style.dash.split(' ').map((n) => Number(n) / scale) : []);
  const points = style.zigzag ? zigzagPoints(a, b, style.zigzag) : [a, b];
  ctx.beginPath();
  points.forEach((p, i) => (i === 0 ? ctx.moveTo(p.x, p.y) : ctx.lineTo(p.x, p.y)));
  if (style.crossbars) {
    for (const [p, q] of crossbarPoints(a, b)) {
      ctx.moveTo(p.x, p.y);
      ctx.lineTo(q.x, q.y);
    }
  }
  ctx.stroke();
  if (style.double) {
    ctx.strokeStyle = colours.surface;
    ctx.lineWidth = (style.width - 4) / scale;
    ctx.stroke();
  }
}

/** Fills and outlines one node on a canvas. */
export function paintNode(ctx: CanvasRenderingContext2D, kind: PersonKind, at: Position, r: number): void {
  const shape = SHAPES[kind];
  ctx.beginPath();
  if (shape === 'square') ctx.rect(at.x - r, at.y - r, 2 * r, 2 * r);
  else if (shape === 'diamond') {
    const s = r * 1.2;
    ctx.moveTo(at.x, at.y - s);
    ctx.lineTo(at.x + s, at.y);
    ctx.lineTo(at.x, at.y + s);
    ctx.lineTo(at.x - s, at.y);
    ctx.closePath();
  } else ctx.arc(at.x, at.y, r, 0, 2 * Math.PI);
  ctx.fill();
  ctx.stroke();
}
