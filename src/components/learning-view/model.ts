import { checkArray, checkDate, checkId, checkNumber, checkRecord, checkText, checkUniqueIds } from '../../core/checks.js';
import type { LocalisedText, ProblemDraft } from '../../core/validation.js';
import { validateHistory, type CheckRecord } from '../relationship-check/model.js';
import { usesAllowed, validateStory, type StoryFrame, type StoryRecord } from '../story/model.js';
import { validateReadings, type CheckedInstrument, type Reading } from '../strengths-radar/model.js';
import type { Membership } from './suppression.js';

/*
 * What a service is learning (issue 25): many people's radar readings,
 * relationship checks, network measures and stories, each person in groups
 * (team, area, period). The view shows only aggregates of these (see
 * figures.ts); no person's own data leaves the model except a story its
 * teller agreed the service may learn from, without their name.
 */

/** A person's network on a date, as the map measures it (`measuresOf(map)`): everyone, and those paid to be there. */
export interface NetworkMeasure {
  /** ISO date. */
  date: string;
  size: number;
  paid: number;
}

/** One person, under an id that means nothing outside the service's own records (never shown). */
export interface LearningPerson {
  id: string;
  /** The person's group in each dimension: `{ "team": "North", "area": "Grangetown", "period": "2026 Q3" }`. */
  groups?: Membership;
  readings?: Reading[];
  checks?: CheckRecord[];
  network?: NetworkMeasure[];
  stories?: StoryRecord[];
}

/** A way of grouping people (team, area, period): its id, as the people's `groups` name it, and its name. */
export interface Dimension {
  id: string;
  label: LocalisedText;
}

/** “What we are learning”: the service's own words, for the whole service or for one group. */
export interface LearningNote {
  /** Omitted for the whole service. */
  group?: { dimension: string; value: string };
  /** ISO date. */
  date?: string;
  text: LocalisedText;
}

/** Most people one view takes: a service of 10,000 with room to grow. Beyond this, aggregate upstream. */
export const MAX_PEOPLE = 50_000;
export const MAX_DIMENSIONS = 4;
/** A problem list beyond this says nothing more useful: the first ones are what a developer fixes. */
export const MAX_PROBLEMS = 50;
/** People checked between pauses (see inTasks): a few milliseconds' worth (100 took 30 ms, measured). */
const PART = 25;

export function validateDimensions(input: unknown, path = 'dimensions'): { dimensions: Dimension[]; problems: ProblemDraft[] } {
  const problems: ProblemDraft[] = [];
  if (input === undefined) return { dimensions: [], problems };
  if (!checkArray(problems, input, path, 0, MAX_DIMENSIONS)) return { dimensions: [], problems };
  input.forEach((dimension, index) => {
    if (!checkRecord(problems, dimension, `${path}[${index}]`)) return;
    checkId(problems, dimension['id'], `${path}[${index}].id`);
    checkText(problems, dimension['label'], `${path}[${index}].label`);
  });
  checkUniqueIds(problems, input as { id?: unknown }[], path);
  return { dimensions: problems.length === 0 ? (input as Dimension[]) : [], problems };
}

export function validateNotes(input: unknown, dimensions: readonly Dimension[], path = 'notes'): { notes: LearningNote[]; problems: ProblemDraft[] } {
  const problems: ProblemDraft[] = [];
  if (input === undefined) return { notes: [], problems };
  if (!checkArray(problems, input, path, 0, 200)) return { notes: [], problems };
  const known = new Set(dimensions.map((dimension) => dimension.id));
  input.forEach((note, index) => {
    const at = `${path}[${index}]`;
    if (!checkRecord(problems, note, at)) return;
    checkText(problems, note['text'], `${at}.text`);
    if (note['date'] !== undefined) checkDate(problems, note['date'], `${at}.date`);
    const group = note['group'];
    if (group !== undefined && checkRecord(problems, group, `${at}.group`)) {
      if (!known.has(group['dimension'] as string)) problems.push({ code: 'not-one-of', path: `${at}.group.dimension`, params: { options: [...known].join(', ') } });
      if (typeof group['value'] !== 'string' || group['value'] === '') problems.push({ code: 'not-text', path: `${at}.group.value` });
    }
  });
  return { notes: problems.length === 0 ? (input as LearningNote[]) : [], problems };
}

