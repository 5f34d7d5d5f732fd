import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/strengths-radar/define.js';
import { familyLifeInstrument, wellbeingInstrument } from '../src/components/strengths-radar/instruments.js';
import type { Instrument, Reading } from '../src/components/strengths-radar/model.js';
import type { RadarMode } from '../src/components/strengths-radar/strengths-radar.js';
import { familyReadings, oneReading, serviceReadings, sixMonths, threeViews } from './data/readings.js';

interface Args {
  instrument: Instrument;
  readings: Reading[];
  mode: RadarMode;
  editable: boolean;
  activeReading: string;
  minGroupSize: number;
}

const meta: Meta<Args> = {
  title: 'Components/Strengths radar',
  component: 'kith-strengths-radar',
  args: { instrument: wellbeingInstrument, readings: oneReading, mode: 'history', editable: false, activeReading: '', minGroupSize: 5 },
  argTypes: { mode: { control: 'inline-radio', options: ['history', 'perspectives', 'aggregate'] } },
  render: (args) => html`<kith-strengths-radar
    .instrument=${args.instrument}
    .readings=${args.readings}
    mode=${args.mode}
    ?editable=${args.editable}
    active-reading=${args.activeReading}
    min-group-size=${args.minGroupSize}
  ></kith-strengths-radar>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};

/** Scores set together: each spoke is a slider (arrow keys, Page Up/Down by stage, Home/End, Delete), or tap a spoke. */
export const EditableTogether: Story = {
  args: {
    editable: true,
    activeReading: 'today',
    readings: [...oneReading, { id: 'today', date: '2026-06-01', perspective: 'person', completedBy: 'together', scores: { ...oneReading[0]!.scores, money: null } }],
  },
};

export const HistoryOfSix: Story = { args: { readings: sixMonths } };

export const Perspectives: Story = { args: { readings: threeViews, mode: 'perspectives' } };

export const AggregateOf40: Story = { args: { readings: serviceReadings(40), mode: 'aggregate' } };

/** Three readings: too few to show without risk of identifying someone. */
export const AggregateSuppressed: Story = { args: { readings: serviceReadings(3), mode: 'aggregate' } };

/**
 * The same three readings, each with a note, and the data table opened: every area says “Too few scores to
 * show”. No reading's score, note or date is in the table, the FHIR export or anywhere else (Security and
 * privacy lists the rule and its test).
 */
export const AggregateSuppressedTableOpen: Story = {
  args: { readings: serviceReadings(3).map((reading, i) => ({ ...reading, notes: { money: `Private note ${i + 1}` } })), mode: 'aggregate' },
  play: async ({ canvasElement }) => {
    const radar = canvasElement.querySelector('kith-strengths-radar')!;
    await (radar as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    radar.shadowRoot!.querySelector<HTMLButtonElement>('button.toggle')!.click();
  },
};

/** Forty readings, table open: each area's median and middle half, never a reading. */
export const AggregateOf40TableOpen: Story = { ...AggregateSuppressedTableOpen, args: { readings: serviceReadings(40), mode: 'aggregate' } };

export const FamilyLife: Story = { args: { instrument: familyLifeInstrument, readings: familyReadings } };

export const Welsh: Story = { args: { readings: sixMonths }, parameters: { lang: 'cy' } };

/** The same editable chart in each theme (the toolbar switches every story; these pin one each). */
export const ThemeDark: Story = { ...EditableTogether, globals: { theme: 'dark' } };
export const ThemeGovuk: Story = { ...EditableTogether, globals: { theme: 'govuk' } };
export const ThemeNhs: Story = { ...EditableTogether, globals: { theme: 'nhs' } };
export const ThemeHighContrast: Story = { ...EditableTogether, globals: { theme: 'high-contrast' } };

/** At 300 px the chart reflows to labelled bars (WCAG 1.4.10). */
export const Narrow: Story = {
  args: { readings: oneReading, editable: true, activeReading: 'r1' },
  render: (args) => html`<div style="inline-size: 300px">${meta.render!(args, {} as never)}</div>`,
};

/** From an HTML table: what a reader sees with JavaScript off is the same data. */
export const FromTable: Story = {
  render: () => html`<kith-strengths-radar>
    <table data-min="1" data-max="5">
      <caption>Family life</caption>
      <thead>
        <tr><th>Area</th><th data-reading-id="t1" data-date="2026-02-01" data-perspective="parent">1 February 2026</th><th data-reading-id="t2" data-date="2026-05-01" data-perspective="parent">1 May 2026</th></tr>
      </thead>
      <tbody>
        <tr data-scale-id="routines"><th>Daily routines</th><td>2</td><td>3</td></tr>
        <tr data-scale-id="health"><th>Health</th><td>3</td><td>4</td></tr>
        <tr data-scale-id="play"><th>Play and learning</th><td>3</td><td>3</td></tr>
        <tr data-scale-id="support"><th>Support around us</th><td>2</td><td>4</td></tr>
      </tbody>
    </table>
  </kith-strengths-radar>`,
};

/** The same markup as it reads with JavaScript off (the element is not defined here). */
export const FromTableWithoutJavaScript: Story = {
  render: () => html`<kith-radar-no-js>
    <table>
      <caption>Family life</caption>
      <thead><tr><th scope="col">Area</th><th scope="col">1 February 2026</th><th scope="col">1 May 2026</th></tr></thead>
      <tbody>
        <tr><th scope="row">Daily routines</th><td>2</td><td>3</td></tr>
        <tr><th scope="row">Health</th><td>3</td><td>4</td></tr>
      </tbody>
    </table>
  </kith-radar-no-js>`,
};

export const ErrorTooFewScales: Story = { args: { instrument: { ...wellbeingInstrument, scales: wellbeingInstrument.scales.slice(0, 2) } } };

export const ErrorBadScores: Story = {
  args: { readings: [{ id: 'x', date: '2026-13-40', perspective: 'person', scores: { money: 14, feelings: Number.NaN, unknown: 3 } }] as Reading[] },
};

export const ErrorStageGap: Story = {
  args: { instrument: { ...wellbeingInstrument, stages: [{ from: 1, to: 4, label: 'Early' }, { from: 6, to: 10, label: 'Later' }] } },
};

export const ErrorDuplicateIds: Story = { args: { readings: [...oneReading, ...oneReading] } };

export const ErrorTooManyReadings: Story = { args: { readings: serviceReadings(10000), mode: 'aggregate' } };

/** Labels are only ever text: this label is shown, never run. */
export const UntrustedLabel: Story = {
  args: {
    instrument: { ...wellbeingInstrument, scales: wellbeingInstrument.scales.map((s, i) => (i === 0 ? { ...s, label: '<img src=x onerror=alert(1)>' } : s)) },
  },
};
