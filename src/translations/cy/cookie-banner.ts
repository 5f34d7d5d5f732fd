import type { CatalogueOf } from '../types.js';
import type { cookieBannerEn } from '../en/cookie-banner.js';

export const cookieBannerCy: CatalogueOf<typeof cookieBannerEn> = {
  'cookieBanner.heading': 'Cwcis ar {service}',
  'cookieBanner.essential': 'Rydym yn defnyddio rhai cwcis hanfodol i wneud i’r gwasanaeth hwn weithio.',
  'cookieBanner.additional': 'Hoffem hefyd ddefnyddio cwcis ychwanegol ar gyfer {names}.',
  'cookieBanner.accept': 'Derbyn cwcis ychwanegol',
  'cookieBanner.reject': 'Gwrthod cwcis ychwanegol',
  'cookieBanner.view': 'Gweld cwcis',
  'cookieBanner.accepted': 'Rydych wedi derbyn cwcis ychwanegol. Gallwch {link} ar unrhyw adeg.',
  'cookieBanner.rejected': 'Rydych wedi gwrthod cwcis ychwanegol. Gallwch {link} ar unrhyw adeg.',
  'cookieBanner.changeSettings': 'newid eich gosodiadau cwcis',
  'cookieBanner.hide': 'Cuddio’r neges cwcis',
  'cookieBanner.notKept': 'Ni wnaeth eich porwr adael i ni gadw’r dewis hwn, felly byddwn yn gofyn eto y tro nesaf.',
};
