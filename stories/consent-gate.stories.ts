import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/consent-gate/define.js';
import { councilCategories } from './data/cookies.js';
import { privateStore } from './support/consent.js';

const meta: Meta = {
  title: 'Components/Consent gate',
  component: 'kith-consent-gate',
  render: () => html`<kith-consent-gate category="functional" cookies-page="#cookies" .categories=${councilCategories} .store=${privateStore()}>
    <template>
      <div style="display: grid; place-items: center; block-size: 12rem; background: #dfe9f2; color: #0b0c0c">[A video about the family centre would load here]</div>
    </template>
  </kith-consent-gate>`,
};
export default meta;
type Story = StoryObj;

/** An embed held back until cookies for “videos and maps from other sites” are accepted, there and then or in the banner. */
export const Placeholder: Story = {};

/** After accepting from the placeholder: the embed is shown in its place. */
export const Revealed: Story = {
  play: async ({ canvasElement }) => {
    const gate = canvasElement.querySelector('kith-consent-gate')!;
    await gate.updateComplete;
    gate.shadowRoot!.querySelector<HTMLButtonElement>('[part="accept"]')!.click();
    await gate.updateComplete;
  },
};

export const Welsh: Story = { parameters: { lang: 'cy' } };

/** A gate for a category nobody declared. */
export const ErrorUnknownCategory: Story = {
  render: () => html`<kith-consent-gate category="videos" .store=${privateStore()}><template><p>Video</p></template></kith-consent-gate>`,
};
