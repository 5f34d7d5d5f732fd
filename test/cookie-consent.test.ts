import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/components/cookie-banner/define.js';
import '../src/components/cookie-preferences/define.js';
import '../src/components/consent-gate/define.js';
import type { KithCookieBanner } from '../src/components/cookie-banner/cookie-banner.js';
import type { KithCookiePreferences } from '../src/components/cookie-preferences/cookie-preferences.js';
import type { KithConsentGate } from '../src/components/consent-gate/consent-gate.js';
import {
  candidateDomains,
  DEFAULT_CATEGORIES,
  isCookieConsent,
  isCurrent,
  makeConsent,
  validateCategories,
  type CookieConsent,
} from '../src/components/consent/model.js';
import { configureConsent, ConsentStore, consentStore, getConsent, onConsentChange, resetConsent, setConsent } from '../src/components/consent/store.js';
import type { StorageAdapter } from '../src/core/storage.js';
import { councilCategories, noScriptBannerForm } from '../stories/data/cookies.js';
import { THEMES } from '../stories/support/themes.js';
import { useTheme } from './helpers.js';

const COOKIE = 'kith_cookie_consent';
const shadow = (el: Element, selector: string): HTMLElement | null => el.shadowRoot!.querySelector<HTMLElement>(selector);
const text = (el: Element | null | undefined): string => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const cookieNames = (): string[] => document.cookie.split(/;\s*/).filter(Boolean).map((pair) => pair.split('=')[0]!);
const keptConsent = (): unknown => {
  const pair = document.cookie.split(/;\s*/).find((p) => p.startsWith(`${COOKIE}=`));
  return pair ? JSON.parse(decodeURIComponent(pair.slice(COOKIE.length + 1))) : null;
};

/** A fresh page: no cookies, no consent store (elements make a new one). */
function freshPage(): void {
  for (const name of cookieNames()) document.cookie = `${name}=; Path=/; Max-Age=0`;
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('kith.consentStore')];
  delete (window as { gatedRuns?: number }).gatedRuns;
}

async function banner(attributes = ''): Promise<KithCookieBanner> {
  const el = await fixture<KithCookieBanner>(`<kith-cookie-banner service-name="Cardiff Family Help" cookies-page="/cookies" ${attributes}></kith-cookie-banner>`);
  await el.updateComplete;
  return el;
}

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
    await aTimeout(1300);
    expect(getConsent()).to.equal(null);
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
    await fixture(html`<div><script type="text/plain" data-kith-consent="analytics" src=${url}></script></div>`);
    configureConsent({});
    setConsent(true);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((window as { gatedRuns?: number }).gatedRuns).to.equal(10);
  });
});

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

  it('enhances the page’s own form in place: same text, nothing moves, no post', async () => {
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
    expect(el.shadowRoot!.activeElement === shadow(el, '[part="confirmation"]')).to.equal(true);
  });

  it('without JavaScript, a reader gets a working form that posts the choice', async () => {
    const page = `<!doctype html><html lang="en"><body>
      <kith-cookie-banner service-name="Cardiff Family Help">${noScriptBannerForm}</kith-cookie-banner>
      <script type="module" src="/src/components/cookie-banner/define.ts"></script>
    </body></html>`;
    type Result = { posted: { method: string; body: string } | null; visibleText: string; upgraded: number };
    const result = await executeServerCommand<Result, Record<string, string>>('kith-no-js', {
      html: page,
      element: 'kith-cookie-banner',
      click: 'Reject analytics cookies',
      route: '/cookies',
    });
    expect(result.upgraded, 'the element never ran').to.equal(0);
    expect(result.visibleText).to.contain('Cookies on Cardiff Family Help');
    expect(result.posted).to.deep.equal({ method: 'POST', body: 'cookies=reject' });
  });
});

