import { JsonChild } from '../../core/light-dom.js';
import { isRecord, type ProblemDraft } from '../../core/validation.js';

const jsonChildren = new WeakMap<Element, JsonChild>();

/**
 * The plan a page gives an editor whose `plan` is not set: a
 * `<script type="application/json">` child holding `{plan}` (as the
 * property), or else the readable sections below. Fetched only by editors
 * that have such content, so the editor's entry does not carry it.
 */
export function planInPage(host: Element, templateId: string): { value?: unknown; problem?: ProblemDraft } {
  let child = jsonChildren.get(host);
  if (!child) jsonChildren.set(host, (child = new JsonChild()));
  const json = child.read(host);
  if (json) return json.problem ? json : { value: isRecord(json.value) ? json.value['plan'] : json.value };
  return { value: readSections(host, templateId) ?? undefined };
}

/**
 * Reads a plan from the readable sections a page shows without JavaScript:
 *
 *   <kith-plan-editor template="family-action-plan" data-date="2026-11-20" data-author="Alex Rao">
 *     <section data-section="going-well">
 *       <h2>What's going well for our family</h2>
 *       <ul>
 *         <li data-voice="parent" data-name="Karen" data-agreed-by="Karen Jones, Sam">
 *           <q data-text>Sam goes to football every Saturday.</q> (Karen's words)
 *         </li>
 *       </ul>
 *     </section>
 *     <ol data-goals>
 *       <li data-voice="parent" data-name="Karen" data-scale="everyday">
 *         <span data-text>Get Sam to school on time.</span>
 *         <ul><li data-action data-who="Karen Jones" data-when="2026-12-01" data-status="doing">Set out clothes</li></ul>
 *       </li>
 *     </ol>
 *     <p data-review-on="2027-01-15">We will look at this plan again on 15 January 2027.</p>
 *   </kith-plan-editor>
 *
 * A statement's or goal's words are its `[data-text]` child, or else its own
 * text (nested lists left out), so the page may add "(Karen's words)" for
 * its readers. `data-date` and `data-author` are read from the item or the
 * nearest ancestor that has them, up to the element. Ids default to
 * `statement-<n>`, `goal-<n>` and `action-<n>`, the lane to the family's.
 * The result goes through the same checks as any other plan, so a typo in
 * a voice or section shows the usual error with its path.
 */
export function readSections(host: Element, templateId: string): Record<string, unknown> | null {
  const sections = [...host.querySelectorAll<HTMLElement>(':scope > [data-section]')];
  const goalList = host.querySelector<HTMLElement>(':scope > [data-goals]');
  if (sections.length === 0 && !goalList) return null;

  const inherited = (item: HTMLElement, name: 'date' | 'author'): string | undefined => {
    for (let node: HTMLElement | null = item; node && node !== host.parentElement; node = node.parentElement) {
      const value = node.dataset[name];
      if (value !== undefined) return value;
    }
    return undefined;
  };
  const voiceOf = (item: HTMLElement): Record<string, unknown> => ({
    role: item.dataset['voice'],
    ...(item.dataset['name'] ? { name: item.dataset['name'] } : {}),
  });

  let statementCount = 0;
  const statements = sections.flatMap((section) =>
    [...section.querySelectorAll<HTMLLIElement>(':scope > ul > li, :scope > ol > li')].map((item) => {
      statementCount += 1;
      const text = wordsOf(item);
      const date = inherited(item, 'date');
      const author = inherited(item, 'author');
      return {
        id: item.dataset['id'] ?? `statement-${statementCount}`,
        section: section.dataset['section'],
        text,
        voice: voiceOf(item),
        author,
        createdAt: date,
        editedAt: date,
        agreedBy: splitNames(item.dataset['agreedBy']),
        lane: item.dataset['lane'] ?? 'family',
        history: date && author ? [{ at: date, by: author, text }] : [],
      };
    }),
  );

  let actionCount = 0;
  const goals = [...(goalList?.querySelectorAll<HTMLLIElement>(':scope > li') ?? [])].map((item, index) => ({
    id: item.dataset['id'] ?? `goal-${index + 1}`,
    text: wordsOf(item),
    voice: voiceOf(item),
    ...(item.dataset['scale'] ? { scaleId: item.dataset['scale'] } : {}),
    actions: [...item.querySelectorAll<HTMLElement>(':scope > ul > li[data-action], :scope > ol > li[data-action]')].map((action) => {
      actionCount += 1;
      return {
        id: action.dataset['id'] ?? `action-${actionCount}`,
        what: wordsOf(action),
        who: action.dataset['who'] ?? '',
        ...(action.dataset['when'] ? { when: action.dataset['when'] } : {}),
        status: action.dataset['status'] ?? 'not-started',
      };
    }),
  }));

  const review = host.querySelector<HTMLElement>(':scope > [data-review-on]');
  return {
    schemaVersion: 1,
    ...(host.id ? { id: host.id } : {}),
    templateId,
    statements,
    goals,
    signOffs: [],
    ...(review ? { reviewOn: review.dataset['reviewOn'] || review.getAttribute('datetime') || undefined } : {}),
  };
}

/** The words of an item: its `[data-text]` child, or its own text without nested lists. */
function wordsOf(item: HTMLElement): string {
  const marked = item.querySelector(':scope > [data-text]');
  if (marked) return tidy(marked.textContent);
  const own = [...item.childNodes].filter((node) => !(node instanceof HTMLElement && node.matches('ul, ol')));
  return tidy(own.map((node) => node.textContent).join(''));
}

function tidy(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function splitNames(list: string | undefined): string[] {
  return (list ?? '').split(',').map(tidy).filter(Boolean);
}
