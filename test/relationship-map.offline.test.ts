// The force layout when its files do not arrive, on a page of its own (a
// module once fetched stays in the page): the map says so with warnings and
// keeps its rings layout as the settled picture.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/components/relationship-map/define.js';
import type { KithRelationshipMap } from '../src/components/relationship-map/relationship-map.js';
import { ringsLayout } from '../src/components/relationship-map/layout.js';
import { familyMap } from '../stories/data/networks.js';
import { until } from './helpers.js';

const FORCE_LAYOUT = '/src/components/relationship-map/force-layout';

describe('<kith-relationship-map layout="force">, offline', () => {
  const RealWorker = window.Worker;
  before(() => executeServerCommand('kith-unreachable', { paths: [`${FORCE_LAYOUT}.js`, `${FORCE_LAYOUT}.ts`] }));
  after(async () => {
    window.Worker = RealWorker;
    await executeServerCommand('kith-unreachable', { paths: [] });
  });

  it('with no worker and no layout code: the rings layout stays as the settled picture, and two warnings say why', async function () {
    // A browser that kept the layout's file from an earlier test page (Firefox and WebKit keep one cache
    // for the whole run; Playwright gives each Chromium page its own) never asks for it again: then this
    // page cannot be made offline, and the test is skipped, not passed.
    const kept = await fetch(`${FORCE_LAYOUT}.ts`, { cache: 'only-if-cached', mode: 'same-origin' }).then(
      (response) => response.ok,
      () => false,
    );
    if (kept) this.skip();
    window.Worker = class {
      constructor() {
        throw new DOMException('Refused by the page’s Content-Security-Policy', 'SecurityError');
      }
    } as unknown as typeof Worker;
    const warnings: { code: string; message: string }[] = [];
    const el = document.createElement('kith-relationship-map') as KithRelationshipMap;
    el.addEventListener('kith-error', (event) => warnings.push(event.detail));
    Object.assign(el, { people: familyMap.people, relationships: familyMap.relationships, focusId: familyMap.focus, layout: 'force' });
    (await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`)).append(el);
    await until(() => warnings.length === 2, 'both warnings').catch(() => undefined);
    await el.updateComplete;
    // Whether this page could get the layout's code after all (a cache the check above could not see): then skipped, not failed.
    if (await import('../src/components/relationship-map/force-layout.js').then(() => true, () => false)) this.skip();
    expect(warnings.map((warning) => warning.code)).to.deep.equal(['layout-worker-unavailable', 'layout-unavailable']);
    expect(warnings[1]!.message).to.equal('layout: the force layout did not load, so the map stays in rings.');
    expect(el.shadowRoot!.querySelector('span.hint'), 'no longer says it is arranging').to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="error"]'), 'a warning, not an error state').to.equal(null);
    const rings = ringsLayout(familyMap);
    for (const person of familyMap.people) {
      const at = rings.positions.get(person.id)!;
      expect(el.shadowRoot!.querySelector(`g.node[data-id="${person.id}"]`)!.getAttribute('transform'), person.id).to.equal(`translate(${Math.round(at.x * 10) / 10} ${Math.round(at.y * 10) / 10})`);
    }
  });
});
