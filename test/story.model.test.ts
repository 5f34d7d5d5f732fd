// A person's story, signified by them (issue 25): the triad's shares (which
// must always sum to 100, by pointer or by keyboard), the host's frame, and
// what each use of the story may see.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { CORNERS, amountOf, fromPoint, isShares, moveShare, setShare, toPoint, toShares, type TriadShares } from '../src/components/story/triad.js';
import { storyForUse, usesAllowed, validateFrame, validateStory, withdrawAll, type StoryFrame, type StoryRecord } from '../src/components/story/model.js';

const codes = (problems: { code: string; path: string }[]): string[] => problems.map((problem) => `${problem.code}@${problem.path}`);
const shares = fc.tuple(fc.nat(1000), fc.nat(1000), fc.nat(1000)).map((weights) => toShares(weights));

const frame: StoryFrame = {
  id: 'what-helped',
  version: '1',
  prompt: 'Tell us about a time when things changed for you.',
  dyads: [{ id: 'agency', label: 'How did it come about?', low: 'It happened to me', high: 'I made it happen' }],
  triads: [{ id: 'difference', label: 'What made the difference?', corners: ['My own effort', 'People around me', 'A service'] }],
  tags: [
    { id: 'housing', label: 'Housing' },
    { id: 'family', label: 'Family' },
  ],
};

const story: StoryRecord = {
  id: 's1',
  frameId: 'what-helped',
  frameVersion: '1',
  title: 'Getting the flat',
  text: 'When the letter came I rang the housing office straight away.',
  voice: { role: 'person', name: 'Eirlys Morgan' },
  writtenDownBy: 'Nia Roberts',
  place: 'Grangetown',
  dyads: { agency: 70 },
  triads: { difference: [60, 30, 10] },
  tags: ['housing'],
  consent: { uses: ['worker', 'service-learning'], textHash: 'sha256-00', at: '2026-11-22T10:00:00.000Z', language: 'en' },
};

describe('story model: the triad', () => {
  it('shares are whole percentages that always sum to 100, whatever the weights', () => {
    fc.assert(fc.property(fc.tuple(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e6, noNaN: true })), (weights) => isShares(toShares(weights))));
    expect(toShares([1, 1, 1])).to.deep.equal([34, 33, 33]);
    expect(toShares([0, 0, 0]), 'nothing chosen: even').to.deep.equal([34, 33, 33]);
    expect(toShares([2, 1, 1])).to.deep.equal([50, 25, 25]);
  });

  it('moving one corner by keyboard keeps the sum at 100 and the other two in proportion', () => {
    fc.assert(
      fc.property(shares, fc.constantFrom(0, 1, 2), fc.integer({ min: -120, max: 120 }), (start, corner, delta) => {
        const moved = moveShare(start, corner as 0 | 1 | 2, delta);
        return isShares(moved) && moved[corner] === Math.min(100, Math.max(0, start[corner] + delta));
      }),
    );
    expect(moveShare([60, 30, 10], 0, 10)).to.deep.equal([70, 23, 7]);
    expect(moveShare([100, 0, 0], 0, -10), 'from a corner, the others share evenly').to.deep.equal([90, 5, 5]);
    expect(setShare([60, 30, 10], 2, 100)).to.deep.equal([0, 0, 100]);
  });

  it('a point and its shares agree: the corners are 100% each, and a point outside lands on the nearest side', () => {
    fc.assert(
      fc.property(shares, (start) => {
        const { x, y } = toPoint(start);
        const back = fromPoint(x, y);
        return back.every((share, i) => Math.abs(share - start[i]!) <= 1);
      }),
    );
    CORNERS.forEach(([x, y], i) => expect(fromPoint(x, y)[i]).to.equal(100));
    const outside: TriadShares = fromPoint(50, 120);
    expect(isShares(outside)).to.equal(true);
    expect(outside[0], 'below the base: nothing of the top corner').to.equal(0);
  });

  it('words for each share: mostly, some, a little, none', () => {
    expect([60, 30, 10, 0].map(amountOf)).to.deep.equal(['mostly', 'some', 'a-little', 'none']);
  });
});

describe('story model: frame, story and uses', () => {
  it('takes a good frame, and reports a triad without three corners and repeated ids', () => {
    expect(codes(validateFrame(frame).problems)).to.deep.equal([]);
    expect(codes(validateFrame({ ...frame, triads: [{ ...frame.triads[0]!, corners: ['a', 'b'] }] }).problems)).to.deep.equal(['too-few@frame.triads[0].corners']);
    expect(codes(validateFrame({ ...frame, tags: [frame.tags![0]!, frame.tags![0]!] }).problems)).to.deep.equal(['duplicate-id@frame.tags']);
  });

  it('takes a good story, and reports shares that do not sum to 100, a tag not in the frame and an unknown use', () => {
    expect(codes(validateStory(story, frame).problems)).to.deep.equal([]);
    expect(codes(validateStory({ ...story, triads: { difference: [60, 30, 20] } }, frame).problems)).to.deep.equal(['triad-not-shares@story.triads.difference']);
    expect(codes(validateStory({ ...story, tags: ['money'] }, frame).problems)).to.deep.equal(['not-one-of@story.tags[0]']);
    expect(codes(validateStory({ ...story, consent: { ...story.consent!, uses: ['everyone'] } }, frame).problems)).to.deep.equal(['not-one-of@story.consent.uses[0]']);
  });

  it('each use sees only what the person agreed to: no name, scribe or place in the service’s learning; nothing anywhere once withdrawn', () => {
    expect(storyForUse(story, 'worker')).to.deep.equal(story);
    const learning = JSON.stringify(storyForUse(story, 'service-learning'));
    for (const named of ['Eirlys', 'Nia', 'Grangetown']) expect(learning).to.not.contain(named);
    expect(learning).to.contain('When the letter came');
    expect(storyForUse(story, 'public'), 'not agreed').to.equal(null);
    const withdrawn = withdrawAll(story, '2026-11-23T09:00:00.000Z');
    expect(usesAllowed(withdrawn)).to.deep.equal([]);
    expect(withdrawn.consent).to.deep.include({ withdrawnAt: '2026-11-23T09:00:00.000Z', textHash: 'sha256-00' });
    for (const use of ['worker', 'service-learning', 'public'] as const) expect(storyForUse(withdrawn, use)).to.equal(null);
  });
});
