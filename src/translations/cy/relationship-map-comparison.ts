import type { CatalogueOf } from '../types.js';
import type { relationshipMapComparisonEn } from '../en/relationship-map-comparison.js';

export const relationshipMapComparisonCy: CatalogueOf<typeof relationshipMapComparisonEn> = {
  'map.compare.intro': 'Newidiadau ers {date}:',
  'map.compare.none': 'Does dim wedi newid ers {date}.',
  'map.compare.joined': {
    zero: 'Does neb wedi ymuno.',
    one: 'Mae un person wedi ymuno: {names}.',
    two: 'Mae dau berson wedi ymuno: {names}.',
    few: 'Mae tri pherson wedi ymuno: {names}.',
    many: 'Mae chwe pherson wedi ymuno: {names}.',
    other: 'Mae {count} o bobl wedi ymuno: {names}.',
  },
  'map.compare.left': {
    zero: 'Does neb wedi gadael.',
    one: 'Mae un person wedi gadael: {names}.',
    two: 'Mae dau berson wedi gadael: {names}.',
    few: 'Mae tri pherson wedi gadael: {names}.',
    many: 'Mae chwe pherson wedi gadael: {names}.',
    other: 'Mae {count} o bobl wedi gadael: {names}.',
  },
  'map.compare.closer': {
    zero: 'Does neb wedi symud yn nes.',
    one: 'Mae un person wedi symud yn nes: {names}.',
    two: 'Mae dau berson wedi symud yn nes: {names}.',
    few: 'Mae tri pherson wedi symud yn nes: {names}.',
    many: 'Mae chwe pherson wedi symud yn nes: {names}.',
    other: 'Mae {count} o bobl wedi symud yn nes: {names}.',
  },
  'map.compare.further': {
    zero: 'Does neb wedi symud ymhellach i ffwrdd.',
    one: 'Mae un person wedi symud ymhellach i ffwrdd: {names}.',
    two: 'Mae dau berson wedi symud ymhellach i ffwrdd: {names}.',
    few: 'Mae tri pherson wedi symud ymhellach i ffwrdd: {names}.',
    many: 'Mae chwe pherson wedi symud ymhellach i ffwrdd: {names}.',
    other: 'Mae {count} o bobl wedi symud ymhellach i ffwrdd: {names}.',
  },
  'map.compare.changed': {
    zero: 'Does dim perthynas wedi newid.',
    one: 'Mae un berthynas wedi newid: {names}.',
    two: 'Mae dwy berthynas wedi newid: {names}.',
    few: 'Mae tair perthynas wedi newid: {names}.',
    many: 'Mae chwe pherthynas wedi newid: {names}.',
    other: 'Mae {count} o berthnasoedd wedi newid: {names}.',
  },
  'map.measures.caption': 'Mesurau’r rhwydwaith dros amser',
  'map.measures.measure': 'Mesur',
  'map.measures.now': 'Nawr',
  'map.measures.size': 'Pobl yn y rhwydwaith',
  'map.measures.paid': 'Yn cael eu talu i fod yno',
  'map.measures.unpaid': 'Di-dâl',
  'map.measures.type': 'Perthnasoedd: {type}',
};
