import type { CatalogueOf } from '../types.js';
import type { relationshipMapComparisonEn } from '../en/relationship-map-comparison.js';

export const relationshipMapComparisonCy: CatalogueOf<typeof relationshipMapComparisonEn> = {
  'map.compare.intro': 'O’i gymharu â {date}:',
  'map.compare.none': 'Does dim wedi newid ers {date}.',
  'map.compare.joined': { one: 'Mae 1 unigolyn wedi ymuno: {names}.', other: 'Mae {count} o bobl wedi ymuno: {names}.' },
  'map.compare.left': { one: 'Mae 1 unigolyn wedi gadael: {names}.', other: 'Mae {count} o bobl wedi gadael: {names}.' },
  'map.compare.closer': { one: 'Mae 1 unigolyn wedi symud yn nes: {names}.', other: 'Mae {count} o bobl wedi symud yn nes: {names}.' },
  'map.compare.further': { one: 'Mae 1 unigolyn wedi symud ymhellach i ffwrdd: {names}.', other: 'Mae {count} o bobl wedi symud ymhellach i ffwrdd: {names}.' },
  'map.compare.changed': { one: 'Mae 1 berthynas wedi newid: {names}.', other: 'Mae {count} perthynas wedi newid: {names}.' },
  'map.measures.caption': 'Mesurau’r rhwydwaith dros amser',
  'map.measures.measure': 'Mesur',
  'map.measures.now': 'Nawr',
  'map.measures.size': 'Pobl yn y rhwydwaith',
  'map.measures.paid': 'Yn cael eu talu i fod yno',
  'map.measures.unpaid': 'Heb eu talu',
  'map.measures.type': 'Perthnasoedd: {type}',
};
