import { checkArray, checkDate, checkId, checkNumber, checkOneOf, checkRecord, checkText, checkUniqueIds } from '../../core/checks.js';
import type { LocalisedText, ProblemDraft } from '../../core/validation.js';
import type { Voice, VoiceRole } from '../plan-editor/model.js';
import { isShares, type TriadShares } from './triad.js';

/*
 * A person's story in their own words, signified by them (issue 25). The
 * host defines what the person is asked (a frame: dyads, triads, tags); the
 * person tells the story, places it, and says how it may be used. Pure: no
 * DOM, no clock (the element passes the time in).
 */

/** A slider between two poles (“it happened to me” … “I made it happen”). */
export interface Dyad {
  id: string;
  /** The question (“How did it come about?”). */
  label: LocalisedText;
  low: LocalisedText;
  high: LocalisedText;
}

/** A point in a triangle with three labelled corners. */
export interface Triad {
  id: string;
  /** The question (“What made the difference?”). */
  label: LocalisedText;
  corners: readonly [LocalisedText, LocalisedText, LocalisedText];
}

export interface TagOption {
  id: string;
  label: LocalisedText;
}

/** What the host asks the person about their story. */
export interface StoryFrame {
  id: string;
  /** Changes whenever the wording does: a record says which words the person answered. */
  version: string;
  /** What the person is invited to tell (“Tell us about a time when…”). */
  prompt?: LocalisedText;
  dyads: Dyad[];
  triads: Triad[];
  tags?: TagOption[];
}

/** The voices a story can be in (the plan editor's roles that a story has: it is one person's). */
export const STORY_VOICES = ['person', 'parent', 'child', 'worker'] as const satisfies readonly VoiceRole[];

/** How a story may be used: by the person's worker only; in the service's learning without their name; shared publicly with their name. */
export const STORY_USES = ['worker', 'service-learning', 'public'] as const;
export type StoryUse = (typeof STORY_USES)[number];

/** The person's consent to the uses of their story, with the fingerprint of the exact words they agreed to. */
export interface StoryConsent {
  uses: StoryUse[];
  /** SHA-256 of the consent wording as shown (`sha256-…`). */
  textHash: string;
  /** ISO date-time from the core's clock. */
  at: string;
  language: string;
  /** Set when every use was withdrawn: the story is then used nowhere. */
  withdrawnAt?: string;
}

/** One story as the person left it: the event detail, the form value and what the host keeps. */
export interface StoryRecord {
  id: string;
  frameId: string;
  frameVersion: string;
  title: string;
  text: string;
  /** Whose words these are, and who wrote them down when that was someone else. */
  voice: Voice;
  writtenDownBy?: string;
  /** When it happened (ISO date) and where, if the person says. */
  date?: string;
  place?: string;
  /** Each dyad's value 0–100, or null: “doesn't apply”. */
  dyads: Record<string, number | null>;
  /** Each triad's three shares, or null: “doesn't apply”. */
  triads: Record<string, TriadShares | null>;
  tags: string[];
  consent?: StoryConsent;
}

export const MAX_SIGNIFIERS = 6;
export const MAX_TAGS = 40;
export const MAX_STORY = 20000;

function checkSignifiers(problems: ProblemDraft[], list: unknown, path: string, each: (item: Record<string, unknown>, at: string) => void): void {
  if (!checkArray(problems, list, path, 0, MAX_SIGNIFIERS)) return;
  list.forEach((item, index) => {
    const at = `${path}[${index}]`;
    if (!checkRecord(problems, item, at)) return;
    checkId(problems, item['id'], `${at}.id`);
    checkText(problems, item['label'], `${at}.label`);
    each(item, at);
  });
  checkUniqueIds(problems, list as { id?: unknown }[], path);
}

export function validateFrame(input: unknown, path = 'frame'): { frame: StoryFrame | null; problems: ProblemDraft[] } {
  const problems: ProblemDraft[] = [];
  if (!checkRecord(problems, input, path)) return { frame: null, problems };
  checkId(problems, input['id'], `${path}.id`);
  checkId(problems, input['version'], `${path}.version`);
  if (input['prompt'] !== undefined) checkText(problems, input['prompt'], `${path}.prompt`);
  checkSignifiers(problems, input['dyads'] ?? [], `${path}.dyads`, (dyad, at) => {
    checkText(problems, dyad['low'], `${at}.low`);
    checkText(problems, dyad['high'], `${at}.high`);
  });
  checkSignifiers(problems, input['triads'] ?? [], `${path}.triads`, (triad, at) => {
    if (checkArray(problems, triad['corners'], `${at}.corners`, 3, 3)) triad['corners'].forEach((corner, index) => checkText(problems, corner, `${at}.corners[${index}]`));
  });
  const tags = input['tags'];
  if (tags !== undefined && checkArray(problems, tags, `${path}.tags`, 0, MAX_TAGS)) {
    tags.forEach((tag, index) => {
      if (!checkRecord(problems, tag, `${path}.tags[${index}]`)) return;
      checkId(problems, tag['id'], `${path}.tags[${index}].id`);
      checkText(problems, tag['label'], `${path}.tags[${index}].label`);
    });
    checkUniqueIds(problems, tags as { id?: unknown }[], `${path}.tags`);
  }
  const frame = problems.length === 0 ? ({ dyads: [], triads: [], ...input } as unknown as StoryFrame) : null;
  return { frame, problems };
}

