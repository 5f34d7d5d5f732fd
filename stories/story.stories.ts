import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { KithStory } from '../src/components/story/story.js';
import type { StoryFrame, StoryRecord } from '../src/components/story/model.js';
import { whatHelpedFrame } from './data/stories.js';

// In progress (issue 25): not yet in the catalogue, so it has no define module; the stories register it.
if (!customElements.get('kith-story')) customElements.define('kith-story', KithStory);

interface Args {
  frame: StoryFrame;
  story?: StoryRecord;
}

const meta: Meta<Args> = {
  title: 'Components/Story (in progress)',
  component: 'kith-story',
  args: { frame: whatHelpedFrame() },
  render: ({ frame, story }) => html`<kith-story person-name="Eirlys Morgan" .frame=${frame} .story=${story}></kith-story>`,
};
export default meta;
type Story = StoryObj<Args>;

const told: StoryRecord = {
  id: 'eirlys-1',
  frameId: 'what-helped',
  frameVersion: '1',
  title: 'Getting the flat',
  text: 'When the letter came I rang the housing office straight away. Nia came with me to the viewing, and my sister helped me move.',
  voice: { role: 'person', name: 'Eirlys Morgan' },
  date: '2026-10-01',
  dyads: { agency: 70 },
  triads: { difference: [50, 30, 20] },
  tags: ['housing', 'family'],
};

/** A story to tell: nothing answered, nothing ticked, until the person chooses. */
export const ToTell: Story = {};

/** A story told and signified: the point in the triangle, the three shares and the sentence agree. */
export const Told: Story = { args: { story: told } };

export const Welsh: Story = { args: { story: told }, parameters: { lang: 'cy' } };

/** Bad input: a triad with two corners. */
export const ErrorTriadCorners: Story = { args: { frame: { ...whatHelpedFrame(), triads: [{ id: 'x', label: 'x', corners: ['a', 'b'] as unknown as [string, string, string] }] } } };
