import { expect } from '@open-wc/testing';
import { doneAtOnce, inTasks } from '../../src/core/in-tasks.js';

/** Work of `parts` parts, each busy for `partMs`, logging each part; its result is the parts' sum. */
function* work(parts: number, partMs: number, log: string[]): Generator<void, number> {
  let sum = 0;
  for (let i = 0; i < parts; i++) {
    const until = performance.now() + partMs;
    while (performance.now() < until) {
      // busy: a part that costs this much script
    }
    log.push(`part ${i}`);
    sum += i;
    yield;
  }
  return sum;
}

describe('inTasks and doneAtOnce: work that yields between its parts', () => {
  it('in tasks: other tasks run between the parts, and the result is the one done at once', async () => {
    const log: string[] = [];
    const finished = inTasks(work(8, 6, log));
    // Queued after the work began: it runs in between, not after it all.
    setTimeout(() => log.push('another task'));
    expect(await finished).to.equal(doneAtOnce(work(8, 6, [])));
    const between = log.indexOf('another task');
    expect(between, 'another task ran between the parts').to.be.above(0);
    expect(between).to.be.below(log.length - 1);
  });

  it('at once: every part runs before any other task', async () => {
    const log: string[] = [];
    setTimeout(() => log.push('another task'));
    expect(doneAtOnce(work(4, 1, log))).to.equal(6);
    await new Promise((resolve) => setTimeout(resolve));
    expect(log).to.deep.equal(['part 0', 'part 1', 'part 2', 'part 3', 'another task']);
  });
});