/** A story the host gives back (to show, or to edit again), checked against its frame. */
export function validateStory(input: unknown, frame: StoryFrame, path = 'story'): { story: StoryRecord | null; problems: ProblemDraft[] } {
  const problems: ProblemDraft[] = [];
  if (!checkRecord(problems, input, path)) return { story: null, problems };
  checkId(problems, input['id'], `${path}.id`);
  for (const field of ['title', 'text'] as const) {
    if (typeof input[field] !== 'string') problems.push({ code: 'not-text', path: `${path}.${field}` });
    else if (input[field].length > MAX_STORY) problems.push({ code: 'text-too-long', path: `${path}.${field}`, params: { max: MAX_STORY, length: input[field].length } });
  }
  // Plain text or absent: these are shown in inputs and kept as typed.
  const optionalText = (value: unknown, at: string): void => {
    if (value !== undefined && typeof value !== 'string') problems.push({ code: 'not-text', path: at });
  };
  if (checkRecord(problems, input['voice'], `${path}.voice`)) {
    checkOneOf(problems, input['voice']['role'], `${path}.voice.role`, STORY_VOICES);
    optionalText(input['voice']['name'], `${path}.voice.name`);
  }
  optionalText(input['writtenDownBy'], `${path}.writtenDownBy`);
  optionalText(input['place'], `${path}.place`);
  if (input['date'] !== undefined) checkDate(problems, input['date'], `${path}.date`);
  if (checkRecord(problems, input['dyads'] ?? {}, `${path}.dyads`)) {
    for (const [id, value] of Object.entries((input['dyads'] ?? {}) as Record<string, unknown>)) {
      if (value !== null) checkNumber(problems, value, `${path}.dyads.${id}`, { min: 0, max: 100 });
    }
  }
  if (checkRecord(problems, input['triads'] ?? {}, `${path}.triads`)) {
    for (const [id, value] of Object.entries((input['triads'] ?? {}) as Record<string, unknown>)) {
      if (value !== null && !isShares(value)) problems.push({ code: 'triad-not-shares', path: `${path}.triads.${id}` });
    }
  }
  const tags = input['tags'] ?? [];
  if (checkArray(problems, tags, `${path}.tags`, 0, MAX_TAGS)) {
    tags.forEach((tag, index) => checkOneOf(problems, tag, `${path}.tags[${index}]`, (frame.tags ?? []).map((option) => option.id)));
  }
  const consent = input['consent'];
  if (consent !== undefined && checkRecord(problems, consent, `${path}.consent`) && checkArray(problems, consent['uses'], `${path}.consent.uses`)) {
    consent['uses'].forEach((use, index) => checkOneOf(problems, use, `${path}.consent.uses[${index}]`, STORY_USES));
  }
  const story = problems.length === 0 ? ({ dyads: {}, triads: {}, tags: [], ...input } as unknown as StoryRecord) : null;
  return { story, problems };
}

/** The uses a story may be put to now: none once withdrawn. */
export function usesAllowed(story: StoryRecord): StoryUse[] {
  return !story.consent || story.consent.withdrawnAt ? [] : [...story.consent.uses];
}

/**
 * The story as a use may see it. For the service's learning the person's
 * name goes (voice name, who wrote it down, and the place, which can name
 * them too); null when the person did not agree to that use.
 */
export function storyForUse(story: StoryRecord, use: StoryUse): StoryRecord | null {
  if (!usesAllowed(story).includes(use)) return null;
  if (use !== 'service-learning') return story;
  const anonymous: StoryRecord = { ...story, voice: { role: story.voice.role } };
  delete anonymous.writtenDownBy;
  delete anonymous.place;
  return anonymous;
}

/** Every use withdrawn: the consent keeps what was agreed and when, and says when it ended. */
export function withdrawAll(story: StoryRecord, at: string): StoryRecord {
  if (!story.consent) return story;
  return { ...story, consent: { ...story.consent, uses: [], withdrawnAt: at } };
}
