import { checkArray, checkRecord, checkNumber, checkText } from '../../core/checks.js';
import { isRecord, type LocalisedText, type ProblemDraft } from '../../core/validation.js';

/**
 * Stage bands: named parts of a score range, such as the steps of a
 * “journey of change”. Shared by the stage badge and the strengths radar.
 */
export interface StageBand {
  /** First score in the band (inclusive). */
  from: number;
  /** Last score in the band (inclusive). */
  to: number;
  label: LocalisedText;
  description?: LocalisedText;
}

export interface ScoreRange {
  min: number;
  max: number;
}

export const DEFAULT_RANGE: ScoreRange = { min: 1, max: 10 };

export interface StageLookup {
  band: StageBand;
  /** 1-based position of the band. */
  position: number;
  total: number;
  /** 0 for the first band, 1 for the last: where its colour sits on the ramp. */
  ramp: number;
}

/**
 * Checks host-supplied bands against a range: each band well formed, in
 * order, with no gaps or overlaps, covering min…max exactly. Returns the
 * usable bands (or null) and every problem found.
 */
export function validateStages(input: unknown, range: ScoreRange, path = 'stages'): { stages: StageBand[] | null; problems: ProblemDraft[] } {
  const problems: ProblemDraft[] = [];
  if (!checkArray(problems, input, path, 1, 16)) return { stages: null, problems };

  const stages: StageBand[] = [];
  input.forEach((raw, index) => {
    const at = `${path}[${index}]`;
    if (!checkRecord(problems, raw, at)) return;
    const fromOk = checkNumber(problems, raw['from'], `${at}.from`, { integer: true, min: range.min, max: range.max });
    const toOk = checkNumber(problems, raw['to'], `${at}.to`, { integer: true, min: range.min, max: range.max });
    const labelOk = checkText(problems, raw['label'], `${at}.label`);
    if (raw['description'] !== undefined) checkText(problems, raw['description'], `${at}.description`);
    if (!fromOk || !toOk || !labelOk) return;
    const band = raw as unknown as StageBand;
    if (band.from > band.to) {
      problems.push({ code: 'stage-order', path: at });
      return;
    }
    stages.push(band);
  });
  if (problems.length > 0) return { stages: null, problems };

  const sorted = [...stages].sort((a, b) => a.from - b.from);
  sorted.forEach((band, index) => {
    const next = sorted[index + 1];
    if (!next) return;
    if (next.from <= band.to) {
      problems.push({ code: 'stage-overlap', path, params: { first: index + 1, second: index + 2 } });
    } else if (next.from > band.to + 1) {
      problems.push({ code: 'stage-gap', path, params: { from: band.to, to: next.from } });
    }
  });
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first && last && (first.from !== range.min || last.to !== range.max)) {
    problems.push({ code: 'stage-coverage', path, params: { min: range.min, max: range.max } });
  }
  return problems.length > 0 ? { stages: null, problems } : { stages: sorted, problems };
}

/** Checks a range given as attributes or JSON: whole numbers, min below max. */
export function validateRange(min: unknown, max: unknown): { range: ScoreRange | null; problems: ProblemDraft[] } {
  const problems: ProblemDraft[] = [];
  const minOk = checkNumber(problems, min, 'min', { integer: true });
  const maxOk = checkNumber(problems, max, 'max', { integer: true, min: minOk ? (min as number) + 1 : -Infinity });
  return minOk && maxOk ? { range: { min: min as number, max: max as number }, problems } : { range: null, problems };
}

/** Checks a score: null (not scored) or a number inside the range. */
export function validateScore(score: unknown, range: ScoreRange, path = 'score'): ProblemDraft[] {
  const problems: ProblemDraft[] = [];
  if (score === null || score === undefined) return problems;
  checkNumber(problems, score, path, { min: range.min, max: range.max });
  return problems;
}

/** The band a score falls in (bands must be valid and sorted). */
export function stageFor(score: number, stages: readonly StageBand[]): StageLookup | null {
  const index = stages.findIndex((band) => score >= band.from && score <= band.to);
  const band = stages[index];
  if (!band) return null;
  return { band, position: index + 1, total: stages.length, ramp: stages.length > 1 ? index / (stages.length - 1) : 1 };
}

/** Stage data as given in light DOM JSON, not yet validated. */
export interface StageData {
  stages?: unknown;
  min?: unknown;
  max?: unknown;
}

/** Reads `{stages, min?, max?}` (or a bare list of stages) from light-DOM JSON. */
export function readStageData(value: unknown): StageData {
  if (Array.isArray(value)) return { stages: value };
  if (isRecord(value)) return { stages: value['stages'], min: value['min'], max: value['max'] };
  return { stages: value };
}
