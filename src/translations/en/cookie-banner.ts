import type { Message } from '../types.js';

/** The GOV.UK cookie banner wording, for any number of host-declared categories. */
export const cookieBannerEn = {
  'cookieBanner.heading': 'Cookies on {service}',
  'cookieBanner.essential': 'We use some essential cookies to make this service work.',
  'cookieBanner.additional': 'We’d also like to use additional cookies for {names}.',
  'cookieBanner.accept': 'Accept additional cookies',
  'cookieBanner.reject': 'Reject additional cookies',
  'cookieBanner.view': 'View cookies',
  'cookieBanner.accepted': 'You’ve accepted additional cookies. You can {link} at any time.',
  'cookieBanner.rejected': 'You’ve rejected additional cookies. You can {link} at any time.',
  'cookieBanner.changeSettings': 'change your cookie settings',
  'cookieBanner.hide': 'Hide cookie message',
  'cookieBanner.notKept': 'Your browser did not let us save this choice, so we will ask again next time.',
} as const satisfies Record<string, Message>;
