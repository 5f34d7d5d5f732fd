import { define } from '../../core/define.js';
import { KithCookieBanner } from './cookie-banner.js';

define('kith-cookie-banner', KithCookieBanner);

export { KithCookieBanner };
