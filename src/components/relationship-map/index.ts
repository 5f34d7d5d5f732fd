export { KithRelationshipMap, type MapChangeAction, type MapChangeDetail } from './relationship-map.js';
export * from './model.js';
export { ForceLayout } from './force-layout.js';
export { ringsLayout, fixedLayout, nearestInDirection, ringAt, type Layout, type Placement } from './layout.js';
export { toJSON, fromJSON, toGraphML, toCSV, fromCSV, shareable, SCHEMA, SCHEMA_VERSION, type ExportOptions } from './formats.js';
export { describeMap, describeDiff, type MapTextContext } from './summary.js';
export { readList } from './light-dom.js';
