import { checkArray, checkDate, checkId, checkNumber, checkOneOf, checkRecord, checkText, checkUniqueIds } from '../../core/checks.js';
import type { LocalisedText, ProblemDraft } from '../../core/validation.js';

/*
 * How the relationship is going, after a contact (issue 24): a short check
 * the person completes, defined as data like the radar's instruments. Pure:
 * no DOM, no clock (the element passes the time in).
 */

/** One visual-analogue item: 0–10 in steps of 0.1, with two labelled ends. */
export interface CheckItem {
  id: string;
  label: LocalisedText;
  /** What 0 means (“Not at all”). */
  low: LocalisedText;
  /** What 10 means (“Completely”). */
  high: LocalisedText;
}

/** A relationship check as data: 2–6 items and an optional comment. */
export interface CheckInstrument {
  id: string;
  /** Changes whenever the wording does: a record says which words the person answered. */
  version: string;
  name: LocalisedText;
  items: CheckItem[];
  /** Ask for a comment in the person's own words (default true). */
  comment?: boolean;
}

/** Who filled it in: the person, the person with someone's help, or the worker on the person's behalf. */
export const COMPLETED_BY = ['person', 'with-help', 'worker-on-behalf'] as const;
export type CompletedBy = (typeof COMPLETED_BY)[number];

/** One completed check: the event detail, the form value and what the host keeps. */
export interface CheckRecord {
  instrumentId: string;
  instrumentVersion: string;
  /** Each item's value, 0–10 to one decimal place; null when it was left. */
  values: Record<string, number | null>;
  comment: string;
  /** When it was completed: an ISO date-time from the core's clock. */
  time: string;
  /** The contact (visit, call) it is about, when the host says. */
  contactId?: string;
  completedBy: CompletedBy;
  /** The person's name; never kept in anonymous mode. */
  personName?: string;
}

export const MIN_ITEMS = 2;
export const MAX_ITEMS = 6;
export const LOWEST = 0;
export const HIGHEST = 10;
/** More earlier checks than this are refused rather than drawn slowly (a year of weekly checks is 52). */
export const MAX_HISTORY = 500;
/** A drop in the total this big since the last check is worth talking about. */
export const NOTABLE_DROP = 2;

/** A value on the scale: within 0–10 and to one decimal place (0.1 steps). */
export function onScale(value: number): number {
  return Math.min(HIGHEST, Math.max(LOWEST, Math.round(value * 10) / 10));
}

/**
 * A slider's next value for a key (WAI-ARIA slider pattern): arrows move
 * 0.1, Page Up/Down 1, Home/End to the ends. Undefined for any other key.
 * An item not yet answered starts from the middle.
 */
export function valueAfterKey(value: number | null, key: string): number | undefined {
  const from = value ?? (HIGHEST - LOWEST) / 2;
  const moves: Record<string, number> = { ArrowRight: 0.1, ArrowUp: 0.1, ArrowLeft: -0.1, ArrowDown: -0.1, PageUp: 1, PageDown: -1 };
  if (key === 'Home') return LOWEST;
  if (key === 'End') return HIGHEST;
  const move = moves[key];
  return move === undefined ? undefined : onScale(from + move);
}

export function validateInstrument(input: unknown, path = 'instrument'): { instrument: CheckInstrument | null; problems: ProblemDraft[] } {
  const problems: ProblemDraft[] = [];
  if (!checkRecord(problems, input, path)) return { instrument: null, problems };
  checkId(problems, input['id'], `${path}.id`);
  checkId(problems, input['version'], `${path}.version`);
  checkText(problems, input['name'], `${path}.name`);
  if (input['comment'] !== undefined && typeof input['comment'] !== 'boolean') problems.push({ code: 'not-one-of', path: `${path}.comment`, params: { options: 'true, false' } });
  const items = input['items'];
  if (checkArray(problems, items, `${path}.items`, MIN_ITEMS, MAX_ITEMS)) {
    items.forEach((item, index) => {
      const at = `${path}.items[${index}]`;
      if (!checkRecord(problems, item, at)) return;
      checkId(problems, item['id'], `${at}.id`);
      for (const field of ['label', 'low', 'high']) checkText(problems, item[field], `${at}.${field}`);
    });
    checkUniqueIds(problems, items as { id?: unknown }[], `${path}.items`);
  }
  return { instrument: problems.length === 0 ? (input as unknown as CheckInstrument) : null, problems };
}

