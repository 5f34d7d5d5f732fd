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

interface PageOptions {
  /** The banner's light DOM: by default the page's own no-JS form. */
  content?: string;
  lang?: string;
  /** Markup before the entry's script (a host setting a property on the waiting banner). */
  before?: string;
}

/** A page with the banner (`attributes`) and `extra` markup, and the banner's entry as its one script. */
async function openPage(attributes = '', extra = '', { content = FORM, lang = 'en', before = '' }: PageOptions = {}): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.title = 'Page under test';
  frame.style.cssText = 'inline-size: 800px; block-size: 600px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="${lang}"><body>
    <kith-cookie-banner service-name="Cardiff Family Help" cookies-page="/cookies" ${attributes}>${content}</kith-cookie-banner>
    <main><h1>Help for families</h1></main>${extra}${before}
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
const fetchedFormHandler = (page: Page): boolean => fetched(page).some((path) => path.endsWith('/own-form.ts'));
const visible = (element: Element | null | undefined): boolean => element?.checkVisibility() === true;
/** The handler has taken the banner's form (it makes the banner a region), so its buttons no longer post. */
const formTaken = (banner: Element | null): boolean => banner?.getAttribute('role') === 'region';
const firstBanner = (page: Page): Element | null => page.doc.querySelector('kith-cookie-banner');

