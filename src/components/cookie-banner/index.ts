export { KithCookieBanner, type BannerPhase } from './cookie-banner.js';
export { KithConsentElement } from '../consent/consent-element.js';
export * from '../consent/model.js';
export * from '../consent/store.js';
