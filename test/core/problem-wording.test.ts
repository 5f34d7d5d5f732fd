import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { TestProbe } from '../fixtures.js';
import { problemWording } from '../../src/core/localize.js';
import type { KithErrorDetail } from '../../src/core/events.js';

/**
 * The problems' English wording is fetched the first time a problem is
 * worded (issue 22: a page whose data is fine never downloads it). A file of
 * its own: each test file runs in a fresh page, so here it has not arrived.
 */
describe('the problems’ wording, fetched on first use', () => {
  it('is not fetched while every element’s data is fine', async () => {
    const el = await fixture<TestProbe>(html`<test-probe></test-probe>`);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('1 problem was found.');
    expect(problemWording.value, 'not fetched').to.equal(undefined);
  });

  it('a first problem is reported and shown in its own words, never a placeholder: the event and updateComplete wait for them', async () => {
    const el = await fixture<TestProbe>(html`<test-probe></test-probe>`);
    const reported = oneEvent(el, 'kith-error') as Promise<CustomEvent<KithErrorDetail>>;
    el.problemsToReport = [{ code: 'not-number', path: 'score' }];
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('score should be a number.');
    expect(alert.textContent).to.contain('1 problem was found.');
    const { detail } = await reported;
    expect(detail.message).to.equal('score should be a number.');
    expect(el.problems.map((problem) => problem.message)).to.deep.equal(['score should be a number.']);
  });

  it('a code with no wording still reads as a sentence', async () => {
    const el = await fixture<TestProbe>(html`<test-probe></test-probe>`);
    el.problemsToReport = [{ code: 'no-such-problem' as 'missing', path: 'people[2]' }];
    await el.updateComplete;
    expect(el.problems[0]!.message).to.equal('There is a problem with people[2].');
  });
});
