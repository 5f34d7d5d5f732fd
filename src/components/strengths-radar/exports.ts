/**
 * What the radar's exports need, fetched on the first export: most pages
 * show a radar and never export it.
 */
export { exportFhirAggregate, exportFhirBundle } from './export.js';
export { standaloneSvg } from '../../core/export.js';
export { aggregate } from './aggregate.js';
