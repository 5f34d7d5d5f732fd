import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { aggregate, quantileSorted } from '../src/components/strengths-radar/aggregate.js';
import {
  agreement,
  extremes,
  pointAt,
  radiusFor,
  scoreAtPoint,
  scoreChanges,
  scoreForKey,
  spokeAngle,
  validateInstrument,
  validateReadings,
  type CheckedInstrument,
  type Instrument,
  type Reading,
} from '../src/components/strengths-radar/model.js';
import { outlinePath } from '../src/components/strengths-radar/chart.js';
import { describeReading, type SummaryContext } from '../src/components/strengths-radar/summary.js';
import { familyLifeInstrument, wellbeingInstrument } from '../src/components/strengths-radar/instruments.js';
import { formatDate, loadLanguage, translate } from '../src/core/localize.js';
import { strengthsRadarCy } from '../src/translations/cy/strengths-radar.js';
import { strengthsRadarEn } from '../src/translations/en/strengths-radar.js';
import { sixMonths, threeViews } from '../stories/data/readings.js';

const wellbeing = validateInstrument(wellbeingInstrument).instrument!;
const family = validateInstrument(familyLifeInstrument).instrument!;
const frame = { inner: 10, outer: 110, range: { min: 1, max: 11 } };
const codes = (problems: { code: string; path: string }[]): string[] => problems.map((p) => `${p.code}@${p.path}`);
const reading = (scores: Record<string, number | null>, extra: Partial<Reading> = {}): Reading => ({ id: 'r', date: '2026-01-01', perspective: 'person', scores, ...extra });

// Welsh dates and shared strings arrive when first used.
before(() => loadLanguage('cy'));

function context(lang: string): SummaryContext {
  const strings = { en: strengthsRadarEn, cy: strengthsRadarCy };
  return { lang, t: (key, params) => translate(lang, key, params, undefined, strings), date: (iso) => formatDate(lang, iso), number: String };
}

describe('radar model: geometry', () => {
  it('maps the lowest score to the inner ring and the highest to the outer', () => {
    expect(radiusFor(1, frame)).to.equal(10);
    expect(radiusFor(11, frame)).to.equal(110);
    expect(radiusFor(6, frame)).to.equal(60);
    expect(radiusFor(99, frame)).to.equal(110);
  });

  it('puts the first spoke at 12 o’clock and goes clockwise', () => {
    const [x0, y0] = pointAt(spokeAngle(0, 4), 100);
    const [x1, y1] = pointAt(spokeAngle(1, 4), 100);
    expect([Math.round(x0), Math.round(y0)]).to.deep.equal([0, -100]);
    expect([Math.round(x1), Math.round(y1) + 0]).to.deep.equal([100, 0]);
  });

  it('turns any point on a spoke back into the score drawn there', () => {
    for (let spoke = 0; spoke < 7; spoke += 1) {
      for (let score = 1; score <= 11; score += 1) {
        const [x, y] = pointAt(spokeAngle(spoke, 7), radiusFor(score, frame));
        expect(scoreAtPoint(x + 0.3, y - 0.3, spokeAngle(spoke, 7), frame)).to.equal(score);
      }
    }
    expect(scoreAtPoint(0, 0, 0, frame)).to.equal(1);
    expect(scoreAtPoint(0, -500, 0, frame)).to.equal(11);
  });

  it('closes a complete outline and leaves a gap for an unscored scale', () => {
    const closed = outlinePath([5, 6, 7, 8], frame);
    expect(closed.endsWith('Z')).to.equal(true);
    const gapped = outlinePath([5, null, 7, 8], frame);
    expect(gapped).to.not.contain('Z');
    expect(gapped.match(/[ML]/g)).to.have.length(3);
  });
});

