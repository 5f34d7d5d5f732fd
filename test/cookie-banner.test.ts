import { FIXED_NOW } from '../stories/data/clock.js';
import { sendKeys } from './helpers.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/components/cookie-banner/register.js';
import type { KithCookieBanner } from '../src/components/cookie-banner/cookie-banner.js';
import { DEFAULT_CATEGORIES, type CookieConsent } from '../src/components/consent/model.js';
import { configureConsent, consentStore, getConsent, setConsent } from '../src/components/consent/store.js';
import type { StorageAdapter } from '../src/core/storage.js';
import { councilCategories, noScriptBannerForm } from '../stories/data/cookies.js';
import { COOKIE, shadow, text, keptConsent, freshPage, banner } from './consent-helpers.js';

describe('<kith-cookie-banner>', () => {
  beforeEach(freshPage);

  it('asks with the GOV.UK wording in a region labelled “Cookies on [service]”, hidden from search snippets', async () => {
    const el = await banner();
    const region = shadow(el, '[role="region"]')!;
    expect(region.getAttribute('aria-label')).to.equal('Cookies on Cardiff Family Help');
    expect(el.hasAttribute('data-nosnippet')).to.equal(true);
    expect(text(shadow(el, 'h2'))).to.equal('Cookies on Cardiff Family Help');
    expect(text(region)).to.contain('We use some essential cookies to make this service work.');
    expect(text(region)).to.contain('We’d also like to use additional cookies for analytics.');
    expect(text(shadow(el, '[part="accept"]'))).to.equal('Accept additional cookies');
    expect(text(shadow(el, '[part="reject"]'))).to.equal('Reject additional cookies');
    expect(shadow(el, 'a')!.getAttribute('href')).to.equal('/cookies');
    expect(el.matches(':state(question)')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('gives Accept and Reject equal weight, keeps their spacing, and is not sticky', async () => {
    const el = await banner();
    const accept = getComputedStyle(shadow(el, '[part="accept"]')!);
    const reject = getComputedStyle(shadow(el, '[part="reject"]')!);
    for (const property of ['background-color', 'color', 'font-size', 'font-weight', 'border-top-width', 'height', 'padding-left']) {
      expect(accept.getPropertyValue(property), property).to.equal(reject.getPropertyValue(property));
    }
    const gap = shadow(el, '[part="reject"]')!.getBoundingClientRect().left - shadow(el, '[part="accept"]')!.getBoundingClientRect().right;
    expect(gap).to.be.greaterThan(4);
    expect(getComputedStyle(el).position).to.equal('static');
    expect(getComputedStyle(shadow(el, '[part="banner"]')!).position).to.equal('static');
  });

  it('on Accept: keeps the choice, fires kith-consent-change, and moves focus to the confirmation', async () => {
    const el = await banner('policy-version="2026-11"');
    const changed = oneEvent(el, 'kith-consent-change');
    shadow(el, '[part="accept"]')!.click();
    const { detail } = await changed;
    expect(detail.categories).to.deep.equal({ analytics: true, essential: true });
    expect(detail.version).to.equal('2026-11');
    expect((keptConsent() as CookieConsent).consentId).to.equal(detail.consentId);
    expect((keptConsent() as CookieConsent).timestamp, 'stamped by Kith’s clock').to.equal(FIXED_NOW);
    await el.updateComplete;
    const confirmation = shadow(el, '[part="confirmation"]')!;
    expect(confirmation.getAttribute('role')).to.equal('alert');
    expect(confirmation.getAttribute('tabindex')).to.equal('-1');
    expect(el.shadowRoot!.activeElement === confirmation, 'focus on the confirmation').to.equal(true);
    expect(text(confirmation)).to.equal('You’ve accepted additional cookies. You can change your cookie settings at any time.');
    expect(confirmation.querySelector('a')!.getAttribute('href')).to.equal('/cookies');
    expect(shadow(el, '[part="accept"]')).to.equal(null);
    await expect(el).to.be.accessible();
    shadow(el, '[part="hide"]')!.click();
    await el.updateComplete;
    expect(shadow(el, '[part="banner"]')).to.equal(null);
  });

  it('on Reject, by keyboard: rejects every category and says so', async () => {
    const el = await banner();
    el.categories = councilCategories;
    await el.updateComplete;
    expect(text(shadow(el, '[role="region"]'))).to.contain(
      'additional cookies for measuring how you use the site, videos and maps from other sites and telling people about our services.',
    );
    shadow(el, '[part="reject"]')!.focus();
    const changed = oneEvent(el, 'kith-consent-change');
    await sendKeys({ press: 'Enter' });
    const { detail } = await changed;
    expect(detail.categories).to.deep.equal({ analytics: false, functional: false, marketing: false, essential: true });
    await el.updateComplete;
    expect(text(shadow(el, '[part="confirmation"]'))).to.contain('You’ve rejected additional cookies.');
  });

  it('a choice set from code hides the question everywhere but fires no kith-consent-change', async () => {
    const el = await banner();
    let fired = 0;
    el.addEventListener('kith-consent-change', () => fired++);
    setConsent(true);
    await el.updateComplete;
    expect(shadow(el, '[part="banner"]')).to.equal(null);
    expect(fired).to.equal(0);
  });

  it('does not ask when a current choice is kept, and asks again after a policy revision', async () => {
    configureConsent({ policyVersion: '1' });
    setConsent(true);
    const el = await banner('policy-version="1"');
    expect(shadow(el, '[part="banner"]')).to.equal(null);
    el.policyVersion = '2';
    await el.updateComplete;
    await el.updateComplete;
    expect(shadow(el, '[part="accept"]') !== null, 'asks again').to.equal(true);
  });

  it('asks again when the kept cookie has been tampered with', async () => {
    document.cookie = `${COOKIE}=${encodeURIComponent(JSON.stringify({ version: '1', categories: { analytics: 1 }, consentId: 'x', timestamp: 'now' }))}; Path=/`;
    const el = await banner();
    expect(shadow(el, '[part="accept"]') !== null).to.equal(true);
  });

  it('with storage that throws: the choice still applies for the page, a note says so, and kith-error is fired', async () => {
    const broken: StorageAdapter = {
      get: () => {
        throw new Error('blocked');
      },
      set: () => {
        throw new Error('blocked');
      },
      remove: () => {
        throw new Error('blocked');
      },
    };
    const el = await fixture<KithCookieBanner>(html`<kith-cookie-banner service-name="X" .storage=${broken}></kith-cookie-banner>`);
    const failed = oneEvent(el, 'kith-error');
    shadow(el, '[part="accept"]')!.click();
    const { detail } = await failed;
    expect(detail.code).to.equal('storage-failed');
    await el.updateComplete;
    expect(text(shadow(el, '[part="confirmation"]'))).to.contain('Your browser did not let us save this choice');
    expect(getConsent()?.categories['analytics']).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('speaks Welsh', async () => {
    const el = await banner('lang="cy"');
    expect(shadow(el, '[role="region"]')!.getAttribute('aria-label')).to.equal('Cwcis ar Cardiff Family Help');
    expect(text(shadow(el, '[part="accept"]'))).to.equal('Derbyn cwcis ychwanegol');
    expect(text(shadow(el, '[role="region"]'))).to.contain('ar gyfer dadansoddeg.');
    shadow(el, '[part="reject"]')!.click();
    await el.updateComplete;
    expect(text(shadow(el, '[part="confirmation"]'))).to.equal('Rydych wedi gwrthod cwcis ychwanegol. Gallwch newid eich gosodiadau cwcis ar unrhyw adeg.');
    await expect(el).to.be.accessible();
  });

  it('enhances the page’s own form in place: same text, nothing moves, no post; the confirmation takes its place, with focus', async () => {
    const plain = await fixture<HTMLDivElement>(`<div>${noScriptBannerForm}</div>`);
    const before = plain.querySelector('form')!.getBoundingClientRect();
    plain.remove();
    const el = await fixture<KithCookieBanner>(`<kith-cookie-banner service-name="Cardiff Family Help">${noScriptBannerForm}</kith-cookie-banner>`);
    await el.updateComplete;
    const form = el.querySelector('form')!;
    const after = form.getBoundingClientRect();
    expect([after.top, after.left, after.width, after.height]).to.deep.equal([before.top, before.left, before.width, before.height]);
    expect((shadow(el, 'slot') as HTMLSlotElement).assignedElements()[0] === form, 'the form is shown in place').to.equal(true);
    let posted = false;
    const watch = (event: Event): void => {
      posted = !event.defaultPrevented;
      event.preventDefault(); // never leave the test page
    };
    window.addEventListener('submit', watch);
    const changed = oneEvent(el, 'kith-consent-change');
    form.querySelector<HTMLButtonElement>('button[value="accept"]')!.click();
    const { detail } = await changed;
    window.removeEventListener('submit', watch);
    expect(posted, 'the form did not post').to.equal(false);
    expect(detail.categories['analytics']).to.equal(true);
    await el.updateComplete;
    expect(form.checkVisibility(), 'the question is hidden').to.equal(false);
    // In the page's own look: light DOM, through the same slot, its Hide button styled like the form's buttons.
    const confirmation = el.querySelector<HTMLElement>('[role="alert"]')!;
    expect(text(confirmation)).to.equal('You’ve accepted additional cookies. You can change your cookie settings at any time.');
    expect(confirmation.checkVisibility(), 'the confirmation is shown').to.equal(true);
    expect(document.activeElement === confirmation, 'focus moved to the confirmation').to.equal(true);
    const hide = [...el.querySelectorAll('button')].find((button) => button.checkVisibility())!;
    expect(text(hide)).to.equal('Hide cookie message');
    await expect(el).to.be.accessible();
    hide.click();
    expect(el.checkVisibility(), 'Hide hid the banner').to.equal(false);
  });
  // Without JavaScript: test/reliability/no-js.test.ts posts the form of test/no-js/cookie-banner.html.
});

describe('cookie consent: bad input', () => {
  beforeEach(freshPage);
  const cases: [string, unknown, string][] = [
    ['essential declared as a choice', [{ id: 'essential', name: 'x', description: 'y' }], 'reserved-category'],
    ['duplicate category ids', [DEFAULT_CATEGORIES[0], DEFAULT_CATEGORIES[0]], 'duplicate-id'],
    ['no categories', [], 'too-few'],
    ['a category without a name', [{ id: 'a', description: 'y' }], 'missing'],
  ];
  for (const [name, categories, code] of cases) {
    it(`${name}: the banner shows a localised error state and fires kith-error {code: ${code}}`, async () => {
      const holder = await fixture<HTMLDivElement>(html`<div></div>`);
      const reported = new Promise<CustomEvent>((resolve) => holder.addEventListener('kith-error', (e) => resolve(e as CustomEvent), { once: true }));
      const el = document.createElement('kith-cookie-banner');
      el.categories = categories as never;
      holder.append(el);
      const event = await reported;
      expect(event.detail.code).to.equal(code);
      await el.updateComplete;
      expect(text(shadow(el, '[part="error"]'))).to.contain('There is a problem');
      expect(shadow(el, '[part="accept"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  for (const address of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>']) {
    it(`a cookies page of ${JSON.stringify(address)} is refused: error state, never a link that runs code`, async () => {
      const holder = await fixture<HTMLDivElement>(html`<div></div>`);
      const reported = new Promise<CustomEvent>((resolve) => holder.addEventListener('kith-error', (e) => resolve(e as CustomEvent), { once: true }));
      const el = document.createElement('kith-cookie-banner');
      el.setAttribute('cookies-page', address);
      holder.append(el);
      const event = await reported;
      expect(event.detail.code).to.equal('unsafe-url');
      expect(event.detail.path).to.equal('cookies-page');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('a')).to.equal(null);
      expect(text(shadow(el, '[part="error"]'))).to.contain('should be a web address on this site');
    });
  }

  it('a cookies page on this site or at an https address is a link', async () => {
    for (const address of ['/cookies', 'cookies.html', 'https://www.cardiff.gov.uk/cookies']) {
      const el = await fixture<KithCookieBanner>(html`<kith-cookie-banner cookies-page=${address}></kith-cookie-banner>`);
      await el.updateComplete;
      expect(shadow(el, 'a')?.getAttribute('href'), address).to.equal(address);
      el.remove();
      freshPage();
    }
  });

  it('a JSON child that does not parse: error state, no consent assumed', async () => {
    const el = await fixture<KithCookieBanner>(`<kith-cookie-banner><script type="application/json">{"categories": [</script></kith-cookie-banner>`);
    await el.updateComplete;
    expect(el.matches(':state(error)')).to.equal(true);
    expect(consentStore().allows('analytics')).to.equal(false);
  });
});