describe('<kith-cookie-preferences>', () => {
  beforeEach(freshPage);

  async function preferences(lang = 'en'): Promise<KithCookiePreferences> {
    const el = await fixture<KithCookiePreferences>(html`<kith-cookie-preferences lang=${lang} .categories=${councilCategories}></kith-cookie-preferences>`);
    await el.updateComplete;
    return el;
  }
  const radios = (el: Element): HTMLInputElement[] => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];

  it('explains essential cookies and asks Yes or No for each category, with nothing ticked', async () => {
    const el = await preferences();
    expect(text(shadow(el, '.essential'))).to.contain('They are always on.');
    const legends = [...el.shadowRoot!.querySelectorAll('legend')].map(text);
    expect(legends).to.deep.equal([
      'Do you want to accept cookies for measuring how you use the site?',
      'Do you want to accept cookies for videos and maps from other sites?',
      'Do you want to accept cookies for telling people about our services?',
    ]);
    expect(radios(el)).to.have.length(6);
    expect(radios(el).some((radio) => radio.checked)).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('saving with questions unanswered shows an error summary that takes focus', async () => {
    const el = await preferences();
    radios(el)[0]!.click();
    shadow(el, '[part="save"]')!.click();
    await el.updateComplete;
    const summary = shadow(el, '[part="error-summary"]')!;
    expect(el.shadowRoot!.activeElement === summary).to.equal(true);
    expect([...summary.querySelectorAll('li')].map(text)).to.deep.equal([
      'Select whether you want to accept cookies for videos and maps from other sites',
      'Select whether you want to accept cookies for telling people about our services',
    ]);
    expect(getConsent()).to.equal(null);
    await expect(el).to.be.accessible();
    summary.querySelector('a')!.click();
    expect(el.shadowRoot!.activeElement === radios(el)[2]).to.equal(true);
  });

  it('saves the answers, confirms with focus, and the banner on the same page stops asking', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div>
      <kith-cookie-banner service-name="X" .categories=${councilCategories}></kith-cookie-banner>
      <kith-cookie-preferences></kith-cookie-preferences>
    </div>`);
    const [bannerEl, el] = [holder.children[0] as KithCookieBanner, holder.children[1] as KithCookiePreferences];
    await el.updateComplete;
    expect(shadow(bannerEl, '[part="accept"]') !== null).to.equal(true);
    const [yes1, , , no2, yes3] = radios(el);
    yes1!.click();
    no2!.click();
    yes3!.click();
    const changed = oneEvent(el, 'kith-consent-change');
    shadow(el, '[part="save"]')!.click();
    const { detail } = await changed;
    expect(detail.categories).to.deep.equal({ analytics: true, functional: false, marketing: true, essential: true });
    await el.updateComplete;
    await bannerEl.updateComplete;
    expect(el.shadowRoot!.activeElement === shadow(el, '[part="success"]')).to.equal(true);
    expect(text(shadow(el, '[part="success"]'))).to.contain('You’ve set your cookie preferences.');
    expect(shadow(bannerEl, '[part="banner"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows a kept choice, and withdrawing a category deletes its cookies', async () => {
    configureConsent({ categories: councilCategories });
    setConsent(true);
    document.cookie = '_ga=1; Path=/';
    const el = await preferences();
    expect(radios(el).map((radio) => radio.checked)).to.deep.equal([true, false, true, false, true, false]);
    radios(el)[1]!.click();
    shadow(el, '[part="save"]')!.click();
    await el.updateComplete;
    expect(cookieNames()).not.to.include('_ga');
    expect(getConsent()?.categories).to.deep.equal({ analytics: false, functional: true, marketing: true, essential: true });
  });

  it('speaks Welsh', async () => {
    const el = await preferences('cy');
    expect(text(el.shadowRoot!.querySelector('legend'))).to.equal('Ydych chi eisiau derbyn cwcis ar gyfer mesur sut rydych yn defnyddio’r wefan?');
    expect(text(el.shadowRoot!.querySelector('label'))).to.equal('Ydw');
    await expect(el).to.be.accessible();
  });

  it('renders a category name only as text', async () => {
    const el = await fixture<KithCookiePreferences>(
      html`<kith-cookie-preferences .categories=${[{ id: 'x', name: '<img src=x onerror=alert(1)>', description: '<b>bold</b>' }]}></kith-cookie-preferences>`,
    );
    expect(text(el.shadowRoot!.querySelector('legend'))).to.contain('<img src=x');
    expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
  });
});

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

  it('a JSON child that does not parse: error state, no consent assumed', async () => {
    const el = await fixture<KithCookieBanner>(`<kith-cookie-banner><script type="application/json">{"categories": [</script></kith-cookie-banner>`);
    await el.updateComplete;
    expect(el.matches(':state(error)')).to.equal(true);
    expect(consentStore().allows('analytics')).to.equal(false);
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
