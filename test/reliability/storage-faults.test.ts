// Storage faults with the browser's own storage made to fail as it does in
// the wild: cookies blocked or throwing, localStorage throwing on read and
// write, quota exceeded, values another script wrote, older schemas.
// Consent still asks and works for the page; plan drafts fall back to the
// page and say so; nothing is thrown and no one's words are dropped.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/cookie-banner/register.js';
import '../../src/components/plan-editor/define.js';
import type { KithCookieBanner } from '../../src/components/cookie-banner/cookie-banner.js';
import type { KithPlanEditor } from '../../src/components/plan-editor/plan-editor.js';
import { getConsent } from '../../src/components/consent/store.js';
import { webStorage } from '../../src/core/storage.js';
import { jonesFamilyPlan } from '../../stories/data/plans.js';
import { COOKIE, freshPage, shadow, text } from '../consent-helpers.js';
import { $, $$, addStatement } from '../plan-editor-helpers.js';
import { escaped, setTraps } from './harness.js';

/** Replaces `document.cookie` for one test: blocked (writes ignored) or throwing (sandboxed frames). */
function breakCookies(how: 'blocked' | 'throwing'): () => void {
  const fail = () => {
    throw new DOMException('The document is sandboxed and lacks the allow-same-origin flag.', 'SecurityError');
  };
  Object.defineProperty(document, 'cookie', {
    configurable: true,
    get: how === 'blocked' ? () => '' : fail,
    set: how === 'blocked' ? () => undefined : fail,
  });
  return () => {
    delete (document as { cookie?: string }).cookie;
  };
}

/** Makes localStorage fail as named, for one test. */
function breakLocalStorage(how: 'throwing' | 'quota' | 'missing'): () => void {
  const { getItem, setItem } = Storage.prototype;
  if (how === 'missing') {
    const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', { configurable: true, get: () => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    } });
    return () => Object.defineProperty(window, 'localStorage', descriptor);
  }
  Storage.prototype.setItem = function () {
    throw how === 'quota' ? new DOMException('The quota has been exceeded.', 'QuotaExceededError') : new Error('storage disabled');
  };
  if (how === 'throwing') {
    Storage.prototype.getItem = function () {
      throw new Error('storage disabled');
    };
  }
  return () => {
    Object.assign(Storage.prototype, { getItem, setItem });
  };
}