function checkNetwork(problems: ProblemDraft[], input: unknown, path: string): void {
  if (input === undefined || !checkArray(problems, input, path, 0, 500)) return;
  input.forEach((measure, index) => {
    const at = `${path}[${index}]`;
    if (!checkRecord(problems, measure, at)) return;
    checkDate(problems, measure['date'], `${at}.date`);
    if (checkNumber(problems, measure['size'], `${at}.size`, { integer: true, min: 0 })) checkNumber(problems, measure['paid'], `${at}.paid`, { integer: true, min: 0, max: measure['size'] as number });
  });
}

/**
 * The people, checked a part at a time (a service of 10,000 people with six
 * readings each is a long task checked at once). Stories are checked
 * against the frame, and only those consented to the service's learning,
 * and not withdrawn, are kept: the rest leave the input here.
 */
export function* checkPeopleInParts(
  input: unknown,
  context: { instrument: CheckedInstrument | null; frame: StoryFrame | null; dimensions: readonly Dimension[] },
  path = 'people',
): Generator<void, { people: LearningPerson[]; problems: ProblemDraft[] }> {
  const problems: ProblemDraft[] = [];
  if (!checkArray(problems, input, path, 0, MAX_PEOPLE)) return { people: [], problems };
  const dimensionIds = new Set(context.dimensions.map((dimension) => dimension.id));
  const people: LearningPerson[] = [];
  for (let index = 0; index < input.length && problems.length < MAX_PROBLEMS; index += 1) {
    if (index % PART === PART - 1) yield;
    const person = input[index];
    const at = `${path}[${index}]`;
    if (!checkRecord(problems, person, at)) continue;
    checkId(problems, person['id'], `${at}.id`);
    const groups = person['groups'];
    if (groups !== undefined && checkRecord(problems, groups, `${at}.groups`)) {
      for (const [dimension, value] of Object.entries(groups)) {
        if (!dimensionIds.has(dimension)) problems.push({ code: 'not-one-of', path: `${at}.groups.${dimension}`, params: { options: [...dimensionIds].join(', ') } });
        else if (value !== undefined && (typeof value !== 'string' || value === '')) problems.push({ code: 'not-text', path: `${at}.groups.${dimension}` });
      }
    }
    if (person['readings'] !== undefined) {
      if (context.instrument) problems.push(...validateReadings(person['readings'], context.instrument, `${at}.readings`).problems);
      else problems.push({ code: 'missing', path: 'instrument' });
    }
    if (person['checks'] !== undefined) problems.push(...validateHistory(person['checks'], `${at}.checks`).problems);
    checkNetwork(problems, person['network'], `${at}.network`);
    const stories: StoryRecord[] = [];
    const given = person['stories'];
    if (given !== undefined && checkArray(problems, given, `${at}.stories`, 0, 200)) {
      if (!context.frame) problems.push({ code: 'missing', path: 'frame' });
      else {
        given.forEach((story, storyIndex) => {
          const checked = validateStory(story, context.frame!, `${at}.stories[${storyIndex}]`);
          problems.push(...checked.problems);
          if (checked.story && usesAllowed(checked.story).includes('service-learning')) stories.push(checked.story);
        });
      }
    }
    if (problems.length > 0) continue;
    const kept: LearningPerson = { ...(person as unknown as LearningPerson) };
    if (stories.length > 0) kept.stories = stories;
    else delete kept.stories;
    people.push(kept);
  }
  if (problems.length === 0) checkUniqueIds(problems, input as { id?: unknown }[], path);
  return { people: problems.length > 0 ? [] : people, problems: problems.slice(0, MAX_PROBLEMS) };
}
