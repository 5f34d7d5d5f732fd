import { html, nothing, type TemplateResult } from 'lit';
import { errorSummary } from '../../core/error-summary.js';
import type { TranslationKey } from '../../translations/en.js';
import type { AgreementText } from './agreement-text.js';
import { FIELD_OF, type AgreementMode, type DraftProblem } from './model.js';
export { sharingMissingEn as english } from '../../translations/en/sharing-missing.js';

/*
 * Answers missing when the person saves (who, their name, how, a witness):
 * the GOV.UK error summary and each field's message. Fetched, with its
 * words, the first time an answer is missing.
 */

function missingKey(mode: AgreementMode, problem: DraftProblem): TranslationKey {
  if (mode === 'notice' && (problem === 'role' || problem === 'method')) return problem === 'role' ? 'sharing.missing.roleNotice' : 'sharing.missing.methodNotice';
  return `sharing.missing.${problem}`;
}

/** The summary of every missing answer, each a link to its field. */
export function renderMissingSummary(c: AgreementText, mode: AgreementMode, missing: readonly DraftProblem[], root: ShadowRoot): TemplateResult {
  const items = missing.map((problem) => ({ text: c.t(missingKey(mode, problem)), target: FIELD_OF[problem] }));
  return errorSummary(c.t('sharing.errorTitle'), items, root);
}

/** The message beside a field whose answer is missing (its id: `<problem>-error`). */
export function renderMissingMessage(c: AgreementText, mode: AgreementMode, missing: readonly DraftProblem[], problem: DraftProblem): TemplateResult | typeof nothing {
  if (!missing.includes(problem)) return nothing;
  return html`<p class="error-message" id="${problem}-error">
    <span class="visually-hidden">${c.t('sharing.errorPrefix')}</span> ${c.t(missingKey(mode, problem))}
  </p>`;
}
