import type { CatalogueOf } from '../types.js';
import type { radarAggregateEn } from '../en/radar-aggregate.js';

export const radarAggregateCy: CatalogueOf<typeof radarAggregateEn> = {
  'radar.table.middleHalf': 'Yr hanner canol',
  'radar.table.range': '{low}–{high}',
  'radar.table.tooFew': 'Rhy ychydig o sgorau i’w dangos',
  'radar.aggregate.summary': {
    zero: 'Canolrif dim darlleniadau.',
    one: 'Canolrif un darlleniad.',
    two: 'Canolrif dau ddarlleniad.',
    few: 'Canolrif tri darlleniad.',
    many: 'Canolrif chwe darlleniad.',
    other: 'Canolrif {count} o ddarlleniadau.',
  },
  'radar.aggregate.suppressed': {
    one: 'Heb ei ddangos: mae un darlleniad, ac mae angen o leiaf {min} fel nad oes modd adnabod neb.',
    other: 'Heb ei ddangos: mae {count} o ddarlleniadau, ac mae angen o leiaf {min} fel nad oes modd adnabod neb.',
  },
  'radar.aggregate.scale': '{scale}: canolrif {median}, yr hanner canol {q1} i {q3}.',
  'radar.aggregate.scaleSuppressed': '{scale}: rhy ychydig o sgorau i’w dangos.',
  'radar.aggregate.median': 'Canolrif',
  'radar.aggregate.iqr': 'Hanner canol y sgorau (amrediad rhyngchwartel)',
};
