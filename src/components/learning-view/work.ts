import type { ProblemDraft } from '../../core/validation.js';
import { validateFrame, type StoryFrame } from '../story/model.js';
import { validateInstrument, type CheckedInstrument } from '../strengths-radar/model.js';
import { figuresInParts, type Figures } from './figures.js';
import { checkPeopleInParts, validateDimensions, validateNotes, type Dimension, type LearningNote, type LearningPerson } from './model.js';

/*
 * Everything the learning view works out from its input, as a chunk of its
 * own (every view with data fetches it, once): the input checked, then the
 * figures, a part at a time, so the caller can run it at once (a server)
 * or a task at a time (a page).
 */

export interface LearningGiven {
  instrument?: unknown;
  frame?: unknown;
  dimensions?: unknown;
  notes?: unknown;
  people?: unknown;
  minGroupSize: number;
}

export interface Worked {
  instrument: CheckedInstrument | null;
  frame: StoryFrame | null;
  dimensions: Dimension[];
  notes: LearningNote[];
  figures: Figures;
  /** Which kinds of data were given at all: a section for data nobody gave is left out. */
  has: { readings: boolean; network: boolean; checks: boolean; stories: boolean };
}

export function* workInParts(given: LearningGiven): Generator<void, { worked: Worked | null; problems: ProblemDraft[] }> {
  const instrument = given.instrument === undefined ? { instrument: null, problems: [] } : validateInstrument(given.instrument);
  const frame = given.frame === undefined ? { frame: null, problems: [] } : validateFrame(given.frame);
  const { dimensions, problems: dimensionProblems } = validateDimensions(given.dimensions);
  const { notes, problems: noteProblems } = validateNotes(given.notes, dimensions);
  const problems = [...instrument.problems, ...frame.problems, ...dimensionProblems, ...noteProblems];
  if (!Number.isInteger(given.minGroupSize) || given.minGroupSize < 2 || given.minGroupSize > 1000) problems.push({ code: 'out-of-range', path: 'min-group-size', params: { min: 2, max: 1000 } });
  if (problems.length > 0) return { worked: null, problems };
  yield;
  const checked = yield* checkPeopleInParts(given.people ?? [], { instrument: instrument.instrument, frame: frame.frame, dimensions });
  if (checked.problems.length > 0) return { worked: null, problems: checked.problems };
  const figures = yield* figuresInParts(checked.people, { scaleIds: instrument.instrument?.scales.map((scale) => scale.id) ?? [], dimensions, frame: frame.frame, min: given.minGroupSize });
  const any = (has: (person: LearningPerson) => boolean): boolean => checked.people.some(has);
  return {
    worked: {
      instrument: instrument.instrument,
      frame: frame.frame,
      dimensions,
      notes,
      figures,
      has: { readings: !!instrument.instrument && any((p) => !!p.readings?.length), network: any((p) => !!p.network?.length), checks: any((p) => !!p.checks?.length), stories: !!frame.frame && any((p) => !!p.stories?.length) },
    },
    problems: [],
  };
}
