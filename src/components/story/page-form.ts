import { STORY_USES, type StoryRecord } from './model.js';

/*
 * The page's own form: what a reader without JavaScript fills in and posts,
 * and, with JavaScript, where the story goes when it is saved, so the server
 * receives the same post either way. Field names (read back by `storyFromPost`):
 *
 *   title, text, voice, writtenDownBy, date, place
 *   dyad-<id>            a number 0–100        dyad-<id>-na    “doesn't apply”
 *   triad-<id>-1, -2, -3 three numbers         triad-<id>-na   “doesn't apply”
 *   tags                 a checkbox per tag (value: the tag's id)
 *   uses                 a checkbox per use (worker, service-learning, public)
 *   story                hidden: the whole record, filled only by the element
 */

/** The names of a triad's three number fields, corner by corner. */
export const triadFieldNames = (id: string): [string, string, string] => [`triad-${id}-1`, `triad-${id}-2`, `triad-${id}-3`];

/** Puts a record in the page's form, field by field, and the whole record in its `story` field if it has one. */
export function fillForm(form: HTMLFormElement, story: StoryRecord): void {
  const set = (name: string, value: string): void => {
    const field = form.elements.namedItem(name);
    if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement || field instanceof HTMLSelectElement) field.value = value;
  };
  /** Ticks the boxes of a name: those of one value, or every one. */
  const tick = (name: string, on: boolean, value?: string): void => {
    for (const box of form.querySelectorAll<HTMLInputElement>(`input[name="${CSS.escape(name)}"]`)) if (value === undefined || box.value === value) box.checked = on;
  };
  set('title', story.title);
  set('text', story.text);
  set('voice', story.voice.role);
  set('writtenDownBy', story.writtenDownBy ?? '');
  set('date', story.date ?? '');
  set('place', story.place ?? '');
  for (const [id, value] of Object.entries(story.dyads)) {
    set(`dyad-${id}`, typeof value === 'number' ? String(value) : '');
    tick(`dyad-${id}-na`, value === null);
  }
  for (const [id, shares] of Object.entries(story.triads)) {
    triadFieldNames(id).forEach((name, corner) => set(name, shares ? String(shares[corner]) : ''));
    tick(`triad-${id}-na`, shares === null);
  }
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="tags"]')) box.checked = story.tags.includes(box.value);
  const uses = story.consent && !story.consent.withdrawnAt ? story.consent.uses : [];
  for (const use of STORY_USES) tick('uses', uses.includes(use), use);
  set('story', JSON.stringify(story));
}
