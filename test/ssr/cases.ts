// Every component in its main states, as templates with their data as
// properties. Shared: Node renders them to declarative shadow DOM
// (test/ssr/render.ts, bundled by scripts/ssr.mjs), and the browser test
// (test/reliability/ssr.test.ts) hydrates the same templates over that HTML.
import { html, type TemplateResult } from 'lit';
import { wellbeingInstrument } from '../../src/components/strengths-radar/instruments.js';
import { PLAN_TEMPLATES } from '../../src/components/plan-editor/templates.js';
import { sixMonths } from '../../stories/data/readings.js';
import { communityMap, familyMap } from '../../stories/data/networks.js';
import { earlyHelpFamily, safeguardingNotice } from '../../stories/data/sharing.js';
import { jonesFamilyPlan } from '../../stories/data/plans.js';
import { exampleStages } from '../../stories/data/stages.js';
import { evansTeam } from '../../stories/data/teams.js';
import { yearWithADip } from '../../stories/data/checks.js';
import { jadesReceipt } from '../../stories/data/sharing.js';
import { dafyddStory, eirlysStory, whatHelpedFrame } from '../../stories/data/stories.js';
import { learningDimensions, learningNotes, servicePeople } from '../../stories/data/learning.js';

const familyActionPlan = PLAN_TEMPLATES['family-action-plan']!;

export const SSR_CASES: Record<string, () => TemplateResult> = {
  'radar, history': () => html`<kith-strengths-radar .instrument=${wellbeingInstrument} .readings=${sixMonths}></kith-strengths-radar>`,
  'radar, editable': () =>
    html`<kith-strengths-radar editable active-reading=${sixMonths[5]!.id} .instrument=${wellbeingInstrument} .readings=${sixMonths}></kith-strengths-radar>`,
  'radar, Welsh': () => html`<kith-strengths-radar lang="cy" .instrument=${wellbeingInstrument} .readings=${sixMonths}></kith-strengths-radar>`,
  'map, rings': () => html`<kith-relationship-map focus=${familyMap.focus} .people=${familyMap.people} .relationships=${familyMap.relationships}></kith-relationship-map>`,
  // More than a step's worth of people: drawn whole on the server, and hydration keeps it whole.
  'map, 60 people': () => {
    const community = communityMap(60);
    return html`<kith-relationship-map focus=${community.focus} .people=${community.people} .relationships=${community.relationships}></kith-relationship-map>`;
  },
  'map, Welsh': () => html`<kith-relationship-map lang="cy" focus=${familyMap.focus} .people=${familyMap.people} .relationships=${familyMap.relationships}></kith-relationship-map>`,
  'cookie banner': () => html`<kith-cookie-banner service-name="Cardiff Family Help"></kith-cookie-banner>`,
  'cookie preferences': () => html`<kith-cookie-preferences></kith-cookie-preferences>`,
  'consent gate': () => html`<kith-consent-gate category="analytics"></kith-consent-gate>`,
  'sharing agreement, consent': () => html`<kith-sharing-agreement mode="consent" .config=${earlyHelpFamily()}></kith-sharing-agreement>`,
  'sharing agreement, notice': () => html`<kith-sharing-agreement mode="notice" .config=${safeguardingNotice()}></kith-sharing-agreement>`,
  'plan editor, family view': () => html`<kith-plan-editor view="family" .template=${familyActionPlan} .plan=${jonesFamilyPlan()}></kith-plan-editor>`,
  'plan editor, practitioner view': () =>
    html`<kith-plan-editor view="practitioner" author="Alex Rao" .template=${familyActionPlan} .plan=${jonesFamilyPlan()}></kith-plan-editor>`,
  'team around, family view': () => html`<kith-team-around .team=${evansTeam()}></kith-team-around>`,
  'team around, professional view with sharing': () =>
    html`<kith-team-around view="professional" .team=${evansTeam()} .receipt=${jadesReceipt()} .sharingConfig=${earlyHelpFamily()}></kith-team-around>`,
  'relationship check': () => html`<kith-relationship-check contact-id="visit-1"></kith-relationship-check>`,
  'relationship check, worker, a year': () => html`<kith-relationship-check view="worker" .history=${yearWithADip()}></kith-relationship-check>`,
  'story, to tell': () => html`<kith-story person-name="Eirlys Morgan" .frame=${whatHelpedFrame()}></kith-story>`,
  'story, told and saved': () => html`<kith-story person-name="Eirlys Morgan" .frame=${whatHelpedFrame()} .story=${eirlysStory()}></kith-story>`,
  'story, Welsh': () => html`<kith-story lang="cy" .frame=${whatHelpedFrame()} .story=${dafyddStory()}></kith-story>`,
  'learning view, a team': () =>
    html`<kith-learning-view group="team:North" .instrument=${wellbeingInstrument} .frame=${whatHelpedFrame()} .dimensions=${learningDimensions()} .notes=${learningNotes()} .people=${servicePeople(200)}></kith-learning-view>`,
  'stage badge': () => html`<kith-stage-badge score="6" .stages=${exampleStages}></kith-stage-badge>`,
  'error state': () => html`<kith-strengths-radar .instrument=${{ scales: [] }}></kith-strengths-radar>`,
};
