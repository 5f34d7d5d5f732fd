import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/components/story/define.js';
import type { StoryFrame, StoryRecord } from '../src/components/story/model.js';
import { dafyddStory, eirlysStory, whatHelpedFrame } from './data/stories.js';

interface Args {
  frame: StoryFrame;
  story?: StoryRecord;
}

const meta: Meta<Args> = {
  title: 'Components/Story',
  component: 'kith-story',
  args: { frame: whatHelpedFrame() },
  render: ({ frame, story }) => html`<kith-story person-name=${story?.voice.name ?? 'Eirlys Morgan'} .frame=${frame} .story=${story}></kith-story>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A story to tell: nothing answered, nothing ticked, until the person chooses. */
export const ToTell: Story = {};

/** A story told and signified: the point in the triangle, the three shares and the sentence agree. */
export const Told: Story = { args: { story: eirlysStory() } };

/** The form in Welsh, for Eirlys's story (her words stay as she wrote them). */
export const Welsh: Story = { args: { story: eirlysStory() }, parameters: { lang: 'cy' } };

/** A story told in Welsh: a child's words, written down by his worker, signified in Welsh (corners and poles from the frame's Welsh). */
export const ToldInWelsh: Story = { args: { story: dafyddStory() }, parameters: { lang: 'cy' } };

/**
 * Withdrawal: Eirlys stops every use of her story. The uses are cleared, the
 * consent keeps what she agreed and says when it ended, and she is told.
 */
export const Withdrawn: Story = {
  args: { story: eirlysStory() },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('kith-story')!;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="withdraw"]')!.click();
    await el.updateComplete;
    await expect(el.shadowRoot!.querySelector('[role="status"]')?.textContent).toContain('Your story will not be used anywhere now.');
    await expect(el.value?.consent?.uses).toEqual([]);
    await expect(el.value?.consent?.withdrawnAt).toBeTruthy();
  },
};

/** Bad input: a triad with two corners. */
export const ErrorTriadCorners: Story = { args: { frame: { ...whatHelpedFrame(), triads: [{ id: 'x', label: 'x', corners: ['a', 'b'] as unknown as [string, string, string] }] } } };
