import type { ComponentStrings } from '../../translations/types.js';
import { consentEn } from '../../translations/en/consent.js';

/** Problems only consent components can have, shared by all four of them. */
export const consentStrings: ComponentStrings = { en: consentEn, cy: () => import('../../translations/cy/consent.js').then((m) => m.consentCy) };
