/**
 * The fixed clock every story, test and server-rendering case runs on, so a
 * review written as “due in 13 days” stays due in 13 days whatever the date.
 * Storybook pins Kith's clock to it (.storybook/preview.ts; the toolbar's
 * “Clock” can switch to the device's), the test pages pin it before any test
 * loads (test/setup/fixed-clock.ts), and so does the SSR suite.
 *
 * Write a date whose meaning depends on “today” with `dayFromFixedClock`,
 * never as a literal, so moving this constant keeps every story's state.
 */
export const FIXED_NOW = '2026-11-22T10:00:00.000Z';

/** The ISO day `days` after (or, negative, before) the fixed clock's day. */
export function dayFromFixedClock(days: number): string {
  const day = new Date(FIXED_NOW);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** The moment `days` after (or before) the fixed clock, as an ISO timestamp. */
export function momentFromFixedClock(days: number): string {
  return new Date(Date.parse(FIXED_NOW) + days * 86_400_000).toISOString();
}
