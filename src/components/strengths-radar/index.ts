export { KithStrengthsRadar, type RadarMode, type ScoreChangeDetail } from './strengths-radar.js';
export * from './model.js';
export { wellbeingInstrument, familyLifeInstrument } from './instruments.js';
export { readTable } from './light-dom.js';
export { describeReading, describeAgreement } from './summary.js';
export { describeAggregate } from './aggregate-view.js';
export * from './aggregate.js';
export { exportFhirBundle } from './export.js';
