// The take-home plan for printing: the family lane only, in plain text. Its
// own module, fetched the first time someone prints.
import { html, nothing, type TemplateResult } from 'lit';
import { listOf, type TextContext } from '../../core/localize.js';
import type { LocalisedText } from '../../core/validation.js';
import { planFor, type Plan, type Voice } from './model.js';
import type { PlanTemplate } from './templates.js';

/** What the print view needs from the editor: its language, and how it words text and voices. */
export interface PrintContext extends TextContext {
  text: (value: LocalisedText) => string;
  wordsOf: (voice: Voice) => string;
}

export function renderPrintView(plan: Plan, template: PlanTemplate, c: PrintContext): TemplateResult {
    const family = planFor(plan, 'family');
    return html`<article class="print">
      <h2>${c.t('plan.printTitle', { plan: c.text(template.name) })}</h2>
      ${template.sections.map((section) => {
        const statements = family.statements.filter((s) => s.section === section.id);
        return html`<section class="section">
          <h3>${c.text(section.title)}</h3>
          ${statements.length === 0
            ? html`<p class="meta">${c.t('plan.empty')}</p>`
            : html`<ul>
                ${statements.map((s) => html`<li><p class="text">${s.text}</p><p class="meta">${c.wordsOf(s.voice)}.</p></li>`)}
              </ul>`}
        </section>`;
      })}
      ${template.goals && plan.goals.length > 0
        ? html`<section class="section">
            <h3>${c.t('plan.goals')}</h3>
            <ol>
              ${plan.goals.map(
                (goal) => html`<li>
                  <p class="text">${goal.text}</p>
                  <ul>
                    ${goal.actions.map((a) => html`<li>${a.what} (${[a.who, a.when ? c.date(a.when) : '', c.t(`plan.status.${a.status}`)].filter(Boolean).join(', ')})</li>`)}
                  </ul>
                </li>`,
              )}
            </ol>
          </section>`
        : nothing}
      ${plan.reviewOn ? html`<p>${c.t('plan.printReview', { date: c.date(plan.reviewOn) })}</p>` : nothing}
      ${plan.signOffs.length > 0 ? html`<p>${c.t('plan.printSigned', { names: listOf(c, plan.signOffs.map((s) => s.who)) })}</p>` : nothing}
    </article>`;
  }
