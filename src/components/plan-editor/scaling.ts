// The scaling question (“on a scale of 0 to 10…”) that some templates ask,
// each person answering for themselves. Its own module, fetched only for
// templates that have one.
import { html, nothing, type TemplateResult } from 'lit';
import type { TextContext } from '../../core/localize.js';
import type { LocalisedText } from '../../core/validation.js';
import type { Plan } from './model.js';
import type { ScalingQuestion } from './templates.js';

/** What the scaling question needs from the editor. */
export interface ScalingContext extends Pick<TextContext, 't'> {
  text: (value: LocalisedText) => string;
  /** The name of the person answering (the editor's author). */
  who: string;
  /** Records their answer, already checked to be a whole number in range. */
  answer: (value: number) => void;
}

export function renderScaling(plan: Plan, scaling: ScalingQuestion, c: ScalingContext): TemplateResult {
  const mine = plan.scaling?.find((answer) => answer.who === c.who);
  return html`<section class="section" part="section section-scaling">
    <h2 id="scaling-title">${c.text(scaling.question)}</h2>
    ${scaling.lowLabel ? html`<p class="prompt">${c.text(scaling.lowLabel)}</p>` : nothing}
    ${scaling.highLabel ? html`<p class="prompt">${c.text(scaling.highLabel)}</p>` : nothing}
    <div class="field">
      <label class="label" for="scaling-mine">${c.t('plan.scalingYours', { name: c.who })}</label>
      <input
        id="scaling-mine"
        type="number"
        inputmode="numeric"
        min=${scaling.min}
        max=${scaling.max}
        .value=${mine ? String(mine.value) : ''}
        @change=${(event: Event) => {
          const value = Number((event.target as HTMLInputElement).value);
          if (!Number.isInteger(value) || value < scaling.min || value > scaling.max) return;
          c.answer(value);
        }}
      />
    </div>
    ${(plan.scaling ?? []).length > 0
      ? html`<h3>${c.t('plan.scalingAnswers')}</h3>
          <ul>
            ${plan.scaling!.map((answer) => html`<li>${c.t('plan.scalingAnswer', { name: answer.who, value: answer.value })}</li>`)}
          </ul>`
      : nothing}
  </section>`;
}

