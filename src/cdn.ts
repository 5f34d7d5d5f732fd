/**
 * The script-tag bundle: every component registered, Lit included.
 * <script type="module" src="…/kith-ui/dist/cdn/kith.js"></script>
 */
import './components/stage-badge/define.js';

export * from './index.js';
import './components/strengths-radar/define.js';
import './components/relationship-map/define.js';
import './components/cookie-banner/define.js';
import './components/cookie-preferences/define.js';
import './components/consent-gate/define.js';
import './components/sharing-agreement/define.js';
import './components/plan-editor/define.js';