describe('radar model: derived values', () => {
  it('reports change per scale, with not-scored as no change value', () => {
    const changes = scoreChanges(reading({ a: 3, b: 5, c: null }), reading({ a: 5, b: 5, c: 4 }), [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }, { id: 'c', label: 'C' }]);
    expect(changes.map((c) => c.delta)).to.deep.equal([2, 0, null]);
  });

  it('finds the strongest and lowest scales, keeping ties together', () => {
    const scales = [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }, { id: 'c', label: 'C' }];
    const { strongest, lowest } = extremes(reading({ a: 8, b: 8, c: 2 }), scales);
    expect(strongest).to.deep.equal({ score: 8, scaleIds: ['a', 'b'] });
    expect(lowest).to.deep.equal({ score: 2, scaleIds: ['c'] });
    expect(extremes(reading({ a: null }), scales).strongest).to.equal(null);
  });

  it('counts agreement when perspectives are within one point', () => {
    const rows = agreement(threeViews, wellbeing.scales);
    const money = rows.find((r) => r.scaleId === 'money')!;
    expect(money.spread).to.equal(2);
    expect(money.agree).to.equal(false);
    const home = rows.find((r) => r.scaleId === 'home')!;
    expect([home.spread, home.agree]).to.deep.equal([1, true]);
  });

  it('interpolates quantiles between ranks, as d3 and spreadsheets do', () => {
    expect(quantileSorted([1, 2, 3, 4], 0.25)).to.equal(1.75);
    expect(quantileSorted([1, 2, 3, 4], 0.5)).to.equal(2.5);
    expect(quantileSorted([7], 0.75)).to.equal(7);
    expect(quantileSorted([], 0.5)).to.equal(null);
  });

  it('gives the median and interquartile range, and suppresses small groups', () => {
    const scales = [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }, { id: 'c', label: 'C' }];
    const readings = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((v, i) => reading({ a: v, b: i < 4 ? 5 : null }, { id: `r${i}` }));
    const stats = aggregate(readings, scales, 5);
    const a = stats.scales[0]!;
    expect([a.n, a.median, a.q1, a.q3]).to.deep.equal([9, 5, 3, 7]);
    expect(stats.scales[1]!.median, 'only 4 scores for b').to.equal(null);
    expect(aggregate(readings.slice(0, 4), scales, 5).suppressed).to.equal(true);
  });
});

describe('radar model: keys', () => {
  const at = (key: string, current: number | null, dir: 'ltr' | 'rtl' = 'ltr') => scoreForKey(key, current, wellbeing, dir);

  it('moves by one with the arrows, mirrored right to left', () => {
    expect([at('ArrowUp', 5), at('ArrowRight', 5), at('ArrowDown', 5), at('ArrowLeft', 5)]).to.deep.equal([6, 6, 4, 4]);
    expect([at('ArrowRight', 5, 'rtl'), at('ArrowLeft', 5, 'rtl')]).to.deep.equal([4, 6]);
    expect([at('ArrowUp', 10), at('ArrowDown', 1)]).to.deep.equal([10, 1]);
  });

  it('moves a stage with Page Up and Page Down, goes to the ends with Home and End, clears with Delete', () => {
    expect(at('PageUp', 4)).to.equal(5);
    expect(at('PageUp', 9)).to.equal(10);
    expect(at('PageDown', 6)).to.equal(5);
    expect(at('PageDown', 5)).to.equal(3);
    expect(at('PageDown', 1)).to.equal(1);
    expect([at('Home', 6), at('End', 6), at('Delete', 6), at('Backspace', 6)]).to.deep.equal([1, 10, null, null]);
    expect(at('a', 6)).to.equal(undefined);
    expect(at('ArrowUp', null)).to.equal(1);
  });

  it('without stages, Page Up and Down move a fifth of the range', () => {
    const plain = { ...wellbeing, stages: undefined } as CheckedInstrument;
    expect(scoreForKey('PageUp', 5, plain)).to.equal(7);
  });
});

describe('radar model: validation', () => {
  it('accepts both shipped instruments and their example readings', () => {
    expect(validateInstrument(wellbeingInstrument).problems).to.deep.equal([]);
    expect(validateInstrument(familyLifeInstrument).problems).to.deep.equal([]);
    expect(validateReadings(sixMonths, wellbeing).problems).to.deep.equal([]);
    expect(family.range).to.deep.equal({ min: 1, max: 5 });
  });

  it('names each problem with a code and a path', () => {
    expect(codes(validateInstrument({ scales: wellbeingInstrument.scales.slice(0, 2) }).problems)).to.deep.equal(['too-few@instrument.scales']);
    expect(codes(validateInstrument({ scales: [{ id: 'a', label: 'A' }, { id: 'a', label: 'B' }, { id: 'c' }] }).problems)).to.deep.equal([
      'missing@instrument.scales[2].label',
      'duplicate-id@instrument.scales',
    ]);
    expect(codes(validateInstrument({ ...wellbeingInstrument, range: { min: 5, max: 5 } }).problems)).to.deep.equal(['out-of-range@instrument.range.max']);
    expect(codes(validateInstrument('wellbeing').problems)).to.deep.equal(['not-object@instrument']);
    const bad = validateReadings(
      [{ id: 'x', date: '2026-02-30', perspective: '', completedBy: 'robot', scores: { money: 14, feelings: Number.NaN, home: '5', nope: 3 }, notes: { money: 5 } }],
      wellbeing,
    );
    expect(codes(bad.problems)).to.deep.equal([
      'invalid-date@readings[0].date',
      'not-text@readings[0].perspective',
      'not-one-of@readings[0].completedBy',
      'out-of-range@readings[0].scores.money',
      'not-number@readings[0].scores.feelings',
      'not-number@readings[0].scores.home',
      'unknown-scale@readings[0].scores.nope',
      'not-text@readings[0].notes.money',
    ]);
    expect(codes(validateReadings([...sixMonths, sixMonths[0]], wellbeing).problems)).to.deep.equal(['duplicate-id@readings']);
    expect(codes(validateReadings(new Array(10000).fill(sixMonths[0]), wellbeing).problems)).to.deep.equal(['too-many@readings']);
  });
});

