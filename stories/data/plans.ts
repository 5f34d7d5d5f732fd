import { textHash } from '../../src/core/dates-and-hashes.js';
import { signedText, type Lane, type Plan, type SignOff, type Statement, type Voice, type VoiceRole } from '../../src/components/plan-editor/model.js';
import { PLAN_TEMPLATES } from '../../src/components/plan-editor/templates.js';
import { dayFromFixedClock } from './clock.js';

/* Invented families, in their own words. Any likeness to real people is chance. */

let counter = 0;
function said(section: string, text: string, voice: Voice, author: string, lane: Lane = 'family', extra: Partial<Statement> = {}): Statement {
  counter += 1;
  const at = `2026-10-${String(1 + (counter % 27)).padStart(2, '0')}T10:00:00.000Z`;
  return { id: `s${counter}`, section, text, voice, author, createdAt: at, editedAt: at, agreedBy: [], lane, history: [{ at, by: author, text }], ...extra };
}

const sam: Voice = { role: 'child', name: 'Sam' };
const karen: Voice = { role: 'parent', name: 'Karen' };
const alex: Voice = { role: 'worker', name: 'Alex Rao' };

/** The Jones family's action plan (Sam, 12, and his mum Karen), with Alex from early help. */
export function jonesFamilyPlan(): Plan {
  return {
    schemaVersion: 1,
    id: 'jones-2026',
    templateId: 'family-action-plan',
    statements: [
      said('going-well', 'Sam goes to football every Saturday and loves it.', karen, 'Alex Rao', 'family', { agreedBy: ['Karen Jones', 'Sam'] }),
      said('going-well', 'Nan picks me up from school on Wednesdays.', sam, 'Alex Rao'),
      said('change', 'Mornings are a battle and Sam is late for school most days.', karen, 'Karen Jones'),
      said('change', 'I want to stop arguing with Rhys.', sam, 'Alex Rao'),
      said('review', 'Sam is on time for school four days out of five.', karen, 'Alex Rao'),
      said('change', 'Rent arrears since January; payment plan agreed with the housing association.', alex, 'Alex Rao', 'professional'),
    ],
    goals: [
      {
        id: 'g1',
        text: 'Get Sam to school on time without shouting.',
        voice: karen,
        scaleId: 'everyday',
        actions: [
          { id: 'a1', what: 'Set out school clothes the night before', who: 'Karen Jones', personId: 'mum', when: dayFromFixedClock(9), status: 'doing' },
          { id: 'a2', what: 'Walk with Sam on Mondays', who: 'Nan (Eirlys)', personId: 'nan', when: dayFromFixedClock(23), status: 'not-started' },
        ],
      },
      {
        id: 'g2',
        text: 'Sort out the rent so we are not worried about losing the flat.',
        voice: karen,
        scaleId: 'money',
        actions: [{ id: 'a3', what: 'Book an appointment with Citizens Advice', who: 'Alex Rao', personId: 'worker', when: dayFromFixedClock(8), status: 'done' }],
      },
    ],
    signOffs: [],
    reviewOn: dayFromFixedClock(54), // 15 January 2027 on the fixed clock
  };
}

