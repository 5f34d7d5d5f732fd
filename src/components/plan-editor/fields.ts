import { html, nothing, type TemplateResult } from 'lit';

/**
 * The form fields every part of the plan uses (statements, goals,
 * sign-off): one markup for a labelled select and a labelled text input,
 * so each reads and is checked the same way.
 */

/** A labelled select: each option a value and its words; `after` is shown under it. */
export function selectField<T extends string>(id: string, label: unknown, options: readonly (readonly [T, string])[], value: T, onChange: (value: T) => void, after: unknown = nothing): TemplateResult {
  return html`<div class="field">
    <label class="label" for=${id}>${label}</label>
    <select id=${id} @change=${(event: Event) => onChange((event.target as HTMLSelectElement).value as T)}>
      ${options.map(([option, words]) => html`<option value=${option} ?selected=${option === value}>${words}</option>`)}
    </select>
    ${after}
  </div>`;
}

/** A labelled one-line text input, with its error message (GOV.UK pattern) when there is one. */
export function textField(id: string, label: string, value: string, onInput: (value: string) => void, message?: string): TemplateResult {
  return html`<div class="field ${message ? 'invalid' : ''}">
    <label class="label" for=${id}>${label}</label>
    ${message ? html`<p class="error-message" id="${id}-error">${message}</p>` : nothing}
    <input id=${id} type="text" autocomplete="off" aria-describedby=${message ? `${id}-error` : nothing} .value=${value} @input=${(event: Event) => onInput((event.target as HTMLInputElement).value)} />
  </div>`;
}
