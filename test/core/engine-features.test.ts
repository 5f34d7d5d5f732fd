// What each engine gives Kith. The features Kith cannot work without are
// asserted; the ones it detects and works around are reported (the README's
// browser-support table is written from this report, per engine).
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { formatDate, loadLanguage } from '../../src/core/localize.js';

/** Whether module workers start here (the map's force layout runs in one). */
async function moduleWorkersStart(): Promise<boolean> {
  const url = URL.createObjectURL(new Blob(['export {}; postMessage("ready");'], { type: 'text/javascript' }));
  try {
    const worker = new Worker(url, { type: 'module' });
    const answered = await Promise.race([
      new Promise<boolean>((resolve) => worker.addEventListener('message', () => resolve(true), { once: true })),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 3000)),
    ]);
    worker.terminate();
    return answered;
  } catch {
    return false;
  } finally {
    URL.revokeObjectURL(url);
  }
}

class Probe extends HTMLElement {
  static formAssociated = true;
  internals = this.attachInternals();
}
customElements.define('kith-engine-probe', Probe);

describe('this engine, as Kith uses it', () => {
  it('has what Kith cannot work without: custom elements, shadow DOM, form-associated ElementInternals, constructable style sheets', () => {
    const probe = document.createElement('kith-engine-probe') as Probe;
    expect(probe.attachShadow({ mode: 'open' })).to.be.instanceOf(ShadowRoot);
    expect(probe.internals.setFormValue, 'ElementInternals.setFormValue').to.be.a('function');
    expect('adoptedStyleSheets' in document && typeof CSSStyleSheet.prototype.replaceSync === 'function', 'adoptedStyleSheets').to.equal(true);
  });

  it('reports what Kith detects and works around, and dates still read in Welsh without the engine’s Welsh data', async () => {
    const probe = document.createElement('kith-engine-probe') as Probe;
    const features = {
      'custom states (:state())': Boolean(probe.internals.states),
      'color-mix()': CSS.supports('color', 'color-mix(in srgb, red 50%, blue)'),
      'declarative shadow DOM': 'shadowRootMode' in HTMLTemplateElement.prototype,
      'Intl dates in Welsh': Intl.DateTimeFormat.supportedLocalesOf(['cy']).length > 0,
      'Intl plural rules in Welsh': Intl.PluralRules.supportedLocalesOf(['cy']).length > 0,
      'pointer events': 'PointerEvent' in window,
      'module workers': await moduleWorkersStart(),
      'Trusted Types': 'trustedTypes' in window,
      'forced-colors media query': matchMedia('(forced-colors: none), (forced-colors: active)').matches,
    };
    await executeServerCommand('kith-engine-features', features);
    // Debian's Chromium has no Welsh date data: Kith's own month names (in the Welsh catalogue, loaded as an element in Welsh would) stand in.
    await loadLanguage('cy');
    expect(formatDate('cy', '2026-11-22')).to.equal('22 Tachwedd 2026');
    expect(formatDate('en', '2026-11-22')).to.equal('22 November 2026');
  });
});
