import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/components/stage-badge/define.js';
import type { KithStageBadge } from '../src/components/stage-badge/stage-badge.js';
import { stageFor, validateStages, type StageBand } from '../src/components/stage-badge/model.js';
import { exampleStages } from '../stories/data/stages.js';
import { emulateMediaOrSkip, toRgb } from './helpers.js';

const label = (el: KithStageBadge): string => el.shadowRoot?.querySelector('[part="label"]')?.textContent?.trim() ?? '';
const pips = (el: KithStageBadge): boolean[] => [...el.shadowRoot!.querySelectorAll('.pip')].map((pip) => pip.hasAttribute('data-filled'));

async function badge(score: number | null, stages: StageBand[] = exampleStages, lang = 'en'): Promise<KithStageBadge> {
  return fixture<KithStageBadge>(html`<kith-stage-badge lang=${lang} .score=${score} .stages=${stages}></kith-stage-badge>`);
}

describe('stage model', () => {
  it('finds the band a score is in, with its position on the ramp', () => {
    const lookup = stageFor(4, exampleStages)!;
    expect(lookup.position).to.equal(2);
    expect(lookup.total).to.equal(5);
    expect(lookup.ramp).to.equal(0.25);
    expect(stageFor(11, exampleStages)).to.equal(null);
  });

  it('reports gaps, overlaps, reversed bands and incomplete coverage with paths', () => {
    const range = { min: 1, max: 10 };
    const codes = (stages: unknown): string[] => validateStages(stages, range).problems.map((p) => `${p.code}@${p.path}`);
    expect(codes([{ from: 1, to: 5, label: 'a' }, { from: 7, to: 10, label: 'b' }])).to.deep.equal(['stage-gap@stages']);
    expect(codes([{ from: 1, to: 6, label: 'a' }, { from: 5, to: 10, label: 'b' }])).to.deep.equal(['stage-overlap@stages']);
    expect(codes([{ from: 6, to: 1, label: 'a' }])).to.deep.equal(['stage-order@stages[0]']);
    expect(codes([{ from: 1, to: 9, label: 'a' }])).to.deep.equal(['stage-coverage@stages']);
    expect(codes([{ from: 1, to: 10, label: '' }])).to.deep.equal(['not-text@stages[0].label']);
    expect(codes([{ from: 0.5, to: 10, label: 'a' }])).to.deep.equal(['not-integer@stages[0].from']);
    expect(codes('stuck')).to.deep.equal(['not-array@stages']);
    expect(codes([])).to.deep.equal(['too-few@stages']);
  });
});

