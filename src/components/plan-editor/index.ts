export { KithPlanEditor, type PlanChangeDetail } from './plan-editor.js';
export * from './model.js';
export * from './templates.js';
export * from './links.js';
export { countSyllables, plainerWords, readability, type PlainerWord, type Readability } from './plain-language.js';
export { LocalPlanStore, type Conflict, type PlanStore, type StoreUpdate } from './store.js';
export type { AwarenessLike, CollabOptions, Editor } from './collab.js';
