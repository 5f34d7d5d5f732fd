// Distance travelled in the learning view (issue 25): people's first and
// latest readings per scale, counted as people (never as readings).
import { expect } from '@open-wc/testing';
import { changeOn, distanceTravelled } from '../src/components/learning-view/distance.js';
import type { Reading } from '../src/components/strengths-radar/model.js';

const reading = (id: string, date: string, scores: Record<string, number | null>): Reading => ({ id, date, perspective: 'person', scores });

describe('learning view: distance travelled', () => {
  it('a person’s change is their latest score less their first, in date order, skipping readings that did not score the scale', () => {
    const readings = [reading('c', '2026-09-01', { money: 7 }), reading('a', '2026-01-01', { money: 3 }), reading('b', '2026-05-01', { money: null })];
    expect(changeOn(readings, 'money')).to.equal(4);
    expect(changeOn([readings[0]!], 'money'), 'one reading: no change to speak of').to.equal(null);
    expect(changeOn(readings, 'home'), 'never scored').to.equal(null);
  });

  it('per scale: the median change, the middle half, and how many people moved up, stayed or moved down', () => {
    const person = (first: number, last: number, extra = 0) => ({
      readings: [reading('r1', '2026-01-01', { money: first }), ...Array.from({ length: extra }, (_, i) => reading(`x${i}`, `2026-0${i + 2}-01`, { money: 5 })), reading('r9', '2026-10-01', { money: last })],
    });
    const rows = distanceTravelled([person(2, 6, 4), person(3, 4), person(5, 5), person(6, 4), person(1, 8), { readings: [reading('only', '2026-01-01', { money: 3 })] }], ['money']);
    // Changes: +4, +1, 0, −2, +7 (the sixth person has one reading).
    expect(rows).to.deep.equal([{ scaleId: 'money', people: 5, median: 1, q1: 0, q3: 4, counts: [3, 1, 1] }]);
  });
});
