import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/relationship-check/define.js';
import type { KithRelationshipCheck, CheckView } from '../src/components/relationship-check/relationship-check.js';
import type { CheckInstrument, CheckRecord } from '../src/components/relationship-check/model.js';
import { kithRelationshipCheck } from '../src/components/relationship-check/default-instrument.js';
import { steadyYear, yearWithADip } from './data/checks.js';

interface Args {
  instrument: CheckInstrument;
  history: CheckRecord[];
  view: CheckView;
  cutOff: number | undefined;
  anonymous: boolean;
}

const meta: Meta<Args> = {
  title: 'Components/Relationship check',
  component: 'kith-relationship-check',
  args: { instrument: kithRelationshipCheck, history: [], view: 'person', cutOff: undefined, anonymous: false },
  argTypes: { view: { control: 'inline-radio', options: ['person', 'worker'] } },
  render: ({ instrument, history, view, cutOff, anonymous }) =>
    html`<kith-relationship-check
      view=${view}
      cut-off=${cutOff ?? nothing}
      ?anonymous=${anonymous}
      person-name="Eirlys"
      contact-id="visit-2026-11-22"
      .instrument=${instrument}
      .history=${history}
    ></kith-relationship-check>`,
};
export default meta;
type Story = StoryObj<Args>;

const checkIn = (canvas: HTMLElement): KithRelationshipCheck => canvas.querySelector('kith-relationship-check')!;

/** After a visit: Kith's own four questions, each a slider from 0 to 10 with its two ends named. Nothing is answered until the person moves a slider. */
export const AfterAVisit: Story = {};

/** Two of the four questions answered (each shows its number); the other two have no thumb yet. */
async function answerTwo(el: KithRelationshipCheck): Promise<void> {
  await el.updateComplete;
  const [heard, mattered] = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part="slider"]')];
  for (const [slider, value] of [[heard!, '8.5'], [mattered!, '6']] as const) {
    slider.value = value;
    slider.dispatchEvent(new Event('input'));
  }
  await el.updateComplete;
}

/** Part-way through: two questions answered, two not yet. */
export const Answering: Story = {
  play: async ({ canvasElement }) => answerTwo(checkIn(canvasElement)),
};

/** Answered and sent: what the person said, back to them, and nothing they left out filled in for them. */
export const Sent: Story = {
  play: async ({ canvasElement }) => {
    const el = checkIn(canvasElement);
    await answerTwo(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    await el.updateComplete;
  },
};

/** Anonymous: the person is told their name is not kept with their answers, and it is not. */
export const Anonymous: Story = { args: { anonymous: true } };

/** For the worker, a year of monthly checks: a small line per question and the same numbers as a table. The last check dipped, so a prompt suggests talking about it. */
export const WorkerAYearOfChecks: Story = { args: { view: 'worker', history: yearWithADip() } };

/** A steady year: no prompt. */
export const WorkerSteadyYear: Story = { args: { view: 'worker', history: steadyYear(), cutOff: 24 } };

/** The service's own questions (two of them, no comment box). */
export const ServicesOwnQuestions: Story = {
  args: {
    instrument: {
      id: 'housing-options-check',
      version: '2',
      name: { en: 'Your appointment', cy: 'Eich apwyntiad' },
      items: [
        { id: 'options', label: { en: 'I understood my housing options', cy: 'Roeddwn i’n deall fy opsiynau tai' }, low: { en: 'Not at all', cy: 'Ddim o gwbl' }, high: { en: 'Completely', cy: 'Yn llwyr' } },
        { id: 'choice', label: { en: 'I had a say in what happens next', cy: 'Cefais ddweud fy marn am beth sy’n digwydd nesaf' }, low: { en: 'No say', cy: 'Dim dweud' }, high: { en: 'A real say', cy: 'Dweud go iawn' } },
      ],
      comment: false,
    },
  },
};

export const Welsh: Story = { parameters: { lang: 'cy' } };

export const WelshWorkerAYearOfChecks: Story = { args: { view: 'worker', history: yearWithADip() }, parameters: { lang: 'cy' } };

/** Bad input: one question (a check asks 2 to 6). */
export const ErrorOneQuestion: Story = { args: { instrument: { ...kithRelationshipCheck, items: kithRelationshipCheck.items.slice(0, 1) } } };

/** Bad input: an earlier check with a value above 10. */
export const ErrorHistoryOutOfRange: Story = {
  args: { view: 'worker', history: yearWithADip().map((record, index) => (index === 3 ? { ...record, values: { ...record.values, heard: 12 } } : record)) },
};