describe('storage faults', () => {
  let restore: (() => void) | null = null;
  beforeEach(() => {
    setTraps();
    freshPage();
    localStorage.clear();
  });
  afterEach(() => {
    restore?.();
    restore = null;
    freshPage();
    localStorage.clear();
    expect(escaped(), 'nothing thrown or logged as an error on the page').to.equal('');
  });

  for (const how of ['blocked', 'throwing'] as const) {
    it(`cookies ${how}: the banner still asks, the choice applies for the page, and the page is told it was not kept`, async () => {
      restore = breakCookies(how);
      const el = await fixture<KithCookieBanner>(html`<kith-cookie-banner service-name="Cardiff Family Help"></kith-cookie-banner>`);
      await el.updateComplete;
      expect(shadow(el, '[part="accept"]'), 'the question is asked').not.to.equal(null);
      const warned = oneEvent(el, 'kith-error');
      shadow(el, '[part="accept"]')!.click();
      expect((await warned).detail.code).to.equal('storage-failed');
      await el.updateComplete;
      expect(getConsent()?.categories['analytics'], 'the choice applies on this page').to.equal(true);
      expect(text(shadow(el, '[part="confirmation"]'))).to.contain('Your browser did not let us save this choice');
      await expect(el).to.be.accessible();
    });
  }

  it('a consent cookie from an older policy, or garbled by another script, means the question is asked again', async () => {
    for (const value of ['{"version":"0","categories":{"analytics":true}}', '%E0%A4%A', 'null', '[]']) {
      document.cookie = `${COOKIE}=${value}; Path=/`;
      const el = await fixture<KithCookieBanner>(html`<kith-cookie-banner service-name="Cardiff Family Help" policy-version="2"></kith-cookie-banner>`);
      await el.updateComplete;
      expect(shadow(el, '[part="accept"]'), value).not.to.equal(null);
      expect(getConsent(), value).to.equal(null);
      el.remove();
      freshPage();
    }
  });

  for (const how of ['throwing', 'quota', 'missing'] as const) {
    it(`localStorage ${how}: the plan editor keeps working from the page and says drafts are not kept`, async () => {
      restore = breakLocalStorage(how);
      const el = await fixture<KithPlanEditor>(html`<kith-plan-editor template="family-action-plan" author="Alex Rao" .plan=${jonesFamilyPlan()} .storage=${webStorage()}></kith-plan-editor>`);
      await el.whenReady();
      const warned = oneEvent(el, 'kith-error');
      addStatement(el, 'review', 'How we will know it’s working', 'Calmer mornings.');
      expect((await warned).detail.code).to.equal('draft-not-kept');
      await el.updateComplete;
      expect(text($(el, '.notice[role="alert"]'))).to.contain('This device would not keep a copy of your changes');
      expect(el.value!.statements.map((s) => s.text)).to.include('Calmer mornings.');
      expect($(el, '[part="error"]')).to.equal(null);
    });
  }

  const key = 'kith-plan-draft/jones-2026';
  const unreadable: [string, string][] = [
    ['written by another script', 'not json at all'],
    ['an older plan schema', JSON.stringify({ savedAt: '2025-01-01T00:00:00.000Z', plan: { ...jonesFamilyPlan(), schemaVersion: 0 } })],
    ['a newer plan schema', JSON.stringify({ savedAt: '2027-01-01T00:00:00.000Z', plan: { ...jonesFamilyPlan(), schemaVersion: 99, statements: [] } })],
  ];
  for (const [what, value] of unreadable) {
    it(`a draft ${what} is never dropped: it is copied aside, the page says where, and new drafts do not overwrite it`, async () => {
      localStorage.setItem(key, value);
      const el = await fixture<KithPlanEditor>(html`<kith-plan-editor template="family-action-plan" author="Alex Rao" .plan=${jonesFamilyPlan()} .storage=${webStorage()}></kith-plan-editor>`);
      await el.whenReady();
      const notice = text($$(el, '.notice[role="status"]').find((n) => n.textContent!.includes('could not be read')));
      const aside = /“(.+)”/.exec(notice)?.[1] ?? '';
      expect(aside, notice).to.match(/^kith-plan-draft\/jones-2026\/unreadable\/\d+$/);
      expect(localStorage.getItem(aside), 'the unreadable draft, byte for byte').to.equal(value);
      addStatement(el, 'review', 'How we will know it’s working', 'Calmer mornings.');
      await el.updateComplete;
      expect(localStorage.getItem(aside), 'still there after typing').to.equal(value);
      expect(JSON.parse(localStorage.getItem(key)!).plan.statements.map((s: { text: string }) => s.text)).to.include('Calmer mornings.');
      await expect(el).to.be.accessible();
    });
  }

  it('an unreadable draft that cannot be copied aside stays where it was, and drafts stop', async () => {
    localStorage.setItem(key, 'not json at all');
    restore = breakLocalStorage('quota');
    const el = await fixture<KithPlanEditor>(html`<kith-plan-editor template="family-action-plan" author="Alex Rao" .plan=${jonesFamilyPlan()} .storage=${webStorage()}></kith-plan-editor>`);
    await el.whenReady();
    restore();
    restore = null;
    addStatement(el, 'review', 'How we will know it’s working', 'Calmer mornings.');
    await el.updateComplete;
    expect(localStorage.getItem(key), 'not overwritten').to.equal('not json at all');
    expect(text($(el, '.notice[role="alert"]'))).to.contain('This device would not keep a copy of your changes');
  });

  it('a plan given in an older schema is refused with a clear, localised message, not shown half-read', async () => {
    const reported = new Promise<CustomEvent>((resolve) => document.body.addEventListener('kith-error', (e) => resolve(e as CustomEvent), { once: true }));
    const el = await fixture<KithPlanEditor>(html`<kith-plan-editor lang="cy" template="family-action-plan" .plan=${{ ...jonesFamilyPlan(), schemaVersion: 0 }}></kith-plan-editor>`);
    const { detail } = await reported;
    expect([detail.code, detail.path]).to.deep.equal(['unsupported-schema', 'plan.schemaVersion']);
    await el.updateComplete;
    expect(text($(el, '[part="error"]'))).to.contain(detail.message);
    expect($(el, 'textarea')).to.equal(null);
  });
});
