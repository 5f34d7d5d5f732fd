/**
 * One CSV cell (RFC 4180), quoted when needed. Text a spreadsheet would run
 * as a formula (starting = + - @ or a control character) gets a leading
 * apostrophe: CSV injection protection.
 */
export function csvCell(value: unknown): string {
  let text = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
