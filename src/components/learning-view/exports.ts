import { csvCell } from '../../core/csv.js';
import type { TextContext } from '../../core/localize.js';
import { localText } from '../../core/validation.js';
import type { StoryFrame } from '../story/model.js';
import { fifth, regionName } from './stories-view.js';
import { DYAD_BINS, type Figures, type GroupFigures } from './figures.js';
import { REGIONS } from './triad-cells.js';
import { toPoint } from '../story/triad.js';

/*
 * The learning view's exports, fetched on the first one: the figures as CSV
 * and JSON — aggregates only, never a row per person, and never a story
 * (stories are read in the view, on request) — and each chart as an SVG
 * drawn from the same figures (so a file carries nothing the figures do
 * not), which png.ts turns into a PNG.
 */

/** Names in the element's language, for the files. */
export interface ExportNames {
  /** A group's name (“The whole service”, “Team: North”). */
  group(group: GroupFigures): string;
  /** A figure row's name: a scale, a network measure, a triad region, a dyad fifth. */
  row(kind: 'distance' | 'network' | 'triad' | 'dyad', figureId: string, cell?: number): string;
  /** A section's heading: distance travelled, networks, relationship checks. */
  section(kind: 'distance' | 'network' | 'checks'): string;
  /** A triad's or dyad's question. */
  question(kind: 'triad' | 'dyad', id: string): string;
  /** A triad's corners, or a dyad's poles. */
  ends(kind: 'triad' | 'dyad', id: string): string[];
  month(month: string): string;
}

/** Every group's figures as plain data: suppressed figures are null, hidden groups say so and carry none. */
export function figuresAsJson(figures: Figures): object {
  const change = (row: GroupFigures['distance'][number]) => ({ id: row.id, people: row.people, median: row.median, q1: row.q1, q3: row.q3, up: row.counts?.[0] ?? null, same: row.counts?.[1] ?? null, down: row.counts?.[2] ?? null });
  return {
    minimumGroupSize: figures.min,
    groups: figures.groups.map((group) =>
      group.shown
        ? {
            dimension: group.dimension,
            value: group.value,
            people: group.people,
            distance: group.distance.map(change),
            network: group.network.map(change),
            checks: group.checks,
            triads: group.triads.map((triad) => ({ id: triad.id, total: triad.total, regions: triad.cells?.slice(0, REGIONS.length) ?? null, notApply: triad.cells?.[REGIONS.length] ?? null })),
            dyads: group.dyads.map((dyad) => ({ id: dyad.id, total: dyad.total, fifths: dyad.cells?.slice(0, DYAD_BINS) ?? null, notApply: dyad.cells?.[DYAD_BINS] ?? null })),
          }
        : { dimension: group.dimension, value: group.value, shown: false },
    ),
  };
}

/**
 * One row per group and figure — group, section, measure, then count
 * (people, or stories for a triad or dyad), median, middle half and how
 * many went up, stayed and went down — empty where not shown or not asked.
 */
export function figuresAsCsv(figures: Figures, names: ExportNames, text: TextContext): string {
  const headings = (['group', 'section', 'measure', 'count', 'median', 'q1', 'q3', 'up', 'same', 'down'] as const).map((column) => text.t(`learning.col.${column}`));
  const lines = [headings.map(csvCell).join(',')];
  const number = (value: number | null | undefined): string => (value === null || value === undefined ? '' : String(value));
  const line = (group: GroupFigures, section: string, what: string, values: readonly (number | null | undefined)[]): void => {
    lines.push([csvCell(names.group(group)), csvCell(section), csvCell(what), ...values.map(number)].join(','));
  };
  for (const group of figures.groups.filter((each) => each.shown)) {
    for (const section of ['distance', 'network'] as const) {
      for (const row of group[section]) line(group, names.section(section), names.row(section, row.id), [row.people, row.median, row.q1, row.q3, ...(row.counts ?? [])]);
    }
    for (const month of group.checks) line(group, names.section('checks'), names.month(month.month), [month.people, month.median]);
    for (const kind of ['triad', 'dyad'] as const) {
      for (const figure of kind === 'triad' ? group.triads : group.dyads) {
        const cells = kind === 'triad' ? REGIONS.length + 1 : DYAD_BINS + 1;
        for (let cell = 0; cell < cells; cell += 1) line(group, names.question(kind, figure.id), names.row(kind, figure.id, cell), [figure.cells?.[cell]]);
      }
    }
  }
  return lines.join('\r\n') + '\r\n';
}

