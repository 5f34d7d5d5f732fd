export { KithCookiePreferences } from './cookie-preferences.js';
