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
