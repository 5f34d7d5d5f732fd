/**
 * kith-ui: classes and types, with no side effects. Register elements with
 * `import 'kith-ui/define/<component>'`, or load the CDN bundle.
 */
export * from './core/index.js';
export * from './components/stage-badge/index.js';
export * from './translations/index.js';
export * from './components/strengths-radar/index.js';
export * from './components/relationship-map/index.js';
export * from './components/cookie-banner/index.js';
export * from './components/cookie-preferences/index.js';
export * from './components/consent-gate/index.js';
export * from './components/sharing-agreement/index.js';
export * from './components/plan-editor/index.js';
export * from './components/team-around/index.js';
export * from './components/relationship-check/index.js';
export * from './components/story/index.js';
export * from './components/learning-view/index.js';
