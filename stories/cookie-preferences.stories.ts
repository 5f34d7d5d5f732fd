import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/cookie-preferences/define.js';
import type { KithCookiePreferences } from '../src/components/cookie-preferences/cookie-preferences.js';
import type { CookieCategory } from '../src/components/consent/model.js';
import { councilCategories } from './data/cookies.js';
import { privateStore } from './support/consent.js';

interface Args {
  categories: CookieCategory[];
  policyVersion: string;
}

const meta: Meta<Args> = {
  title: 'Components/Cookie preferences',
  component: 'kith-cookie-preferences',
  args: { categories: councilCategories, policyVersion: '2026-11' },
  render: ({ categories }) => html`<kith-cookie-preferences .categories=${categories} .store=${privateStore()}></kith-cookie-preferences>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The cookies page form: essential cookies explained, then a Yes/No question per category, nothing ticked. */
export const CookiesPage: Story = {};

/** Saving before answering every question: the error summary takes focus and links to each question. */
export const Unanswered: Story = {
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector<KithCookiePreferences>('kith-cookie-preferences')!;
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part="save"]')!.click();
    await form.updateComplete;
  },
};

/** A kept choice is shown as it is; saving confirms with a success message. */
export const Saved: Story = {
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

export const Welsh: Story = { parameters: { lang: 'cy' } };
