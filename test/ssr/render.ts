// Runs in Node (bundled by scripts/ssr.mjs): renders every SSR case to
// declarative shadow DOM with @lit-labs/ssr. Importing the elements here is
// itself a check that nothing touches the DOM at import time: Node has no
// `document` or `window`.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import '../../src/components/strengths-radar/define.js';
import '../../src/components/relationship-map/define.js';
import '../../src/components/cookie-banner/register.js';
import '../../src/components/cookie-preferences/define.js';
import '../../src/components/consent-gate/define.js';
import '../../src/components/sharing-agreement/define.js';
import '../../src/components/plan-editor/define.js';
import '../../src/components/stage-badge/define.js';
import '../../src/components/team-around/define.js';
import '../../src/components/relationship-check/define.js';
import '../../src/components/story/define.js';
import '../../src/components/learning-view/define.js';
import { setClock } from '../../src/core/clock.js';
import { loadLanguage } from '../../src/core/localize.js';
import { prepare } from '../../src/core/prepare.js';
import type { KithElement } from '../../src/core/element.js';
import { SSR_CASES } from './cases.js';
import { PRIVACY_VIEWS, type PrivacyView } from '../privacy/views.js';
import { FIXED_NOW } from '../../stories/data/clock.js';

// The server renders on the same fixed clock as the test page that hydrates it.
setClock(FIXED_NOW);

const TAGS = ['kith-strengths-radar', 'kith-relationship-map', 'kith-cookie-banner', 'kith-cookie-preferences', 'kith-consent-gate', 'kith-sharing-agreement', 'kith-plan-editor', 'kith-stage-badge', 'kith-team-around', 'kith-relationship-check', 'kith-story', 'kith-learning-view'];

/** What a server does before rendering: each element's parts fetched (prepare()) and Welsh loaded. */
async function prepareAll(): Promise<void> {
  const classes = TAGS.map((tag) => customElements.get(tag) as unknown as typeof KithElement);
  await Promise.all([prepare(...classes), ...classes.map((element) => loadLanguage('cy', element.strings))]);
}

/**
 * Every case rendered, `{name: html}`. Welsh (the shared strings and each
 * element's own) is loaded first, as a server must before rendering Welsh:
 * a server render cannot wait for strings to arrive.
 */
export async function renderAll(): Promise<Record<string, string>> {
  await prepareAll();
  const out: Record<string, string> = {};
  for (const [name, template] of Object.entries(SSR_CASES)) out[name] = await collectResult(render(template()));
  return out;
}

/** One privacy view with generated data (test/privacy), Welsh loaded as for every case. */
export async function renderView(name: PrivacyView, data: unknown): Promise<string> {
  await prepareAll();
  return collectResult(render(PRIVACY_VIEWS[name](data as never)));
}
