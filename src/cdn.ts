/**
 * The script-tag bundle: every component registered, Lit included.
 * <script type="module" src="…/kith-ui/dist/cdn/kith.js"></script>
 *
 * It exports what a page's own scripts use beside the elements: their
 * classes (to extend or check), the core (define, wording and languages,
 * storage), the shipped radar instruments, and the consent store (to read
 * a choice before loading a script). The rest of the API (map formats and
 * layouts, plan templates, the catalogues) is in the package's modules, for
 * bundlers: exporting it here put all of it, Welsh and d3-force included,
 * in every script-tag page (90 kB gzip, against 69 kB now).
 */
import './components/stage-badge/define.js';
import './components/strengths-radar/define.js';
import './components/relationship-map/define.js';
// The whole banner, not the consent runtime: this file carries every element anyway.
import './components/cookie-banner/register.js';
import './components/cookie-preferences/define.js';
import './components/consent-gate/define.js';
import './components/sharing-agreement/define.js';
import './components/plan-editor/define.js';
import './components/team-around/define.js';
import './components/relationship-check/define.js';
import './components/story/define.js';
import './components/learning-view/define.js';

export * from './core/index.js';
export { KithStageBadge } from './components/stage-badge/stage-badge.js';
export { KithStrengthsRadar } from './components/strengths-radar/strengths-radar.js';
export { wellbeingInstrument, familyLifeInstrument } from './components/strengths-radar/instruments.js';
export { KithRelationshipMap } from './components/relationship-map/relationship-map.js';
export * from './components/cookie-banner/index.js';
export { KithCookiePreferences } from './components/cookie-preferences/cookie-preferences.js';
export { KithConsentGate } from './components/consent-gate/consent-gate.js';
export { KithSharingAgreement } from './components/sharing-agreement/sharing-agreement.js';
export { KithPlanEditor } from './components/plan-editor/plan-editor.js';
export { KithTeamAround } from './components/team-around/team-around.js';
export { KithRelationshipCheck } from './components/relationship-check/relationship-check.js';
export { KithStory } from './components/story/story.js';
export { KithLearningView } from './components/learning-view/learning-view.js';
