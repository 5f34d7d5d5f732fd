import { define } from '../../core/define.js';
import { KithCookiePreferences } from './cookie-preferences.js';

define('kith-cookie-preferences', KithCookiePreferences);

export { KithCookiePreferences };
