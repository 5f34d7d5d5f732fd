import type { CatalogueOf } from '../types.js';
import type { cookiePreferencesEn } from '../en/cookie-preferences.js';

export const cookiePreferencesCy: CatalogueOf<typeof cookiePreferencesEn> = {
  'cookiePreferences.essentialHeading': 'Cwcis hanfodol',
  'cookiePreferences.essential': 'Mae’r cwcis hyn yn gwneud i’r gwasanaeth weithio, er enghraifft drwy ei gadw’n ddiogel. Maen nhw bob amser ymlaen.',
  'cookiePreferences.question': 'Ydych chi eisiau derbyn cwcis ar gyfer {name}?',
  'cookiePreferences.yes': 'Ydw',
  'cookiePreferences.no': 'Nac ydw',
  'cookiePreferences.save': 'Cadw gosodiadau cwcis',
  'cookiePreferences.successTitle': 'Llwyddiant',
  'cookiePreferences.saved': 'Rydych wedi gosod eich dewisiadau cwcis.',
  'cookiePreferences.notKept': 'Ni wnaeth eich porwr adael i ni gadw’r gosodiadau hyn, felly dim ond nes i chi adael y dudalen hon y byddant yn para.',
  'cookiePreferences.errorTitle': 'Mae problem wedi codi',
  'cookiePreferences.missing': 'Dewiswch a ydych chi eisiau derbyn cwcis ar gyfer {name}',
  'cookiePreferences.errorPrefix': 'Gwall:',
};
