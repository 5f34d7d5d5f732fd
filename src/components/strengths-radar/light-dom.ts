import type { Instrument, Reading } from './model.js';

/**
 * Reads radar data from the table a page shows without JavaScript:
 *
 *   <table data-min="1" data-max="10">
 *     <caption>Wellbeing</caption>
 *     <thead><tr><th>Area</th>
 *       <th data-reading-id="r1" data-date="2026-03-01" data-perspective="person" data-completed-by="together">1 March</th>
 *     </tr></thead>
 *     <tbody><tr data-scale-id="money"><th>Money</th><td>3</td></tr>…</tbody>
 *   </table>
 *
 * Scale ids default to the row header text, reading ids to `reading-<n>`.
 * A cell that is empty or says anything other than a number is not scored;
 * the model then validates the result like any other input.
 */
export function readTable(table: HTMLTableElement): { instrument: Instrument; readings: Reading[] } {
  const columns = [...table.querySelectorAll<HTMLTableCellElement>('thead th')].slice(1);
  const rows = [...table.querySelectorAll<HTMLTableRowElement>('tbody tr')];
  const number = (value: string | undefined): number | undefined => (value === undefined || value.trim() === '' ? undefined : Number(value));

  const scales = rows.map((row) => {
    const label = row.querySelector('th')?.textContent?.trim() ?? '';
    return { id: row.dataset['scaleId'] ?? label.toLowerCase().replace(/\s+/g, '-'), label };
  });
  const readings = columns.map((cell, column) => {
    const scores: Record<string, number | null> = {};
    rows.forEach((row, index) => {
      const text = row.querySelectorAll('td')[column]?.textContent?.trim() ?? '';
      const value = text === '' ? null : Number(text);
      scores[scales[index]!.id] = value === null || Number.isNaN(value) ? null : value;
    });
    const reading: Reading = {
      id: cell.dataset['readingId'] ?? `reading-${column + 1}`,
      date: cell.dataset['date'] ?? '',
      perspective: cell.dataset['perspective'] ?? 'person',
      scores,
    };
    if (cell.dataset['completedBy']) reading.completedBy = cell.dataset['completedBy'] as Reading['completedBy'];
    return reading;
  });
  const min = number(table.dataset['min']);
  const max = number(table.dataset['max']);
  const name = table.querySelector('caption')?.textContent?.trim();
  const instrument: Instrument = { scales, ...(name ? { name } : {}) };
  if (min !== undefined || max !== undefined) instrument.range = { min: min ?? 1, max: max ?? 10 };
  return { instrument, readings };
}
