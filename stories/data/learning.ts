import type { Dimension, LearningNote, LearningPerson } from '../../src/components/learning-view/model.js';
import type { CheckRecord } from '../../src/components/relationship-check/model.js';
import type { StoryRecord } from '../../src/components/story/model.js';
import { toShares } from '../../src/components/story/triad.js';
import { wellbeingInstrument } from '../../src/components/strengths-radar/instruments.js';
import type { Reading } from '../../src/components/strengths-radar/model.js';
import { seeded } from './readings.js';

/*
 * A made-up early-help service for the learning view: people in teams and
 * areas over three quarters, each with radar readings, monthly relationship
 * checks, a first and a latest network map and, for some, a story. Seeded,
 * so stories, tests and the bench see the same service.
 */

export const learningDimensions = (): Dimension[] => [
  { id: 'team', label: { en: 'Team', cy: 'Tîm' } },
  { id: 'area', label: { en: 'Area', cy: 'Ardal' } },
  { id: 'period', label: { en: 'Started', cy: 'Dechrau' } },
];

const TEAMS = ['North', 'South', 'East', 'West'];
const AREAS = ['Grangetown', 'Ely', 'Splott', 'Canton', 'Llanrumney'];
const PERIODS = ['2026 Q1', '2026 Q2', '2026 Q3'];
const MONTHS = ['2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09'];
const SCALE_IDS = wellbeingInstrument.scales.map((scale) => scale.id);

const TOLD = [
  ['Getting the flat', 'When the letter came I rang the housing office straight away.'],
  ['Back to school', 'I was worried about going back. Mum talked to the teacher and I found a friend at after-school club.'],
  ['Sorting the money', 'We sat down with the bills together and found two we were paying twice.'],
  ['A good night’s sleep', 'Once the damp was fixed the baby slept, and so did we.'],
  ['Getting out again', 'My neighbour started walking with me on Tuesdays.'],
] as const;

/**
 * `count` people, each with `readingsEach` radar readings (first to latest,
 * a month or so apart), checks and network measures; one in three told a
 * story, and most of those agreed the service may learn from it.
 */
export function servicePeople(count: number, options: { readingsEach?: number; seed?: number } = {}): LearningPerson[] {
  const random = seeded(options.seed ?? 25);
  const readingsEach = options.readingsEach ?? 6;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  return Array.from({ length: count }, (_, index): LearningPerson => {
    const team = pick(TEAMS);
    // Most of a team's people live in two areas: the groups overlap, as real ones do.
    const area = random() < 0.7 ? AREAS[TEAMS.indexOf(team) % AREAS.length]! : pick(AREAS);
    const start = SCALE_IDS.map(() => 2 + Math.floor(random() * 5));
    const drift = SCALE_IDS.map(() => random() * 3 - 0.8);
    const readings: Reading[] = Array.from({ length: readingsEach }, (_, step) => ({
      id: `p${index}-r${step}`,
      date: `2026-${String(3 + step).padStart(2, '0')}-${String(1 + (index % 27)).padStart(2, '0')}`,
      perspective: 'person',
      scores: Object.fromEntries(SCALE_IDS.map((id, scale) => [id, Math.max(1, Math.min(10, Math.round(start[scale]! + (drift[scale]! * step) / Math.max(1, readingsEach - 1))))])),
    }));
    const checks: CheckRecord[] = MONTHS.filter(() => random() < 0.6).map((month) => ({
      instrumentId: 'kith-relationship-check',
      instrumentVersion: '1',
      values: { heard: Math.round((5 + random() * 5) * 10) / 10, mattered: Math.round((4 + random() * 6) * 10) / 10 },
      comment: '',
      time: `${month}-15T10:00:00.000Z`,
      completedBy: 'person',
    }));
    const size = 3 + Math.floor(random() * 8);
    const paid = 1 + Math.floor(random() * 3);
    const grew = Math.floor(random() * 4);
    const person: LearningPerson = {
      id: `person-${index}`,
      groups: { team, area, period: pick(PERIODS) },
      readings,
      checks,
      network: [
        { date: '2026-03-01', size, paid },
        { date: '2026-09-01', size: size + grew, paid: Math.max(0, paid - (random() < 0.3 ? 1 : 0)) },
      ],
    };
    if (index % 3 === 0) person.stories = [storyOf(index, random)];
    return person;
  });
}

function storyOf(index: number, random: () => number): StoryRecord {
  const [title, text] = TOLD[index % TOLD.length]!;
  const uses = random() < 0.8 ? (['worker', 'service-learning'] as const) : (['worker'] as const);
  return {
    id: `story-${index}`,
    frameId: 'what-helped',
    frameVersion: '1',
    title,
    text,
    voice: { role: 'person', name: `Person ${index}` },
    writtenDownBy: 'Nia Jones',
    place: 'Cardiff',
    dyads: { agency: Math.floor(random() * 101) },
    triads: { difference: random() < 0.1 ? null : toShares([random() * 3, random() * 2, random()]) },
    tags: ['family'],
    consent: { uses: [...uses], textHash: 'sha256-0000000000000000000000000000000000000000000000000000000000000000', at: '2026-09-01T10:00:00.000Z', language: 'en' },
  };
}

export const learningNotes = (): LearningNote[] => [
  { date: '2026-10-01', text: { en: 'People tell us the difference is most often someone around them, with us alongside. We are moving time from assessment to introductions.', cy: 'Mae pobl yn dweud wrthon ni mai rhywun o’u cwmpas sy’n gwneud y gwahaniaeth gan amlaf, gyda ni wrth eu hochr. Rydyn ni’n symud amser o asesu i gyflwyniadau.' } },
  { group: { dimension: 'team', value: 'North' }, date: '2026-10-01', text: { en: 'Money moved least. We have asked the welfare rights team to join our Tuesday sessions.', cy: 'Arian symudodd leiaf. Rydyn ni wedi gofyn i’r tîm hawliau lles ymuno â’n sesiynau dydd Mawrth.' } },
];
