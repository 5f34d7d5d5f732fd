import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../src/components/cookie-banner/define.js';
import '../src/components/cookie-preferences/define.js';
import '../src/components/consent-gate/define.js';
import type { KithCookieBanner } from '../src/components/cookie-banner/cookie-banner.js';
import type { KithCookiePreferences } from '../src/components/cookie-preferences/cookie-preferences.js';
import { ConsentStore } from '../src/components/consent/store.js';
import { memoryStorage, type StorageAdapter } from '../src/core/storage.js';
import type { CookieCategory } from '../src/components/consent/model.js';
import { councilCategories, noScriptBannerForm } from './data/cookies.js';

/**
 * Each story has a consent store of its own, kept in memory, so the stories
 * on a docs page do not answer for each other and nothing is left in the
 * browser's cookies.
 */
function privateStore(): ConsentStore {
  const store = new ConsentStore();
  store.configure({ storage: memoryStorage() });
  return store;
}

interface Args {
  serviceName: string;
  categories: CookieCategory[];
  policyVersion: string;
}

const meta: Meta<Args> = {
  title: 'Components/Cookie consent',
  component: 'kith-cookie-banner',
  args: { serviceName: 'Cardiff Family Help', categories: councilCategories, policyVersion: '2026-11' },
  render: ({ serviceName, categories, policyVersion }) =>
    html`<kith-cookie-banner service-name=${serviceName} cookies-page="#cookies" policy-version=${policyVersion} .categories=${categories} .store=${privateStore()}></kith-cookie-banner>`,
};
export default meta;
type Story = StoryObj<Args>;

const bannerIn = (canvas: HTMLElement): KithCookieBanner => canvas.querySelector('kith-cookie-banner')!;

/** The question, in the GOV.UK wording, for the council's three kinds of optional cookie. */
export const Question: Story = {};

/** With no categories declared the banner asks about analytics only. */
export const AnalyticsOnly: Story = {
  render: ({ serviceName }) => html`<kith-cookie-banner service-name=${serviceName} cookies-page="#cookies" .store=${privateStore()}></kith-cookie-banner>`,
};

/** After **Accept**: the confirmation has focus and is announced; **Hide** removes the banner. */
export const Accepted: Story = {
  play: async ({ canvasElement }) => {
    await bannerIn(canvasElement).choose(true);
  },
};

export const Rejected: Story = {
  play: async ({ canvasElement }) => {
    await bannerIn(canvasElement).choose(false);
  },
};

/** After **Hide**: nothing is left on the page. */
export const Hidden: Story = {
  play: async ({ canvasElement }) => {
    const banner = bannerIn(canvasElement);
    await banner.choose(true);
    banner.shadowRoot!.querySelector<HTMLButtonElement>('[part="hide"]')!.click();
    await banner.updateComplete;
  },
};

/**
 * What a reader without JavaScript gets: the server's own `<form method="post">`,
 * whose buttons post `cookies=accept` or `cookies=reject`. Shown here inside a
 * plain element so it stays un-enhanced.
 */
export const WithoutJavaScript: Story = {
  render: () => html`<div class="no-js-preview">${unsafeHTML(noScriptBannerForm.replace('action="/cookies"', 'action="#cookies"'))}</div>`,
};

/** The same form inside the element: shown in place with the same text, and handled here instead of posting. */
export const EnhancedForm: Story = {
  render: ({ serviceName }) =>
    html`<kith-cookie-banner service-name=${serviceName} cookies-page="#cookies" .store=${privateStore()}
      >${unsafeHTML(noScriptBannerForm.replace('action="/cookies"', 'action="#cookies"'))}</kith-cookie-banner
    >`,
};

/** Welsh, whatever the toolbar says. */
export const Welsh: Story = { parameters: { lang: 'cy' } };

export const WelshAccepted: Story = {
  parameters: { lang: 'cy' },
  play: async ({ canvasElement }) => {
    await bannerIn(canvasElement).choose(true);
  },
};

const refusingStorage: StorageAdapter = {
  get: () => null,
  set: () => false,
  remove: () => false,
};

/** Cookies blocked: the choice still applies on this page, and the person is told it will be asked again. */
export const StorageRefused: Story = {
  render: ({ serviceName, categories }) => {
    const store = new ConsentStore();
    store.configure({ storage: refusingStorage });
    return html`<kith-cookie-banner service-name=${serviceName} cookies-page="#cookies" .categories=${categories} .store=${store}></kith-cookie-banner>`;
  },
  play: async ({ canvasElement }) => {
    await bannerIn(canvasElement).choose(false);
  },
};

/** The cookies page form: essential cookies explained, then a Yes/No question per category, nothing ticked. */
export const PreferencesPage: Story = {
  render: ({ categories }) => html`<kith-cookie-preferences .categories=${categories} .store=${privateStore()}></kith-cookie-preferences>`,
};

/** Saving before answering every question: the error summary takes focus and links to each question. */
export const PreferencesUnanswered: Story = {
  render: ({ categories }) => html`<kith-cookie-preferences .categories=${categories} .store=${privateStore()}></kith-cookie-preferences>`,
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector<KithCookiePreferences>('kith-cookie-preferences')!;
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part="save"]')!.click();
    await form.updateComplete;
  },
};

/** A kept choice is shown as it is; saving confirms with a success message. */
export const PreferencesSaved: Story = {
  render: ({ categories, policyVersion }) => {
    const store = privateStore();
    store.configure({ categories, policyVersion });
    store.set({ analytics: true, functional: false, marketing: false });
    return html`<kith-cookie-preferences .categories=${categories} policy-version=${policyVersion} .store=${store}></kith-cookie-preferences>`;
  },
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector<KithCookiePreferences>('kith-cookie-preferences')!;
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part="save"]')!.click();
    await form.updateComplete;
  },
};

export const PreferencesWelsh: Story = {
  parameters: { lang: 'cy' },
  render: ({ categories }) => html`<kith-cookie-preferences .categories=${categories} .store=${privateStore()}></kith-cookie-preferences>`,
};

/**
 * Gating: the banner, an embed held back by `<kith-consent-gate>`, and a fake
 * analytics script written as `<script type="text/plain" data-kith-consent="analytics">`.
 * Accept in the banner (or in the gate) and watch the script run, once.
 */
export const GatingDemo: Story = {
  render: ({ serviceName, categories }) => {
    const store = privateStore();
    return html`<kith-cookie-banner service-name=${serviceName} cookies-page="#cookies" .categories=${categories} .store=${store}></kith-cookie-banner>
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

/** Bad input: essential declared as a choice. A localised error state and `kith-error`. */
export const ErrorEssentialAsChoice: Story = {
  args: { categories: [{ id: 'essential', name: 'essential', description: 'Always on' }] },
};

export const ErrorDuplicateCategories: Story = {
  args: { categories: [councilCategories[0]!, councilCategories[0]!] },
};

/** A gate for a category nobody declared. */
export const ErrorUnknownGateCategory: Story = {
  render: () => html`<kith-consent-gate category="videos" .store=${privateStore()}><template><p>Video</p></template></kith-consent-gate>`,
};
