import { html, svg, type TemplateResult } from 'lit';
import type { TextContext } from '../../core/localize.js';
import type { TrendFigure } from './figures.js';
import { shownOr } from './change-view.js';

/*
 * Relationship checks month by month: the median answer (0–10) as a line,
 * broken where a month has too few people to show, then in words and as a
 * table.
 */

/** The months' medians in words: the first and the latest shown, or that none can be. */
export function trendSentence(text: TextContext, months: readonly TrendFigure[]): string {
  const shown = months.filter((month) => month.median !== null);
  if (shown.length === 0) return text.t('learning.checks.none');
  return text.t('learning.checks.summary', { first: text.number(shown[0]!.median!), last: text.number(shown.at(-1)!.median!) });
}

/** A month (`2026-03`) in words (“March 2026”), through the element's date formatting. */
export const monthName = (text: TextContext, month: string): string => text.date(`${month}-01`).replace(/^\d+\s+/, '');

/** The line's runs: consecutive months with a median, each a polyline (a hidden month breaks the line). */
function runs(months: readonly TrendFigure[]): string[] {
  const width = Math.max(1, months.length - 1);
  const lines: string[] = [];
  let current: string[] = [];
  months.forEach((month, index) => {
    if (month.median === null) {
      if (current.length > 0) lines.push(current.join(' '));
      current = [];
      return;
    }
    current.push(`${((index / width) * 100).toFixed(2)},${(40 - month.median * 4).toFixed(2)}`);
  });
  if (current.length > 0) lines.push(current.join(' '));
  return lines;
}

export function renderTrend(text: TextContext, months: readonly TrendFigure[]): TemplateResult {
  return html`<div class="chart" part="checks-chart">
      <svg class="trend" viewBox="0 -1 100 42" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        ${svg`<line class="grid" x1="0" x2="100" y1="20" y2="20"></line>`}
        ${runs(months).map((points) => (points.includes(' ') ? svg`<polyline class="line" points=${points}></polyline>` : svg`<rect class="line-dot" x=${Number(points.split(',')[0]) - 0.5} y=${Number(points.split(',')[1]) - 1} width="1" height="2"></rect>`))}
      </svg>
      <p class="axis" aria-hidden="true">
        <span>${months.length > 0 ? monthName(text, months[0]!.month) : ''}</span><span>${months.length > 1 ? monthName(text, months.at(-1)!.month) : ''}</span>
      </p>
      <p>${trendSentence(text, months)}</p>
    </div>
    <details>
      <summary>${text.t('learning.table')}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">${text.t('learning.col.month')}</th>
            <th scope="col">${text.t('learning.col.people')}</th>
            <th scope="col">${text.t('learning.col.medianAnswer')}</th>
          </tr>
        </thead>
        <tbody>
          ${months.map(
            (month) =>
              html`<tr>
                <th scope="row">${monthName(text, month.month)}</th>
                <td>${shownOr(text, month.people)}</td>
                <td>${month.median === null ? text.t('learning.hidden') : text.number(month.median)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </details>`;
}
