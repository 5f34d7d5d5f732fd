import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { StagedRender } from '../../src/core/staged-render.js';

const busy = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // busy: work that costs this much
  }
};

/** A host that draws `step` units, takes `costMs` of script per update and `frameCostMs` of the frame after it. */
class StagedHost extends LitElement {
  costMs = 0;
  frameCostMs = 0;
  readonly drawn: number[] = [];
  readonly steps = new StagedRender(this, (step) => step >= 6);
  protected override render() {
    busy(this.costMs);
    this.drawn.push(this.steps.step);
    return html`<p>${this.steps.step}</p>`;
  }
  protected override updated() {
    // As if the step's new elements took this long to style and lay out.
    if (this.frameCostMs) requestAnimationFrame(() => busy(this.frameCostMs));
  }
}
customElements.define('test-staged-host', StagedHost);

async function drawnInSteps(costMs: number, frameCostMs = 0): Promise<number[]> {
  const host = await fixture<StagedHost>(html`<test-staged-host></test-staged-host>`);
  Object.assign(host, { costMs, frameCostMs });
  host.steps.restart();
  host.requestUpdate();
  while (host.steps.whole === null) await host.updateComplete;
  await host.steps.whole;
  await host.updateComplete;
  return host.drawn.slice(1);
}

describe('StagedRender: a big first picture in steps, sized to how fast they go', () => {
  it('quick steps grow (twice the last at most); the last update draws it whole', async () => {
    const drawn = await drawnInSteps(0);
    const finite = drawn.filter(Number.isFinite);
    const sizes = finite.slice(1).map((step, i) => step - finite[i]!);
    expect(finite.slice(0, 2)).to.deep.equal([0, 0.5]);
    // Each at most twice the one before, and (on any machine) some bigger than the first.
    // Sizes are differences of running totals, so allow the last bit of a float (Firefox saw 4.571428571428572 against 4.571428571428571).
    sizes.slice(1).forEach((size, i) => expect(size).to.be.at.most(sizes[i]! * 2 + 1e-9));
    expect(Math.max(...sizes)).to.be.above(0.5);
    expect(drawn.at(-1)).to.equal(Infinity);
  });

  it('steps whose frames are slow (the layout they cause) shrink too, though their script is quick', async () => {
    const drawn = await drawnInSteps(0, 40);
    expect(drawn.slice(0, 4)).to.deep.equal([0, 0.5, 1, 1.5]);
    expect(drawn.at(-1)).to.equal(Infinity);
  });

  it('slow steps shrink to half a unit, and still arrive in order to the whole', async () => {
    const drawn = await drawnInSteps(40);
    expect(drawn.slice(0, 4)).to.deep.equal([0, 0.5, 1, 1.5]);
    expect(drawn.at(-1)).to.equal(Infinity);
    const finite = drawn.filter(Number.isFinite);
    expect(finite).to.deep.equal([...finite].sort((a, b) => a - b));
  });
});
