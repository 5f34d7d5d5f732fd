import { parseIsoDate } from './iso-date.js';
import { asMessageText, isRecord, type LocalisedText, type ProblemDraft } from './validation.js';

/**
 * Small composable checks, one function each so a model bundles only the
 * ones it uses. Each returns true when the value is usable and otherwise
 * adds a problem to `problems`, so a model can report every problem at once
 * instead of stopping at the first.
 */

/** Names every object already has (`constructor`, `__proto__`…); a Set is quicker to ask than `in`. */
const RESERVED_IDS = new Set(Object.getOwnPropertyNames(Object.prototype));

export function checkArray(problems: ProblemDraft[], value: unknown, path: string, min = 0, max = Infinity): value is unknown[] {
  if (!Array.isArray(value)) {
    problems.push({ code: value === undefined ? 'missing' : 'not-array', path });
    return false;
  }
  if (value.length < min) problems.push({ code: 'too-few', path, params: { min } });
  if (value.length > max) problems.push({ code: 'too-many', path, params: { max } });
  if (value.length < min || value.length > max) return false;
  // A hole ([, , ,]) is skipped by forEach and map, so the items' checks
  // would never see it and the component would meet `undefined` later.
  // Object.keys lists only the items there, cheaply, however long the array.
  if (Object.keys(value).length < value.length) {
    problems.push({ code: 'missing', path: `${path}[${value.findIndex((_, i) => !(i in value))}]` });
    return false;
  }
  return true;
}

export function checkRecord(problems: ProblemDraft[], value: unknown, path: string): value is Record<string, unknown> {
  if (isRecord(value)) return true;
  problems.push({ code: value === undefined ? 'missing' : 'not-object', path });
  return false;
}

export function checkNumber(problems: ProblemDraft[], value: unknown, path: string, opts: { integer?: boolean; min?: number; max?: number } = {}): value is number {
  if (value === undefined || value === null) {
    problems.push({ code: 'missing', path });
    return false;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    problems.push({ code: 'not-number', path });
    return false;
  }
  if (opts.integer && !Number.isInteger(value)) {
    problems.push({ code: 'not-integer', path });
    return false;
  }
  const min = opts.min ?? -Infinity;
  const max = opts.max ?? Infinity;
  if (value < min || value > max) {
    problems.push({ code: 'out-of-range', path, params: { min, max } });
    return false;
  }
  return true;
}

export function checkText(problems: ProblemDraft[], value: unknown, path: string): value is LocalisedText {
  if (typeof value === 'string' && value.trim() !== '') return true;
  if (isRecord(value)) {
    const entries = Object.values(value);
    if (entries.length > 0 && entries.every((entry) => typeof entry === 'string') && entries.some((entry) => (entry as string).trim() !== '')) {
      return true;
    }
  }
  problems.push({ code: value === undefined ? 'missing' : 'not-text', path });
  return false;
}

/**
 * Data the component will save, send or sign as JSON: a value JSON cannot
 * hold (a BigInt, a loop), even in a field Kith does not read, would
 * otherwise fail later, when the person's work is being kept.
 */
export function checkJson(problems: ProblemDraft[], value: unknown, path: string): boolean {
  try {
    JSON.stringify(value);
    return true;
  } catch {
    problems.push({ code: 'not-json', path });
    return false;
  }
}

/** An id: a non-empty string without spaces. */
export function checkId(problems: ProblemDraft[], value: unknown, path: string): value is string {
  // Ids become keys of plain objects (scores, choices, lookups): a name
  // every object already has (`constructor`, `__proto__`…) would be
  // found where nothing was set, so it is refused.
  if (typeof value === 'string' && RESERVED_IDS.has(value)) {
    problems.push({ code: 'reserved-id', path, params: { id: value } });
    return false;
  }
  if (typeof value === 'string' && /^\S+$/.test(value)) return true;
  problems.push({ code: value === undefined ? 'missing' : 'not-id', path });
  return false;
}

/** A calendar date, `YYYY-MM-DD` (a time may follow). */
export function checkDate(problems: ProblemDraft[], value: unknown, path: string): value is string {
  if (typeof value === 'string' && parseIsoDate(value)) return true;
  problems.push({ code: value === undefined ? 'missing' : 'invalid-date', path });
  return false;
}

export function checkOneOf<T extends string>(problems: ProblemDraft[], value: unknown, path: string, options: readonly T[]): value is T {
  if (options.includes(value as T)) return true;
  problems.push({ code: 'not-one-of', path, params: { options: options.join(', ') } });
  return false;
}

export function checkUniqueIds(problems: ProblemDraft[], items: readonly { id?: unknown }[], path: string): boolean {
  const seen = new Set<unknown>();
  let ok = true;
  for (const item of items) {
    if (!isRecord(item) || item.id === undefined) continue;
    if (seen.has(item.id)) {
      problems.push({ code: 'duplicate-id', path, params: { id: asMessageText(item.id) } });
      ok = false;
    }
    seen.add(item.id);
  }
  return ok;
}

/**
 * The checks as one object, for hosts' own models (`check.array(…)`); Kith's
 * models import the functions from checks.ts, so each bundles only its own.
 */
export const check = { array: checkArray, record: checkRecord, number: checkNumber, text: checkText, json: checkJson, id: checkId, date: checkDate, oneOf: checkOneOf, uniqueIds: checkUniqueIds };
