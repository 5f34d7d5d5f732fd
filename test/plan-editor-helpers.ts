// Shared by the plan editor test files: readers of the shadow DOM and the
// person's actions (typing, choosing, adding a statement).
import type { KithPlanEditor } from '../src/components/plan-editor/plan-editor.js';
import { choose, typeInto } from './helpers.js';

export { choose, typeInto };
export const $ = (el: Element, selector: string): HTMLElement | null => el.shadowRoot!.querySelector<HTMLElement>(selector);
export const $$ = (el: Element, selector: string): HTMLElement[] => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
export const text = (node: Element | null | undefined): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
export const byId = <T extends HTMLElement = HTMLInputElement>(el: Element, id: string): T => el.shadowRoot!.getElementById(id) as T;

/** Types into a section's "Add to …" box and presses its Add button (found by its accessible name). */
export function addStatement(el: KithPlanEditor, section: string, sectionTitle: string, words: string): void {
  typeInto(byId<HTMLTextAreaElement>(el, `add-${section}`), words);
  $$(el, 'button').find((button) => button.getAttribute('aria-label') === `Add to “${sectionTitle}”`)!.click();
}
