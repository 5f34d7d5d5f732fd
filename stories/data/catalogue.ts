/**
 * Kith's elements and where each stands: the one source for the status
 * table in the README and the gallery on Storybook's Introduction page
 * (test/catalogue.test.ts checks the README agrees with it).
 */
export type Status = 'available' | 'planned';

export interface CatalogueEntry {
  /** Every tag the entry covers (a family may ship several elements). */
  tags: readonly string[];
  family: 'Strengths' | 'Network' | 'Consent' | 'Plans' | 'Teams' | 'Learning';
  /** What it is for, in a sentence. */
  summary: string;
  status: Status;
  /** Its guide or docs in Storybook (a `?path=` value), when it has one. */
  docs?: string;
}

export const CATALOGUE: readonly CatalogueEntry[] = [
  { tags: ['kith-stage-badge'], family: 'Strengths', summary: 'The stage a score is in (“Getting help (stage 2 of 5)”), in words and not by colour alone.', status: 'available', docs: '/docs/components-stage-badge--docs' },
  { tags: ['kith-strengths-radar'], family: 'Strengths', summary: 'A star chart of any outcomes instrument: readings over time, perspectives side by side, aggregates; scores set together by keyboard, tap or drag.', status: 'available', docs: '/docs/components-strengths-radar-guide--docs' },
  { tags: ['kith-relationship-map'], family: 'Network', summary: 'An ecomap / circles of support around a person: the list is the editor, the diagram a synced view.', status: 'available', docs: '/docs/components-relationship-map-guide--docs' },
  { tags: ['kith-cookie-banner', 'kith-cookie-preferences', 'kith-consent-gate'], family: 'Consent', summary: 'GOV.UK cookie banner and cookies page, and gating of scripts and embeds until consent is given.', status: 'available', docs: '/docs/components-consent-guide--docs' },
  { tags: ['kith-sharing-agreement'], family: 'Consent', summary: 'Information-sharing consent or notice, with consent receipts.', status: 'available', docs: '/docs/components-sharing-agreement--docs' },
  { tags: ['kith-plan-editor'], family: 'Plans', summary: 'Co-produced plans: whose words each statement is, family and professional lanes, sign-off, co-editing through Yjs.', status: 'available', docs: '/docs/components-plan-editor-guide--docs' },
  { tags: ['kith-team-around'], family: 'Teams', summary: 'The team around a person or family: who is involved, who leads, how to reach each, and what each may see under the family’s sharing agreement.', status: 'available', docs: '/docs/components-team-around-guide--docs' },
  { tags: ['kith-relationship-check'], family: 'Teams', summary: 'A short check, after a visit or call, of how the relationship is going: sliders, a comment, and for the worker a prompt to talk when things dip.', status: 'available', docs: '/docs/components-relationship-check-guide--docs' },
  { tags: ['kith-story'], family: 'Learning', summary: 'A person’s story in their own words, placed by them on the service’s questions (sliders, a triangle, tags), with consent for each use and a way to stop every use.', status: 'available', docs: '/docs/components-story-guide--docs' },
  { tags: ['kith-learning-view'], family: 'Learning', summary: 'What a service is learning, for the people who commission it: distance travelled, relationship checks, networks and stories, small numbers suppressed, no rankings — accountability for learning, not targets.', status: 'available', docs: '/docs/components-learning-view-guide--docs' },
];
