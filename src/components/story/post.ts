import { textHash } from '../../core/dates-and-hashes.js';
import type { ProblemDraft } from '../../core/validation.js';
import { STORY_USES, validateStory, type StoryFrame, type StoryRecord } from './model.js';
import { triadFieldNames } from './page-form.js';
import { toShares } from './triad.js';

/*
 * For the server: a story posted by the page's form (see page-form.ts),
 * without JavaScript, read into the same record the element sends. The
 * server says when and in which language, and passes the consent's words as
 * its page showed them: the record keeps their SHA-256, as the element does.
 */

export interface PostContext {
  /** The story's id (the server's). */
  id: string;
  /** ISO date-time of the post, from the server's clock. */
  at: string;
  language: string;
  /** The consent's words exactly as the page showed them. */
  consentWords: string;
  /** The person's name, kept as the voice's name when the words are theirs. */
  personName?: string;
}

/** A number typed in a field, or undefined for an empty or unreadable one. */
function typedNumber(text: string | undefined): number | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * The posted fields as a story record, checked against the frame. A triad's
 * three numbers need not add up to 100 (a person without JavaScript types
 * them): they are read as proportions and rounded to whole shares that do.
 */
export async function storyFromPost(
  fields: Iterable<[string, string]>,
  frame: StoryFrame,
  context: PostContext,
): Promise<{ story: StoryRecord | null; problems: ProblemDraft[] }> {
  const all = [...fields];
  const one = (name: string): string | undefined => all.find(([key]) => key === name)?.[1];
  const many = (name: string): string[] => all.filter(([key]) => key === name).map(([, value]) => value);
  const optional = (name: string): string | undefined => one(name)?.trim() || undefined;
  const role = one('voice') ?? 'person';
  const candidate: Record<string, unknown> = {
    id: context.id,
    frameId: frame.id,
    frameVersion: frame.version,
    title: (one('title') ?? '').trim(),
    text: (one('text') ?? '').trim(),
    voice: role === 'person' && context.personName ? { role, name: context.personName } : { role },
    dyads: Object.fromEntries(
      frame.dyads.flatMap((dyad): [string, number | null][] => {
        if (one(`dyad-${dyad.id}-na`) !== undefined) return [[dyad.id, null]];
        const value = typedNumber(one(`dyad-${dyad.id}`));
        return value === undefined ? [] : [[dyad.id, value]];
      }),
    ),
    triads: Object.fromEntries(
      frame.triads.flatMap((triad): [string, unknown][] => {
        if (one(`triad-${triad.id}-na`) !== undefined) return [[triad.id, null]];
        const typed = triadFieldNames(triad.id).map((name) => typedNumber(one(name)));
        if (typed.every((value) => value === undefined)) return [];
        return [[triad.id, toShares(typed.map((value) => value ?? 0) as [number, number, number])]];
      }),
    ),
    tags: many('tags'),
    consent: {
      uses: STORY_USES.filter((use) => many('uses').includes(use)),
      textHash: await textHash(context.consentWords),
      at: context.at,
      language: context.language,
    },
  };
  for (const [field, value] of [
    ['writtenDownBy', optional('writtenDownBy')],
    ['date', optional('date')],
    ['place', optional('place')],
  ] as const) {
    if (value !== undefined) candidate[field] = value;
  }
  if (candidate['text'] === '') return { story: null, problems: [{ code: 'missing', path: 'story.text' }] };
  return validateStory(candidate, frame);
}