describe('consent runtime: the cookie banner’s entry', function () {
  this.timeout(20000);
  let frames: HTMLIFrameElement[] = [];
  const open = async (attributes = '', extra = '', options: PageOptions = {}): Promise<Page> => {
    const page = await openPage(attributes, extra, options);
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

  it('a first visit to a page with its own form: Accept is kept without Lit, and the confirmation takes the form’s place, with focus', async () => {
    const page = await open();
    await until(() => formTaken(firstBanner(page)), 'the handler of the page’s form');
    const banner = page.doc.querySelector('kith-cookie-banner')!;
    const form = banner.querySelector('form')!;
    expect(visible(form), 'the page’s form is the question').to.equal(true);
    expect([banner.getAttribute('role'), banner.getAttribute('aria-label')]).to.deep.equal(['region', 'Cookies on Cardiff Family Help']);
    const changes: { categories: Record<string, boolean> }[] = [];
    banner.addEventListener('kith-consent-change', (event) => changes.push((event as CustomEvent).detail));
    let posted = false;
    page.doc.addEventListener('submit', (event) => (posted = !event.defaultPrevented));
    form.querySelector<HTMLButtonElement>('button[value="accept"]')!.click();
    const confirmation = await until(() => banner.querySelector<HTMLElement>('[role="alert"]'), 'the confirmation');
    expect(posted, 'the form did not post').to.equal(false);
    expect(page.api.getConsent()!.categories['analytics']).to.equal(true);
    expect(changes.map((change) => change.categories['analytics'])).to.deep.equal([true]);
    expect(visible(form), 'the question has gone').to.equal(false);
    expect(confirmation.textContent!.replace(/\s+/g, ' ')).to.equal('You’ve accepted additional cookies. You can change your cookie settings at any time.');
    expect(confirmation.querySelector('a')!.getAttribute('href')).to.equal('/cookies');
    expect(page.doc.activeElement === confirmation, 'focus moved to the confirmation').to.equal(true);
    const hide = [...banner.querySelectorAll('button')].find((button) => visible(button))!;
    expect(hide.textContent).to.equal('Hide cookie message');
    hide.click();
    expect(visible(banner), 'Hide hid the banner').to.equal(false);
    expect(bannerRegistered(page), 'the element was not needed').to.equal(false);
    expect(fetchedLit(page), `Lit was fetched: ${fetched(page).join(', ')}`).to.equal(false);
  });

  it('a first visit in Welsh confirms in Welsh; storage that refuses the choice is said and reported', async () => {
    const page = await open('', '', {
      lang: 'cy',
      before: `<script>document.querySelector('kith-cookie-banner').storage = { get: () => null, set: () => false, remove: () => true };</script>`,
    });
    await until(() => formTaken(firstBanner(page)), 'the handler of the page’s form');
    const banner = page.doc.querySelector('kith-cookie-banner')!;
    const errors: { code: string; message: string }[] = [];
    banner.addEventListener('kith-error', (event) => errors.push((event as CustomEvent).detail));
    banner.querySelector<HTMLButtonElement>('button[value="reject"]')!.click();
    const confirmation = await until(() => banner.querySelector<HTMLElement>('[role="alert"]'), 'the confirmation');
    expect(confirmation.textContent).to.contain('Rydych wedi gwrthod cwcis ychwanegol');
    expect(confirmation.textContent).to.contain('Ni wnaeth eich porwr adael i ni gadw’r dewis hwn');
    expect(confirmation.textContent).to.not.contain('You’ve');
    expect(errors.map((error) => error.code)).to.deep.equal(['storage-failed']);
    expect(errors[0]!.message).to.not.equal('');
    expect(page.api.getConsent()!.categories['analytics'], 'the choice applies for this page').to.equal(false);
  });

  it('the confirmation links to the cookies page the banner names as it is used, and never to an unsafe address', async () => {
    const page = await open();
    const banner = await until(() => (formTaken(firstBanner(page)) ? firstBanner(page) : null), 'the handler of the page’s form');
    const linkAfterAccepting = async (address: string): Promise<string | null> => {
      banner.setAttribute('cookies-page', address);
      banner.querySelector<HTMLButtonElement>('button[value="accept"]')!.click();
      const confirmation = await until(() => banner.querySelector('[role="alert"]'), 'the confirmation');
      const href = confirmation.querySelector('a')!.getAttribute('href');
      page.api.resetConsent();
      return href;
    };
    expect(await linkAfterAccepting('https://example.gov.uk/cookies')).to.equal('https://example.gov.uk/cookies');
    expect(await linkAfterAccepting('javascript:alert(1)')).to.equal('/cookies');
  });

  it('a first visit to a page without a form of its own: the element is fetched, with Lit, and asks', async () => {
    const page = await open('', '', { content: '' });
    await until(() => bannerRegistered(page), 'the banner’s element to arrive');
    const banner = page.doc.querySelector('kith-cookie-banner') as HTMLElement & { updateComplete: Promise<unknown> };
    await banner.updateComplete;
    expect(fetchedLit(page), 'Lit came with the question').to.equal(true);
    banner.shadowRoot!.querySelector<HTMLButtonElement>('[part="reject"]')!.click();
    await until(() => page.api.getConsent() !== null, 'the choice to be kept');
    expect(page.api.getConsent()!.categories['analytics']).to.equal(false);
  });

  it('a revised policy or an unreadable choice asks again', async () => {
    keepChoice('1');
    const revised = await open('policy-version="2"');
    await until(() => formTaken(firstBanner(revised)), 'the question for the revised policy');
    const banner = revised.doc.querySelector('kith-cookie-banner')!;
    expect(visible(banner.querySelector('form'))).to.equal(true);
    banner.querySelector<HTMLButtonElement>('button[value="reject"]')!.click();
    await until(() => revised.api.getConsent()?.version === '2', 'the answer kept for policy 2');

    document.cookie = `${COOKIE}=%7Bnot-json; Path=/`;
    const unreadable = await open();
    await until(() => formTaken(firstBanner(unreadable)), 'the question for an unreadable choice');
    expect(visible(unreadable.doc.querySelector('kith-cookie-banner form'))).to.equal(true);
  });

  it('resetConsent() brings the question back; banners added later are hidden or asked as the choice says', async () => {
    keepChoice();
    const page = await open();
    const later = page.doc.createElement('kith-cookie-banner');
    later.innerHTML = FORM;
    page.doc.body.append(later);
    await until(() => later.hidden === true, 'a banner added later to be hidden too');
    expect(fetchedFormHandler(page)).to.equal(false);

    page.api.resetConsent();
    await until(() => formTaken(later) && formTaken(firstBanner(page)), 'the handler of the forms, to ask again');
    expect(fetchedFormHandler(page)).to.equal(true);
    for (const banner of page.doc.querySelectorAll('kith-cookie-banner')) expect(visible(banner.querySelector('form'))).to.equal(true);
    expect(page.api.getConsent()).to.equal(null);
    later.querySelector<HTMLButtonElement>('button[value="accept"]')!.click();
    await until(() => page.api.getConsent() !== null, 'the answer kept');
    await until(() => page.doc.querySelector('kith-cookie-banner')!.hidden, 'the other banner stops asking');
    expect(bannerRegistered(page)).to.equal(false);
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
