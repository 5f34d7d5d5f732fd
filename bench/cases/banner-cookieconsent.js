// vanilla-cookieconsent 3 (its CSS linked by the page), a bar with Accept and Reject.
import * as CookieConsent from 'vanilla-cookieconsent';
import { painted, report } from './harness.js';

const start = performance.now();
await CookieConsent.run({
  guiOptions: { consentModal: { layout: 'bar', position: 'bottom' } },
  categories: { necessary: { enabled: true, readOnly: true }, analytics: {} },
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: { title: 'Cookies on Cardiff Family Help', description: 'We use some essential cookies to make this service work. We’d also like to use analytics cookies.', acceptAllBtn: 'Accept analytics cookies', acceptNecessaryBtn: 'Reject analytics cookies' },
        preferencesModal: { title: 'Cookie settings', sections: [] },
      },
    },
  },
});
const renderJs = performance.now() - start;
await painted();
const modal = document.querySelector('#cc-main .cm');
report({ renderJs, painted: performance.now(), visible: !!modal && modal.getBoundingClientRect().height > 0 });
