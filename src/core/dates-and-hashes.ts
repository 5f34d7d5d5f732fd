/** `date` as `YYYY-MM-DD` in UTC, for comparing with ISO dates. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Whole days from `today` to the ISO date `day` (negative when it has passed). */
export function daysUntil(day: string, today: Date): number {
  const target = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  return Math.round((target - Date.parse(isoDay(today))) / 86_400_000);
}

/**
 * SHA-256 of text, as `sha256-<hex>`: the fingerprint a receipt or a
 * sign-off keeps of the exact words shown, so any later change is visible.
 */
export async function textHash(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `sha256-${[...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}