/** The names a file uses, from the element's words and the frame. */
export function exportNames(c: { text: TextContext; frame: StoryFrame | null; scaleName(id: string): string; groupName(group: GroupFigures): string; month(month: string): string }): ExportNames {
  const triad = (id: string) => c.frame?.triads.find((each) => each.id === id);
  const dyad = (id: string) => c.frame?.dyads.find((each) => each.id === id);
  const notApply = c.text.t('learning.triad.notApply');
  return {
    group: c.groupName,
    month: c.month,
    section: (kind) => c.text.t(`learning.${kind}`),
    row: (kind, id, cell = 0) => {
      if (kind === 'distance') return c.scaleName(id);
      if (kind === 'network') return c.text.t(`learning.network.${id as 'size'}`);
      if (kind === 'triad') return cell === REGIONS.length ? notApply : triad(id) ? regionName(c.text, triad(id)!, cell) : id;
      if (cell === DYAD_BINS) return notApply;
      const [from, to] = fifth(cell);
      return c.text.t('learning.dyad.fifth', { from, to });
    },
    question: (kind, id) => {
      const found = kind === 'triad' ? triad(id) : dyad(id);
      return found ? localText(found.label, c.text.lang) : id;
    },
    ends: (kind, id) => (kind === 'triad' ? [...(triad(id)?.corners ?? [])] : [dyad(id)?.low ?? '', dyad(id)?.high ?? '']).map((end) => localText(end, c.text.lang)),
  };
}

const escapeXml = (text: string): string => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

