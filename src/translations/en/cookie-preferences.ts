import type { Message } from '../types.js';

/** The cookies page form, after the GOV.UK cookies page pattern. */
export const cookiePreferencesEn = {
  'cookiePreferences.essentialHeading': 'Essential cookies',
  'cookiePreferences.essential': 'These cookies make the service work, for example by keeping it secure. They are always on.',
  'cookiePreferences.question': 'Do you want to accept cookies for {name}?',
  'cookiePreferences.yes': 'Yes',
  'cookiePreferences.no': 'No',
  'cookiePreferences.save': 'Save cookie settings',
  'cookiePreferences.successTitle': 'Success',
  'cookiePreferences.saved': 'You’ve set your cookie preferences.',
  'cookiePreferences.notKept': 'Your browser did not let us save these settings, so they only last until you leave this page.',
  'cookiePreferences.errorTitle': 'There is a problem',
  'cookiePreferences.missing': 'Select whether you want to accept cookies for {name}',
  'cookiePreferences.errorPrefix': 'Error:',
} as const satisfies Record<string, Message>;
