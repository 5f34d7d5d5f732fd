import { html, svg, type TemplateResult } from 'lit';
import type { TextContext } from '../../core/localize.js';
import type { ChangeFigure } from './figures.js';

/*
 * A change from first to latest, many people at once (distance travelled
 * per area of life; network size, paid and unpaid): per row the middle half
 * as a bar, the median as a mark, zero as a line, then the same in words
 * and as a table. A row too small to show says so instead of drawing.
 */

export interface ChangeRows {
  text: TextContext;
  /** Each row's name, in the row order of `figures`. */
  names: readonly string[];
  figures: readonly ChangeFigure[];
}

/** A signed number (+1, −0.5, 0): a change reads as one. */
export const signed = (text: TextContext, value: number): string => (value > 0 ? `+${text.number(value)}` : value < 0 ? `−${text.number(-value)}` : text.number(0));

/** How far each side of zero the rows' axis reaches: the furthest median or quartile, rounded up (at least 1). */
export function extentOf(figures: readonly ChangeFigure[]): number {
  const furthest = Math.max(1, ...figures.flatMap((row) => [row.q1, row.q3, row.median].filter((value): value is number => value !== null).map(Math.abs)));
  return Math.ceil(furthest);
}

/** Each row in words: its median and middle half, or that it is too small to show. */
export function changeSentences(c: ChangeRows): string[] {
  return c.figures.map((row, index) =>
    row.median === null
      ? c.text.t('learning.change.rowHidden', { measure: c.names[index]! })
      : c.text.t('learning.change.row', { measure: c.names[index]!, median: signed(c.text, row.median), q1: signed(c.text, row.q1!), q3: signed(c.text, row.q3!) }),
  );
}

/** A count, or “Not shown”. */
export const shownOr = (text: TextContext, value: number | null): string => (value === null ? text.t('learning.hidden') : text.number(value));

export function renderChangeRows(c: ChangeRows, part: string): TemplateResult {
  const extent = extentOf(c.figures);
  // 0–100 across the track: −extent at 0, zero at 50, +extent at 100.
  const at = (value: number): number => 50 + (value / extent) * 50;
  const sentences = changeSentences(c);
  return html`<div class="chart" part=${part}>
      <ul class="rows" aria-hidden="true">
        ${c.figures.map(
          (row, index) =>
            html`<li>
              <span class="row-name">${c.names[index]}</span>
              ${row.median === null
                ? html`<span class="row-hidden">${c.text.t('learning.hidden')}</span>`
                : html`<svg class="track" viewBox="0 0 100 12" preserveAspectRatio="none" focusable="false">
                    ${svg`<line class="zero" x1="50" x2="50" y1="0" y2="12"></line>
                    <rect class="spread" x=${at(row.q1!)} y="3" width=${Math.max(0.5, at(row.q3!) - at(row.q1!))} height="6"></rect>
                    <rect class="median" x=${at(row.median) - 0.6} y="0" width="1.2" height="12"></rect>`}
                  </svg>`}
            </li>`,
        )}
      </ul>
      <p class="axis" aria-hidden="true"><span>${signed(c.text, -extent)}</span><span>0</span><span>${signed(c.text, extent)}</span></p>
      <ul class="sentences">
        ${sentences.map((sentence) => html`<li>${sentence}</li>`)}
      </ul>
    </div>
    <details>
      <summary>${c.text.t('learning.table')}</summary>
      <table>
        <thead>
          <tr>
            ${['measure', 'people', 'median', 'middle', 'up', 'same', 'down'].map((column) => html`<th scope="col">${c.text.t(`learning.col.${column}` as 'learning.col.measure')}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${c.figures.map(
            (row, index) =>
              html`<tr>
                <th scope="row">${c.names[index]}</th>
                <td>${shownOr(c.text, row.people)}</td>
                <td>${row.median === null ? c.text.t('learning.hidden') : signed(c.text, row.median)}</td>
                <td>${row.median === null ? c.text.t('learning.hidden') : c.text.t('learning.range', { q1: signed(c.text, row.q1!), q3: signed(c.text, row.q3!) })}</td>
                ${[0, 1, 2].map((cell) => html`<td>${shownOr(c.text, row.counts?.[cell] ?? null)}</td>`)}
              </tr>`,
          )}
        </tbody>
      </table>
    </details>`;
}
