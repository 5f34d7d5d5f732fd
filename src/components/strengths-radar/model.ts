import { checkArray, checkRecord, checkNumber, checkText, checkJson, checkId, checkDate, checkOneOf, checkUniqueIds } from '../../core/checks.js';
import { isRecord, type LocalisedText, type ProblemDraft } from '../../core/validation.js';
import { DEFAULT_RANGE, validateRange, validateStages, type ScoreRange, type StageBand } from '../stage-badge/model.js';

/** One area of life the instrument asks about. */
export interface Scale {
  id: string;
  label: LocalisedText;
  description?: LocalisedText;
  /** What a score means on this scale, by score: `{ "1": "…", "10": "…" }`. */
  pointDescriptions?: Readonly<Record<string, LocalisedText>>;
}

/** An outcomes instrument, as data: 3–16 scales, a range, optional stage bands. */
export interface Instrument {
  id?: string;
  name?: LocalisedText;
  scales: Scale[];
  range?: ScoreRange;
  stages?: StageBand[];
}

/** An instrument that passed validation: the range is always known. */
export interface CheckedInstrument extends Instrument {
  range: ScoreRange;
}

export const COMPLETED_BY = ['together', 'worker', 'person', 'retrospective'] as const;
export type CompletedBy = (typeof COMPLETED_BY)[number];

/** One completion of the instrument, from one perspective, on one date. */
export interface Reading {
  id: string;
  /** ISO date, `YYYY-MM-DD`. */
  date: string;
  /** Whose view this is: `person`, `worker`, `parent`, `child` (translated) or a custom label (shown as given). */
  perspective: string;
  completedBy?: CompletedBy;
  /** Score per scale id; `null` means not scored. */
  scores: Record<string, number | null>;
  notes?: Record<string, string>;
}

export type Score = number | null;

export const MIN_SCALES = 3;
export const MAX_SCALES = 16;
/** More than this is refused rather than drawn slowly: aggregate upstream. */
export const MAX_READINGS = 2000;
export const DEFAULT_MIN_GROUP_SIZE = 5;

export function validateInstrument(input: unknown, path = 'instrument'): { instrument: CheckedInstrument | null; problems: ProblemDraft[] } {
  const problems: ProblemDraft[] = [];
  if (!checkRecord(problems, input, path)) return { instrument: null, problems };
  if (input['id'] !== undefined) checkId(problems, input['id'], `${path}.id`);
  if (input['name'] !== undefined) checkText(problems, input['name'], `${path}.name`);

  const rangeInput = input['range'] ?? DEFAULT_RANGE;
  let range: ScoreRange | null = null;
  if (checkRecord(problems, rangeInput, `${path}.range`)) {
    const checked = validateRange(rangeInput['min'], rangeInput['max']);
    problems.push(...checked.problems.map((p) => ({ ...p, path: `${path}.range.${p.path}` })));
    range = checked.range;
  }

  const scales = input['scales'];
  if (checkArray(problems, scales, `${path}.scales`, MIN_SCALES, MAX_SCALES)) {
    scales.forEach((scale, index) => {
      const at = `${path}.scales[${index}]`;
      if (!checkRecord(problems, scale, at)) return;
      checkId(problems, scale['id'], `${at}.id`);
      checkText(problems, scale['label'], `${at}.label`);
      if (scale['description'] !== undefined) checkText(problems, scale['description'], `${at}.description`);
      const points = scale['pointDescriptions'];
      if (points !== undefined && checkRecord(problems, points, `${at}.pointDescriptions`)) {
        for (const [score, text] of Object.entries(points)) checkText(problems, text, `${at}.pointDescriptions.${score}`);
      }
    });
    checkUniqueIds(problems, scales as { id?: unknown }[], `${path}.scales`);
  }

  if (input['stages'] !== undefined && range) {
    problems.push(...validateStages(input['stages'], range, `${path}.stages`).problems);
  }
  if (problems.length > 0 || !range) return { instrument: null, problems };
  const instrument = input as unknown as Instrument;
  const stages = instrument.stages ? [...instrument.stages].sort((a, b) => a.from - b.from) : undefined;
  return { instrument: { ...instrument, range, ...(stages ? { stages } : {}) }, problems };
}