describe('<kith-stage-badge>', () => {
  it('says the stage and its position, with pips filled up to it', async () => {
    const el = await badge(4);
    expect(label(el)).to.equal('Getting help (stage 2 of 5)');
    expect(pips(el)).to.deep.equal([true, true, false, false, false]);
    await expect(el).to.be.accessible();
  });

  it('speaks Welsh, with the instrument’s Welsh labels', async () => {
    const el = await badge(10, exampleStages, 'cy');
    expect(label(el)).to.equal('Yn hunangynhaliol (cam 5 o 5)');
    await expect(el).to.be.accessible();
  });

  it('can say the score too, and follows score changes', async () => {
    const el = await badge(1);
    el.showScore = true;
    el.score = 7;
    await el.updateComplete;
    expect(label(el)).to.equal('Score 7 out of 10: Believing, stage 4 of 5');
    expect(el.getAttribute('score')).to.equal('7');
  });

  it('says “Not scored yet” without a score', async () => {
    const el = await badge(null);
    expect(label(el)).to.equal('Not scored yet');
    expect(el.matches(':state(unscored)')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('colours the first and last stage with the theme’s stage colours', async () => {
    const first = await badge(1);
    const last = await badge(10);
    const fill = (el: KithStageBadge): number[] => toRgb(getComputedStyle(el.shadowRoot!.querySelector('.pip[data-filled]')!).backgroundColor);
    const token = (name: string): number[] => toRgb(getComputedStyle(document.documentElement).getPropertyValue(name));
    const near = (a: number[], b: number[]): boolean => a.every((channel, i) => Math.abs(channel - b[i]!) <= 2);
    expect(near(fill(first), token('--kith-sys-color-stage-start')), 'first stage').to.equal(true);
    expect(near(fill(last), token('--kith-sys-color-stage-end')), 'last stage').to.equal(true);
    expect(near(fill(first), fill(last))).to.equal(false);
  });

  it('keeps filled and hollow pips apart in forced colours', async function () {
    const el = await badge(4);
    await emulateMediaOrSkip(this, { forcedColors: 'active' });
    try {
      const [filled, hollow] = [el.shadowRoot!.querySelector('.pip[data-filled]')!, el.shadowRoot!.querySelector('.pip:not([data-filled])')!];
      expect(getComputedStyle(filled).backgroundColor).to.not.equal(getComputedStyle(hollow).backgroundColor);
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });

  it('animates a change of stage only when motion is welcome', async function () {
    const el = await badge(4);
    const pip = (): Element => el.shadowRoot!.querySelector('.pip')!;
    expect(getComputedStyle(pip()).transitionDuration).to.equal('0.15s');
    await emulateMediaOrSkip(this, { reducedMotion: 'reduce' });
    try {
      expect(getComputedStyle(pip()).transitionDuration).to.equal('0s');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('reads its stages from a JSON child when no property is set', async () => {
    const el = await fixture<KithStageBadge>(html`<kith-stage-badge score="3">
      <script type="application/json">
        { "min": 0, "max": 4, "stages": [{ "from": 0, "to": 2, "label": "Early days" }, { "from": 3, "to": 4, "label": "Nearly there" }] }
      </script>
      Nearly there (stage 2 of 2)
    </kith-stage-badge>`);
    expect(label(el)).to.equal('Nearly there (stage 2 of 2)');
  });

  it('without JavaScript, its light-DOM text is what a reader gets', () => {
    const page = new DOMParser().parseFromString(
      '<kith-stage-badge score="4"><script type="application/json">[]</script>Getting help (stage 2 of 5)</kith-stage-badge>',
      'text/html',
    );
    const element = page.querySelector('kith-stage-badge')!;
    expect(element.shadowRoot).to.equal(null);
    expect(element.textContent).to.contain('Getting help (stage 2 of 5)');
  });

  describe('bad input', () => {
    it('overlapping stages: a localised error state and kith-error with code and path', async () => {
      const el = await badge(null);
      const reported = oneEvent(el, 'kith-error');
      el.stages = [{ from: 1, to: 6, label: 'a' }, { from: 5, to: 10, label: 'b' }];
      const { detail } = await reported;
      expect(detail).to.include({ code: 'stage-overlap', path: 'stages', message: 'Stages 1 and 2 overlap.' });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('Stages 1 and 2 overlap.');
      await expect(el).to.be.accessible();
    });

    it('a score outside the range, in Welsh', async () => {
      const el = await fixture<KithStageBadge>(html`<kith-stage-badge lang="cy" score="12" .stages=${exampleStages}></kith-stage-badge>`);
      expect(el.shadowRoot!.textContent).to.contain('Dylai score fod yn rhif o 1 hyd at 10.');
      expect(el.problems[0]!.code).to.equal('out-of-range');
    });

    it('a score attribute that is not a number', async () => {
      const el = await fixture<KithStageBadge>(html`<kith-stage-badge score="lots" .stages=${exampleStages}></kith-stage-badge>`);
      expect(el.problems.map((p) => p.code)).to.deep.equal(['not-number']);
    });

    it('unreadable JSON, and no stages at all', async () => {
      const broken = await fixture<KithStageBadge>(html`<kith-stage-badge><script type="application/json">{ "stages": [</script></kith-stage-badge>`);
      expect(broken.problems.map((p) => p.code)).to.include('invalid-json');
      const empty = await fixture<KithStageBadge>(html`<kith-stage-badge></kith-stage-badge>`);
      expect(empty.problems.map((p) => `${p.code}@${p.path}`)).to.deep.equal(['missing@stages']);
    });

    it('recovers when the input is fixed', async () => {
      const el = await badge(4, [{ from: 1, to: 3, label: 'a' }] as StageBand[]);
      expect(el.problems).to.have.length(1);
      el.stages = exampleStages;
      await el.updateComplete;
      expect(el.problems).to.deep.equal([]);
      expect(label(el)).to.equal('Getting help (stage 2 of 5)');
    });

    it('renders user text only as text', async () => {
      const el = await badge(1, [{ from: 1, to: 10, label: '<img src=x onerror="window.__pwned=1">' }]);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(label(el)).to.contain('<img src=x');
    });
  });
});
