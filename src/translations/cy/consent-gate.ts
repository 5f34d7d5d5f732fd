import type { CatalogueOf } from '../types.js';
import type { consentGateEn } from '../en/consent-gate.js';

export const consentGateCy: CatalogueOf<typeof consentGateEn> = {
  'consentGate.message': 'Byddai’r cynnwys hwn yn gosod cwcis ar gyfer {name}, felly mae wedi’i guddio nes i chi eu derbyn.',
  'consentGate.accept': 'Derbyn cwcis ar gyfer {name} i weld hwn',
  'consentGate.settings': 'Newid eich gosodiadau cwcis',
};