/** The Evans family's safety plan (Jade, 13, and her mum Lisa). */
export function evansSafetyPlan(): Plan {
  const jade: Voice = { role: 'child', name: 'Jade' };
  const lisa: Voice = { role: 'parent', name: 'Lisa' };
  const worker: Voice = { role: 'worker', name: 'Priya Shah' };
  return {
    schemaVersion: 1,
    id: 'evans-2026',
    templateId: 'signs-of-safety',
    statements: [
      said('worries', 'When Mum and Gareth argue I go to my room and put my headphones on.', jade, 'Priya Shah'),
      said('worries', 'Police were called to the house twice in September after arguments.', worker, 'Priya Shah', 'professional'),
      said('working-well', 'Lisa rang her sister to come round when things got loud.', worker, 'Priya Shah'),
      said('working-well', 'I can always go to Auntie Sue’s.', jade, 'Priya Shah', 'family', { agreedBy: ['Lisa Evans'] }),
      said('needs-to-happen', 'Gareth does not come to the house until he has finished the course.', lisa, 'Priya Shah'),
    ],
    goals: [{ id: 'g1', text: 'Jade feels safe at home every night.', voice: jade, actions: [{ id: 'a1', what: 'Safety plan on the fridge', who: 'Lisa Evans', status: 'done' }] }],
    signOffs: [],
    reviewOn: dayFromFixedClock(13), // due in 13 days on the fixed clock
    scaling: [
      { who: 'Jade', role: 'child', value: 6, at: '2026-10-20T10:00:00.000Z' },
      { who: 'Priya Shah', role: 'worker', value: 5, at: '2026-10-20T10:00:00.000Z' },
    ],
  };
}

/** Owen's PATH (19, learning disability, leaving college). */
export function owenPath(): Plan {
  const owen: Voice = { role: 'person', name: 'Owen' };
  const mam: Voice = { role: 'parent', name: 'Bethan' };
  return {
    schemaVersion: 1,
    id: 'owen-path',
    templateId: 'path',
    statements: [
      said('dream', 'I want my own flat with my mate Dylan and a job at the football ground.', owen, 'Owen'),
      said('goal', 'By next summer I work two days a week.', owen, 'Cerys Hughes'),
      said('now', 'I go to college three days. I get the bus on my own.', owen, 'Cerys Hughes'),
      said('enrol', 'Dylan, Mam, my tutor and the supported employment team.', owen, 'Cerys Hughes'),
      said('stronger', 'He gets anxious with new places: visit first, with someone he knows.', mam, 'Cerys Hughes'),
      said('months', 'A work taster at the ground, and a travel plan for the new route.', owen, 'Cerys Hughes'),
      said('first-steps', 'Ring the ground on Tuesday with Cerys.', owen, 'Cerys Hughes'),
    ],
    goals: [],
    signOffs: [],
  };
}

/** Mrs Morgan's one-page profile (82, home care), partly in Welsh as she said it. */
export function morganProfile(): Plan {
  const eirlys: Voice = { role: 'person', name: 'Eirlys' };
  const daughter: Voice = { role: 'network', name: 'Nia' };
  return {
    schemaVersion: 1,
    id: 'morgan-profile',
    templateId: 'one-page-profile',
    statements: [
      said('appreciate', 'Mam is funny and remembers everyone’s birthday.', daughter, 'Tom Price'),
      said('important', 'Fy nghapel, fy ngardd, a phaned gyda llaeth cyn mynd i’r gwely.', eirlys, 'Tom Price'),
      said('support', 'Speak to me in Welsh. Knock and wait: I take a while to get to the door.', eirlys, 'Tom Price'),
    ],
    goals: [],
    signOffs: [],
  };
}

/** A plan signed properly by each person (the hash is of the words they saw). */
export async function withSignOff(plan: Plan, who: string, role: VoiceRole, method: SignOff['method'] = 'typed-name', witness?: string): Promise<Plan> {
  const template = PLAN_TEMPLATES[plan.templateId]!;
  const hash = await textHash(signedText(plan, template, role));
  return { ...plan, signOffs: [...plan.signOffs, { who, role, method, ...(witness ? { witness } : {}), at: '2026-11-01T15:00:00.000Z', textHash: hash }] };
}

/** A plan with `count` statements, for speed checks. */
export function largePlan(count: number): Plan {
  const sections = ['going-well', 'change', 'review'];
  const statements = Array.from({ length: count }, (_, i) =>
    said(sections[i % 3]!, `Statement ${i + 1}: something that matters to this family, in their own words.`, i % 4 === 0 ? alex : karen, 'Alex Rao', i % 4 === 0 ? 'professional' : 'family'),
  );
  return { schemaVersion: 1, id: `large-${count}`, templateId: 'family-action-plan', statements, goals: [], signOffs: [] };
}
