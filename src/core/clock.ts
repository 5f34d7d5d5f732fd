/**
 * Kith's one clock. Every “now” a component compares with (a review due or
 * late, a sign-off's date, a receipt's timestamp, an agreement's expiry)
 * comes from `now()`, so a host, a test or a story can pin it in one place
 * and see the same day everywhere.
 *
 * The clock lives on `globalThis` under a registered symbol, so two copies of
 * Kith on one page agree, and a page can pin it before Kith loads:
 *
 *   globalThis[Symbol.for('kith.clock')] = () => Date.parse('2026-11-22T10:00:00Z');
 *
 * Durations (typing grouped into one undo step, work sliced into tasks) are
 * not dates: they use `performance.now()` and never this clock.
 */
const CLOCK = Symbol.for('kith.clock');

/** What a clock can be: a fixed moment, or a function answering the moment (a Date or epoch milliseconds). */
export type ClockSource = Date | string | number | (() => Date | number);

type ClockHolder = { [CLOCK]?: () => Date | number };

const holder = (): ClockHolder => globalThis as ClockHolder;

/** A moment as epoch milliseconds, or NaN when it is not one. */
function toTime(value: unknown): number {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return Date.parse(value);
  return Number.NaN;
}

/**
 * Pins Kith's clock for the page: a moment (a Date, an ISO string or epoch
 * milliseconds) that stands still, or a function asked each time. `null`
 * gives the clock back to the device. A moment that cannot be read is
 * refused with a TypeError, so a mistyped date is not silently “now”.
 */
export function setClock(source: ClockSource | null): void {
  if (source === null) {
    delete holder()[CLOCK];
    return;
  }
  if (typeof source === 'function') {
    holder()[CLOCK] = source;
    return;
  }
  const time = toTime(source);
  if (!Number.isFinite(time)) throw new TypeError(`Kith's clock cannot be set to ${String(source)}: give a Date, an ISO date or epoch milliseconds.`);
  holder()[CLOCK] = () => time;
}

/**
 * The moment now, as Kith's clock tells it: the pinned clock when there is
 * one and it answers a real moment, else the device's. Never throws: a
 * pinned function that throws or answers nonsense falls back to the device.
 */
export function now(): Date {
  const pinned = holder()[CLOCK];
  if (typeof pinned === 'function') {
    try {
      const time = toTime(pinned());
      if (Number.isFinite(time)) return new Date(time);
    } catch {
      // A broken clock must not break a page: the device's clock answers.
    }
  }
  return new Date(Date.now());
}
