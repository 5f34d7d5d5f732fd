import { expect, fixture, html, oneEvent, elementUpdated } from '@open-wc/testing';
import { TestProbe } from '../fixtures.js';
import { loadLanguage, registerTranslation } from '../../src/core/localize.js';
import type { KithErrorDetail } from '../../src/core/events.js';

const text = (el: TestProbe): string => el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('KithElement', () => {
  // First in the file, so no earlier test has adopted the default theme yet.
  it('does not touch the document until connected (safe for server rendering), then adopts the default theme', async () => {
    const before = document.adoptedStyleSheets.length;
    const el = new TestProbe();
    expect(el.shadowRoot === null, 'no shadow root before connecting').to.equal(true);
    expect(el.renders).to.equal(0);
    expect(document.adoptedStyleSheets.length).to.equal(before);
    document.body.append(el);
    await el.updateComplete;
    expect(document.adoptedStyleSheets.length).to.equal(before + 1);
    el.remove();
  });

  it('follows lang from the nearest ancestor and re-renders when it changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy-GB"><test-probe count="2"></test-probe></div>`);
    const el = wrapper.querySelector('test-probe')!;
    await el.updateComplete;
    expect(el.lang_).to.equal('cy');
    expect(text(el)).to.equal('Cafwyd dwy broblem.');

    wrapper.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(el.lang_).to.equal('en');
    expect(text(el)).to.equal('2 problems were found.');
  });

  it('waits for a language fetched on first use, so its first picture is already in that language', async () => {
    let release!: () => void;
    const arrived = new Promise<void>((resolve) => (release = resolve));
    registerTranslation('xx', () => arrived.then(() => ({ 'error.count': { one: 'Un xx.', other: '{count} xx.' } })));
    const el = document.createElement('test-probe') as TestProbe;
    el.lang = 'xx';
    document.body.append(el);
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Nothing shown (and no English) while the catalogue is on its way.
    expect(el.renders).to.equal(0);
    expect(text(el)).to.equal('');
    release();
    await el.updateComplete;
    expect(text(el)).to.equal('Un xx.');
    el.remove();
  });

  it('shows English when a language’s catalogue cannot be fetched, and does not ask again', async () => {
    let asked = 0;
    registerTranslation('yy', () => {
      asked += 1;
      return Promise.reject(new Error('offline'));
    });
    const el = await fixture<TestProbe>(html`<test-probe lang="yy" count="3"></test-probe>`);
    expect(text(el)).to.equal('3 problems were found.');
    el.count = 4;
    await el.updateComplete;
    expect(text(el)).to.equal('4 problems were found.');
    expect(asked).to.equal(1);
  });

  it('lets its own lang win over an ancestor, and unknown languages fall back to English', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><test-probe lang="cy"></test-probe><test-probe lang="fr"></test-probe></div>`);
    const [welsh, french] = [...wrapper.querySelectorAll('test-probe')];
    await welsh!.updateComplete;
    expect(welsh!.say('error.title')).to.equal('Mae problem wedi codi');
    expect(french!.say('error.title')).to.equal('There is a problem');
  });

  it('finds lang across a shadow root', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="cy"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const probe = document.createElement('test-probe');
    root.append(probe);
    await probe.updateComplete;
    expect(probe.lang_).to.equal('cy');
  });

  it('resolves dir, including dir="auto" on an ancestor of right-to-left text', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl"><test-probe></test-probe></div>`);
    const el = wrapper.querySelector('test-probe')!;
    await el.updateComplete;
    expect(el.dir_).to.equal('rtl');
    wrapper.setAttribute('dir', 'ltr');
    await new Promise((resolve) => setTimeout(resolve));
    expect(el.dir_).to.equal('ltr');

    const auto = await fixture<HTMLDivElement>(html`<div dir="auto">שלום <test-probe></test-probe></div>`);
    expect(auto.querySelector('test-probe')!.dir_).to.equal('rtl');
  });

  it('applies per-instance wording overrides for the current language only', async () => {
    const el = await fixture<TestProbe>(html`<test-probe lang="cy"></test-probe>`);
    el.translations = { cy: { 'error.title': 'Problem!' } };
    expect(el.say('error.title')).to.equal('Problem!');
    el.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve));
    expect(el.say('error.title')).to.equal('There is a problem');
  });

  it('emits typed events that bubble out of shadow roots and can be cancelled', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const probe = document.createElement('test-probe');
    root.append(probe);
    const seen: KithErrorDetail[] = [];
    host.addEventListener('kith-error', (event) => {
      seen.push(event.detail);
      event.preventDefault();
    });
    expect(probe.fire()).to.equal(false);
    expect(seen).to.have.length(1);
    expect(seen[0]!.code).to.equal('unknown');
  });

  it('replaces itself with a localised error state and fires kith-error once per set of problems', async () => {
    const el = await fixture<TestProbe>(html`<test-probe lang="cy"></test-probe>`);
    const events: KithErrorDetail[] = [];
    el.addEventListener('kith-error', (event) => events.push(event.detail));
    el.problemsToReport = [
      { code: 'not-number', path: 'score' },
      { code: 'out-of-range', path: 'max', params: { min: 1, max: 10 } },
    ];
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert).to.exist;
    expect(alert.textContent).to.contain('Mae problem wedi codi');
    expect(alert.textContent).to.contain('Dylai score fod yn rhif.');
    expect(alert.textContent).to.contain('Cafwyd dwy broblem.');
    expect(el.shadowRoot!.querySelector('[part="text"]')).to.equal(null);
    expect(el.matches(':state(error)')).to.equal(true);
    expect(events).to.have.length(1);
    expect(events[0]).to.include({ code: 'not-number', path: 'score', message: 'Dylai score fod yn rhif.' });
    expect(events[0]!.problems).to.have.length(2);

    el.count = 3; // an unrelated re-render must not fire again
    await el.updateComplete;
    expect(events).to.have.length(1);
    await expect(el).to.be.accessible();

    el.problemsToReport = [];
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(el.matches(':state(error)')).to.equal(false);
  });

  it('never lets an exception in rendering escape: it shows the error state and reports it', async () => {
    // The problems' wording here already (problem-wording.test.ts covers its arrival), so renders are counted exactly.
    await loadLanguage('en');
    const el = await fixture<TestProbe>(html`<test-probe></test-probe>`);
    const reported = oneEvent(el, 'kith-error');
    el.explode = true;
    await el.updateComplete;
    const event = await reported;
    expect(event.detail.code).to.equal('render-failed');
    await elementUpdated(el);
    expect(el.shadowRoot!.textContent).to.contain('Something went wrong while showing this part of the page.');
    expect(el.matches(':state(error)')).to.equal(true);
    expect(el.renders).to.equal(2); // it did not loop

    el.explode = false;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="text"]')).to.exist;
    expect(el.problems).to.deep.equal([]);
  });

});
