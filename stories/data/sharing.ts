import { FIXED_NOW } from './clock.js';
import type { ConsentReceipt, SharingConfig } from '../../src/components/sharing-agreement/model.js';

/** A review date six months ahead of the fixed clock, so the examples never expire. */
export function sixMonthsAhead(from = new Date(FIXED_NOW)): string {
  const date = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 6, 1));
  return date.toISOString().slice(0, 10);
}

/** An early-help family: a parent, and Jade (13) deciding about her own information. */
export const earlyHelpFamily = (): SharingConfig => ({
  subject: { name: 'Jade Evans' },
  agencies: [
    {
      id: 'school',
      name: { en: 'Ysgol Glan Taf', cy: 'Ysgol Glan Taf' },
      description: { en: 'Jade’s school. Her head of year helps with attendance.', cy: 'Ysgol Jade. Mae ei phennaeth blwyddyn yn helpu gyda phresenoldeb.' },
    },
    {
      id: 'health',
      name: { en: 'School nursing team', cy: 'Tîm nyrsio ysgolion' },
      description: { en: 'Nurses who help young people with health and feelings.', cy: 'Nyrsys sy’n helpu pobl ifanc gydag iechyd a theimladau.' },
    },
    {
      id: 'housing',
      name: { en: 'Council housing team', cy: 'Tîm tai’r cyngor' },
      description: { en: 'They can help the family move to a bigger home.', cy: 'Gallant helpu’r teulu i symud i gartref mwy.' },
    },
  ],
  information: [
    { id: 'health', label: { en: 'health', cy: 'iechyd' } },
    { id: 'school', label: { en: 'school and attendance', cy: 'ysgol a phresenoldeb' } },
    { id: 'home', label: { en: 'home and housing', cy: 'cartref a thai' } },
    { id: 'police', label: { en: 'contact with the police', cy: 'cysylltiad â’r heddlu' } },
  ],
  purposes: [
    { id: 'plan', label: { en: 'plan help together', cy: 'cynllunio help ar y cyd' } },
    { id: 'refer', label: { en: 'make a referral', cy: 'gwneud atgyfeiriad' } },
  ],
  reviewOn: sixMonthsAhead(),
  policyVersion: 'early-help-2026-1',
});

/** Sharing where the lawful basis is not consent: the family is told, not asked. */
export const safeguardingNotice = (): SharingConfig => ({
  ...earlyHelpFamily(),
  lawfulBasis: {
    en: 'we have a legal duty to work together to keep children safe (Children Act 2004, section 11).',
    cy: 'mae gennym ddyletswydd gyfreithiol i gydweithio i gadw plant yn ddiogel (Deddf Plant 2004, adran 11).',
  },
});

/** A receipt Jade's family kept from an earlier visit, choosing `choices` (for the elements that read one: the team around her). */
export function keptReceipt(choices: ConsentReceipt['choices'], extra: Partial<ConsentReceipt> = {}): ConsentReceipt {
  return {
    id: 'r1',
    schemaVersion: 1,
    mode: 'consent',
    subject: { name: 'Jade Evans' },
    agreedBy: { role: 'young-person', name: 'Jade Evans' },
    method: 'online',
    timestamp: '2026-11-01T10:00:00Z',
    policyVersion: '1',
    language: 'en',
    textHash: 'sha256-00',
    choices,
    exclusions: '',
    expiresOn: sixMonthsAhead(),
    ...extra,
  };
}

/** Jade's receipt from her last visit: her school may see school and attendance, the nursing team her health, both to plan help together; housing was not agreed. */
export const jadesReceipt = (): ConsentReceipt =>
  keptReceipt({ school: { information: ['school'], purposes: ['plan'] }, health: { information: ['health'], purposes: ['plan'] } });
