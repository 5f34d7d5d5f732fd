import { expect } from '@open-wc/testing';
import { now, setClock } from '../../src/core/clock.js';
import { FIXED_NOW, dayFromFixedClock } from '../../stories/data/clock.js';
import { pinFixedClock } from '../setup/fixed-clock.js';

describe('Kith’s one clock', () => {
  afterEach(pinFixedClock);

  it('every test page starts on the fixed clock, whatever the date the suite runs on', () => {
    expect(now().toISOString()).to.equal(FIXED_NOW);
    expect(dayFromFixedClock(13)).to.equal('2026-12-05');
    expect(dayFromFixedClock(-22)).to.equal('2026-10-31');
  });

  it('takes a Date, an ISO string, epoch milliseconds or a function', () => {
    setClock(new Date('2027-03-01T00:00:00Z'));
    expect(now().toISOString()).to.equal('2027-03-01T00:00:00.000Z');
    setClock('2027-04-01T12:00:00Z');
    expect(now().toISOString()).to.equal('2027-04-01T12:00:00.000Z');
    setClock(Date.UTC(2027, 4, 1));
    expect(now().toISOString()).to.equal('2027-05-01T00:00:00.000Z');
    let tick = Date.UTC(2027, 5, 1);
    setClock(() => (tick += 1000));
    expect(now().toISOString()).to.equal('2027-06-01T00:00:01.000Z');
    expect(now().toISOString()).to.equal('2027-06-01T00:00:02.000Z');
  });

  it('a pinned moment stands still, and the answer is a copy a caller cannot move', () => {
    setClock('2027-01-01T00:00:00Z');
    const first = now();
    first.setUTCFullYear(1999);
    expect(now().toISOString()).to.equal('2027-01-01T00:00:00.000Z');
  });

  it('null gives the clock back to the device', () => {
    setClock(null);
    const before = Date.now();
    const moment = now().getTime();
    expect(moment).to.be.within(before, Date.now());
  });

  it('refuses a moment it cannot read, and keeps the clock it had', () => {
    for (const bad of ['next Tuesday', Number.NaN, new Date('not a date')]) {
      expect(() => setClock(bad), String(bad)).to.throw(TypeError, /cannot be set/);
    }
    expect(now().toISOString()).to.equal(FIXED_NOW);
  });

  it('a pinned function that throws or answers nonsense falls back to the device’s clock, never throwing', () => {
    setClock(() => {
      throw new Error('broken host clock');
    });
    expect(Math.abs(now().getTime() - Date.now())).to.be.below(1000);
    setClock(() => Number.NaN);
    expect(Math.abs(now().getTime() - Date.now())).to.be.below(1000);
  });

  it('is one clock per page: a second copy of Kith (or a page script before Kith loads) pins it through the registered symbol', () => {
    (globalThis as Record<symbol, unknown>)[Symbol.for('kith.clock')] = () => Date.UTC(2030, 0, 2);
    expect(now().toISOString()).to.equal('2030-01-02T00:00:00.000Z');
  });
});
