// The bugs the fuzz suites found, pinned as plain cases so they stay fixed
// whatever a random run happens to try.
import { expect } from '@open-wc/testing';
import { mount } from './harness.js';
import { FAMILIES } from './families.js';
import { wellbeingInstrument } from '../../src/components/strengths-radar/instruments.js';
import { exampleStages } from '../../stories/data/stages.js';
import { jonesFamilyPlan } from '../../stories/data/plans.js';
import { earlyHelpFamily } from '../../stories/data/sharing.js';
import { familyReadings, sixMonths } from '../../stories/data/readings.js';
import { familyLifeInstrument } from '../../src/components/strengths-radar/instruments.js';
import { familyMap } from '../../stories/data/networks.js';

const planFamily = FAMILIES.find((family) => family.tag === 'kith-plan-editor')!;

describe('regressions found by fuzzing', () => {
  it('stage badge: a score object String() cannot convert is reported, not thrown while reflecting', async () => {
    const outcome = await mount({ tag: 'kith-stage-badge', properties: { stages: exampleStages, score: Object.create(null) } });
    expect(outcome.reported.map((r) => r.code)).to.deep.equal(['not-number']);
  });

  it('stage badge: a score cleared to undefined is “not scored”, like null', async () => {
    const outcome = await mount({ tag: 'kith-stage-badge', properties: { stages: exampleStages, score: undefined } });
    expect(outcome.errorShown).to.equal(false);
    expect(outcome.text).to.include('Not scored');
  });

  it('plan editor: template="toString" is an unknown template, not Object.prototype.toString', async () => {
    const outcome = await mount({ tag: 'kith-plan-editor', properties: planFamily.properties(), attributes: { template: 'toString' } });
    expect(outcome.reported.at(-1)!.code).to.equal('unknown-template');
  });

  it('plan editor: a BigInt hidden in a field Kith does not read is refused up front, not thrown when the form value is written', async () => {
    const plan = jonesFamilyPlan() as unknown as { statements: Record<string, unknown>[] };
    plan.statements[0]!['extra'] = 10n;
    const outcome = await mount({ tag: 'kith-plan-editor', properties: { ...planFamily.properties(), plan }, attributes: { template: 'family-action-plan' } });
    expect(outcome.reported.at(-1)!.problems.map((p) => [p.code, p.path])).to.deep.equal([['not-json', 'plan']]);
  });

  it('radar: a reading that contains itself is refused, in Welsh too', async () => {
    const looped: Record<string, unknown> = { ...sixMonths[0]!, scores: { ...sixMonths[0]!.scores } };
    looped['self'] = looped;
    const outcome = await mount({ tag: 'kith-strengths-radar', properties: { instrument: wellbeingInstrument, readings: [looped] }, lang: 'cy' });
    expect(outcome.reported.at(-1)!.code).to.equal('not-json');
    expect(outcome.text).to.include('fel JSON');
  });

  it('ids that every object already has (constructor, __proto__, toString) are refused with their own message', async () => {
    const instrument = { ...wellbeingInstrument, scales: wellbeingInstrument.scales.map((scale, i) => (i === 0 ? { ...scale, id: 'constructor' } : scale)) };
    const radar = await mount({ tag: 'kith-strengths-radar', properties: { instrument } });
    expect(radar.reported.at(-1)!.problems.map((p) => [p.code, p.path])).to.deep.equal([['reserved-id', 'instrument.scales[0].id']]);
    expect(radar.text).to.include('cannot be “constructor”');
    const config = earlyHelpFamily();
    config.agencies[0]!.id = 'hasOwnProperty';
    const sharing = await mount({ tag: 'kith-sharing-agreement', properties: { config } });
    expect(sharing.reported.at(-1)!.problems.map((p) => p.code)).to.include('reserved-id');
  });

  it('plan editor: a templateId String() cannot convert is named in the message, not thrown', async () => {
    const plan = { ...jonesFamilyPlan(), templateId: Object.create(null) };
    const outcome = await mount({ tag: 'kith-plan-editor', properties: { ...planFamily.properties(), plan }, attributes: { template: 'family-action-plan' } });
    expect(outcome.reported.at(-1)!.problems.map((p) => [p.code, p.path])).to.deep.include(['unknown-template', 'plan.templateId']);
  });
  // Found by the 10,000-case run (npm run fuzz) of this session.
  it('radar: stages with holes ([, , ,]) are refused with the hole’s path, not a render crash', async () => {
    const instrument = { ...familyLifeInstrument, stages: [, , , , ,] };
    const outcome = await mount({ tag: 'kith-strengths-radar', properties: { instrument, readings: familyReadings } });
    expect(outcome.errorShown).to.equal(true);
    expect(outcome.reported.at(-1)!.problems.map((p) => [p.code, p.path])).to.deep.include(['missing', 'instrument.stages[0]']);
  });

  it('stage badge: stages with holes are refused, as the model says', async () => {
    const outcome = await mount({ tag: 'kith-stage-badge', properties: { stages: [, , , , ,], score: 1 } });
    expect(outcome.reported.at(-1)!.problems.map((p) => [p.code, p.path])).to.deep.include(['missing', 'stages[0]']);
  });

  it('map: a BigInt under an own "__proto__" key of a relationship is refused up front, not thrown when the form value is written', async () => {
    const relationships = familyMap.relationships.map((r, i) => (i === 0 ? Object.defineProperty({ ...r }, '__proto__', { value: 10n, enumerable: true }) : r));
    const outcome = await mount({ tag: 'kith-relationship-map', properties: { people: familyMap.people, relationships, focusId: familyMap.focus } });
    expect(outcome.reported.at(-1)!.problems.map((p) => p.code)).to.deep.equal(['not-json']);
  });
});
