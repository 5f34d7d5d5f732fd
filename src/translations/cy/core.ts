import type { CatalogueOf } from '../types.js';
import type { coreEn } from '../en/core.js';
import type { problemsEn } from '../en/problems.js';
import type { monthsEn } from '../en/months.js';

/**
 * Plurals use every Welsh category: “problem” is feminine, hence
 * “dwy broblem” (two), “tair problem” (few = 3), “chwe phroblem” (many = 6).
 */
export const coreCy: CatalogueOf<typeof coreEn & typeof problemsEn & typeof monthsEn> = {
  'meta.languageName': 'Cymraeg',

  'list.and': '{first} a {last}',
  'list.andBeforeVowel': '{first} ac {last}',

  'error.title': 'Mae problem wedi codi',
  'error.intro': 'Nid oes modd dangos y rhan hon o’r dudalen oherwydd problem gyda’r wybodaeth a roddwyd iddi.',
  'error.count': {
    zero: 'Ni chafwyd unrhyw broblemau.',
    one: 'Cafwyd un broblem.',
    two: 'Cafwyd dwy broblem.',
    few: 'Cafwyd tair problem.',
    many: 'Cafwyd chwe phroblem.',
    other: 'Cafwyd {count} o broblemau.',
  },
  'error.where': 'Ble: {path}',

  'problem.invalid-json': 'Nid oedd modd darllen y data JSON yn {path}.',
  'problem.not-array': 'Dylai {path} fod yn rhestr.',
  'problem.not-object': 'Dylai {path} fod yn wrthrych gyda gwerthoedd wedi’u henwi.',
  'problem.missing': 'Mae {path} ar goll.',
  'problem.not-number': 'Dylai {path} fod yn rhif.',
  'problem.not-integer': 'Dylai {path} fod yn rhif cyfan.',
  'problem.out-of-range': 'Dylai {path} fod yn rhif o {min} hyd at {max}.',
  'problem.not-text': 'Dylai {path} fod yn destun, neu’n destun yn Saesneg ac yn Gymraeg.',
  'problem.too-few': {
    zero: 'Dylai {path} gynnwys {min} eitem o leiaf.',
    one: 'Dylai {path} gynnwys un eitem o leiaf.',
    two: 'Dylai {path} gynnwys dwy eitem o leiaf.',
    few: 'Dylai {path} gynnwys tair eitem o leiaf.',
    many: 'Dylai {path} gynnwys chwe eitem o leiaf.',
    other: 'Dylai {path} gynnwys {min} eitem o leiaf.',
  },
  'problem.too-many': {
    zero: 'Ni ddylai {path} gynnwys unrhyw eitem.',
    one: 'Dylai {path} gynnwys un eitem ar y mwyaf.',
    two: 'Dylai {path} gynnwys dwy eitem ar y mwyaf.',
    few: 'Dylai {path} gynnwys tair eitem ar y mwyaf.',
    many: 'Dylai {path} gynnwys chwe eitem ar y mwyaf.',
    other: 'Dylai {path} gynnwys {max} eitem ar y mwyaf.',
  },
  'problem.duplicate-id': 'Mae {path} yn defnyddio’r dynodydd “{id}” fwy nag unwaith.',
  'problem.invalid-date': 'Dylai {path} fod yn ddyddiad go iawn wedi’i ysgrifennu fel 2026-03-01.',
  'problem.not-one-of': 'Dylai {path} fod yn un o’r rhain: {options}.',
  'problem.not-id': 'Dylai {path} fod yn ddynodydd: testun heb fylchau.',
  'problem.reserved-id': 'Ni all {path} fod yn “{id}”: mae’r enw hwnnw wedi’i gadw.',
  'problem.not-json': 'Mae gan {path} werth na ellir ei gadw fel JSON.',
  'problem.unsupported-schema': 'Dylai {path} fod yn “{schema}”, fersiwn {version} neu gynharach.',
  'problem.render-failed': 'Aeth rhywbeth o’i le wrth ddangos y rhan hon o’r dudalen.',
  'problem.unknown': 'Mae problem yn y rhan hon: {path}.',

  'validation.valueMissing': 'Atebwch y cwestiwn hwn.',

  'date.month.1': 'Ionawr',
  'date.month.2': 'Chwefror',
  'date.month.3': 'Mawrth',
  'date.month.4': 'Ebrill',
  'date.month.5': 'Mai',
  'date.month.6': 'Mehefin',
  'date.month.7': 'Gorffennaf',
  'date.month.8': 'Awst',
  'date.month.9': 'Medi',
  'date.month.10': 'Hydref',
  'date.month.11': 'Tachwedd',
  'date.month.12': 'Rhagfyr',
  'date.long': '{day} {month} {year}',
};
