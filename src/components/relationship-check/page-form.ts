import { COMPLETED_BY, type CheckRecord } from './model.js';

/*
 * The page's own form: what a reader without JavaScript fills in and posts,
 * and, with JavaScript, where the check's questions come from and where its
 * answers go, so the server receives the same post either way.
 *
 *   <form method="post" action="/check" data-instrument-id="our-check" data-instrument-version="2">
 *     <h2>How today went</h2>
 *     <label for="heard">I felt heard and respected</label>
 *     <input type="number" id="heard" name="heard" min="0" max="10" step="0.1"
 *            data-low="Not at all" data-high="Completely">
 *     …
 *     <label for="comment">Anything else?</label> <textarea id="comment" name="comment"></textarea>
 *     <input type="radio" name="completedBy" value="person" …> …
 *     <button>Send</button>
 *   </form>
 */

/** The form's items as an instrument (validated like any other); null when the form asks no number questions. */
export function instrumentFromForm(form: HTMLFormElement): Record<string, unknown> | null {
  const inputs = [...form.querySelectorAll<HTMLInputElement>('input[type="number"][name]')];
  if (inputs.length === 0) return null;
  const labelOf = (input: HTMLInputElement): string => (input.id ? form.querySelector(`label[for="${CSS.escape(input.id)}"]`)?.textContent?.trim() : undefined) ?? input.name;
  return {
    id: form.dataset['instrumentId'] ?? 'page-form',
    version: form.dataset['instrumentVersion'] ?? '1',
    name: form.querySelector('h1, h2, h3, legend')?.textContent?.trim() ?? '',
    items: inputs.map((input) => ({ id: input.name, label: labelOf(input), low: input.dataset['low'], high: input.dataset['high'] })),
    comment: form.querySelector('textarea[name="comment"]') !== null,
  };
}

/**
 * Puts a record's answers in the page's form, field by field (an item not
 * answered is left empty), and the whole record in a `record` field if the
 * form has one.
 */
export function fillForm(form: HTMLFormElement, record: CheckRecord): void {
  const field = (name: string): Element | RadioNodeList | null => form.elements.namedItem(name);
  for (const [id, value] of Object.entries(record.values)) {
    const input = field(id);
    if (input instanceof HTMLInputElement) input.value = value === null ? '' : String(value);
  }
  const comment = field('comment');
  if (comment instanceof HTMLTextAreaElement || comment instanceof HTMLInputElement) comment.value = record.comment;
  for (const who of COMPLETED_BY) {
    const radio = form.querySelector<HTMLInputElement>(`input[name="completedBy"][value="${who}"]`);
    if (radio) radio.checked = who === record.completedBy;
  }
  const whole = field('record');
  if (whole instanceof HTMLInputElement) whole.value = JSON.stringify(record);
}
