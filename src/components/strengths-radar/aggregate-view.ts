import { html, nothing, type TemplateResult } from 'lit';
import type { TextContext } from '../../core/localize.js';
import { aggregate, type Aggregate } from './aggregate.js';
import type { Series } from './chart.js';
import type { CheckedInstrument, Reading, Score } from './model.js';
import { scaleNames, type SummaryContext } from './summary.js';
export { radarAggregateEn as english } from '../../translations/en/radar-aggregate.js';

/*
 * The radar's aggregate mode: many people's readings as a median and a
 * middle half per area, with its words, legend and table. Fetched only by a
 * radar in `mode="aggregate"` (a commissioner's or manager's view).
 */

/** What the aggregate view needs from the element. */
export interface AggregateContext {
  text: TextContext;
  instrument: CheckedInstrument;
  readings: readonly Reading[];
  minGroupSize: number;
  instrumentName: string;
  /** Each scale's label in the element's language. */
  scaleLabels: string[];
  swatch: (style: number) => TemplateResult;
}

/** The aggregate in words: a sentence, and one line per area (or why it is not shown). */
export function describeAggregate(context: SummaryContext, instrument: CheckedInstrument, readings: readonly Reading[], minGroupSize: number): { paragraph: string[]; changes: string[]; stats: Aggregate } {
  const stats = aggregate(readings, instrument.scales, minGroupSize);
  if (stats.suppressed) {
    return { paragraph: [context.t('radar.aggregate.suppressed', { count: stats.count, min: minGroupSize })], changes: [], stats };
  }
  const changes = stats.scales.map((row) => {
    const scale = scaleNames(context, instrument, [row.scaleId]);
    return row.median === null
      ? context.t('radar.aggregate.scaleSuppressed', { scale })
      : context.t('radar.aggregate.scale', { scale, median: context.number(row.median), q1: context.number(row.q1 ?? row.median), q3: context.number(row.q3 ?? row.median) });
  });
  return { paragraph: [context.t('radar.aggregate.summary', { count: stats.count })], changes, stats };
}

/** The aggregate drawn: the median as one series, the middle half as a band; nothing when suppressed. */
export function aggregateView(c: AggregateContext): { readings: Reading[]; series: Series[]; band?: { low: Score[]; high: Score[] }; text: { paragraph: string[]; changes: string[] }; stats: Aggregate } {
  const described = describeAggregate(c.text, c.instrument, c.readings, c.minGroupSize);
  const rows = described.stats.scales;
  const median: Series = { key: 'median', scores: rows.map((r) => r.median), style: 0, weight: 'strong', directLabel: c.text.t('radar.aggregate.median') };
  return {
    readings: [],
    series: described.stats.suppressed ? [] : [median],
    band: described.stats.suppressed ? undefined : { low: rows.map((r) => r.q1), high: rows.map((r) => r.q3) },
    text: described,
    stats: described.stats,
  };
}

export function renderAggregateLegend(c: AggregateContext, stats: Aggregate): TemplateResult | typeof nothing {
  if (stats.suppressed) return nothing;
  return html`<ul part="legend" class="legend">
    <li>${c.swatch(0)}${c.text.t('radar.aggregate.median')}</li>
    <li><svg class="swatch" viewBox="0 0 36 16" aria-hidden="true"><rect class="spread" x="2" y="3" width="32" height="10"></rect></svg>${c.text.t('radar.aggregate.iqr')}</li>
  </ul>`;
}

/**
 * The aggregate's table: per area the median and middle half, never a
 * reading. Areas with too few scores say so instead (the page's own table,
 * if it gave one, is not shown: it would list every reading).
 */
export function renderAggregateTable(c: AggregateContext, stats: Aggregate): TemplateResult {
  const { t, number } = c.text;
  return html`<table>
    <caption>${t('radar.table.caption', { instrument: c.instrumentName })}</caption>
    <thead>
      <tr>
        <th scope="col">${t('radar.table.area')}</th>
        <th scope="col">${t('radar.aggregate.median')}</th>
        <th scope="col">${t('radar.table.middleHalf')}</th>
      </tr>
    </thead>
    <tbody>
      ${c.scaleLabels.map((label, i) => {
        const row = stats.scales[i]!;
        return html`<tr>
          <th scope="row">${label}</th>
          ${row.median === null
            ? html`<td colspan="2">${t('radar.table.tooFew')}</td>`
            : html`<td>${number(row.median)}</td>
                <td>${t('radar.table.range', { low: number(row.q1 ?? row.median), high: number(row.q3 ?? row.median) })}</td>`}
        </tr>`;
      })}
    </tbody>
  </table>`;
}
