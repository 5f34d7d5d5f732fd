import { html, nothing, type TemplateResult } from 'lit';
import { errorSummary } from '../../core/error-summary.js';
import { daysUntil } from '../../core/dates-and-hashes.js';
import { SIGN_OFF_METHODS, type Plan } from './model.js';
import { selectField, textField } from './fields.js';
import type { PlanViewContext, SignOffContext } from './view-context.js';

/**
 * The end of a plan: when it is next reviewed (and whether that is late),
 * and who has signed it, each signature flagged when the words it was for
 * have changed since, with the form to sign.
 */

/** `today` comes from the core clock (or the editor's `today`), never the wall clock. */
export function renderReview(plan: Plan, today: Date, c: PlanViewContext): TemplateResult {
  const days = plan.reviewOn ? daysUntil(plan.reviewOn, today) : null;
  return html`<section class="section" part="review">
    <div class="field">
      <label class="label" id="review-label" for="review-date">${c.t('plan.review')}</label>
      <input id="review-date" type="date" .value=${plan.reviewOn ?? ''} @change=${(event: Event) => c.commit({ type: 'set-review', reviewOn: (event.target as HTMLInputElement).value || undefined })} />
      ${days === null
        ? nothing
        : html`<p class=${days < 0 ? 'stale' : 'hint'}>
            ${days === 0 ? c.t('plan.reviewToday') : days > 0 ? c.t('plan.reviewIn', { count: days }) : c.t('plan.reviewLate', { count: -days })}
          </p>`}
    </div>
  </section>`;
}

export function renderSignOff(plan: Plan, c: SignOffContext): TemplateResult {
  const { draft } = c;
  const problems = c.missing.map((missing) =>
    missing === 'name' ? { text: c.t('plan.signOffMissingName'), target: 'sign-name' } : { text: c.t('plan.signOffMissingWitness'), target: 'sign-witness' },
  );
  const messageFor = (target: string): string | undefined => problems.find((p) => p.target === target)?.text;
  return html`<section class="section sign-off" part="sign-off">
    <h2 id="sign-off-title">${c.t('plan.signOff')}</h2>
    <p>${c.t('plan.signOffIntro')}</p>
    ${plan.signOffs.length === 0
      ? html`<p class="meta">${c.t('plan.signOffNone')}</p>`
      : html`<ul class="signed">
          ${plan.signOffs.map(
            (signOff) => html`<li>
              ${c.t('plan.signOffSigned', { name: signOff.who, role: c.t(`plan.role.${signOff.role}`), date: c.date(signOff.at) })}
              ${c.stale.has(signOff.who) ? html`<p class="stale">${c.t('plan.signOffStale', { name: signOff.who })}</p>` : nothing}
            </li>`,
          )}
        </ul>`}
    ${problems.length > 0 ? errorSummary(c.t('error.title'), problems, c.root) : nothing}
    ${textField('sign-name', c.t('plan.signOffName'), draft.who, (who) => c.setDraft({ who }), messageFor('sign-name'))}
    ${selectField('sign-role', c.t('plan.signOffRole'), c.roleOptions, draft.role, (role) => c.setDraft({ role }))}
    ${selectField(
      'sign-method',
      c.t('plan.signOffMethod'),
      SIGN_OFF_METHODS.map((method) => [method, c.t(`plan.method.${method}`)] as const),
      draft.method,
      (method) => c.setDraft({ method }),
    )}
    ${draft.method !== 'typed-name' ? textField('sign-witness', c.t('plan.signOffWitness'), draft.witness, (witness) => c.setDraft({ witness }), messageFor('sign-witness')) : nothing}
    <button type="button" class="button primary" @click=${c.signOff}>${c.t('plan.signOffButton')}</button>
  </section>`;
}
