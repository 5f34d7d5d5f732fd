import type { CookieCategory } from '../../src/components/consent/model.js';

/** A council site's optional cookies, in English and Welsh. */
export const councilCategories: CookieCategory[] = [
  {
    id: 'analytics',
    name: { en: 'measuring how you use the site', cy: 'mesur sut rydych yn defnyddio’r wefan' },
    description: {
      en: 'These cookies count visits and the pages people use, so we can make the site better. They do not say who you are.',
      cy: 'Mae’r cwcis hyn yn cyfrif ymweliadau a’r tudalennau mae pobl yn eu defnyddio, er mwyn i ni wella’r wefan. Nid ydynt yn dweud pwy ydych chi.',
    },
    cookies: ['_ga*', '_gid'],
  },
  {
    id: 'functional',
    name: { en: 'videos and maps from other sites', cy: 'fideos a mapiau o wefannau eraill' },
    description: {
      en: 'Videos and maps from other sites set their own cookies when they load.',
      cy: 'Mae fideos a mapiau o wefannau eraill yn gosod eu cwcis eu hunain pan fyddant yn llwytho.',
    },
    cookies: ['embed_*'],
  },
  {
    id: 'marketing',
    name: { en: 'telling people about our services', cy: 'dweud wrth bobl am ein gwasanaethau' },
    description: {
      en: 'These cookies help us see whether our campaigns reach the people they are for.',
      cy: 'Mae’r cwcis hyn yn ein helpu i weld a yw ein hymgyrchoedd yn cyrraedd y bobl y maent ar eu cyfer.',
    },
    cookies: ['_fbp'],
  },
];

/** The banner a server writes for readers without JavaScript: a real form that posts the choice. */
export const noScriptBannerForm = `<form method="post" action="/cookies">
  <h2>Cookies on Cardiff Family Help</h2>
  <p>We use some essential cookies to make this service work.</p>
  <p>We’d also like to use analytics cookies so we can understand how you use the service and make improvements.</p>
  <button type="submit" name="cookies" value="accept">Accept analytics cookies</button>
  <button type="submit" name="cookies" value="reject">Reject analytics cookies</button>
  <a href="/cookies">View cookies</a>
</form>`;
