import type { Problem, ProblemCode } from './validation.js';

export interface KithErrorDetail {
  /** The first problem's code, e.g. `out-of-range`. */
  code: ProblemCode;
  /** The first problem's localised message. */
  message: string;
  /** Where the first problem is, e.g. `stages[1].to`. */
  path: string;
  /** Every problem found, in order. */
  problems: Problem[];
}

/** The `kith-error` detail for problems found (at least one): the first one's code, message and path, and all of them. */
export function errorDetail<P extends Pick<Problem, 'message' | 'path'> & { code: string }>(problems: readonly P[]): { code: P['code']; message: string; path: string; problems: P[] } {
  const [first] = problems as [P];
  return { code: first.code, message: first.message, path: first.path, problems: [...problems] };
}

/**
 * Every Kith event and its detail. Components add theirs by declaration
 * merging (`declare module` this file), and to `HTMLElementEventMap`, so
 * `el.addEventListener('kith-…', e => e.detail)` is typed.
 */
export interface KithEventMap {
  'kith-error': KithErrorDetail;
}

declare global {
  interface HTMLElementEventMap {
    'kith-error': CustomEvent<KithErrorDetail>;
  }
}
