import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/stage-badge/define.js';
import type { StageBand } from '../src/components/stage-badge/model.js';
import { exampleStages } from './data/stages.js';

interface Args {
  score: number | null;
  stages: StageBand[];
  min: number;
  max: number;
  showScore: boolean;
}

const meta: Meta<Args> = {
  title: 'Components/Stage badge',
  component: 'kith-stage-badge',
  args: { score: 4, stages: exampleStages, min: 1, max: 10, showScore: false },
  argTypes: {
    score: { control: { type: 'number', min: 1, max: 10, step: 1 } },
  },
  render: ({ score, stages, min, max, showScore }) =>
    html`<kith-stage-badge .score=${score} .stages=${stages} min=${min} max=${max} ?show-score=${showScore}></kith-stage-badge>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};

export const WithScore: Story = { args: { score: 7, showScore: true } };

export const NotScored: Story = { args: { score: null } };

/** Every score on the example “journey of change”: words, pips and colour change together. */
export const EveryStage: Story = {
  render: ({ stages }) => html`<ul style="list-style: none; padding: 0; display: grid; gap: 0.5rem">
    ${[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(
      (score) => html`<li><kith-stage-badge .score=${score} .stages=${stages} show-score></kith-stage-badge></li>`,
    )}
  </ul>`,
};

/** Welsh, whatever the toolbar says: the instrument's own Welsh labels are used. */
export const Welsh: Story = { args: { score: 9, showScore: true }, parameters: { lang: 'cy' } };

/** No property set: the data comes from a JSON child, and the text beside it is what readers get without JavaScript. */
export const FromLightDom: Story = {
  render: () => html`<kith-stage-badge score="2">
    <script type="application/json">
      { "min": 0, "max": 4, "stages": [
        { "from": 0, "to": 1, "label": { "en": "Early days", "cy": "Dyddiau cynnar" } },
        { "from": 2, "to": 3, "label": { "en": "Settling in", "cy": "Setlo" } },
        { "from": 4, "to": 4, "label": { "en": "At home here", "cy": "Yn gartrefol yma" } }
      ] }
    </script>
    Settling in (stage 2 of 3)
  </kith-stage-badge>`,
};

/** A vendor re-brand through component tokens only: no wrapper, no fork. */
export const VendorRebrand: Story = {
  args: { score: 6, showScore: true },
  render: ({ score, stages, showScore }) => html`<div
    style="--kith-stage-badge-start-color: #7a1f5c; --kith-stage-badge-end-color: #0b5394; --kith-stage-badge-background: #fbf7fa; --kith-stage-badge-radius: 999px"
  >
    <kith-stage-badge .score=${score} .stages=${stages} ?show-score=${showScore}></kith-stage-badge>
  </div>`,
};

/** Bad input: a visible, localised error state (and a `kith-error` event), never a broken page. */
export const ErrorOverlappingStages: Story = {
  args: {
    stages: [
      { from: 1, to: 6, label: 'Not yet' },
      { from: 5, to: 10, label: 'Nearly' },
    ],
  },
};

export const ErrorScoreOutOfRange: Story = { args: { score: 14 } };

export const ErrorUnreadableJson: Story = {
  render: () => html`<kith-stage-badge score="3"><script type="application/json">{ "stages": [</script></kith-stage-badge>`,
};
