import { html, type TemplateResult } from 'lit';

export interface SummaryItem {
  /** The error, as shown beside its field. */
  text: string;
  /** The id of the field to move to (inside the same shadow root). */
  target: string;
}

/**
 * The GOV.UK error summary: a titled list of links, one per problem, each
 * moving focus to its field. Give it focus after a failed submit. Styled
 * by `controlStyles` (`.notice.summary`).
 */
export function errorSummary(title: string, items: readonly SummaryItem[], root: ShadowRoot | HTMLElement): TemplateResult {
  const jump = (event: Event, target: string): void => {
    event.preventDefault();
    const field = root instanceof ShadowRoot ? root.getElementById(target) : root.querySelector(`#${CSS.escape(target)}`);
    (field as HTMLElement | null)?.focus();
  };
  return html`<div class="notice summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
    <h2 id="error-summary-title">${title}</h2>
    <ul>
      ${items.map((item) => html`<li><a href="#${item.target}" @click=${(event: Event) => jump(event, item.target)}>${item.text}</a></li>`)}
    </ul>
  </div>`;
}
