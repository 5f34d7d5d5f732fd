import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness.js';
import '../src/components/plan-editor/define.js';
import '../src/components/strengths-radar/define.js';
import '../src/components/relationship-map/define.js';
import type { KithPlanEditor } from '../src/components/plan-editor/plan-editor.js';
import type { Plan, PlanView } from '../src/components/plan-editor/model.js';
import type { PlanTemplate } from '../src/components/plan-editor/templates.js';
import { memoryStorage } from '../src/core/storage.js';
import { wellbeingInstrument } from '../src/components/strengths-radar/instruments.js';
import { evansSafetyPlan, jonesFamilyPlan, morganProfile, owenPath, withSignOff } from './data/plans.js';
import { sixMonths } from './data/readings.js';
import { familyMap } from './data/networks.js';
import { wirePeers } from './support/peers.js';
import { pageBody } from './support/page-markup.js';
import jonesPlanPage from '../test/no-js/plan-editor.html?raw';
import { earlyHelpFamily } from './data/sharing.js';
import '../src/components/sharing-agreement/define.js';

interface Args {
  template: string;
  plan: Plan;
  view: PlanView;
  author: string;
  authorRole: string;
  personName: string;
}

const meta: Meta<Args> = {
  title: 'Components/Plan editor',
  component: 'kith-plan-editor',
  args: { template: 'family-action-plan', plan: jonesFamilyPlan(), view: 'practitioner', author: 'Alex Rao', authorRole: 'worker', personName: 'Sam' },
  argTypes: {
    view: { control: 'inline-radio', options: ['family', 'practitioner'] },
    template: { control: 'select', options: ['family-action-plan', 'signs-of-safety', 'path', 'one-page-profile'] },
    authorRole: { control: 'select', options: ['person', 'child', 'parent', 'worker', 'network'] },
  },
  render: ({ template, plan, view, author, authorRole, personName }) =>
    html`<kith-plan-editor template=${template} view=${view} author=${author} author-role=${authorRole} person-name=${personName} .plan=${plan}></kith-plan-editor>`,
};
export default meta;
type Story = StoryObj<Args>;

const editorIn = (canvas: HTMLElement, index = 0): KithPlanEditor => canvas.querySelectorAll<KithPlanEditor>('kith-plan-editor')[index]!;

