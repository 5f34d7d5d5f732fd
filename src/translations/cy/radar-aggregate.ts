import type { CatalogueOf } from '../types.js';
import type { radarAggregateEn } from '../en/radar-aggregate.js';

export const radarAggregateCy: CatalogueOf<typeof radarAggregateEn> = {
  'radar.table.middleHalf': 'Yr hanner canol',
  'radar.table.range': '{low}–{high}',
  'radar.table.tooFew': 'Rhy ychydig o sgoriau i’w dangos',
  'radar.aggregate.summary': {
    zero: 'Dim darlleniadau.',
    one: 'Canolrif un darlleniad.',
    two: 'Canolrif dau ddarlleniad.',
    few: 'Canolrif tri darlleniad.',
    many: 'Canolrif chwe darlleniad.',
    other: 'Canolrif {count} o ddarlleniadau.',
  },
  'radar.aggregate.suppressed': {
    zero: 'Heb ei ddangos: does dim darlleniadau, ac mae angen {min} o leiaf fel nad oes modd adnabod neb.',
    one: 'Heb ei ddangos: mae un darlleniad, ac mae angen {min} o leiaf fel nad oes modd adnabod neb.',
    two: 'Heb ei ddangos: mae dau ddarlleniad, ac mae angen {min} o leiaf fel nad oes modd adnabod neb.',
    few: 'Heb ei ddangos: mae tri darlleniad, ac mae angen {min} o leiaf fel nad oes modd adnabod neb.',
    many: 'Heb ei ddangos: mae chwe darlleniad, ac mae angen {min} o leiaf fel nad oes modd adnabod neb.',
    other: 'Heb ei ddangos: mae {count} o ddarlleniadau, ac mae angen {min} o leiaf fel nad oes modd adnabod neb.',
  },
  'radar.aggregate.scale': '{scale}: canolrif {median}, yr hanner canol {q1} i {q3}.',
  'radar.aggregate.scaleSuppressed': '{scale}: rhy ychydig o sgoriau i’w dangos.',
  'radar.aggregate.median': 'Canolrif',
  'radar.aggregate.iqr': 'Hanner canol y sgoriau (amrediad rhyngchwartel)',
};
