import type { TranslationKey } from '../translations/en.js';
import type { ComponentStrings } from '../translations/types.js';
import { translate, type TranslationOverrides } from './localize.js';
import type { Problem, ProblemDraft } from './validation.js';

/**
 * A problem worded for people. Apart from validation.ts so that code which
 * only checks input (the consent runtime) does not bring the wording machinery.
 */
/** `own`: the component's strings, where problems only it can have are worded. */
export function localizeProblem(lang: string, draft: ProblemDraft, overrides?: TranslationOverrides, own?: ComponentStrings): Problem {
  const key = `problem.${draft.code}` as TranslationKey;
  const params = { path: draft.path, ...draft.params };
  const message = translate(lang, key, params, overrides, own);
  // No wording for it (an unknown code, or the problems' wording could not be fetched): still a sentence.
  return { ...draft, message: message === key ? translate(lang, 'problem.unknown', params, overrides, own) : message };
}
