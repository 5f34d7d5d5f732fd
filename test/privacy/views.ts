// The views each privacy rule is checked in, as templates with the rule's
// generated data as properties. Shared: the browser test mounts them, and
// Node renders the same templates with @lit-labs/ssr (test/ssr/render.ts),
// so the server's HTML is one more channel the canaries must not reach.
import { html, type TemplateResult } from 'lit';
import { wellbeingInstrument } from '../../src/components/strengths-radar/instruments.js';
import { PLAN_TEMPLATES } from '../../src/components/plan-editor/templates.js';
import type { Reading } from '../../src/components/strengths-radar/model.js';
import type { MapData, NameDisplay } from '../../src/components/relationship-map/model.js';
import type { Plan } from '../../src/components/plan-editor/model.js';
import type { Team } from '../../src/components/team-around/model.js';
import type { LearningPerson } from '../../src/components/learning-view/model.js';
import { learningDimensions } from '../../stories/data/learning.js';
import { whatHelpedFrame } from '../../stories/data/stories.js';

export const PRIVACY_VIEWS = {
  'radar aggregate': ({ readings }: { readings: Reading[] }): TemplateResult =>
    html`<kith-strengths-radar mode="aggregate" name="wellbeing" .instrument=${wellbeingInstrument} .readings=${readings}></kith-strengths-radar>`,
  map: ({ map, display }: { map: MapData; display: NameDisplay }): TemplateResult =>
    html`<kith-relationship-map name="network" display=${display} focus=${map.focus} .people=${map.people} .relationships=${map.relationships}></kith-relationship-map>`,
  'plan, family view': ({ plan }: { plan: Plan }): TemplateResult =>
    html`<kith-plan-editor name="plan" view="family" author="Karen Jones" author-role="parent" .template=${PLAN_TEMPLATES['family-action-plan']!} .plan=${plan}></kith-plan-editor>`,
  'team, family view': ({ team }: { team: Team }): TemplateResult => html`<kith-team-around name="team" view="family" editable .team=${team}></kith-team-around>`,
  'learning view': ({ people, group }: { people: LearningPerson[]; group: string }): TemplateResult =>
    html`<kith-learning-view group=${group} .instrument=${wellbeingInstrument} .frame=${whatHelpedFrame()} .dimensions=${learningDimensions()} .people=${people}></kith-learning-view>`,
} as const;

export type PrivacyView = keyof typeof PRIVACY_VIEWS;