const svgDocument = (width: number, height: number, title: string, description: string, body: string): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="sans-serif" font-size="14">` +
  `<title>${escapeXml(title)}</title><desc>${escapeXml(description)}</desc><rect width="${width}" height="${height}" fill="#fff"/>${body}</svg>`;

/** A change chart as a file: a row per measure, its name, the middle half as a bar and the median as a mark. */
export function changeChartSvg(group: GroupFigures, section: 'distance' | 'network', names: ExportNames, title: string, description: string): string {
  const rows = group[section];
  const extent = Math.ceil(Math.max(1, ...rows.flatMap((row) => [row.q1, row.q3, row.median].filter((value): value is number => value !== null).map(Math.abs))));
  const [left, right] = [320, 620];
  const x = (value: number): number => left + ((value + extent) / (2 * extent)) * (right - left);
  const body = rows
    .map((row, index) => {
      const y = 20 + index * 36;
      const name = `<text x="0" y="${y + 14}" fill="#0b0c0c">${escapeXml(names.row(section, row.id))}</text>`;
      if (row.median === null) return `${name}<text x="${left}" y="${y + 14}" fill="#505a5f">–</text>`;
      return `${name}<rect x="${x(row.q1!)}" y="${y + 4}" width="${Math.max(1, x(row.q3!) - x(row.q1!))}" height="12" fill="#a8c5e0"/><rect x="${x(row.median) - 2}" y="${y}" width="4" height="20" fill="#1d4f91"/>`;
    })
    .join('');
  const height = 40 + rows.length * 36;
  const axis = `<line x1="${x(0)}" x2="${x(0)}" y1="12" y2="${height - 24}" stroke="#505a5f"/><text x="${left}" y="${height - 6}" fill="#505a5f">−${extent}</text><text x="${x(0)}" y="${height - 6}" text-anchor="middle" fill="#505a5f">0</text><text x="${right}" y="${height - 6}" text-anchor="end" fill="#505a5f">+${extent}</text>`;
  return svgDocument(640, height, title, description, axis + body);
}

/** The checks' trend as a file: the median answer month by month (0–10), broken where a month is not shown. */
export function trendChartSvg(group: GroupFigures, names: ExportNames, title: string, description: string): string {
  const months = group.checks;
  const [width, top, bottom] = [640, 20, 220];
  const x = (index: number): number => 40 + (index / Math.max(1, months.length - 1)) * (width - 80);
  const y = (value: number): number => bottom - (value / 10) * (bottom - top);
  const runs: string[][] = [[]];
  months.forEach((month, index) => (month.median === null ? runs.push([]) : runs.at(-1)!.push(`${x(index).toFixed(1)},${y(month.median).toFixed(1)}`)));
  const lines = runs.filter((run) => run.length > 0).map((run) => (run.length === 1 ? `<circle cx="${run[0]!.split(',')[0]}" cy="${run[0]!.split(',')[1]}" r="3" fill="#1d4f91"/>` : `<polyline points="${run.join(' ')}" fill="none" stroke="#1d4f91" stroke-width="3"/>`));
  const axis = `<line x1="40" x2="${width - 40}" y1="${bottom}" y2="${bottom}" stroke="#505a5f"/><text x="30" y="${y(10) + 5}" text-anchor="end">10</text><text x="30" y="${bottom + 5}" text-anchor="end">0</text>`;
  const ends = months.length > 0 ? `<text x="40" y="${bottom + 24}">${escapeXml(names.month(months[0]!.month))}</text><text x="${width - 40}" y="${bottom + 24}" text-anchor="end">${escapeXml(names.month(months.at(-1)!.month))}</text>` : '';
  return svgDocument(width, bottom + 40, title, description, axis + lines.join('') + ends);
}

/** A triad's regions as a file: shaded by how many stories each holds, outlined where not shown, with the corners named. */
export function triadChartSvg(group: GroupFigures, triadId: string, names: ExportNames, title: string, description: string): string {
  const figure = group.triads.find((triad) => triad.id === triadId);
  const cells = figure?.cells ?? null;
  const most = Math.max(1, ...(cells ?? []).slice(0, REGIONS.length).map((value) => value ?? 0));
  const scale = 5;
  const point = (shares: readonly [number, number, number]): string => {
    const { x, y } = toPoint(shares);
    return `${(60 + x * scale).toFixed(1)},${(50 + y * scale).toFixed(1)}`;
  };
  const regions = REGIONS.map((region, index) => {
    const value = cells?.[index] ?? null;
    return `<polygon points="${region.map(point).join(' ')}" fill="#1d4f91" fill-opacity="${value === null ? 0 : (0.08 + 0.8 * (value / most)).toFixed(2)}" stroke="#505a5f" stroke-dasharray="${value === null ? '4 3' : 'none'}"/>`;
  }).join('');
  const [top, right, left] = names.ends('triad', triadId).map(escapeXml);
  const outline = `<polygon points="${[point([100, 0, 0]), point([0, 100, 0]), point([0, 0, 100])].join(' ')}" fill="none" stroke="#0b0c0c" stroke-width="2"/>`;
  const labels = `<text x="310" y="36" text-anchor="middle">${top}</text><text x="60" y="510" text-anchor="start">${left}</text><text x="560" y="535" text-anchor="end">${right}</text>`;
  return svgDocument(620, 550, title, description, regions + outline + labels);
}

/** A dyad's stories by fifth as a file: a bar per fifth (outlined where not shown), the poles named under its ends. */
export function dyadChartSvg(group: GroupFigures, dyadId: string, names: ExportNames, title: string, description: string): string {
  const cells = group.dyads.find((dyad) => dyad.id === dyadId)?.cells ?? null;
  const most = Math.max(1, ...(cells ?? []).slice(0, DYAD_BINS).map((value) => value ?? 0));
  const bars = Array.from({ length: DYAD_BINS }, (_, bin) => {
    const value = cells?.[bin] ?? null;
    const height = value === null ? 160 : (value / most) * 160;
    const x = 20 + bin * 120;
    return value === null
      ? `<rect x="${x}" y="20" width="100" height="160" fill="none" stroke="#505a5f" stroke-dasharray="4 3"/>`
      : `<rect x="${x}" y="${180 - height}" width="100" height="${height}" fill="#1d4f91"/><text x="${x + 50}" y="${172 - height}" text-anchor="middle">${value}</text>`;
  }).join('');
  const [low, high] = names.ends('dyad', dyadId).map(escapeXml);
  return svgDocument(640, 220, title, description, `${bars}<text x="20" y="205">${low}</text><text x="620" y="205" text-anchor="end">${high}</text>`);
}

/** Saves a file the person asked for. */
export function saveFile(name: string, content: Blob): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(content);
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 0);
}
