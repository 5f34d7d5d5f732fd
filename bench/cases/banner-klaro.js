// Klaro 0.7 (without its bundled CSS; the page links klaro.min.css), a notice with Accept and Decline.
import { painted, report } from './harness.js';

// Timed from before the library's code runs, as Kith's is.
const start = performance.now();
const Klaro = await import('klaro/dist/klaro-no-css.js');
Klaro.show({
  version: 1,
  elementID: 'klaro',
  storageMethod: 'cookie',
  mustConsent: false,
  acceptAll: true,
  hideDeclineAll: false,
  translations: { en: { consentNotice: { description: 'We use some essential cookies to make this service work. We’d also like to use analytics cookies.' }, purposes: { analytics: 'Analytics' } } },
  services: [{ name: 'analytics', title: 'Analytics', purposes: ['analytics'], cookies: ['_ga'] }],
});
const renderJs = performance.now() - start;
await painted();
const notice = document.querySelector('.klaro .cookie-notice, .klaro .cookie-modal');
report({ renderJs, painted: performance.now(), visible: !!notice && notice.getBoundingClientRect().height > 0 });
