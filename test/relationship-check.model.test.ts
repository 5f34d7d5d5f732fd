// The relationship check's model (issue 24): its data, its slider's keys,
// the record it makes and the prompt it gives the worker.
import { expect } from '@open-wc/testing';
import { conversationPrompt, itemTrend, makeRecord, total, validateHistory, validateInstrument, valueAfterKey, type CheckRecord } from '../src/components/relationship-check/model.js';
import { kithRelationshipCheck } from '../src/components/relationship-check/default-instrument.js';

const instrument = kithRelationshipCheck;
const codes = (problems: { code: string; path: string }[]): string[] => problems.map((problem) => `${problem.code}@${problem.path}`);

/** A check on `day` with every item at `value` (or the values given). */
function checkOn(day: string, value: number | Record<string, number | null>): CheckRecord {
  const values = typeof value === 'number' ? Object.fromEntries(instrument.items.map((item) => [item.id, value])) : value;
  return { instrumentId: instrument.id, instrumentVersion: '1', values, comment: '', time: `${day}T10:00:00Z`, completedBy: 'person' };
}

describe('relationship check model', () => {
  it('takes Kith’s own wording, and reports a bad instrument with codes and paths', () => {
    expect(codes(validateInstrument(instrument).problems)).to.deep.equal([]);
    expect(codes(validateInstrument({ ...instrument, items: instrument.items.slice(0, 1) }).problems)).to.deep.equal(['too-few@instrument.items']);
    expect(codes(validateInstrument({ ...instrument, items: [...instrument.items, ...instrument.items] }).problems)).to.deep.equal(['too-many@instrument.items']);
    expect(codes(validateInstrument({ ...instrument, items: [instrument.items[0], instrument.items[0]] }).problems)).to.deep.equal(['duplicate-id@instrument.items']);
    expect(codes(validateInstrument({ ...instrument, items: [{ ...instrument.items[0], low: '' }, instrument.items[1]] }).problems)).to.deep.equal(['not-text@instrument.items[0].low']);
    expect(codes(validateInstrument({ ...instrument, version: undefined }).problems)).to.deep.equal(['missing@instrument.version']);
    expect(codes(validateInstrument('nonsense').problems)).to.deep.equal(['not-object@instrument']);
    expect(validateInstrument('nonsense').instrument).to.equal(null);
  });

  it('reports earlier checks it cannot use: a value off the scale, an unknown helper, a bad time', () => {
    expect(codes(validateHistory([checkOn('2026-01-05', 7)]).problems)).to.deep.equal([]);
    expect(codes(validateHistory([checkOn('2026-01-05', { heard: 11 })]).problems)).to.deep.equal(['out-of-range@history[0].values.heard']);
    expect(codes(validateHistory([{ ...checkOn('2026-01-05', 7), completedBy: 'robot' }]).problems)).to.deep.equal(['not-one-of@history[0].completedBy']);
    expect(codes(validateHistory([{ ...checkOn('2026-01-05', 7), time: 'last week' }]).problems)).to.deep.equal(['invalid-date@history[0].time']);
    expect(validateHistory(undefined).history).to.deep.equal([]);
  });

  it('moves a slider as the WAI-ARIA pattern says: arrows 0.1, Page Up/Down 1, Home/End to the ends, never off the scale', () => {
    expect(valueAfterKey(7.3, 'ArrowRight')).to.equal(7.4);
    expect(valueAfterKey(7.3, 'ArrowDown')).to.equal(7.2);
    expect(valueAfterKey(7.3, 'PageUp')).to.equal(8.3);
    expect(valueAfterKey(9.6, 'PageUp')).to.equal(10);
    expect(valueAfterKey(0.05, 'ArrowLeft')).to.equal(0);
    expect(valueAfterKey(4, 'Home')).to.equal(0);
    expect(valueAfterKey(4, 'End')).to.equal(10);
    expect(valueAfterKey(null, 'ArrowUp'), 'an unanswered item starts from the middle').to.equal(5.1);
    expect(valueAfterKey(4, 'Enter')).to.equal(undefined);
  });

  it('keeps no name in anonymous mode, and the name otherwise', () => {
    const answers = { values: { heard: 8, mattered: 7.5, way: null }, comment: '  Thanks  ', completedBy: 'with-help' as const };
    const anonymous = makeRecord(instrument, answers, { time: '2026-03-02T10:00:00Z', personName: 'CANARY-Eirlys', anonymous: true });
    expect(JSON.stringify(anonymous)).to.not.contain('CANARY');
    expect(anonymous).to.deep.equal({
      instrumentId: 'kith-relationship-check',
      instrumentVersion: '1',
      values: { heard: 8, mattered: 7.5, way: null, overall: null },
      comment: 'Thanks',
      time: '2026-03-02T10:00:00Z',
      completedBy: 'with-help',
    });
    expect(makeRecord(instrument, answers, { time: '2026-03-02T10:00:00Z', personName: 'Eirlys', contactId: 'visit-9', anonymous: false })).to.include({ personName: 'Eirlys', contactId: 'visit-9' });
  });

  it('totals a check only when every item was answered', () => {
    expect(total(checkOn('2026-01-05', 7.1), instrument)).to.equal(28.4);
    expect(total(checkOn('2026-01-05', { heard: 7, mattered: 7, way: 7, overall: null }), instrument)).to.equal(null);
  });

  it('prompts the worker when the latest total is below the cut-off or fell by 2 or more, and not otherwise', () => {
    const year = [checkOn('2026-02-01', 8), checkOn('2026-01-01', 9)];
    expect(conversationPrompt(year, instrument)).to.deep.equal({ reason: 'dropped', total: 32, previous: 36 });
    // 29.3 then 27.3: a drop of exactly 2 in tenths, however the floats fall.
    const tenths = [checkOn('2026-01-01', { heard: 7.3, mattered: 7, way: 7, overall: 8 }), checkOn('2026-02-01', { heard: 5.3, mattered: 7, way: 7, overall: 8 })];
    expect(conversationPrompt(tenths, instrument)).to.deep.include({ reason: 'dropped' });
    expect(conversationPrompt([checkOn('2026-01-01', 8), checkOn('2026-02-01', 7.6)], instrument), 'a drop of 1.6').to.equal(null);
    expect(conversationPrompt([checkOn('2026-01-01', 5)], instrument, 24)).to.deep.equal({ reason: 'below-cut-off', total: 20, cutOff: 24 });
    expect(conversationPrompt([checkOn('2026-01-01', 6)], instrument, 24), 'at the cut-off').to.equal(null);
    expect(conversationPrompt([], instrument, 24)).to.equal(null);
  });

  it('draws each item over time in time order, leaving out checks that did not answer it', () => {
    const history = [checkOn('2026-03-01', 6), checkOn('2026-01-01', 8), checkOn('2026-02-01', { heard: null, mattered: 1, way: 1, overall: 1 })];
    expect(itemTrend(history, 'heard')).to.deep.equal([
      { time: '2026-01-01T10:00:00Z', value: 8 },
      { time: '2026-03-01T10:00:00Z', value: 6 },
    ]);
  });
});
