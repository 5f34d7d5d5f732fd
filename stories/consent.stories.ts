import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/cookie-banner/register.js';
import '../src/components/consent-gate/define.js';
import { councilCategories } from './data/cookies.js';
import { privateStore } from './support/consent.js';

/** The consent core at work: one store behind a banner, a gated script and a gated embed. */
const meta: Meta = { title: 'Components/Consent' };
export default meta;
type Story = StoryObj;

/**
 * Gating: the banner, an embed held back by `<kith-consent-gate>`, and a fake
 * analytics script written as `<script type="text/plain" data-kith-consent="analytics">`.
 * Accept in the banner (or in the gate) and watch the script run, once.
 */
export const GatingDemo: Story = {
  render: () => {
    const store = privateStore();
    return html`<kith-cookie-banner service-name="Cardiff Family Help" cookies-page="#cookies" .categories=${councilCategories} .store=${store}></kith-cookie-banner>
      <p style="margin-block: 1rem">Analytics log: <output id="analytics-log">not loaded</output></p>
      <script type="text/plain" data-kith-consent="analytics">
        document.getElementById('analytics-log').textContent = 'the fake analytics script ran at ' + new Date().toLocaleTimeString();
      </script>
      <kith-consent-gate category="functional" cookies-page="#cookies" .store=${store}>
        <template>
          <figure style="margin: 0">
            <div style="display: grid; place-items: center; block-size: 12rem; background: #dfe9f2; color: #0b0c0c">[A map of the family centre would load here]</div>
            <figcaption>The family centre, 1 Park Place</figcaption>
          </figure>
        </template>
      </kith-consent-gate>`;
  },
};
