import type { CatalogueOf } from '../types.js';
import type { consentEn } from '../en/consent.js';

/** Problems only consent components can have: shared by the cookie banner, preferences, gate and sharing agreement. */
export const consentCy: CatalogueOf<typeof consentEn> = {
  'problem.reserved-category': 'Ni all {path} fod yn “{id}”: mae cwcis hanfodol bob amser ymlaen ac nid ydynt yn ddewis.',
  'problem.unknown-category': 'Mae {path} yn enwi categori cwcis, “{id}”, nad yw wedi’i ddatgan.',
  'problem.date-passed': 'Mae {path} yn ddyddiad sydd eisoes wedi mynd heibio.',
  'problem.storage-failed': 'Nid oedd {path} yn gallu cadw’r dewis: gwrthododd y porwr neu’r storfa ef. Mae’n berthnasol nes gadael y dudalen.',
  'problem.unsafe-url': 'Dylai {path} fod yn gyfeiriad gwe ar y wefan hon neu’n dechrau gyda https://, nid “{value}”.',
};
