// The page behind the strict-CSP test: served with a Content-Security-Policy
// header (no 'unsafe-inline', no 'unsafe-eval', Trusted Types required), it
// renders every component in its main states and reports what the browser
// refused. Loaded as a module from 'self', as a council page would load Kith.
// A page of its own, so it pins the fixed clock as the test page does (the fixtures' dates are written for it).
import '../setup/fixed-clock.js';
import { FAMILIES } from './families.js';

interface CspReport {
  violations: string[];
  rendered: string[];
  errorStates: string[];
  /** The control: a string written to innerHTML must be refused here. */
  trustedTypesEnforced: boolean;
}

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.effectiveDirective}: ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`);
});

async function run(): Promise<CspReport> {
  const rendered: string[] = [];
  const errorStates: string[] = [];
  for (const family of FAMILIES) {
    for (const lang of ['en', 'cy']) {
      const el = document.createElement(family.tag) as HTMLElement & { updateComplete: Promise<unknown> };
      el.setAttribute('lang', lang);
      for (const [name, value] of Object.entries(family.attributes ?? {})) el.setAttribute(name, value);
      Object.assign(el, family.properties());
      document.body.append(el);
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (el.shadowRoot?.querySelector('[part="error"]')) errorStates.push(`${family.tag} ${lang}`);
      else if (el.shadowRoot?.childElementCount) rendered.push(`${family.tag} ${lang}`);
    }
  }
  // The other main states: a map drawn on a canvas, the plan's print view,
  // and an error state (the shared error markup must pass CSP too).
  const map = document.querySelector('kith-relationship-map') as HTMLElement & { canvasThreshold: number; updateComplete: Promise<unknown> };
  map.canvasThreshold = 1;
  await map.updateComplete;
  const plan = document.querySelector('kith-plan-editor') as HTMLElement & { printView: boolean; updateComplete: Promise<unknown> };
  plan.printView = true;
  await plan.updateComplete;
  // The force layout settles in a worker, whose address Trusted Types must
  // accept (through Kith's own policy): counted only if positions came from it.
  const mapFamily = FAMILIES.find((family) => family.tag === 'kith-relationship-map')!;
  let fromWorker = 0;
  const PageWorker = window.Worker;
  window.Worker = class extends PageWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      this.addEventListener('message', () => (fromWorker += 1));
    }
  };
  const force = Object.assign(document.createElement('kith-relationship-map'), mapFamily.properties()) as HTMLElement & { updateComplete: Promise<unknown> };
  for (const [name, value] of Object.entries({ ...mapFamily.attributes, layout: 'force' })) force.setAttribute(name, value);
  document.body.append(force);
  await force.updateComplete;
  for (let wait = 0; wait < 100 && force.shadowRoot?.querySelector('.settling'); wait += 1) await new Promise((resolve) => setTimeout(resolve, 50));
  window.Worker = PageWorker;
  if (fromWorker > 0 && !force.shadowRoot?.querySelector('.settling')) rendered.push('kith-relationship-map force layout settled in its worker');
  // The narrow radar reflows to bars, whose lengths are set per score.
  const radarFamily = FAMILIES.find((family) => family.tag === 'kith-strengths-radar')!;
  const narrow = Object.assign(document.createElement('kith-strengths-radar'), radarFamily.properties()) as HTMLElement & { updateComplete: Promise<unknown> };
  narrow.style.inlineSize = '300px';
  document.body.append(narrow);
  await narrow.updateComplete;
  for (let wait = 0; wait < 40 && !narrow.shadowRoot?.querySelector('[part="bars"]'); wait += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (narrow.shadowRoot?.querySelector('[part="bars"] .fill')) rendered.push('kith-strengths-radar narrow bars');
  const broken = document.createElement('kith-strengths-radar');
  document.body.append(broken);
  await (broken as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 200));

  const before = violations.length;
  let trustedTypesEnforced = false;
  try {
    document.createElement('div').innerHTML = '<b>a plain string</b>';
  } catch {
    trustedTypesEnforced = true;
  }
  await new Promise((resolve) => setTimeout(resolve, 50));
  return { violations: violations.slice(0, before), rendered, errorStates, trustedTypesEnforced };
}

(window as { cspReport?: Promise<CspReport> }).cspReport = run();
