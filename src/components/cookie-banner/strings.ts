import { joinStrings } from '../../core/localize.js';
import { cookieBannerEn } from '../../translations/en/cookie-banner.js';
import { consentStrings } from '../consent/strings.js';

/** The banner's words (its own and the consent problems), for the element and for a page's own form. */
export const cookieBannerStrings = joinStrings({ en: cookieBannerEn, cy: () => import('../../translations/cy/cookie-banner.js').then((m) => m.cookieBannerCy) }, consentStrings);
