import type { TranslationKey } from '../translations/en.js';
import type { Params } from './localize.js';

/** Codes of the problems Kith can report; each has a `problem.<code>` message. */
export type ProblemCode = TranslationKey extends infer K
  ? K extends `problem.${infer Code}`
    ? Code
    : never
  : never;

/** A problem as found by a pure model: no language yet. */
export interface ProblemDraft {
  code: ProblemCode;
  /** Where in the input, e.g. `stages[2].label` (JSONPath-like). */
  path: string;
  params?: Params;
}

/** A problem ready for people: the localised message is included. */
export interface Problem extends ProblemDraft {
  message: string;
}

/** Text a host may give in one language, or per language (`{en, cy}`). */
export type LocalisedText = string | Readonly<Record<string, string>>;


export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Any value as text for a message: String() throws on some objects (no prototype, no toString). */
export function asMessageText(value: unknown): string {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** A component's `<script type="application/json">` child: data given in the page. */
export const JSON_CHILD = ':scope > script[type="application/json"]';

/** Reads JSON without throwing: the value, or a problem at `path`. */
export function parseJson(text: string, path: string): { value?: unknown; problem?: ProblemDraft } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return { problem: { code: 'invalid-json', path } };
  }
}

/** Picks the text for a language: exact, then English, then any. */
export function localText(text: LocalisedText, lang: string): string {
  if (typeof text === 'string') return text;
  const code = lang.toLowerCase().split('-')[0] ?? 'en';
  return text[code] ?? text['en'] ?? Object.values(text)[0] ?? '';
}
