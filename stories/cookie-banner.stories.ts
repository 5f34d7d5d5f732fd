import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../src/components/cookie-banner/register.js';
import type { KithCookieBanner } from '../src/components/cookie-banner/cookie-banner.js';
import { ConsentStore } from '../src/components/consent/store.js';
import type { StorageAdapter } from '../src/core/storage.js';
import type { CookieCategory } from '../src/components/consent/model.js';
import { councilCategories, noScriptBannerForm } from './data/cookies.js';
import { privateStore } from './support/consent.js';

interface Args {
  serviceName: string;
  categories: CookieCategory[];
  policyVersion: string;
}

const meta: Meta<Args> = {
  title: 'Components/Cookie banner',
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

/**
 * The page's own form after **Accept**: the confirmation takes the form's place in the page's own look, with
 * focus, and its **Hide** button takes the form's button class. On a first visit the banner's entry does this
 * without fetching the element (Consent → What a page downloads).
 */
export const EnhancedFormAccepted: Story = {
  render: EnhancedForm.render,
  play: async ({ canvasElement }) => {
    await bannerIn(canvasElement).choose(true);
  },
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

/** Bad input: essential declared as a choice. A localised error state and `kith-error`. */
export const ErrorEssentialAsChoice: Story = {
  args: { categories: [{ id: 'essential', name: 'essential', description: 'Always on' }] },
};

export const ErrorDuplicateCategories: Story = {
  args: { categories: [councilCategories[0]!, councilCategories[0]!] },
};
