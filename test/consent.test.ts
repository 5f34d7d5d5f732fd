import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/components/cookie-banner/register.js';
import '../src/components/cookie-preferences/define.js';
import '../src/components/consent-gate/define.js';
import type { KithCookieBanner } from '../src/components/cookie-banner/cookie-banner.js';
import type { KithCookiePreferences } from '../src/components/cookie-preferences/cookie-preferences.js';
import { candidateDomains, DEFAULT_CATEGORIES, isCookieConsent, isCurrent, makeConsent, validateCategories, type CookieConsent } from '../src/components/consent/model.js';
import { configureConsent, ConsentStore, getConsent, onConsentChange, resetConsent, setConsent } from '../src/components/consent/store.js';
import { councilCategories } from '../stories/data/cookies.js';
import { THEMES } from '../stories/support/themes.js';
import { until } from './helpers.js';
import { useTheme } from './helpers.js';
import { cookieNames, COOKIE, freshPage, keptConsent } from './consent-helpers.js';

describe('cookie consent model', () => {
  it('reports bad categories with codes and paths: essential is not a choice, ids are unique, text is required', () => {
    const codes = (input: unknown): string[] => validateCategories(input).problems.map((p) => `${p.code}@${p.path}`);
    expect(codes([{ id: 'essential', name: 'x', description: 'y' }])).to.deep.equal(['reserved-category@categories[0].id']);
    expect(codes([DEFAULT_CATEGORIES[0], DEFAULT_CATEGORIES[0]])).to.deep.equal(['duplicate-id@categories']);
    expect(codes([{ id: 'a b', name: '', description: 'y', cookies: ['ok', 3] }])).to.deep.equal([
      'not-id@categories[0].id',
      'not-text@categories[0].name',
      'not-id@categories[0].cookies[1]',
    ]);
    expect(codes([])).to.deep.equal(['too-few@categories']);
    expect(codes('analytics')).to.deep.equal(['not-array@categories']);
    expect(validateCategories(councilCategories).problems).to.deep.equal([]);
  });

  it('accepts only a kept value shaped as we write it', () => {
    const ours = makeConsent({ analytics: true }, '3', 'c0ffee00-1234', new Date('2026-11-01T10:00:00Z'));
    expect(isCookieConsent(ours)).to.equal(true);
    expect(ours.categories).to.deep.equal({ analytics: true, essential: true });
    expect(isCookieConsent({ ...ours, categories: { analytics: 'yes' } })).to.equal(false);
    expect(isCookieConsent({ ...ours, consentId: '<script>' })).to.equal(false);
    expect(isCookieConsent({ ...ours, timestamp: 'yesterday' })).to.equal(false);
    expect(isCookieConsent('accept')).to.equal(false);
  });

  it('asks again when the policy version changes or a category is added', () => {
    const kept = makeConsent({ analytics: true }, '1', 'abcdefgh', new Date());
    expect(isCurrent(kept, '1', DEFAULT_CATEGORIES)).to.equal(true);
    expect(isCurrent(kept, '2', DEFAULT_CATEGORIES)).to.equal(false);
    expect(isCurrent(kept, '1', councilCategories)).to.equal(false);
  });

  it('knows every domain an analytics cookie may sit on', () => {
    expect(candidateDomains('www.cardiff.gov.uk')).to.deep.equal(['', 'www.cardiff.gov.uk', 'cardiff.gov.uk', 'gov.uk']);
    expect(candidateDomains('localhost')).to.deep.equal(['', 'localhost']);
    expect(candidateDomains('127.0.0.1')).to.deep.equal(['', '127.0.0.1']);
  });
});

