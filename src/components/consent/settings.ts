import type { KithConsentElement } from './consent-element.js';
import type { ConsentSettings } from './store.js';

/** A consent element's settings as its attributes and properties give them (documented on the element). */
export type ConsentSettingValues = Partial<
  Pick<KithConsentElement, 'policyVersion' | 'categories' | 'storage' | 'cookieName' | 'cookieDomain' | 'cookiePath' | 'cookieSameSite' | 'cookieSecure' | 'cookieDays'>
>;

/**
 * The store's settings from an element's: one translation, used by the
 * elements and by the consent runtime (which reads a banner's attributes
 * before its element is loaded), so both keep the choice in the same place.
 */
export function consentSettings(values: ConsentSettingValues): ConsentSettings {
  return {
    policyVersion: values.policyVersion,
    categories: values.categories,
    storage: values.storage,
    cookieName: values.cookieName,
    cookie: {
      domain: values.cookieDomain,
      path: values.cookiePath,
      sameSite: values.cookieSameSite,
      secure: values.cookieSecure || undefined,
      maxAgeSeconds: values.cookieDays === undefined ? undefined : Math.round(values.cookieDays * 24 * 60 * 60),
    },
  };
}
