// vanilla-cookieconsent 3 (its CSS linked by the page), a bar with Accept and Reject.
import { painted, report } from './harness.js';

// Timed from before the library's code runs, as Kith's is.
const start = performance.now();
const CookieConsent = await import('vanilla-cookieconsent');
await CookieConsent.run({
  // By default it shows nothing to bots, and it counts a browser driven by
  // automation (navigator.webdriver) as one: that is why no sample showed it.
  hideFromBots: false,
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
// It shows the bar a moment after run() resolves (html.show--consent): wait until it is on screen.
const shown = () => document.documentElement.classList.contains('show--consent') && document.querySelector('#cc-main .cm')?.getBoundingClientRect().height > 0;
for (let frames = 0; !shown() && frames < 300; frames += 1) await painted();
await painted();
report({ renderJs, painted: performance.now(), visible: shown() });
