import type { StageBand } from '../../src/components/stage-badge/model.js';

/**
 * An example “journey of change” in our own words (not any licensed
 * instrument's), used by stories and tests.
 */
export const exampleStages: StageBand[] = [
  { from: 1, to: 2, label: { en: 'Stuck', cy: 'Yn sownd' }, description: { en: 'Things feel stuck and help is hard to accept.', cy: 'Mae pethau’n teimlo’n sownd ac mae’n anodd derbyn help.' } },
  { from: 3, to: 4, label: { en: 'Getting help', cy: 'Cael help' }, description: { en: 'Starting to accept help from others.', cy: 'Dechrau derbyn help gan eraill.' } },
  { from: 5, to: 6, label: { en: 'Trying', cy: 'Rhoi cynnig arni' }, description: { en: 'Trying things out, with support.', cy: 'Rhoi cynnig ar bethau, gyda chefnogaeth.' } },
  { from: 7, to: 8, label: { en: 'Believing', cy: 'Credu' }, description: { en: 'Believing change is possible and mostly doing it.', cy: 'Credu bod newid yn bosibl, a’i wneud gan amlaf.' } },
  { from: 9, to: 10, label: { en: 'Self-reliant', cy: 'Yn hunangynhaliol' }, description: { en: 'Managing well without extra help.', cy: 'Ymdopi’n dda heb help ychwanegol.' } },
];
