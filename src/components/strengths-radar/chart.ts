import { svg, nothing, type SVGTemplateResult } from 'lit';
import { pointAt, radiusFor, spokeAngle, type RadarFrame, type Score } from './model.js';

// Path building is done here rather than with d3-shape: its single ES module
// has top-level curve factories (IIFEs) that no bundler can drop, so any
// import costs ~17 kB minified, for two shapes we draw in a few lines.

/** Drawing space (viewBox units). Labels need room beyond the outer ring. */
export const VIEW = { width: 520, height: 470, outer: 150, inner: 14, labelGap: 18 };
export const FRAME_RADII = { inner: VIEW.inner, outer: VIEW.outer };

const round = (n: number): number => Math.round(n * 100) / 100;

/** Marker outlines centred on 0,0 with about `area` square units: circle, square, triangle, diamond. */
const MARKERS: ((area: number) => string)[] = [
  (area) => {
    const r = round(Math.sqrt(area / Math.PI));
    return `M${r},0A${r},${r},0,1,1,${-r},0A${r},${r},0,1,1,${r},0Z`;
  },
  (area) => {
    const h = round(Math.sqrt(area) / 2);
    return `M${-h},${-h}H${h}V${h}H${-h}Z`;
  },
  (area) => {
    const side = Math.sqrt((area * 4) / Math.sqrt(3));
    const height = (side * Math.sqrt(3)) / 2;
    return `M0,${round((-2 * height) / 3)}L${round(side / 2)},${round(height / 3)}L${round(-side / 2)},${round(height / 3)}Z`;
  },
  (area) => {
    const d = round(Math.sqrt(area / 2));
    return `M0,${-d}L${d},0L0,${d}L${-d},0Z`;
  },
];

/** Four styles that differ in line pattern and marker shape, not only colour. */
export const SERIES_STYLES = MARKERS.length;

export interface Series {
  key: string;
  scores: readonly Score[];
  /** 0–3: line pattern, marker and colour together. */
  style: number;
  /** strong: first/latest or the one being edited; faint: history in between. */
  weight: 'strong' | 'normal' | 'faint';
  /** Short text drawn beside the polygon (date or perspective). */
  directLabel: string;
}

type Point = [angle: number, radius: number | null];

/** A polyline through polar points; `closed` joins the end to the start. Null radii are skipped. */
function polarPath(points: readonly Point[], closed: boolean): string {
  const commands = points
    .filter((p): p is [number, number] => p[1] !== null)
    .map(([angle, radius], i) => {
      const [x, y] = pointAt(angle, radius);
      return `${i === 0 ? 'M' : 'L'}${round(x)},${round(y)}`;
    });
  return commands.join('') + (closed && commands.length > 0 ? 'Z' : '');
}

/**
 * A reading's outline. Complete readings are closed polygons; an unscored
 * scale leaves a gap rather than a dip to the centre (which would read as
 * the lowest score).
 */
export function outlinePath(scores: readonly Score[], frame: RadarFrame): string {
  const points: Point[] = scores.map((score, i) => [spokeAngle(i, scores.length), score === null ? null : radiusFor(score, frame)]);
  if (points.every((p) => p[1] !== null)) return polarPath(points, true);
  // Start just after a gap and wrap round once, so the segment across the top joins up.
  const gap = points.findIndex((p) => p[1] === null);
  const rotated = [...points.slice(gap + 1), ...points.slice(0, gap + 1)].map(
    ([angle, radius], i, all): Point => [angle + (i >= all.length - gap - 1 ? 2 * Math.PI : 0), radius],
  );
  // Each run of scored spokes is its own line: a gap breaks it.
  const runs: Point[][] = [[]];
  for (const point of rotated) {
    if (point[1] === null) runs.push([]);
    else runs[runs.length - 1]!.push(point);
  }
  return runs.map((run) => polarPath(run, false)).join('');
}

/** A polygon at a constant radius (the web's rings). */
export function ringPath(radius: number, count: number): string {
  return polarPath(Array.from({ length: count }, (_, i): Point => [spokeAngle(i, count), radius]), true);
}

/** The area between two outlines (IQR, or the spread between perspectives); needs every value. */
export function bandPath(low: readonly Score[], high: readonly Score[], frame: RadarFrame): string {
  if ([...low, ...high].some((v) => v === null)) return '';
  return `${outlinePath(high, frame)}${outlinePath(low, frame)}`;
}

export function markerPath(style: number, size = 70): string {
  return MARKERS[style % SERIES_STYLES]!(size);
}

/** Splits a label into lines of about `width` characters, on spaces. */
export function wrapLabel(text: string, width = 14): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && (last + ' ' + word).length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Spoke labels placed outside the ring, anchored away from the centre. */
export function spokeLabel(index: number, count: number, lines: readonly string[]): SVGTemplateResult {
  const angle = spokeAngle(index, count);
  const [x, y] = pointAt(angle, VIEW.outer + VIEW.labelGap);
  const sin = Math.sin(angle);
  const cos = Math.cos(angle);
  const anchor = sin > 0.2 ? 'start' : sin < -0.2 ? 'end' : 'middle';
  const lineHeight = 15;
  // Labels above the centre grow upwards, below it downwards.
  const top = cos > 0.2 ? y - (lines.length - 1) * lineHeight : cos < -0.2 ? y + lineHeight * 0.8 : y - ((lines.length - 1) * lineHeight) / 2 + 4;
  return svg`<text class="spoke-label" x=${x} y=${top} text-anchor=${anchor}>${lines.map(
    // The space keeps the words apart in text content (export, find in page).
    (line, i) => svg`<tspan x=${x} dy=${i === 0 ? 0 : lineHeight}>${line}${i < lines.length - 1 ? ' ' : ''}</tspan>`,
  )}</text>`;
}

/** One reading drawn: outline, markers at scored points, and its direct label. */
export function seriesGroup(series: Series, frame: RadarFrame, labelSpoke: number): SVGTemplateResult {
  const count = series.scores.length;
  const marker = markerPath(series.style);
  const labelScore = series.scores[labelSpoke];
  const labelAt = labelScore === null || labelScore === undefined ? null : pointAt(spokeAngle(labelSpoke, count), radiusFor(labelScore, frame));
  return svg`<g class="series s${series.style % SERIES_STYLES} ${series.weight}" data-series=${series.key}>
    <path class="outline" d=${outlinePath(series.scores, frame)}></path>
    ${
      series.weight === 'faint'
        ? nothing
        : series.scores.map((score, i) => {
            if (score === null) return nothing;
            const [x, y] = pointAt(spokeAngle(i, count), radiusFor(score, frame));
            return svg`<path class="marker" d=${marker} transform="translate(${x} ${y})"></path>`;
          })
    }
    ${labelAt && series.weight !== 'faint' ? svg`<text class="direct-label" x=${labelAt[0] + 9} y=${labelAt[1] - 9}>${series.directLabel}</text>` : nothing}
  </g>`;
}

/**
 * For each series, a spoke for its direct label: its highest point, avoiding
 * spokes already taken and the last spoke, next to which the stage names sit.
 */
export function labelSpokes(all: readonly Series[]): number[] {
  const count = all[0]?.scores.length ?? 0;
  const taken = new Set<number>(count > 4 ? [count - 1] : []);
  return all.map((series) => {
    const order = series.scores
      .map((score, i) => ({ score: score ?? -Infinity, i }))
      .sort((a, b) => b.score - a.score || a.i - b.i)
      .map((entry) => entry.i);
    const spoke = order.find((i) => !taken.has(i)) ?? order[0] ?? 0;
    taken.add(spoke);
    return spoke;
  });
}
