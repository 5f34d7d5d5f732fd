import { html, nothing, type TemplateResult } from 'lit';
import { diffMaps, type MapData, type MapDiff, type Snapshot } from './model.js';
import { describeDiff, measureRows, type MapTextContext } from './summary.js';

/**
 * What only some maps show, fetched the first time one does: the change
 * since a snapshot (`compare`), and the measures table, opened on request.
 */

/** The change since `before`: who joined, left, moved and whose relationships changed. */
export function compareWith(before: Snapshot, map: MapData): { before: Snapshot; diff: MapDiff } {
  return { before, diff: diffMaps(before, map) };
}

export { describeDiff };
export { relationshipMapComparisonEn as english } from '../../translations/en/relationship-map-comparison.js';

/** The measures table: one column per snapshot, then now. */
export function measuresTable(text: MapTextContext & { number: (value: number) => string }, snapshots: readonly { title: string; map: MapData }[], now: MapData): TemplateResult | typeof nothing {
  const columns = [...snapshots, { title: text.t('map.measures.now'), map: now }];
  const rows = measureRows(text, columns.map((column) => column.map));
  return html`<table part="measures">
    <caption>
      ${text.t('map.measures.caption')}
    </caption>
    <thead>
      <tr>
        <th scope="col">${text.t('map.measures.measure')}</th>
        ${columns.map((column) => html`<th scope="col">${column.title}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows.map((row) => html`<tr><th scope="row">${row.label}</th>${row.values.map((value) => html`<td>${text.number(value)}</td>`)}</tr>`)}
    </tbody>
  </table>`;
}
