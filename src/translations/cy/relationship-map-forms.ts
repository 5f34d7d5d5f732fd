import type { CatalogueOf } from '../types.js';
import type { relationshipMapFormsEn } from '../en/relationship-map-forms.js';

export const relationshipMapFormsCy: CatalogueOf<typeof relationshipMapFormsEn> = {
  'map.form.addTitle': 'Ychwanegu person',
  'map.form.editTitle': 'Golygu {name}',
  'map.form.name': 'Enw',
  'map.form.nameMissing': 'Rhowch enw',
  'map.form.initials': 'Blaenlythrennau (dewisol)',
  'map.form.initialsHint': 'Yn cael eu dangos yn lle’r enw pan fydd y map yn dangos blaenlythrennau yn unig.',
  'map.form.kind': 'Pwy ydyn nhw',
  'map.form.ring': 'Pa mor agos',
  'map.form.paid': 'Yn cael eu talu i fod yno',
  'map.form.notes': 'Nodiadau (dewisol)',
  'map.form.exclude': 'Peidio â’u cynnwys wrth allforio',
  'map.form.save': 'Cadw',
  'map.form.cancel': 'Canslo',
  'map.relForm.title': 'Ychwanegu cysylltiad ar gyfer {name}',
  'map.relForm.other': 'Gyda',
  'map.relForm.type': 'Sut berthynas yw hi',
  'map.relForm.direction': 'Pwy sy’n cefnogi pwy',
  'map.relForm.notSaid': 'Heb ddweud',
  'map.relForm.gives': 'Mae {name} yn eu cefnogi nhw',
  'map.relForm.receives': 'Maen nhw’n cefnogi {name}',
  'map.relForm.label': 'Label (dewisol)',
};