describe('consent store and API', () => {
  beforeEach(freshPage);

  it('keeps the choice in a cookie that a reloaded page reads back', () => {
    configureConsent({ policyVersion: '4' });
    const made = setConsent(true);
    expect(keptConsent()).to.deep.equal(made);
    expect(made.version).to.equal('4');
    freshPage(); // the page is reloaded: the store is gone, the cookie …
    document.cookie = `${COOKIE}=${encodeURIComponent(JSON.stringify(made))}; Path=/`; // … is still there
    configureConsent({ policyVersion: '4' });
    expect(getConsent()).to.deep.equal(made);
  });

  it('lets the cookie expire after its lifetime', async () => {
    configureConsent({ cookie: { maxAgeSeconds: 1 } });
    setConsent(false);
    expect(getConsent()?.categories['analytics']).to.equal(false);
    // Browsers drop an expired cookie on their own schedule (WebKitGTK 1.4–1.9 s after a Max-Age of 1).
    await until(() => getConsent() === null, 'the browser drops the expired consent cookie', 4000);
  });

  it('counts a tampered or foreign cookie as no choice', () => {
    document.cookie = `${COOKIE}=${encodeURIComponent('{"version":"1","categories":{"analytics":"yes"}}')}; Path=/`;
    expect(getConsent()).to.equal(null);
    document.cookie = `${COOKIE}=not-json; Path=/`;
    expect(getConsent()).to.equal(null);
  });

  it('tells listeners about every change, and stops when unsubscribed', () => {
    const heard: (CookieConsent | null)[] = [];
    const stop = onConsentChange((consent) => heard.push(consent));
    const made = setConsent({ analytics: true });
    resetConsent();
    stop();
    setConsent(false);
    expect(heard).to.deep.equal([made, null]);
    expect(cookieNames()).to.include(COOKIE);
  });

  it('deletes the cookies of a rejected category, prefixes included, and leaves the rest', () => {
    configureConsent({ categories: councilCategories });
    for (const name of ['_ga', '_ga_XYZ', '_gid', 'embed_video', 'session']) document.cookie = `${name}=1; Path=/`;
    setConsent({ analytics: false, functional: true });
    expect(cookieNames().sort()).to.deep.equal([COOKIE, 'embed_video', 'session'].sort());
    setConsent({ analytics: false, functional: false });
    expect(cookieNames()).not.to.include('embed_video');
  });

  it('rejecting still deletes every named cookie when another script has set a cookie whose name cannot be URL-decoded', () => {
    configureConsent({ categories: councilCategories });
    // Third-party scripts do set such names; decoding it threw and the whole listing was dropped: _ga and _gid stayed.
    for (const name of ['bad%E0%A4%A', '_ga', '_gid', 'session']) document.cookie = `${name}=1; Path=/`;
    setConsent(false);
    expect(cookieNames().sort()).to.deep.equal([COOKIE, 'bad%E0%A4%A', 'session'].sort());
  });

  it('deletes a cookie by the name as written, when the category names it as read', () => {
    configureConsent({ categories: [{ id: 'analytics', name: { en: 'analytics' }, description: { en: 'Measuring how the site is used.' }, cookies: ['tracker id'] }] });
    document.cookie = 'tracker%20id=1; Path=/';
    setConsent(false);
    expect(cookieNames()).not.to.include('tracker%20id');
  });

  it('runs a gated script only after its category is accepted, and only once', async () => {
    const holder = await fixture(html`<div>
      <script type="text/plain" data-kith-consent="analytics">
        window.gatedRuns = (window.gatedRuns ?? 0) + 1;
      </script>
    </div>`);
    configureConsent({});
    const runs = (): number | undefined => (window as { gatedRuns?: number }).gatedRuns;
    expect(runs()).to.equal(undefined);
    setConsent(false);
    expect(runs()).to.equal(undefined);
    setConsent(true);
    expect(runs()).to.equal(1);
    setConsent(true);
    configureConsent({});
    expect(runs()).to.equal(1);
    expect(holder.querySelectorAll('script[data-kith-consent-ran]')).to.have.length(1);
  });

  it('runs a gated external script (src) after consent', async () => {
    const url = URL.createObjectURL(new Blob(['window.gatedRuns = (window.gatedRuns ?? 0) + 10;'], { type: 'text/javascript' }));
    const holder = await fixture(html`<div><script type="text/plain" data-kith-consent="analytics" src=${url}></script></div>`);
    configureConsent({});
    setConsent(true);
    const running = holder.querySelector('script:not([type="text/plain"])');
    expect(running !== null, 'a real script took its place').to.equal(true);
    await oneEvent(running!, 'load');
    expect((window as { gatedRuns?: number }).gatedRuns).to.equal(10);
  });
});

describe('cookie consent: accessibility in every theme', () => {
  beforeEach(freshPage);
  for (const [name, css] of Object.entries(THEMES)) {
    it(`${name}: banner (question and confirmation), preferences with errors, and a gate are axe-clean`, async () => {
      const dropTheme = useTheme(css);
      try {
        const page = await fixture<HTMLDivElement>(html`<div style="background: var(--kith-sys-color-surface); color: var(--kith-sys-color-text)">
          <kith-cookie-banner service-name="X" .categories=${councilCategories}></kith-cookie-banner>
          <kith-cookie-banner service-name="Y" .store=${new ConsentStore()}></kith-cookie-banner>
          <kith-cookie-preferences></kith-cookie-preferences>
          <kith-consent-gate category="functional"><template><p>Map</p></template></kith-consent-gate>
        </div>`);
        const [, second, form] = [...page.children] as [KithCookieBanner, KithCookieBanner, KithCookiePreferences];
        await second.choose(true);
        form.shadowRoot!.querySelector<HTMLButtonElement>('[part="save"]')!.click();
        await form.updateComplete;
        await expect(page).to.be.accessible();
      } finally {
        dropTheme();
      }
    });
  }
});
