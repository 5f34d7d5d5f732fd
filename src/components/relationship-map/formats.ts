import type { ProblemDraft } from '../../core/validation.js';
import { displayName, isPaid, validateMap, type MapData, type NameDisplay, type Person, type Relationship, type Snapshot } from './model.js';
import { csvCell } from '../../core/csv.js';

/**
 * Exports and imports. Every export first applies the privacy rules:
 * people marked `excludeFromExport` (and their relationships) are left out,
 * and with `display: 'initials'` names become initials and free text
 * (notes, labels) is dropped, since it often names people.
 */

export const SCHEMA = 'kith-relationship-map';
export const SCHEMA_VERSION = 1;

export interface ExportOptions {
  display?: NameDisplay;
}

/** The map as it may leave the page. */
export function shareable(map: MapData, options: ExportOptions = {}): MapData {
  const initials = options.display === 'initials';
  const kept = map.people.filter((p) => !p.excludeFromExport || p.id === map.focus);
  const ids = new Set(kept.map((p) => p.id));
  return {
    focus: map.focus,
    people: kept.map((person) =>
      initials ? { ...omit(person, ['excludeFromExport', 'notes', 'initials']), name: displayName(person, 'initials') } : omit(person, ['excludeFromExport']),
    ),
    relationships: map.relationships
      .filter((r) => ids.has(r.from) && ids.has(r.to))
      .map((relationship) => (initials ? omit(relationship, ['label']) : relationship)),
  };
}

function omit<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Omit<T, K> {
  const copy = { ...value };
  for (const key of keys) delete copy[key];
  return copy;
}

export function toJSON(map: MapData, snapshots: readonly Snapshot[] = [], options: ExportOptions = {}): string {
  return JSON.stringify(
    {
      schema: SCHEMA,
      version: SCHEMA_VERSION,
      ...shareable(map, options),
      ...(snapshots.length > 0 ? { snapshots: snapshots.map((s) => ({ id: s.id, date: s.date, ...(s.label ? { label: s.label } : {}), ...shareable(s, options) })) } : {}),
    },
    null,
    2,
  );
}

/** Reads our JSON back: the map (and snapshots), or the problems found. */
export function fromJSON(text: string): { map: MapData | null; snapshots: unknown; problems: ProblemDraft[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { map: null, snapshots: undefined, problems: [{ code: 'invalid-json', path: 'json' }] };
  }
  const record = (data ?? {}) as Record<string, unknown>;
  if (record['schema'] !== SCHEMA || typeof record['version'] !== 'number' || record['version'] > SCHEMA_VERSION) {
    return { map: null, snapshots: undefined, problems: [{ code: 'unsupported-schema', path: 'schema', params: { schema: SCHEMA, version: SCHEMA_VERSION } }] };
  }
  const { map, problems } = validateMap(record);
  return { map, snapshots: record['snapshots'], problems };
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** GraphML (people as nodes, relationships as edges) for network analysis tools such as Gephi or yEd. */
export function toGraphML(map: MapData, options: ExportOptions = {}): string {
  const data = shareable(map, options);
  const nodeKeys = ['name', 'kind', 'ring', 'paid', 'notes', 'focus'] as const;
  const edgeKeys = ['type', 'direction', 'label'] as const;
  const key = (id: string, target: string) => `  <key id="${target[0]}_${id}" for="${target}" attr.name="${id}" attr.type="string"/>`;
  const value = (prefix: string, id: string, v: unknown) => (v === undefined || v === '' ? '' : `<data key="${prefix}_${id}">${escapeXml(String(v))}</data>`);
  const node = (p: Person) => {
    const values = { name: p.name, kind: p.kind, ring: p.ring, paid: p.id === data.focus ? undefined : isPaid(p), notes: p.notes, focus: p.id === data.focus ? true : undefined };
    return `    <node id="${escapeXml(p.id)}">${nodeKeys.map((k) => value('n', k, values[k])).join('')}</node>`;
  };
  const edge = (r: Relationship) =>
    `    <edge id="${escapeXml(r.id)}" source="${escapeXml(r.from)}" target="${escapeXml(r.to)}">${edgeKeys.map((k) => value('e', k, r[k])).join('')}</edge>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...nodeKeys.map((k) => key(k, 'node')),
    ...edgeKeys.map((k) => key(k, 'edge')),
    '  <graph id="map" edgedefault="undirected">',
    ...data.people.map(node),
    ...data.relationships.map(edge),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}

const PEOPLE_COLUMNS = ['id', 'name', 'kind', 'ring', 'paid', 'focus', 'notes'] as const;
const RELATIONSHIP_COLUMNS = ['id', 'from', 'to', 'type', 'direction', 'label'] as const;

/** Two tables in one file, people then relationships, separated by a blank line. */
export function toCSV(map: MapData, options: ExportOptions = {}): string {
  const data = shareable(map, options);
  const people = data.people.map((p) => {
    const row: Record<string, unknown> = { ...p, paid: p.id === data.focus ? '' : isPaid(p), focus: p.id === data.focus ? 'true' : '' };
    return PEOPLE_COLUMNS.map((c) => csvCell(row[c])).join(',');
  });
  const relationships = data.relationships.map((r) => RELATIONSHIP_COLUMNS.map((c) => csvCell(r[c])).join(','));
  return [PEOPLE_COLUMNS.join(','), ...people, '', RELATIONSHIP_COLUMNS.join(','), ...relationships, ''].join('\r\n');
}

/** Splits CSV text into rows of cells (RFC 4180: quotes, doubled quotes, newlines in quotes). */
export function parseCSV(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

const unguard = (text: string) => (/^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text);

/**
 * Reads the CSV pair back (as `toCSV` writes it: people, a blank line,
 * relationships; or two separate texts). Empty cells are left out; the
 * result goes through the same validation as any other input.
 */
export function fromCSV(peopleText: string, relationshipsText?: string): { map: MapData | null; problems: ProblemDraft[] } {
  let rows = parseCSV(peopleText);
  let relationshipRows: string[][] = [];
  if (relationshipsText === undefined) {
    const blank = rows.findIndex((r) => r.every((c) => c.trim() === ''));
    if (blank >= 0) [rows, relationshipRows] = [rows.slice(0, blank), rows.slice(blank + 1)];
  } else relationshipRows = parseCSV(relationshipsText);
  const records = (table: string[][]) => {
    const [header = [], ...body] = table.filter((r) => r.some((c) => c.trim() !== ''));
    return body.map((r) => Object.fromEntries(header.flatMap((name, i) => (r[i] ? [[name.trim(), unguard(r[i]!)]] : []))) as Record<string, string>);
  };
  let focus = '';
  const people = records(rows).map(({ ring, paid, focus: isFocus, ...rest }) => {
    if (isFocus === 'true') focus = rest['id'] ?? '';
    return {
      ...rest,
      ...(ring ? { ring: Number(ring) } : {}),
      ...(paid === 'true' || paid === 'false' ? { paid: paid === 'true' } : paid ? { paid } : {}),
    };
  });
  return validateMap({ focus, people, relationships: records(relationshipRows) });
}