/** Gives the story's plan editor the radar and map beside it. */
async function linkRadarAndMap({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const el = editorIn(canvasElement);
  el.radar = canvasElement.querySelector('#radar');
  el.map = canvasElement.querySelector('#map');
  await el.whenReady();
}

function typeInto(el: KithPlanEditor, id: string, value: string): void {
  const field = el.shadowRoot!.getElementById(id) as HTMLTextAreaElement;
  field.value = value;
  field.dispatchEvent(new Event('input'));
}

/** The Jones family's action plan as the worker sees it: both lanes, the professional one marked. */
export const FamilyActionPlan: Story = {};

/** The same plan in the family's view: the professional lane is not in the page at all. */
export const FamilyView: Story = { args: { view: 'family', author: 'Karen Jones', authorRole: 'parent' } };

/** Signs of Safety style: worries, what's working well, what needs to happen, and each person's 0–10. */
export const SignsOfSafety: Story = { args: { template: 'signs-of-safety', plan: evansSafetyPlan(), author: 'Priya Shah', personName: 'Jade' } };

/** PATH: from Owen's dream back to first steps this week. */
export const Path: Story = { args: { template: 'path', plan: owenPath(), author: 'Cerys Hughes', personName: 'Owen', view: 'family' } };

/** A one-page profile, partly in Welsh as Mrs Morgan said it. */
export const OnePageProfile: Story = { args: { template: 'one-page-profile', plan: morganProfile(), author: 'Tom Price', personName: 'Eirlys', view: 'family' } };

/** A host's own template, passed as data. */
export const CustomTemplate: Story = {
  render: () => {
    const template: PlanTemplate = {
      id: 'housing-move-on',
      name: { en: 'Moving on plan', cy: 'Cynllun symud ymlaen' },
      sections: [
        { id: 'home', title: { en: 'The home I want', cy: 'Y cartref rydw i eisiau' } },
        { id: 'ready', title: { en: 'What I can already do', cy: 'Beth galla i ei wneud yn barod' } },
      ],
      goals: true,
    };
    return html`<kith-plan-editor .template=${template} view="family" author="Dan" author-role="person"></kith-plan-editor>`;
  },
};

/** Karen signed last month; since then the words changed, so her signature is shown as stale and she is asked again. */
export const StaleSignOff: Story = {
  loaders: [async () => ({ plan: await withSignOff(jonesFamilyPlan(), 'Karen Jones', 'parent') })],
  render: (args, { loaded }) => {
    const signed = loaded['plan'] as Plan;
    const changed = { ...signed, statements: signed.statements.map((s, i) => (i === 0 ? { ...s, text: 'Sam goes to football on Saturdays when he can.' } : s)) };
    return html`<kith-plan-editor template="family-action-plan" view=${args.view} author="Alex Rao" .plan=${changed}></kith-plan-editor>`;
  },
};

/** Plain-language hints as the worker types jargon: reading age and plainer words, announced politely. */
export const PlainLanguageHints: Story = {
  play: async ({ canvasElement }) => {
    const el = editorIn(canvasElement);
    await el.whenReady();
    typeInto(el, 'add-change', 'We will facilitate a multi-agency assessment in order to implement appropriate interventions regarding parenting capacity.');
    await new Promise((resolve) => setTimeout(resolve, 700));
  },
};

/**
 * Linked to a strengths radar and a relationship map: a goal picks a radar
 * scale and shows its latest score and stage; an action's "who" offers the
 * people on the map.
 */
export const LinkedToRadarAndMap: Story = {
  render: () => html`<div style="display: grid; gap: 2rem">
    <kith-strengths-radar id="radar" .instrument=${wellbeingInstrument} .readings=${sixMonths}></kith-strengths-radar>
    <kith-relationship-map id="map" .people=${familyMap.people} .relationships=${familyMap.relationships} focus=${familyMap.focus} readonly></kith-relationship-map>
    <kith-plan-editor template="family-action-plan" view="practitioner" author="Alex Rao" person-name="Sam" .plan=${jonesFamilyPlan()}></kith-plan-editor>
  </div>`,
  play: linkRadarAndMap,
};

/**
 * The recipe “A relational conversation”, end to end: set scores together on
 * the radar, write goals linked to the lowest scales, give actions to people
 * on the map, and agree who may see the plan.
 */
export const RelationalConversation: Story = {
  render: () => html`<div style="display: grid; gap: 2rem">
    <kith-strengths-radar id="radar" editable .instrument=${wellbeingInstrument} .readings=${sixMonths}></kith-strengths-radar>
    <kith-plan-editor template="family-action-plan" view="family" author="Karen Jones" author-role="parent" person-name="Sam" .plan=${jonesFamilyPlan()}></kith-plan-editor>
    <kith-relationship-map id="map" .people=${familyMap.people} .relationships=${familyMap.relationships} focus=${familyMap.focus}></kith-relationship-map>
    <kith-sharing-agreement .config=${{ ...earlyHelpFamily(), subject: { name: 'Sam’s family plan' } }}></kith-sharing-agreement>
  </div>`,
  play: linkRadarAndMap,
};

function coEditing(offlineDemo: boolean): Story {
  return {
    render: () => {
      const [docA, docB] = [new Y.Doc(), new Y.Doc()];
      const link = wirePeers(docA, docB);
      const [awareA, awareB] = [new Awareness(docA), new Awareness(docB)];
      awareA.on('update', ({ added, updated, removed }: Record<string, number[]>) =>
        applyAwarenessUpdate(awareB, encodeAwarenessUpdate(awareA, [...added!, ...updated!, ...removed!]), 'peer'),
      );
      awareB.on('update', ({ added, updated, removed }: Record<string, number[]>) =>
        applyAwarenessUpdate(awareA, encodeAwarenessUpdate(awareB, [...added!, ...updated!, ...removed!]), 'peer'),
      );
      const toggle = (event: Event): void => {
        const button = event.currentTarget as HTMLButtonElement;
        if (link.isOnline) link.offline();
        else link.online();
        button.textContent = link.isOnline ? 'Go offline' : 'Reconnect';
        button.nextElementSibling!.textContent = link.isOnline ? 'Online: changes pass between the two editors.' : 'Offline: each side keeps its changes; reconnect to merge them.';
      };
      return html`${offlineDemo
          ? html`<p><button type="button" class="kith-demo-button" @click=${toggle}>Go offline</button> <span role="status">Online: changes pass between the two editors.</span></p>`
          : ''}
        <div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); gap: 2rem">
          <section aria-label="Alex's screen (worker)">
            <kith-plan-editor template="family-action-plan" view="practitioner" author="Alex Rao" .plan=${jonesFamilyPlan()} .doc=${docA} .awareness=${awareA}></kith-plan-editor>
          </section>
          <section aria-label="Karen's screen (parent)">
            <kith-plan-editor template="family-action-plan" view="family" author="Karen Jones" author-role="parent" .doc=${docB} .awareness=${awareB}></kith-plan-editor>
          </section>
        </div>`;
    },
    play: async ({ canvasElement }) => {
      await editorIn(canvasElement, 0).whenReady();
      await editorIn(canvasElement, 1).whenReady();
    },
  };
}

/** Two editors side by side sharing one plan through Yjs (two Y.Docs wired in the page): type in either and watch the other. */
export const CoEditingSideBySide: Story = coEditing(false);

/**
 * Offline, then reconnect: go offline, change the same statement or the
 * same action's status on both sides, reconnect. Text merges; for a single
 * value one is kept and the person overruled is told.
 */
export const OfflineThenReconnect: Story = coEditing(true);

/** Drafts kept in memory: type, then reload the story's editor (the button makes it again) and the words come back. */
export const DraftRestored: Story = {
  render: () => {
    const storage = memoryStorage();
    const plan = jonesFamilyPlan();
    const changed = { ...plan, statements: [...plan.statements.slice(0, 5), { ...plan.statements[4]!, id: 'draft-1', text: 'Karen says mornings are calmer now.' }] };
    storage.set('kith-plan-draft/jones-2026', JSON.stringify({ savedAt: '2026-11-22T09:00:00Z', plan: changed }));
    return html`<kith-plan-editor template="family-action-plan" view="practitioner" author="Alex Rao" .storage=${storage} .plan=${plan}></kith-plan-editor>`;
  },
};

/** The device will not keep a draft (private mode, storage full): the editor says so and keeps working. */
export const DraftNotKept: Story = {
  render: () => {
    const refusing = { get: () => null, set: () => false, remove: () => false };
    return html`<kith-plan-editor template="family-action-plan" view="family" author="Karen Jones" author-role="parent" .storage=${refusing} .plan=${jonesFamilyPlan()}></kith-plan-editor>`;
  },
  play: async ({ canvasElement }) => {
    const el = editorIn(canvasElement);
    await el.whenReady();
    typeInto(el, 'add-review', 'Mornings are calmer.');
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === 'Add to “How we will know it’s working”')!.click();
    await el.updateComplete;
  },
};