/**
 * Earlier checks, as the host kept them. Values of items the instrument no
 * longer asks are kept but not drawn; an earlier version's records count.
 */
export function validateHistory(input: unknown, path = 'history'): { history: CheckRecord[]; problems: ProblemDraft[] } {
  const problems: ProblemDraft[] = [];
  if (input === undefined) return { history: [], problems };
  if (!checkArray(problems, input, path, 0, MAX_HISTORY)) return { history: [], problems };
  input.forEach((record, index) => {
    const at = `${path}[${index}]`;
    if (!checkRecord(problems, record, at)) return;
    checkId(problems, record['instrumentId'], `${at}.instrumentId`);
    checkDate(problems, record['time'], `${at}.time`);
    checkOneOf(problems, record['completedBy'], `${at}.completedBy`, COMPLETED_BY);
    if (checkRecord(problems, record['values'], `${at}.values`)) {
      for (const [id, value] of Object.entries(record['values'])) {
        if (value !== null) checkNumber(problems, value, `${at}.values.${id}`, { min: LOWEST, max: HIGHEST });
      }
    }
  });
  return { history: problems.length === 0 ? (input as CheckRecord[]) : [], problems };
}

/** The record of a completed check. Anonymous: no name is kept, whatever was given. */
export function makeRecord(
  instrument: CheckInstrument,
  answers: { values: Record<string, number | null>; comment: string; completedBy: CompletedBy },
  context: { time: string; contactId?: string; personName?: string; anonymous: boolean },
): CheckRecord {
  const values = Object.fromEntries(instrument.items.map((item) => [item.id, answers.values[item.id] ?? null]));
  const record: CheckRecord = {
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    values,
    comment: instrument.comment === false ? '' : answers.comment.trim(),
    time: context.time,
    completedBy: answers.completedBy,
  };
  if (context.contactId) record.contactId = context.contactId;
  if (!context.anonymous && context.personName) record.personName = context.personName;
  return record;
}

/** The sum of the items' values, when every item the instrument asks was answered; otherwise null. */
export function total(record: CheckRecord, instrument: CheckInstrument): number | null {
  let sum = 0;
  for (const item of instrument.items) {
    const value = record.values[item.id];
    if (value === null || value === undefined) return null;
    sum += value;
  }
  return Math.round(sum * 10) / 10;
}

/** The checks in time order, oldest first (the host may keep them in any order). */
export function inTimeOrder(history: readonly CheckRecord[]): CheckRecord[] {
  return [...history].sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
}

/** One item over time, oldest first: the checks that answered it. */
export function itemTrend(history: readonly CheckRecord[], itemId: string): { time: string; value: number }[] {
  return inTimeOrder(history).flatMap((record) => {
    const value = record.values[itemId];
    return typeof value === 'number' ? [{ time: record.time, value }] : [];
  });
}

/**
 * For the worker: a reason to talk about how things are going, from the
 * latest check — its total is below the host's cut-off, or it fell by 2 or
 * more since the check before. A conversation prompt, never a score of the
 * worker; null when neither holds (or the totals are not known).
 */
export type ConversationPrompt = { reason: 'below-cut-off'; total: number; cutOff: number } | { reason: 'dropped'; total: number; previous: number } | null;

export function conversationPrompt(history: readonly CheckRecord[], instrument: CheckInstrument, cutOff?: number): ConversationPrompt {
  const totals = inTimeOrder(history)
    .filter((record) => record.instrumentId === instrument.id)
    .map((record) => total(record, instrument));
  const latest = totals.at(-1);
  if (latest === null || latest === undefined) return null;
  if (cutOff !== undefined && latest < cutOff) return { reason: 'below-cut-off', total: latest, cutOff };
  const previous = totals.at(-2);
  // Rounded to the scale's tenths: 29.3 − 27.3 is a drop of 2, not 1.9999999999999964.
  if (typeof previous === 'number' && Math.round((previous - latest) * 10) / 10 >= NOTABLE_DROP) return { reason: 'dropped', total: latest, previous };
  return null;
}
