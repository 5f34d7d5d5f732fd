import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/learning-view/define.js';
import type { KithLearningView } from '../src/components/learning-view/learning-view.js';
import type { LearningNote, LearningPerson } from '../src/components/learning-view/model.js';
import { wellbeingInstrument } from '../src/components/strengths-radar/instruments.js';
import { learningDimensions, learningNotes, servicePeople } from './data/learning.js';
import { whatHelpedFrame } from './data/stories.js';

interface Args {
  people: LearningPerson[];
  notes: LearningNote[];
  group: string;
  minGroupSize: number;
}

const meta: Meta<Args> = {
  title: 'Components/Learning view',
  component: 'kith-learning-view',
  args: { people: servicePeople(400), notes: learningNotes(), group: '', minGroupSize: 5 },
  render: ({ people, notes, group, minGroupSize }) =>
    html`<kith-learning-view
      group=${group}
      min-group-size=${minGroupSize}
      .instrument=${wellbeingInstrument}
      .frame=${whatHelpedFrame()}
      .dimensions=${learningDimensions()}
      .people=${people}
      .notes=${notes}
    ></kith-learning-view>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A service of 400 people: distance travelled, networks, relationship checks and stories, with the service's own notes. */
export const WholeService: Story = {};

/** One team: its own figures and notes. Groups are listed by name, never ranked. */
export const OneTeam: Story = { args: { group: 'team:North' } };

/**
 * Suppression at work: a service of 40 people. Groups under 5 show nothing;
 * counts that would let a small group be worked out by subtraction show
 * “Not shown”, and so do regions of the triangle with fewer than 5 stories.
 */
export const SuppressionAtWork: Story = { args: { people: servicePeople(40, { seed: 3 }), group: 'area:Splott' } };

/** A service of 10,000 people with 6 readings each, worked out a task at a time (the bench measures it). */
export const TenThousandPeople: Story = {
  // Made when this story is shown, not when the file loads: every story of the file would pay for it.
  loaders: [async () => ({ people: servicePeople(10_000) })],
  render: (args, { loaded }) => meta.render!({ ...args, people: loaded['people'] as LearningPerson[] }, {} as never),
};

export const Welsh: Story = { parameters: { lang: 'cy' } };

/** The stories in a region, opened on request: as the service may see them, without names. */
export const StoriesOpened: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<KithLearningView>('kith-learning-view')!;
    await el.whenReady();
    el.shadowRoot!.querySelector<HTMLButtonElement>('.triad-density button')!.click();
    await el.updateComplete;
  },
};

/** Bad input: a person in a team the dimensions do not have. */
export const ErrorUnknownDimension: Story = { args: { people: [{ id: 'p1', groups: { ward: 'Riverside' } }] } };