/** The take-home plan as printed: the family lane only, no controls. */
export const PrintView: Story = {
  render: (args) => html`<kith-plan-editor print-view template="family-action-plan" view="practitioner" .plan=${args.plan}></kith-plan-editor>`,
};

/** Cymraeg: every label, button, hint and message in Welsh. */
export const Welsh: Story = { args: { view: 'family', author: 'Karen Jones', authorRole: 'parent' }, parameters: { lang: 'cy' } };

/**
 * The plan read from readable sections in the page (test/no-js/plan-editor.html): what a reader sees with
 * JavaScript off is the same plan. See the docs page "Without JavaScript".
 */
export const FromReadableSections: Story = {
  render: () => html`<div>${pageBody(jonesPlanPage)}</div>`,
};

/** Error: the template id does not exist. */
export const UnknownTemplate: Story = { args: { template: 'care-plan' } };

/** Error: a statement names a section the template does not have, and its history is out of order. */
export const BadPlan: Story = {
  args: {
    plan: (() => {
      const plan = jonesFamilyPlan();
      const [first, ...rest] = plan.statements;
      return {
        ...plan,
        statements: [{ ...first!, section: 'nowhere', history: [{ at: '2026-10-05', by: 'Alex', text: 'b' }, { at: '2026-10-01', by: 'Alex', text: 'a' }] }, ...rest],
      };
    })(),
  },
};

/** Error: a Y.Doc that holds something else: the editor leaves it untouched. */
export const ForeignDoc: Story = {
  render: () => {
    const doc = new Y.Doc();
    doc.getMap('kith-plan').set('schemaVersion', 42);
    return html`<kith-plan-editor template="family-action-plan" .doc=${doc}></kith-plan-editor>`;
  },
  play: async ({ canvasElement }) => editorIn(canvasElement).whenReady(),
};

/** The same plan in each theme (the toolbar switches every story; these pin one each). */
export const ThemeDark: Story = { globals: { theme: 'dark' } };
export const ThemeGovuk: Story = { globals: { theme: 'govuk' } };
export const ThemeNhs: Story = { globals: { theme: 'nhs' } };
export const ThemeHighContrast: Story = { globals: { theme: 'high-contrast' } };
