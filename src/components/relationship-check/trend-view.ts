import { html, svg, nothing, type TemplateResult } from 'lit';
import { localText } from '../../core/validation.js';
import type { TranslationKey } from '../../translations/en.js';
import type { Params } from '../../core/localize.js';
import { HIGHEST, LOWEST, inTimeOrder, itemTrend, type CheckInstrument, type CheckRecord } from './model.js';
export { relationshipCheckTrendsEn as english } from '../../translations/en/relationship-check-trends.js';

/*
 * Earlier checks, one small line per item (small multiples on one scale,
 * so they compare at a glance), each named by a sentence, with the same
 * numbers as a table for anyone who prefers one. A chunk of its own, with
 * its words: only the worker's view with earlier checks draws it.
 */

export interface TrendText {
  lang: string;
  t(key: TranslationKey, params?: Params): string;
  number(value: number): string;
  date(iso: string): string;
}

const WIDTH = 160;
const HEIGHT = 40;
const PAD = 4;

/** The points of one item's line, oldest on the left; 10 at the top. */
function points(values: readonly number[]): [number, number][] {
  const step = values.length > 1 ? (WIDTH - 2 * PAD) / (values.length - 1) : 0;
  return values.map((value, index) => [PAD + index * step, PAD + ((HIGHEST - value) / (HIGHEST - LOWEST)) * (HEIGHT - 2 * PAD)]);
}

function sparkline(values: readonly number[]): TemplateResult {
  const at = points(values);
  const last = at.at(-1);
  return html`<svg class="spark" viewBox="0 0 ${WIDTH} ${HEIGHT}" width=${WIDTH} height=${HEIGHT} aria-hidden="true" focusable="false">
    <line class="baseline" x1=${PAD} x2=${WIDTH - PAD} y1=${HEIGHT - PAD} y2=${HEIGHT - PAD}></line>
    ${at.length > 1 ? svg`<polyline class="line" points=${at.map(([x, y]) => `${x},${y}`).join(' ')}></polyline>` : nothing}
    ${last ? svg`<circle class="latest" cx=${last[0]} cy=${last[1]} r="3"></circle>` : nothing}
  </svg>`;
}

export function renderTrends(c: TrendText, instrument: CheckInstrument, history: readonly CheckRecord[]): TemplateResult {
  const ordered = inTimeOrder(history);
  const cell = (value: number | null | undefined): string => (typeof value === 'number' ? c.number(value) : '–');
  return html`<section class="trends" part="trends" aria-labelledby="trends-title">
    <h3 id="trends-title">${c.t('check.trend.heading')}</h3>
    <p class="hint">${c.t('check.trend.count', { count: ordered.length })}</p>
    <ul class="multiples">
      ${instrument.items.map((item) => {
        const trend = itemTrend(ordered, item.id).map((point) => point.value);
        const label = localText(item.label, c.lang);
        const first = trend[0];
        const latest = trend.at(-1);
        return html`<li>
          <span class="item-label">${label}</span>
          ${sparkline(trend)}
          <span class="visually-hidden">${first === undefined || latest === undefined ? c.t('check.skipped', { item: label }) : c.t('check.trend.item', { item: label, first: c.number(first), latest: c.number(latest) })}</span>
        </li>`;
      })}
    </ul>
    <details>
      <summary>${c.t('check.trend.table')}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">${c.t('check.trend.date')}</th>
            ${instrument.items.map((item) => html`<th scope="col">${localText(item.label, c.lang)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${ordered.map(
            (record) => html`<tr>
              <th scope="row">${c.date(record.time)}</th>
              ${instrument.items.map((item) => html`<td>${cell(record.values[item.id])}</td>`)}
            </tr>`,
          )}
        </tbody>
      </table>
    </details>
  </section>`;
}
