// Shared by the cookie consent test files: a clean page per test, and small readers.
import { fixture } from '@open-wc/testing';
import type { KithCookieBanner } from '../src/components/cookie-banner/cookie-banner.js';

export const COOKIE = 'kith_cookie_consent';
export const shadow = (el: Element, selector: string): HTMLElement | null => el.shadowRoot!.querySelector<HTMLElement>(selector);
export const text = (el: Element | null | undefined): string => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
export const cookieNames = (): string[] => document.cookie.split(/;\s*/).filter(Boolean).map((pair) => pair.split('=')[0]!);
export const keptConsent = (): unknown => {
  const pair = document.cookie.split(/;\s*/).find((p) => p.startsWith(`${COOKIE}=`));
  return pair ? JSON.parse(decodeURIComponent(pair.slice(COOKIE.length + 1))) : null;
};

/** A fresh page: no cookies, no consent store (elements make a new one). */
export function freshPage(): void {
  for (const name of cookieNames()) document.cookie = `${name}=; Path=/; Max-Age=0`;
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('kith.consentStore')];
  delete (window as { gatedRuns?: number }).gatedRuns;
}

export async function banner(attributes = ''): Promise<KithCookieBanner> {
  const el = await fixture<KithCookieBanner>(`<kith-cookie-banner service-name="Cardiff Family Help" cookies-page="/cookies" ${attributes}></kith-cookie-banner>`);
  await el.updateComplete;
  return el;
}
