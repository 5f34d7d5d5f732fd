import type { CatalogueOf } from '../types.js';
import type { strengthsRadarEn } from '../en/strengths-radar.js';

/**
 * “maes” (area) is masculine: “dau faes”, “tri maes”, “chwe maes”,
 * “{count} o feysydd”; “darlleniad” (reading): “dau ddarlleniad”,
 * “{count} o ddarlleniadau”.
 */
export const strengthsRadarCy: CatalogueOf<typeof strengthsRadarEn> = {
  'radar.untitled': 'Cryfderau',
  'radar.chartLabel': 'Siart seren: {instrument}',
  'radar.legend': 'Darlleniadau',
  'radar.perspective.person': 'Y person',
  'radar.perspective.worker': 'Gweithiwr',
  'radar.perspective.parent': 'Rhiant',
  'radar.perspective.child': 'Plentyn',
  'radar.completedBy.together': 'wedi’i gwblhau ar y cyd',
  'radar.completedBy.worker': 'wedi’i gwblhau gan y gweithiwr',
  'radar.completedBy.person': 'wedi’i gwblhau gan y person',
  'radar.completedBy.retrospective': 'wedi’i gwblhau wedyn, wrth edrych yn ôl',
  'radar.readingLabel': '{perspective}, {date}',
  'radar.emphasis.first': 'cyntaf',
  'radar.emphasis.latest': 'diweddaraf',

  'radar.slider.valuetext': '{score} allan o {max}, {stage}',
  'radar.slider.valuetextNoStage': '{score} allan o {max}',
  'radar.slider.notScored': 'Heb sgôr',
  'radar.announce': 'Sgôr newydd ar gyfer {scale}: {value}.',
  'radar.editing': 'Gosod sgoriau ar gyfer: {reading}',
  'radar.instructions': 'Defnyddiwch y bysellau saeth, neu tapiwch bwynt ar linell, i osod pob sgôr. Mae Page Up a Page Down yn symud cam; mae Delete yn clirio sgôr.',

  'radar.instructionsNarrow': 'Defnyddiwch bob llithrydd, neu ei fysellau saeth, i osod y sgôr. Mae Page Up a Page Down yn symud cam; mae Delete yn clirio sgôr.',
  'radar.showTable': 'Dangos tabl data',
  'radar.hideTable': 'Cuddio’r tabl data',
  'radar.table.caption': '{instrument}: sgoriau fesul maes',
  'radar.table.area': 'Maes',
  'radar.table.notScored': 'heb sgôr',
  'radar.note': 'Nodyn: {note}',

  'radar.summary.reading': 'Darlleniad o {date}: {perspective}.',
  'radar.summary.readingCompleted': 'Darlleniad o {date}: {perspective}, {completedBy}.',
  'radar.summary.strongest': 'Cryfaf ({score} allan o {max}): {scales}.',
  'radar.summary.lowest': 'Isaf ({score} allan o {max}): {scales}.',
  'radar.summary.noScores': 'Nid oes sgôr i unrhyw faes eto.',
  'radar.summary.unscored': {
    zero: 'Mae sgôr i bob maes.',
    one: 'Nid oes sgôr i un maes.',
    two: 'Nid oes sgôr i ddau faes.',
    few: 'Nid oes sgôr i dri maes.',
    many: 'Nid oes sgôr i chwe maes.',
    other: 'Nid oes sgôr i {count} o feysydd.',
  },
  'radar.summary.noReadings': 'Nid oes darlleniadau eto.',

  'radar.change.intro': 'Newidiadau ers {date}:',
  'radar.change.up': {
    zero: 'Nid aeth unrhyw faes i fyny.',
    one: 'Aeth un maes i fyny.',
    two: 'Aeth dau faes i fyny.',
    few: 'Aeth tri maes i fyny.',
    many: 'Aeth chwe maes i fyny.',
    other: 'Aeth {count} o feysydd i fyny.',
  },
  'radar.change.down': {
    zero: 'Nid aeth unrhyw faes i lawr.',
    one: 'Aeth un maes i lawr.',
    two: 'Aeth dau faes i lawr.',
    few: 'Aeth tri maes i lawr.',
    many: 'Aeth chwe maes i lawr.',
    other: 'Aeth {count} o feysydd i lawr.',
  },
  'radar.change.same': {
    zero: 'Ni arhosodd unrhyw faes yr un fath.',
    one: 'Arhosodd un maes yr un fath.',
    two: 'Arhosodd dau faes yr un fath.',
    few: 'Arhosodd tri maes yr un fath.',
    many: 'Arhosodd chwe maes yr un fath.',
    other: 'Arhosodd {count} o feysydd yr un fath.',
  },
  'radar.change.scaleUp': '{scale}: i fyny o {from} i {to}.',
  'radar.change.scaleDown': '{scale}: i lawr o {from} i {to}.',
  'radar.change.scaleSame': '{scale}: wedi aros ar {to}.',
  'radar.change.scaleNew': '{scale}: {to}, heb sgôr o’r blaen.',
  'radar.change.scaleCleared': '{scale}: heb sgôr nawr ({from} o’r blaen).',

  'radar.agreement.summary': 'Mae’r safbwyntiau’n cytuno, o fewn 1 pwynt, ar {agree} o {total} maes.',
  'radar.agreement.differ': 'Safbwyntiau gwahanol – {scale}: {values}.',
  'radar.agreement.value': '{perspective} {score}',

  'problem.unknown-scale': 'Mae {path} yn enwi graddfa, “{id}”, nad yw yn yr offeryn.',
  'problem.unknown-reading': 'Mae {path} yn enwi darlleniad, “{id}”, nad yw yn y darlleniadau.',
};
