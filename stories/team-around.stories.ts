import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/team-around/define.js';
import '../src/components/sharing-agreement/define.js';
import '../src/components/relationship-map/define.js';
import '../src/components/plan-editor/define.js';
import type { KithTeamAround } from '../src/components/team-around/team-around.js';
import type { KithSharingAgreement } from '../src/components/sharing-agreement/sharing-agreement.js';
import type { Team, TeamView } from '../src/components/team-around/model.js';
import { PLAN_TEMPLATES } from '../src/components/plan-editor/templates.js';
import { evansTeam, samsTeam } from './data/teams.js';
import { earlyHelpFamily, jadesReceipt } from './data/sharing.js';
import { familyMap } from './data/networks.js';
import { jonesFamilyPlan } from './data/plans.js';
import { agreeAsJade } from './support/sharing.js';

interface Args {
  team: Team;
  view: TeamView;
  editable: boolean;
  withAgreement: boolean;
}

const meta: Meta<Args> = {
  title: 'Components/Team around',
  component: 'kith-team-around',
  args: { team: evansTeam(), view: 'family', editable: false, withAgreement: false },
  argTypes: { view: { control: 'inline-radio', options: ['family', 'professional'] } },
  render: ({ team, view, editable, withAgreement }) =>
    html`<kith-team-around
      view=${view}
      ?editable=${editable}
      .team=${team}
      .receipt=${withAgreement ? jadesReceipt() : undefined}
      .sharingConfig=${withAgreement ? earlyHelpFamily() : undefined}
    ></kith-team-around>`,
};
export default meta;
type Story = StoryObj<Args>;

const teamIn = (canvas: HTMLElement): KithTeamAround => canvas.querySelector('kith-team-around')!;

/** What the family sees: who is in the team, the lead first, how each would rather be reached and what they will do next. PC Ellis is marked private, so is not here. */
export const FamilyView: Story = {};

/** What professionals see: agencies, email, when each was last in touch, and the private member, marked. */
export const ProfessionalView: Story = { args: { view: 'professional' } };

/** Joined up with Jade's sharing agreement: what each professional may see and why; the police officer, whom the agreement does not cover, shows “not agreed”. */
export const WithSharingAgreement: Story = { args: { view: 'professional', withAgreement: true } };

/**
 * Live: Jade agrees at the visit, and the team shows what each professional may now see. The page passes the
 * agreement's receipt (`kith-consent-receipt`) and its config to the team.
 */
export const LinkedToSharingAgreement: Story = {
  render: () => {
    const config = earlyHelpFamily();
    const pass = (event: CustomEvent<{ receipt: unknown }>): void => {
      const team = (event.currentTarget as HTMLElement).parentElement!.querySelector('kith-team-around')!;
      team.receipt = event.detail.receipt as KithTeamAround['receipt'];
    };
    return html`<div style="display: grid; gap: 2rem">
      <kith-sharing-agreement .config=${config} @kith-consent-receipt=${pass}></kith-sharing-agreement>
      <kith-team-around view="professional" .team=${evansTeam()} .sharingConfig=${config}></kith-team-around>
    </div>`;
  },
  play: async ({ canvasElement }) => {
    await agreeAsJade(canvasElement.querySelector<KithSharingAgreement>('kith-sharing-agreement')!);
    await teamIn(canvasElement).updateComplete;
  },
};

/** Editing: one Edit button per person, the rest (make lead, remove) in their More actions menu. */
export const Editable: Story = { args: { view: 'professional', editable: true } };

/** Editing a member in place: the form where their card was. */
export const EditingAMember: Story = {
  args: { view: 'professional', editable: true },
  play: async ({ canvasElement }) => {
    const el = teamIn(canvasElement);
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('#edit-nia')!.click();
    await el.updateComplete;
  },
};

/** Saving a new member without a name: the error is on the field, and focus goes to it. */
export const NameMissing: Story = {
  args: { view: 'professional', editable: true },
  play: async ({ canvasElement }) => {
    const el = teamIn(canvasElement);
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('#add-member')!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('.member-form [type="submit"]')!.click();
    await el.updateComplete;
  },
};

/**
 * Linked to Sam's relationship map: each member is a person on it (`mapPersonId`), and adding someone offers
 * the people on the map not yet in the team. The plan editor below takes the team: an action can be given to
 * anyone on the map or in the team.
 */
export const LinkedToMapAndPlan: Story = {
  render: () => html`<div style="display: grid; gap: 2rem">
    <kith-relationship-map id="sams-map" readonly focus=${familyMap.focus} .people=${familyMap.people} .relationships=${familyMap.relationships}></kith-relationship-map>
    <kith-team-around id="sams-team" view="professional" editable .team=${samsTeam()}></kith-team-around>
    <kith-plan-editor id="sams-plan" view="practitioner" author="Alex Rao" .template=${PLAN_TEMPLATES['family-action-plan']!} .plan=${jonesFamilyPlan()}></kith-plan-editor>
  </div>`,
  play: async ({ canvasElement }) => {
    const map = canvasElement.querySelector('#sams-map')!;
    const team = canvasElement.querySelector<KithTeamAround>('#sams-team')!;
    const plan = canvasElement.querySelector('#sams-plan') as HTMLElement & { map: unknown; team: unknown; updateComplete: Promise<unknown> };
    team.map = map;
    plan.map = map;
    plan.team = team;
    await team.updateComplete;
    team.shadowRoot!.querySelector<HTMLButtonElement>('#add-member')!.click();
    await team.updateComplete;
    const pick = team.shadowRoot!.querySelector<HTMLSelectElement>('#member-from-map')!;
    pick.value = 'camhs';
    pick.dispatchEvent(new Event('change'));
    await team.updateComplete;
    await plan.updateComplete;
  },
};

export const Welsh: Story = { parameters: { lang: 'cy' } };

export const WelshProfessionalWithAgreement: Story = { args: { view: 'professional', withAgreement: true }, parameters: { lang: 'cy' } };

/** Bad input: two lead professionals. */
export const ErrorTwoLeads: Story = {
  args: { team: { ...evansTeam(), members: evansTeam().members.map((member) => (member.id === 'hughes' ? { ...member, lead: true } : member)) } },
};

/** Bad input: a family member marked as the lead professional. */
export const ErrorLeadNotProfessional: Story = {
  args: { team: { ...evansTeam(), members: evansTeam().members.map((member) => (member.id === 'mair' ? { ...member, lead: true } : member)) } },
};
