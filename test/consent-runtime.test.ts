// The consent runtime (issue 22): the cookie banner's entry, as a council
// page loads it. Each case is a page of its own (an iframe from this test
// server), so what the page fetched is what a visitor's browser fetched.
import { expect } from '@open-wc/testing';
import { until } from './helpers.js';
import { freshPage, COOKIE } from './consent-helpers.js';

const ENTRY = '/src/components/cookie-banner/define.ts';
const FORM = `<form method="post" action="/cookies">
    <h2>Cookies on Cardiff Family Help</h2>
    <p>We’d also like to use analytics cookies.</p>
    <button type="submit" name="cookies" value="accept">Accept analytics cookies</button>
    <button type="submit" name="cookies" value="reject">Reject analytics cookies</button>
  </form>`;

interface RuntimeApi {
  getConsent(): { version: string; categories: Record<string, boolean> } | null;
  setConsent(choices: boolean): unknown;
  onConsentChange(listener: (consent: unknown) => void): () => void;
  resetConsent(): void;
  loadCookieBanner(): Promise<unknown>;
  consentReady: Promise<unknown>;
}
type Page = { frame: HTMLIFrameElement; doc: Document; win: Window & typeof globalThis; api: RuntimeApi };

/** A page with the banner (`attributes`) and `extra` markup, and the banner's entry as its one script. */
async function openPage(attributes = '', extra = ''): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.title = 'Page under test';
  frame.style.cssText = 'inline-size: 800px; block-size: 600px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><body>
    <kith-cookie-banner service-name="Cardiff Family Help" cookies-page="/cookies" ${attributes}>${FORM}</kith-cookie-banner>
    <main><h1>Help for families</h1></main>${extra}
    <script type="module">import * as api from '${ENTRY}'; window.kithConsent = api;</script></body></html>`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis & { kithConsent?: RuntimeApi };
  await until(() => win.kithConsent !== undefined, 'the entry to run');
  await win.kithConsent!.consentReady;
  return { frame, doc: frame.contentDocument!, win, api: win.kithConsent! };
}

/** A choice kept as a returning visitor's browser holds it. */
function keepChoice(version = '1', analytics = true): void {
  const consent = { version, categories: { analytics, essential: true }, consentId: 'returning-visitor-1', timestamp: '2026-01-05T10:00:00.000Z' };
  document.cookie = `${COOKIE}=${encodeURIComponent(JSON.stringify(consent))}; Path=/`;
}

/** Script and module addresses the page fetched. */
const fetched = (page: Page): string[] => page.win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
const fetchedLit = (page: Page): boolean => fetched(page).some((path) => /\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(path));
const bannerRegistered = (page: Page): boolean => page.win.customElements.get('kith-cookie-banner') !== undefined;

describe('consent runtime: the cookie banner’s entry', function () {
  this.timeout(20000);
  let frames: HTMLIFrameElement[] = [];
  const open = async (attributes = '', extra = ''): Promise<Page> => {
    const page = await openPage(attributes, extra);
    frames.push(page.frame);
    return page;
  };
  beforeEach(freshPage);
  afterEach(() => {
    frames.forEach((frame) => frame.remove());
    frames = [];
  });

  it('a returning visitor: the banner is hidden, gated scripts run, and neither Lit nor the question is fetched', async () => {
    keepChoice();
    const page = await open('', `<script type="text/plain" data-kith-consent="analytics">window.analyticsRan = true;</script>`);
    const banner = page.doc.querySelector('kith-cookie-banner')!;
    expect(banner.hidden, 'the no-JS form is not shown again').to.equal(true);
    expect(banner.querySelector('form')!.checkVisibility()).to.equal(false);
    expect(bannerRegistered(page), 'the element was not needed').to.equal(false);
    expect((page.win as unknown as { analyticsRan?: boolean }).analyticsRan, 'the accepted category’s script ran').to.equal(true);
    expect(page.api.getConsent()?.categories['analytics']).to.equal(true);
    const files = fetched(page);
    expect(fetchedLit(page), `Lit was fetched: ${files.join(', ')}`).to.equal(false);
    expect(files.some((path) => path.endsWith('/cookie-banner.ts') || path.endsWith('/register.ts'))).to.equal(false);
  });

  it('a first visit: the element is fetched and asks in place of the page’s own form', async () => {
    const page = await open();
    await until(() => bannerRegistered(page), 'the banner’s element to arrive');
    const banner = page.doc.querySelector('kith-cookie-banner') as HTMLElement & { updateComplete: Promise<unknown> };
    await banner.updateComplete;
    expect(banner.hidden).to.equal(false);
    const form = banner.querySelector('form')!;
    expect(form.checkVisibility(), 'the page’s form is the question').to.equal(true);
    expect(form.assignedSlot, 'shown through the element, in place').to.not.equal(null);
    expect(fetchedLit(page), 'Lit came with the question').to.equal(true);
    form.querySelector<HTMLButtonElement>('button[value="reject"]')!.click();
    await until(() => page.api.getConsent() !== null, 'the choice to be kept');
    expect(page.api.getConsent()!.categories['analytics']).to.equal(false);
  });

  it('a revised policy or an unreadable choice asks again', async () => {
    keepChoice('1');
    const revised = await open('policy-version="2"');
    await until(() => bannerRegistered(revised), 'the question for the revised policy');
    expect(revised.doc.querySelector('kith-cookie-banner')!.hidden).to.equal(false);

    document.cookie = `${COOKIE}=%7Bnot-json; Path=/`;
    const unreadable = await open();
    await until(() => bannerRegistered(unreadable), 'the question for an unreadable choice');
  });

  it('resetConsent() brings the question back; banners added later are hidden or asked as the choice says', async () => {
    keepChoice();
    const page = await open();
    const later = page.doc.createElement('kith-cookie-banner');
    later.innerHTML = FORM;
    page.doc.body.append(later);
    await until(() => later.hidden === true, 'a banner added later to be hidden too');
    expect(bannerRegistered(page)).to.equal(false);

    page.api.resetConsent();
    await until(() => bannerRegistered(page), 'the element to be fetched to ask again');
    for (const banner of page.doc.querySelectorAll('kith-cookie-banner')) expect(banner.hidden).to.equal(false);
    expect(page.api.getConsent()).to.equal(null);
  });

  it('settings only the element can report (categories that cannot be read) fetch it, and it says what is wrong', async () => {
    keepChoice();
    const page = await open('', '');
    const banner = page.doc.querySelector('kith-cookie-banner')!;
    expect(banner.hidden).to.equal(true);
    const broken = page.doc.createElement('kith-cookie-banner');
    broken.innerHTML = '<script type="application/json">{"categories": [{"id": "analytics"}]}</script>';
    const errors: string[] = [];
    page.doc.addEventListener('kith-error', (event) => errors.push((event as CustomEvent<{ code: string }>).detail.code));
    page.doc.body.append(broken);
    await until(() => bannerRegistered(page), 'the element, to report the problem');
    await until(() => errors.length > 0, 'kith-error');
    await until(() => (broken.shadowRoot?.textContent ?? '').includes('name'), 'the error state naming the missing field');
  });

  it('the API works before the element arrives: setConsent, onConsentChange and loadCookieBanner', async () => {
    keepChoice('1', false);
    const page = await open();
    expect(page.api.getConsent()!.categories['analytics']).to.equal(false);
    const heard: unknown[] = [];
    page.api.onConsentChange((consent) => heard.push(consent));
    page.api.setConsent(true);
    expect(heard.length, 'onConsentChange heard the choice').to.equal(1);
    expect(page.api.getConsent()!.categories['analytics']).to.equal(true);
    expect(JSON.stringify(document.cookie)).to.contain('analytics%22%3Atrue');
    expect(bannerRegistered(page)).to.equal(false);
    await page.api.loadCookieBanner();
    expect(bannerRegistered(page), 'fetched on request').to.equal(true);
  });
});
