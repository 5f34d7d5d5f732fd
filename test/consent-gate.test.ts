import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/components/consent-gate/define.js';
import type { KithConsentGate } from '../src/components/consent-gate/consent-gate.js';
import { resetConsent } from '../src/components/consent/store.js';
import { councilCategories } from '../stories/data/cookies.js';
import { shadow, text, freshPage } from './consent-helpers.js';

describe('<kith-consent-gate>', () => {
  beforeEach(freshPage);

  it('holds an embed back behind a placeholder until its category is accepted there, and takes it away on withdrawal', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div>
      <kith-consent-gate category="functional" .categories=${councilCategories}>
        <template><iframe title="Map of the family centre" src="about:blank"></iframe></template>
      </kith-consent-gate>
    </div>`);
    const gate = holder.querySelector<KithConsentGate>('kith-consent-gate')!;
    await gate.updateComplete;
    expect(holder.querySelector('iframe')).to.equal(null);
    expect(text(shadow(gate, '[part="accept"]'))).to.equal('Accept cookies for videos and maps from other sites to see this');
    await expect(gate).to.be.accessible();
    const changed = oneEvent(gate, 'kith-consent-change');
    shadow(gate, '[part="accept"]')!.click();
    const { detail } = await changed;
    expect(detail.categories).to.deep.equal({ analytics: false, functional: true, marketing: false, essential: true });
    await gate.updateComplete;
    expect(gate.querySelectorAll('iframe')).to.have.length(1);
    expect(gate.matches(':state(allowed)')).to.equal(true);
    resetConsent();
    await gate.updateComplete;
    expect(gate.querySelector('iframe')).to.equal(null);
    expect(shadow(gate, '[part="placeholder"]') !== null).to.equal(true);
  });

  it('a category nobody declared: a localised error and kith-error', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    const reported = new Promise<CustomEvent>((resolve) => holder.addEventListener('kith-error', (e) => resolve(e as CustomEvent), { once: true }));
    holder.innerHTML = '<kith-consent-gate lang="cy" category="videos"></kith-consent-gate>';
    const event = await reported;
    expect(event.detail.code).to.equal('unknown-category');
    const gate = holder.firstElementChild as KithConsentGate;
    await gate.updateComplete;
    expect(text(shadow(gate, '[part="error"]'))).to.contain('“videos”');
    await expect(gate).to.be.accessible();
  });
});
