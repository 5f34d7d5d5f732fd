import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/cookie-banner/register.js';
import '../src/components/consent-gate/define.js';
import { councilCategories } from './data/cookies.js';
import { privateStore } from './support/consent.js';
import { configureConsent, getConsent, onConsentChange, resetConsent, setConsent } from '../src/components/cookie-banner/define.js';
import { memoryStorage } from '../src/core/storage.js';

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

let stopShowing: (() => void) | undefined;
/** The demo's own buttons: full-size targets, like Kith's. */
const API_BUTTON = 'min-block-size: 2.75rem; padding-inline: 0.75rem; font: inherit; font-family: monospace';

/** The page's choice in words, as a host's own script would show it. */
function describeChoice(): string {
  const choice = getConsent();
  if (!choice) return 'No choice yet: the runtime fetches the banner to ask.';
  const said = Object.entries(choice.categories)
    .filter(([id]) => id !== 'essential')
    .map(([id, yes]) => `${id} ${yes ? 'accepted' : 'rejected'}`)
    .join(', ');
  return `Choice in force (policy ${choice.version}): ${said}. A returning visitor’s banner is hidden; only the runtime is downloaded.`;
}

/**
 * The consent runtime's API, on the page's own store (kept in memory here,
 * so no cookie is left behind): `getConsent()` and `onConsentChange()` read
 * the choice before any element loads; `setConsent()` and `resetConsent()`
 * change it, and the banner follows. See “What a page downloads” in the guide.
 */
export const ConsentApi: Story = {
  render: () => {
    configureConsent({ storage: memoryStorage(), categories: councilCategories, policyVersion: '2026-11' });
    resetConsent();
    const show = (): void => {
      const output = document.getElementById('consent-api-state');
      if (output) output.textContent = describeChoice();
    };
    // Storybook may render a story again: one listener at a time.
    stopShowing?.();
    stopShowing = onConsentChange(show);
    queueMicrotask(show);
    return html`<kith-cookie-banner service-name="Cardiff Family Help" cookies-page="#cookies" policy-version="2026-11" .categories=${councilCategories}></kith-cookie-banner>
      <p style="margin-block: 1rem"><output id="consent-api-state" aria-live="polite">${describeChoice()}</output></p>
      <div style="display: flex; gap: 0.5rem; flex-wrap: wrap; font: inherit">
        <button type="button" style=${API_BUTTON} @click=${() => setConsent(true)}>setConsent(true)</button>
        <button type="button" style=${API_BUTTON} @click=${() => setConsent(false)}>setConsent(false)</button>
        <button type="button" style=${API_BUTTON} @click=${() => resetConsent()}>resetConsent()</button>
      </div>
`;
  },
};