export function validateReadings(input: unknown, instrument: CheckedInstrument, path = 'readings'): { readings: Reading[] | null; problems: ProblemDraft[] } {
  const problems: ProblemDraft[] = [];
  if (input === undefined) return { readings: [], problems };
  if (!checkArray(problems, input, path, 0, MAX_READINGS) || !checkJson(problems, input, path)) return { readings: null, problems };
  const scaleIds = new Set(instrument.scales.map((scale) => scale.id));
  const { min, max } = instrument.range;

  input.forEach((reading, index) => {
    const at = `${path}[${index}]`;
    if (!checkRecord(problems, reading, at)) return;
    checkId(problems, reading['id'], `${at}.id`);
    checkDate(problems, reading['date'], `${at}.date`);
    if (typeof reading['perspective'] !== 'string' || reading['perspective'].trim() === '') {
      problems.push({ code: reading['perspective'] === undefined ? 'missing' : 'not-text', path: `${at}.perspective` });
    }
    if (reading['completedBy'] !== undefined) checkOneOf(problems, reading['completedBy'], `${at}.completedBy`, COMPLETED_BY);
    const scores = reading['scores'];
    if (checkRecord(problems, scores, `${at}.scores`)) {
      for (const [scaleId, score] of Object.entries(scores)) {
        const where = `${at}.scores.${scaleId}`;
        if (!scaleIds.has(scaleId)) problems.push({ code: 'unknown-scale', path: where, params: { id: scaleId } });
        else if (score !== null) checkNumber(problems, score, where, { integer: true, min, max });
      }
    }
    const notes = reading['notes'];
    if (notes !== undefined && checkRecord(problems, notes, `${at}.notes`)) {
      for (const [scaleId, note] of Object.entries(notes)) {
        const where = `${at}.notes.${scaleId}`;
        if (!scaleIds.has(scaleId)) problems.push({ code: 'unknown-scale', path: where, params: { id: scaleId } });
        else if (typeof note !== 'string') problems.push({ code: 'not-text', path: where });
      }
    }
  });
  checkUniqueIds(problems, input as { id?: unknown }[], path);
  return problems.length > 0 ? { readings: null, problems } : { readings: input as Reading[], problems };
}

/** A reading's score for a scale (absent counts as not scored). */
export function scoreOf(reading: Reading, scaleId: string): Score {
  const score = reading.scores[scaleId];
  return typeof score === 'number' ? score : null;
}

// ---------------------------------------------------------------- geometry
// Angles follow d3's radial convention: 0 at 12 o'clock, clockwise, radians.

export interface RadarFrame {
  /** Radius of the lowest score: a small hole keeps low scores visible. */
  inner: number;
  /** Radius of the highest score. */
  outer: number;
  range: ScoreRange;
}

export function spokeAngle(index: number, count: number): number {
  return (index * 2 * Math.PI) / count;
}

export function radiusFor(score: number, frame: RadarFrame): number {
  const { min, max } = frame.range;
  const t = (Math.min(max, Math.max(min, score)) - min) / (max - min);
  return frame.inner + t * (frame.outer - frame.inner);
}

export function pointAt(angle: number, radius: number): [number, number] {
  return [radius * Math.sin(angle), -radius * Math.cos(angle)];
}

/** The score nearest to where a pointer is, projected onto a spoke. */
export function scoreAtPoint(x: number, y: number, angle: number, frame: RadarFrame): number {
  const along = x * Math.sin(angle) - y * Math.cos(angle);
  const t = (along - frame.inner) / (frame.outer - frame.inner);
  const { min, max } = frame.range;
  return Math.min(max, Math.max(min, Math.round(min + t * (max - min))));
}

/** Where a stage band starts and ends, as scores on the drawn scale (half-way between whole scores). */
export function bandEdges(band: StageBand, range: ScoreRange): [number, number] {
  return [Math.max(range.min, band.from - 0.5), Math.min(range.max, band.to + 0.5)];
}

// ---------------------------------------------------------------- derived values

export interface ScaleChange {
  scaleId: string;
  from: Score;
  to: Score;
  /** `to - from`, or null when either is not scored. */
  delta: number | null;
}

export function scoreChanges(before: Reading, after: Reading, scales: readonly Scale[]): ScaleChange[] {
  return scales.map(({ id }) => {
    const from = scoreOf(before, id);
    const to = scoreOf(after, id);
    return { scaleId: id, from, to, delta: from !== null && to !== null ? to - from : null };
  });
}

export interface Extreme {
  score: number;
  scaleIds: string[];
}

