export { KithStageBadge } from './stage-badge.js';
export * from './model.js';
