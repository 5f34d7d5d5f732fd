// <kith-relationship-check>: sliders by keyboard and pointer, the record, trends and the worker's prompt.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import '../src/components/relationship-check/define.js';
import type { KithRelationshipCheck } from '../src/components/relationship-check/relationship-check.js';
import { kithRelationshipCheck } from '../src/components/relationship-check/default-instrument.js';
import { yearOfChecks, yearWithADip } from '../stories/data/checks.js';
import { everyElement, sendKeys, typeInto, useTheme } from './helpers.js';
import { THEMES } from '../stories/support/themes.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T | null => el.shadowRoot!.querySelector<T>(selector);
const sliders = (el: Element): HTMLInputElement[] => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part="slider"]')];
const text = (node: Element | null): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<kith-relationship-check>', () => {
  it('asks Kith’s four questions as real sliders, none answered yet, each read out with its ends', async () => {
    const el = await fixture<KithRelationshipCheck>(html`<kith-relationship-check></kith-relationship-check>`);
    const all = sliders(el);
    expect(all.map((slider) => el.shadowRoot!.querySelector(`label[for="${slider.id}"]`)?.textContent)).to.deep.equal([
      'I felt heard and respected',
      'We talked about what matters to me',
      'The way we worked suits me',
      'Overall, today was right for me',
    ]);
    expect(all.every((slider) => slider.type === 'range' && slider.min === '0' && slider.max === '10' && slider.step === '0.1')).to.equal(true);
    expect(all[0]!.getAttribute('aria-valuetext')).to.equal('Not answered yet');
    await expect(el).to.be.accessible();
  });

  it('moves by keyboard: arrows 0.1, Page Up/Down 1, Home and End, and says the value with its ends', async () => {
    const el = await fixture<KithRelationshipCheck>(html`<kith-relationship-check></kith-relationship-check>`);
    const [first] = sliders(el);
    first!.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'PageDown' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(first!.getAttribute('aria-valuetext')).to.equal('8.8 out of 10. 0 means “Not at all”, 10 means “Completely”.');
    expect(first!.value).to.equal('8.8');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(first!.value).to.equal('0');
  });

  it('sends a record: kith-check-submit, change, the form value, the time from Kith’s clock, and thanks with focus', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><kith-relationship-check name="check" person-name="Eirlys" contact-id="visit-12"></kith-relationship-check></form>`);
    const el = form.querySelector<KithRelationshipCheck>('kith-relationship-check')!;
    await el.updateComplete;
    const [heard, mattered] = sliders(el);
    heard!.value = '7.5';
    heard!.dispatchEvent(new Event('input'));
    mattered!.value = '9';
    mattered!.dispatchEvent(new Event('input'));
    typeInto($<HTMLTextAreaElement>(el, '#comment')!, 'Kind, but rushed.');
    $<HTMLInputElement>(el, '#by-with-help')!.click();
    let changed = false;
    el.addEventListener('change', () => (changed = true));
    const sent = oneEvent(el, 'kith-check-submit');
    $<HTMLButtonElement>(el, '[part="submit"]')!.click();
    const { record } = (await sent).detail;
    expect(record).to.deep.equal({
      instrumentId: 'kith-relationship-check',
      instrumentVersion: '1',
      values: { heard: 7.5, mattered: 9, way: null, overall: null },
      comment: 'Kind, but rushed.',
      time: '2026-11-22T10:00:00.000Z',
      completedBy: 'with-help',
      contactId: 'visit-12',
      personName: 'Eirlys',
    });
    expect(changed).to.equal(true);
    expect(JSON.parse(new FormData(form).get('check') as string)).to.deep.equal(record);
    await el.updateComplete;
    const thanks = $(el, '[part="thanks"]')!;
    expect(el.shadowRoot!.activeElement).to.equal(thanks);
    expect(text(thanks)).to.contain('Thank you. Your answers have been saved.');
    expect(text(thanks)).to.contain('The way we worked suits me: not answered');
    await expect(el).to.be.accessible();
  });

  it('a slider follows the pointer: pressed near its low end and dragged most of the way, its value and read-out follow', async () => {
    const el = await fixture<KithRelationshipCheck>(html`<kith-relationship-check></kith-relationship-check>`);
    const [first] = sliders(el);
    const box = first!.getBoundingClientRect();
    const y = Math.round(box.y + box.height / 2);
    await sendMouse({ type: 'move', position: [Math.round(box.x + box.width * 0.1), y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(box.x + box.width * 0.5), y] });
    await sendMouse({ type: 'move', position: [Math.round(box.x + box.width * 0.8), y] });
    await sendMouse({ type: 'up' });
    await resetMouse();
    await el.updateComplete;
    const value = Number(first!.value);
    expect(value, 'about 8 of 10').to.be.within(6.5, 9.5);
    expect(first!.getAttribute('aria-valuetext')).to.equal(`${value} out of 10. 0 means “Not at all”, 10 means “Completely”.`);
    expect(text($(el, '[part="item"] output'))).to.equal(String(value));
  });

  it('anonymous: no name in the record, the event, the form value or anything shown', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><kith-relationship-check name="check" anonymous person-name="CANARY-Eirlys"></kith-relationship-check></form>`);
    const el = form.querySelector<KithRelationshipCheck>('kith-relationship-check')!;
    await el.updateComplete;
    expect(text($(el, 'form'))).to.contain('Your name is not kept with your answers.');
    const sent = oneEvent(el, 'kith-check-submit');
    $<HTMLButtonElement>(el, '[part="submit"]')!.click();
    const { record } = (await sent).detail;
    await el.updateComplete;
    // What Kith wrote: the element's shadow tree (the host's own attribute on the element is the host's input).
    const shown = everyElement(el)
      .filter((node) => node !== el)
      .map((node) => [node.textContent, ...[...node.attributes].map((a) => a.value)].join(' ')).join(' ');
    for (const channel of [JSON.stringify(record), String(new FormData(form).get('check')), JSON.stringify(el.value), shown]) expect(channel).to.not.contain('CANARY');
  });

  it('in Welsh: the questions, the ends and the read-out value', async () => {
    const el = await fixture<KithRelationshipCheck>(html`<kith-relationship-check lang="cy"></kith-relationship-check>`);
    await el.updateComplete;
    const [first] = sliders(el);
    first!.value = '6';
    first!.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('label[for="item-heard"]')?.textContent).to.equal('Roeddwn i’n teimlo fy mod i’n cael fy nghlywed a’m parchu');
    expect(first!.getAttribute('aria-valuetext')).to.equal('6 allan o 10. Mae 0 yn golygu “Ddim o gwbl”, mae 10 yn golygu “Yn llwyr”.');
    expect(text($(el, '[part="submit"]'))).to.equal('Anfon fy atebion');
  });

  it('for the worker, a year of checks as small lines and a table, and a prompt to talk when the total dropped by 2 or more', async () => {
    const history = yearOfChecks((month) => (month === 11 ? 6 : 8));
    const el = await fixture<KithRelationshipCheck>(html`<kith-relationship-check view="worker" .history=${history}></kith-relationship-check>`);
    const prompt = $(el, '[part="prompt"]')!;
    expect(text(prompt)).to.equal(
      'Worth talking about how things are going This time the total was 24 out of 40: 8 lower than last time. This is a prompt for a conversation, not a rating of anyone.',
    );
    const trends = $(el, '[part="trends"]')!;
    expect(trends.querySelectorAll('svg polyline')).to.have.length(4);
    expect(text(trends.querySelector('.multiples li'))).to.contain('I felt heard and respected: 8 at first, 6 last time.');
    expect(trends.querySelectorAll('tbody tr')).to.have.length(12);
    expect(text(trends.querySelector('tbody tr:last-child'))).to.contain('6');
    await expect(el).to.be.accessible();
  });

  it('shows the person no prompt and no trends, and the worker no prompt when things are steady', async () => {
    const dip = yearOfChecks((month) => (month === 11 ? 6 : 8));
    const person = await fixture<KithRelationshipCheck>(html`<kith-relationship-check .history=${dip}></kith-relationship-check>`);
    expect($(person, '[part="prompt"]')).to.equal(null);
    expect($(person, '[part="trends"]')).to.equal(null);
    const steady = await fixture<KithRelationshipCheck>(html`<kith-relationship-check view="worker" cut-off="20" .history=${yearOfChecks(() => 7)}></kith-relationship-check>`);
    expect($(steady, '[part="prompt"]')).to.equal(null);
    const low = await fixture<KithRelationshipCheck>(html`<kith-relationship-check view="worker" cut-off="30" .history=${yearOfChecks(() => 7)}></kith-relationship-check>`);
    expect(text($(low, '[part="prompt"] p'))).to.equal('This time the total was 28 out of 40. The level your service set is 30.');
  });

  it('bad input: a localised error state and kith-error, never a throw', async () => {
    const el = document.createElement('kith-relationship-check') as KithRelationshipCheck;
    el.setAttribute('lang', 'cy');
    el.instrument = { ...kithRelationshipCheck, items: kithRelationshipCheck.items.slice(0, 1) };
    const reported = oneEvent(el, 'kith-error');
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    const { detail } = await reported;
    expect(detail.code).to.equal('too-few');
    expect(detail.path).to.equal('instrument.items');
    await el.updateComplete;
    expect($(el, '[part="error"]')).to.not.equal(null);
    expect($(el, '[part="form"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('<kith-relationship-check>: every theme', () => {
  for (const [name, css] of Object.entries(THEMES)) {
    it(`${name}: the check part-way through, the worker's prompt and trends, the thanks and the error state are axe-clean`, async () => {
      const dropTheme = useTheme(css);
      try {
        const page = await fixture<HTMLDivElement>(html`<div style="background: var(--kith-sys-color-surface); color: var(--kith-sys-color-text)">
          <kith-relationship-check></kith-relationship-check>
          <kith-relationship-check view="worker" .history=${yearWithADip()}></kith-relationship-check>
          <kith-relationship-check></kith-relationship-check>
          <kith-relationship-check .instrument=${{ ...kithRelationshipCheck, items: [] }}></kith-relationship-check>
        </div>`);
        const [answering, worker, sent, broken] = [...page.children] as KithRelationshipCheck[];
        await Promise.all([answering, worker, sent, broken].map((el) => el!.updateComplete));
        const first = sliders(answering!)[0]!;
        first.value = '7';
        first.dispatchEvent(new Event('input'));
        $<HTMLButtonElement>(sent!, '[part="submit"]')!.click();
        await Promise.all([answering, sent, broken].map((el) => el!.updateComplete));
        expect($(worker!, '[part="prompt"]'), 'the prompt is shown').to.not.equal(null);
        expect($(sent!, '[part="thanks"]')).to.not.equal(null);
        expect($(broken!, '[part="error"]')).to.not.equal(null);
        await expect(page).to.be.accessible();
      } finally {
        dropTheme();
      }
    });
  }
});
