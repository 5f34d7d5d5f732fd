import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/components/cookie-preferences/define.js';
import '../src/components/cookie-banner/register.js';
import type { KithCookieBanner } from '../src/components/cookie-banner/cookie-banner.js';
import type { KithCookiePreferences } from '../src/components/cookie-preferences/cookie-preferences.js';
import { configureConsent, getConsent, setConsent } from '../src/components/consent/store.js';
import { councilCategories } from '../stories/data/cookies.js';
import { shadow, text, cookieNames, freshPage } from './consent-helpers.js';

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
