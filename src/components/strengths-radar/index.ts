export { KithStrengthsRadar, type RadarMode, type ScoreChangeDetail } from './strengths-radar.js';
export * from './model.js';
export { wellbeingInstrument, familyLifeInstrument } from './instruments.js';
export { readTable } from './light-dom.js';
export { describeReading, describeAgreement, describeAggregate } from './summary.js';
export { exportFhirBundle } from './export.js';
