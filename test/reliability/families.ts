// Every Kith element with a valid input, for the reliability suites (fuzzing
// attributes, XSS, leaks): one place that knows how to make each one work.
import '../../src/components/strengths-radar/define.js';
import '../../src/components/relationship-map/define.js';
import '../../src/components/cookie-banner/register.js';
import '../../src/components/cookie-preferences/define.js';
import '../../src/components/consent-gate/define.js';
import '../../src/components/sharing-agreement/define.js';
import '../../src/components/plan-editor/define.js';
import '../../src/components/stage-badge/define.js';
import '../../src/components/team-around/define.js';
import '../../src/components/relationship-check/define.js';
import '../../src/components/story/define.js';
import '../../src/components/learning-view/define.js';
import { wellbeingInstrument } from '../../src/components/strengths-radar/instruments.js';
import { sixMonths } from '../../stories/data/readings.js';
import { familyMap, familySnapshots } from '../../stories/data/networks.js';
import { councilCategories } from '../../stories/data/cookies.js';
import { earlyHelpFamily, jadesReceipt } from '../../stories/data/sharing.js';
import { evansTeam } from '../../stories/data/teams.js';
import { kithRelationshipCheck } from '../../src/components/relationship-check/default-instrument.js';
import { yearWithADip } from '../../stories/data/checks.js';
import { jonesFamilyPlan } from '../../stories/data/plans.js';
import { exampleStages } from '../../stories/data/stages.js';
import { eirlysStory, whatHelpedFrame } from '../../stories/data/stories.js';
import { learningDimensions, learningNotes, servicePeople } from '../../stories/data/learning.js';

export interface Family {
  tag: string;
  /** Properties that make the element render its main state. */
  properties: () => Record<string, unknown>;
  attributes?: Record<string, string>;
}

export const FAMILIES: readonly Family[] = [
  { tag: 'kith-strengths-radar', properties: () => ({ instrument: wellbeingInstrument, readings: sixMonths }), attributes: { editable: '', 'active-reading': sixMonths[5]!.id } },
  { tag: 'kith-relationship-map', properties: () => ({ people: familyMap.people, relationships: familyMap.relationships, snapshots: familySnapshots }), attributes: { focus: familyMap.focus } },
  { tag: 'kith-cookie-banner', properties: () => ({ categories: councilCategories }), attributes: { 'service-name': 'Cardiff Family Help' } },
  { tag: 'kith-cookie-preferences', properties: () => ({ categories: councilCategories }) },
  { tag: 'kith-consent-gate', properties: () => ({ categories: councilCategories }), attributes: { category: 'functional' } },
  { tag: 'kith-sharing-agreement', properties: () => ({ config: earlyHelpFamily() }) },
  { tag: 'kith-plan-editor', properties: () => ({ plan: jonesFamilyPlan(), author: 'Alex Rao', personName: 'Sam' }), attributes: { template: 'family-action-plan' } },
  { tag: 'kith-stage-badge', properties: () => ({ stages: exampleStages, score: 6 }) },
  { tag: 'kith-team-around', properties: () => ({ team: evansTeam(), receipt: jadesReceipt(), sharingConfig: earlyHelpFamily() }), attributes: { view: 'professional', editable: '' } },
  { tag: 'kith-relationship-check', properties: () => ({ instrument: kithRelationshipCheck, history: yearWithADip() }), attributes: { view: 'worker', 'person-name': 'Eirlys' } },
  { tag: 'kith-story', properties: () => ({ frame: whatHelpedFrame(), story: eirlysStory() }), attributes: { 'person-name': 'Eirlys Morgan' } },
  {
    tag: 'kith-learning-view',
    properties: () => ({ instrument: wellbeingInstrument, frame: whatHelpedFrame(), dimensions: learningDimensions(), notes: learningNotes(), people: servicePeople(60, { readingsEach: 3 }) }),
  },
];

/** Each element's attributes, as the custom-elements manifest declares them. */
export async function declaredAttributes(): Promise<Map<string, string[]>> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as {
    modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[];
  };
  const found = new Map<string, string[]>();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName) found.set(declaration.tagName, (declaration.attributes ?? []).map((a) => a.name));
    }
  }
  return found;
}
