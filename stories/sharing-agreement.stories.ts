import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/sharing-agreement/define.js';
import type { KithSharingAgreement } from '../src/components/sharing-agreement/sharing-agreement.js';
import type { AgreementMode, SharingConfig } from '../src/components/sharing-agreement/model.js';
import { earlyHelpFamily, safeguardingNotice } from './data/sharing.js';
import { agreeAsJade } from './support/sharing.js';

interface Args {
  mode: AgreementMode;
  config: SharingConfig;
  bilingual: '' | 'cy-first' | 'en-first';
}

const meta: Meta<Args> = {
  title: 'Components/Sharing agreement',
  component: 'kith-sharing-agreement',
  args: { mode: 'consent', config: earlyHelpFamily(), bilingual: '' },
  argTypes: {
    mode: { control: 'inline-radio', options: ['consent', 'notice'] },
    bilingual: { control: 'inline-radio', options: ['', 'cy-first', 'en-first'] },
  },
  render: ({ mode, config, bilingual }) =>
    html`<kith-sharing-agreement mode=${mode} bilingual=${bilingual} .config=${config}></kith-sharing-agreement>`,
};
export default meta;
type Story = StoryObj<Args>;

const agreementIn = (canvas: HTMLElement): KithSharingAgreement => canvas.querySelector('kith-sharing-agreement')!;

/** An early-help family: for each service, what it may see and what for. Nothing is ticked until the family chooses. */
export const EarlyHelpFamily: Story = {};

/**
 * The same family at the kitchen table: Sarah agrees as Jade's parent for the family's information, and
 * Jade, 13, decides about her own. Two agreements, two receipts; nobody's choice overwrites the other's.
 */
export const ParentAndYoungPerson: Story = {
  render: () => {
    const family = earlyHelpFamily();
    const parent = { ...family, subject: { name: 'the Evans family' } };
    return html`<div style="display: grid; gap: 2rem">
      <kith-sharing-agreement .config=${parent}></kith-sharing-agreement>
      <kith-sharing-agreement .config=${family}></kith-sharing-agreement>
    </div>`;
  },
  play: async ({ canvasElement }) => {
    const [, jade] = [...canvasElement.querySelectorAll<KithSharingAgreement>('kith-sharing-agreement')];
    await agreeAsJade(jade!);
  },
};

/** Saving before saying who is agreeing and how: the error summary takes focus. */
export const MissingAnswers: Story = {
  play: async ({ canvasElement }) => {
    const el = agreementIn(canvasElement);
    await el.updateComplete;
    (el.shadowRoot!.querySelector('[part="submit"]') as HTMLButtonElement).click();
    await el.updateComplete;
  },
};

/** The printable receipt after Jade agreed, with a withdraw button for each item and one for everything. */
export const Receipt: Story = {
  play: async ({ canvasElement }) => {
    await agreeAsJade(agreementIn(canvasElement));
  },
};

/** A verbal agreement with the witness named on the receipt. */
export const VerbalWithWitness: Story = {
  play: async ({ canvasElement }) => {
    await agreeAsJade(agreementIn(canvasElement), 'verbal');
  },
};

/** After **Withdraw everything**: a new receipt that says nothing is shared. */
export const WithdrawnEverything: Story = {
  play: async ({ canvasElement }) => {
    const el = agreementIn(canvasElement);
    await agreeAsJade(el);
    (el.shadowRoot!.querySelector('[part="withdraw-all"]') as HTMLButtonElement).click();
    await new Promise((resolve) => el.addEventListener('kith-consent-receipt', resolve, { once: true }));
    await el.updateComplete;
  },
};

/** When the lawful basis is not consent: the family is told what will be shared, with whom and why. No Accept or Reject. */
export const Notice: Story = { args: { mode: 'notice', config: safeguardingNotice() } };

export const Welsh: Story = { parameters: { lang: 'cy' } };

export const WelshNotice: Story = { args: { mode: 'notice', config: safeguardingNotice() }, parameters: { lang: 'cy' } };

/** Welsh first, English after, for every line (Welsh Language Standards). */
export const BilingualWelshFirst: Story = { args: { bilingual: 'cy-first' } };

export const BilingualReceipt: Story = {
  args: { bilingual: 'cy-first' },
  play: async ({ canvasElement }) => {
    await agreeAsJade(agreementIn(canvasElement));
  },
};

/** Bad input: no agencies named. */
export const ErrorNoAgencies: Story = { args: { config: { ...earlyHelpFamily(), agencies: [] } } };

/** Bad input: a review date that has passed. */
export const ErrorReviewDatePassed: Story = { args: { config: { ...earlyHelpFamily(), reviewOn: '2020-01-01' } } };

/** Bad input: notice mode with no lawful basis given. */
export const ErrorNoticeWithoutReason: Story = { args: { mode: 'notice' } };