describe('radar model: properties over random input (fast-check)', () => {
  const text = fc.oneof(fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''), fc.record({ en: fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''), cy: fc.string() }));
  const instrumentArb = fc
    .record({
      min: fc.integer({ min: -5, max: 5 }),
      span: fc.integer({ min: 1, max: 20 }),
      ids: fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/), { minLength: 3, maxLength: 16 }),
      label: text,
    })
    .map(({ min, span, ids, label }): Instrument => ({ range: { min, max: min + span }, scales: ids.map((id) => ({ id, label })) }));

  it('valid instruments and readings give no problems, and their summary never throws', () => {
    fc.assert(
      fc.property(instrumentArb, fc.integer({ min: 0, max: 5 }), fc.integer(), (instrument, count, seed) => {
        const checked = validateInstrument(instrument);
        expect(checked.problems).to.deep.equal([]);
        const { min, max } = checked.instrument!.range;
        const readings = Array.from({ length: count }, (_, i): Reading => ({
          id: `r${i}`,
          date: `2026-01-${String((i % 28) + 1).padStart(2, '0')}`,
          perspective: 'person',
          scores: Object.fromEntries(instrument.scales.map((s, j) => [s.id, (seed + i + j) % 4 === 0 ? null : min + (Math.abs(seed + i * j) % (max - min + 1))])),
        }));
        expect(validateReadings(readings, checked.instrument!).problems).to.deep.equal([]);
        if (readings.length > 1) describeReading(context('cy'), checked.instrument!, readings[1]!, readings[0]);
      }),
      { numRuns: 150 },
    );
  });

  it('anything at all never throws, and anything invalid gives at least one problem', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (instrument, readings) => {
        const checked = validateInstrument(instrument);
        expect(checked.instrument === null).to.equal(checked.problems.length > 0);
        if (checked.instrument) {
          const result = validateReadings(readings, checked.instrument);
          expect(result.readings === null).to.equal(result.problems.length > 0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a valid reading with one score pushed out of range is always caught', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9 }), fc.oneof(fc.integer({ min: 11, max: 1e6 }), fc.integer({ min: -1e6, max: 0 }), fc.constant(Number.NaN), fc.constant(2.5)), (index, bad) => {
        const scaleId = wellbeing.scales[index]!.id;
        const broken = { ...sixMonths[0]!, scores: { ...sixMonths[0]!.scores, [scaleId]: bad } };
        const problems = validateReadings([broken], wellbeing).problems;
        expect(problems.map((p) => p.path)).to.deep.equal([`readings[0].scores.${scaleId}`]);
      }),
    );
  });
});

describe('radar summary text', () => {
  it('describes a reading and its change in English', () => {
    const text = describeReading(context('en'), wellbeing, sixMonths[5]!, sixMonths[4]);
    expect(text.paragraph.join(' ')).to.equal(
      'Reading from 15 June 2026: Person, completed together. Strongest (8 of 10): Feeling safe. Lowest (4 of 10): Learning and work. ' +
        'Compared with 15 May 2026: 9 areas went up. No area went down. 1 area stayed the same.',
    );
    expect(text.changes[0]).to.equal('Physical health: up from 6 to 7.');
    expect(text.changes).to.include('People around me: stayed at 7.');
  });

  it('describes the same in Welsh, with Welsh plurals', () => {
    const text = describeReading(context('cy'), wellbeing, sixMonths[5]!, sixMonths[4]);
    expect(text.paragraph.join(' ')).to.equal(
      'Darlleniad o 15 Mehefin 2026: Y person, wedi’i gwblhau ar y cyd. Cryfaf (8 allan o 10): Teimlo’n ddiogel. Isaf (4 allan o 10): Dysgu a gwaith. ' +
        'Newidiadau ers 15 Mai 2026: Aeth 9 o feysydd i fyny. Nid aeth unrhyw faes i lawr. Arhosodd un maes yr un fath.',
    );
    expect(text.changes[0]).to.equal('Iechyd corfforol: i fyny o 6 i 7.');
  });

  it('says how many areas are unscored', () => {
    const partial = { ...sixMonths[0]!, scores: { ...sixMonths[0]!.scores, money: null, home: null } };
    expect(describeReading(context('cy'), wellbeing, partial).paragraph).to.include('Nid oes sgôr i ddau faes.');
    expect(describeReading(context('en'), wellbeing, partial).paragraph).to.include('2 areas are not scored.');
  });
});