/** The strongest and lowest scales of a reading (ties kept together). */
export function extremes(reading: Reading, scales: readonly Scale[]): { strongest: Extreme | null; lowest: Extreme | null } {
  const scored = scales.map(({ id }) => ({ id, score: scoreOf(reading, id) })).filter((s): s is { id: string; score: number } => s.score !== null);
  if (scored.length === 0) return { strongest: null, lowest: null };
  const pick = (score: number): Extreme => ({ score, scaleIds: scored.filter((s) => s.score === score).map((s) => s.id) });
  const values = scored.map((s) => s.score);
  return { strongest: pick(Math.max(...values)), lowest: pick(Math.min(...values)) };
}

export interface ScaleAgreement {
  scaleId: string;
  values: { readingId: string; perspective: string; value: number }[];
  /** Highest minus lowest score, or null with fewer than two scores. */
  spread: number | null;
  /** Scores within 1 of each other count as agreement. */
  agree: boolean | null;
}

/** How far perspectives given on the same date are apart, per scale. */
export function agreement(readings: readonly Reading[], scales: readonly Scale[]): ScaleAgreement[] {
  return scales.map(({ id }) => {
    const values = readings.flatMap((r) => {
      const value = scoreOf(r, id);
      return value === null ? [] : [{ readingId: r.id, perspective: r.perspective, value }];
    });
    if (values.length < 2) return { scaleId: id, values, spread: null, agree: null };
    const scores = values.map((v) => v.value);
    const spread = Math.max(...scores) - Math.min(...scores);
    return { scaleId: id, values, spread, agree: spread <= 1 };
  });
}

export const byDate = (a: Reading, b: Reading): number => a.date.localeCompare(b.date) || a.id.localeCompare(b.id);

/** Readings from one perspective, oldest first. */
export function historyOf(readings: readonly Reading[], perspective: string): Reading[] {
  return readings.filter((r) => r.perspective === perspective).sort(byDate);
}

/** The readings of one date, one per perspective (the last given wins). */
export function perspectivesOn(readings: readonly Reading[], date: string): Reading[] {
  const byPerspective = new Map<string, Reading>();
  for (const reading of readings) if (reading.date.slice(0, 10) === date.slice(0, 10)) byPerspective.set(reading.perspective, reading);
  return [...byPerspective.values()];
}

export function latest(readings: readonly Reading[]): Reading | undefined {
  return [...readings].sort(byDate).at(-1);
}

// ---------------------------------------------------------------- setting scores

/** The stage a score is in, by index, or -1. */
function stageIndex(score: number, stages: readonly StageBand[]): number {
  return stages.findIndex((band) => score >= band.from && score <= band.to);
}

/**
 * What a key does to a slider's score, as specified: arrows ±1 (mirrored in
 * right-to-left), Page Up/Down to the start of the next/previous stage (or a
 * fifth of the range without stages), Home/End the ends, Delete/Backspace
 * clears. `undefined` means the key is not ours.
 */
export function scoreForKey(key: string, current: Score, instrument: CheckedInstrument, dir: 'ltr' | 'rtl' = 'ltr'): Score | undefined {
  const { min, max } = instrument.range;
  const clamp = (value: number): number => Math.min(max, Math.max(min, value));
  const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const backward = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  const stages = instrument.stages ?? [];
  const step = Math.max(1, Math.round((max - min) / 5));
  switch (key) {
    case 'ArrowUp':
    case forward:
      return current === null ? min : clamp(current + 1);
    case 'ArrowDown':
    case backward:
      return current === null ? min : clamp(current - 1);
    case 'Home':
      return min;
    case 'End':
      return max;
    case 'Delete':
    case 'Backspace':
      return null;
    case 'PageUp': {
      if (current === null) return min;
      if (stages.length === 0) return clamp(current + step);
      return stages[stageIndex(current, stages) + 1]?.from ?? max;
    }
    case 'PageDown': {
      if (current === null) return min;
      if (stages.length === 0) return clamp(current - step);
      const index = stageIndex(current, stages);
      const here = stages[index];
      // From inside a stage, go to its start first; from its start, to the previous stage's start.
      if (here && current > here.from) return here.from;
      return stages[index - 1]?.from ?? min;
    }
    default:
      return undefined;
  }
}

/** A copy of the reading with one score changed. */
export function withScore(reading: Reading, scaleId: string, value: Score): Reading {
  return { ...reading, scores: { ...reading.scores, [scaleId]: value } };
}

/** Reads `{instrument, readings}` from light-DOM JSON. */
export function readRadarData(value: unknown): { instrument?: unknown; readings?: unknown } {
  return isRecord(value) ? { instrument: value['instrument'], readings: value['readings'] } : { instrument: value };
}
