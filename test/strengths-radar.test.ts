import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import '../src/components/strengths-radar/define.js';
import type { KithStrengthsRadar, ScoreChangeDetail } from '../src/components/strengths-radar/strengths-radar.js';
import { familyLifeInstrument, wellbeingInstrument } from '../src/components/strengths-radar/instruments.js';
import type { Reading } from '../src/components/strengths-radar/model.js';
import { aggregate } from '../src/components/strengths-radar/aggregate.js';
import { oneReading, serviceReadings, sixMonths, threeViews } from '../stories/data/readings.js';
import { THEMES } from '../stories/support/themes.js';
import { countPixels, pixelsOf, toRgb, useTheme, sendKeys } from './helpers.js';

const clone = <T>(value: T): T => structuredClone(value);
const today = (): Reading[] => [...clone(oneReading), { id: 'today', date: '2026-06-01', perspective: 'person', completedBy: 'together', scores: { ...clone(oneReading[0]!.scores), money: null } }];

async function radar(template = html`<kith-strengths-radar .instrument=${wellbeingInstrument} .readings=${clone(oneReading)}></kith-strengths-radar>`): Promise<KithStrengthsRadar> {
  const el = await fixture<KithStrengthsRadar>(template);
  await el.updateComplete;
  return el;
}
const editable = (): Promise<KithStrengthsRadar> =>
  radar(html`<kith-strengths-radar editable active-reading="today" name="wellbeing" .instrument=${wellbeingInstrument} .readings=${today()}></kith-strengths-radar>`);

const $ = (el: KithStrengthsRadar, selector: string) => el.shadowRoot!.querySelector(selector);
const $$ = (el: KithStrengthsRadar, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
const handle = (el: KithStrengthsRadar, i: number) => $(el, `[data-handle="${i}"]`) as SVGGElement;
const summary = (el: KithStrengthsRadar) => $(el, '[part="summary"]')!.textContent!.replace(/\s+/g, ' ').trim();

function centreOf(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
}

describe('<kith-strengths-radar>: drawing', () => {
  it('draws one spoke and label per scale, one outline per reading, and stage names', async () => {
    const el = await radar();
    expect($$(el, '[part="spoke"]')).to.have.length(10);
    expect($$(el, '.spoke-label').map((t) => t.textContent!.replace(/\s+/g, ' ').trim())).to.include('Physical health');
    expect($$(el, '.readings .outline')).to.have.length(1);
    expect($$(el, '.readings .marker')).to.have.length(10);
    expect($$(el, '.stage-label').map((t) => t.textContent)).to.deep.equal(['Stuck', 'Getting help', 'Trying', 'Believing', 'Self-reliant']);
    expect($(el, 'svg')!.getAttribute('role')).to.equal('img');
    expect($(el, 'svg')!.getAttribute('aria-label')).to.equal('Star chart: Wellbeing');
    await expect(el).to.be.accessible();
  });

  it('history: every reading of one perspective, first and latest emphasised and named in the legend', async () => {
    const el = await radar(html`<kith-strengths-radar .instrument=${wellbeingInstrument} .readings=${clone(sixMonths)}></kith-strengths-radar>`);
    expect($$(el, '.readings .series')).to.have.length(6);
    expect($$(el, '.readings .series.strong')).to.have.length(2);
    const legend = $$(el, '[part="legend"] li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(legend[0]).to.contain('15 January 2026').and.to.contain('first');
    expect(legend[5]).to.contain('15 June 2026').and.to.contain('latest');
    expect(summary(el)).to.contain('Compared with 15 May 2026: 9 areas went up.');
    await expect(el).to.be.accessible();
  });

  it('perspectives: one outline per person, told apart by line style and marker, with the spread between them', async () => {
    const el = await radar(html`<kith-strengths-radar mode="perspectives" .instrument=${wellbeingInstrument} .readings=${clone(threeViews)}></kith-strengths-radar>`);
    const outlines = $$(el, '.readings .outline');
    expect(outlines).to.have.length(3);
    const dashes = outlines.map((o) => getComputedStyle(o).strokeDasharray);
    expect(new Set(dashes).size).to.equal(3);
    const markers = $$(el, '.readings .series').map((g) => g.querySelector('.marker')!.getAttribute('d'));
    expect(new Set(markers).size).to.equal(3);
    expect($$(el, '.direct-label').map((t) => t.textContent)).to.have.members(['Person', 'Worker', 'Parent']);
    expect($(el, '.spread') !== null, 'spread band drawn').to.equal(true);
    expect(summary(el)).to.contain('Views agree, within 1 point, on 5 of 10 areas.').and.to.contain('Different views on Money: Person 3, Worker 5, Parent 3.');
    await expect(el).to.be.accessible();
  });

  it('aggregate: a median outline and interquartile band, or the suppression message for small groups', async () => {
    const many = await radar(html`<kith-strengths-radar mode="aggregate" .instrument=${wellbeingInstrument} .readings=${serviceReadings(40)}></kith-strengths-radar>`);
    expect($$(many, '.readings .outline')).to.have.length(1);
    expect($(many, '.spread')!.getAttribute('d')).to.not.equal('');
    expect(summary(many)).to.contain('Median of 40 readings.');
    await expect(many).to.be.accessible();

    const few = await radar(html`<kith-strengths-radar mode="aggregate" .instrument=${wellbeingInstrument} .readings=${serviceReadings(3)}></kith-strengths-radar>`);
    expect($(few, '[part="chart"]') === null, 'no chart when suppressed').to.equal(true);
    expect(summary(few)).to.equal('Not shown: there are 3 readings, and at least 5 are needed so that nobody can be identified.');
    await expect(few).to.be.accessible();
  });

  it('aggregate, suppressed: no reading’s score, note or date in the table or the FHIR export (it listed every one)', async () => {
    const readings = serviceReadings(3).map((reading, i) => ({ ...reading, date: `2019-03-1${i}`, notes: { money: `CANARY note ${i}` } }));
    const few = await radar(html`<kith-strengths-radar mode="aggregate" .instrument=${wellbeingInstrument} .readings=${readings}></kith-strengths-radar>`);
    ($(few, 'button.toggle') as HTMLButtonElement).click();
    await few.updateComplete;
    const table = $(few, '[part="table"] table')!;
    expect(table.querySelectorAll('tbody tr')).to.have.length(wellbeingInstrument.scales.length);
    expect([...table.querySelectorAll('tbody td')].map((cell) => cell.textContent!.trim())).to.deep.equal(wellbeingInstrument.scales.map(() => 'Too few scores to show'));
    expect(few.shadowRoot!.innerHTML).not.to.match(/CANARY|2019|March/);
    const fhir = JSON.stringify(await few.exportFHIR());
    expect(fhir).not.to.match(/CANARY|2019-03|QuestionnaireResponse/);
    expect(fhir).to.include('"MeasureReport"');
    await expect(few).to.be.accessible();
  });

  it('aggregate: the table and the FHIR export give each area’s median and middle half, never a reading', async () => {
    const many = await radar(html`<kith-strengths-radar mode="aggregate" .instrument=${wellbeingInstrument} .readings=${serviceReadings(40)}></kith-strengths-radar>`);
    const stats = aggregate(serviceReadings(40), wellbeingInstrument.scales);
    const first = $(many, '[part="table"] tbody tr')!;
    expect([...first.children].map((cell) => cell.textContent!.trim())).to.deep.equal([
      (wellbeingInstrument.scales[0]!.label as { en: string }).en,
      String(stats.scales[0]!.median),
      `${stats.scales[0]!.q1} to ${stats.scales[0]!.q3}`,
    ]);
    const report = ((await many.exportFHIR()) as { entry: { resource: { resourceType: string; group: { measureScore?: { value: number } }[] } }[] }).entry;
    expect(report.map((entry) => entry.resource.resourceType)).to.deep.equal(['MeasureReport']);
    expect(report[0]!.resource.group.map((group) => group.measureScore?.value)).to.deep.equal(stats.scales.map((row) => row.median));
  });

  it('speaks Welsh: labels, stage names, summary and table', async () => {
    const el = await radar(html`<kith-strengths-radar lang="cy" .instrument=${wellbeingInstrument} .readings=${clone(sixMonths)}></kith-strengths-radar>`);
    expect($(el, '.title')!.textContent).to.equal('Llesiant');
    expect($$(el, '.stage-label')[0]!.textContent).to.equal('Yn sownd');
    expect(summary(el)).to.contain('Darlleniad o 15 Mehefin 2026').and.to.contain('Aeth 9 o feysydd i fyny.');
    expect($(el, 'button.toggle')!.textContent!.trim()).to.equal('Dangos tabl data');
    await expect(el).to.be.accessible();
  });

  it('shows a scale’s description and notes when the pointer is on its spoke', async () => {
    const el = await radar();
    const money = $$(el, '.hit')[3]!;
    const end = new DOMPoint((money as SVGLineElement).x2.baseVal.value * 0.6, (money as SVGLineElement).y2.baseVal.value * 0.6).matrixTransform((money as SVGLineElement).getScreenCTM()!);
    await sendMouse({ type: 'move', position: [Math.round(end.x), Math.round(end.y)] });
    await el.updateComplete;
    const detail = $(el, '.detail')?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(detail).to.contain('Money').and.to.contain('Paying for what you need, and debts.').and.to.contain('Note: Rent arrears since January');
    await resetMouse();
  });

  it('shows the data table on demand, with notes', async () => {
    const el = await radar();
    const toggle = $(el, 'button.toggle') as HTMLButtonElement;
    expect(($(el, '#table') as HTMLElement).hidden).to.equal(true);
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(($(el, '#table') as HTMLElement).hidden).to.equal(false);
    expect($$(el, 'tbody tr')).to.have.length(10);
    expect($(el, 'tbody')!.textContent).to.contain('Note: Rent arrears since January; payment plan agreed.');
    await expect(el).to.be.accessible();
  });

  it('reflows to labelled bars below 320 px', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 300px"><kith-strengths-radar .instrument=${wellbeingInstrument} .readings=${clone(oneReading)}></kith-strengths-radar></div>`);
    const el = wrapper.querySelector('kith-strengths-radar')!;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await el.updateComplete;
    expect($(el, '[part="chart"]') === null, 'no chart when narrow').to.equal(true);
    expect($$(el, '[part="bars"] li')).to.have.length(10);
    expect(el.matches(':state(narrow)')).to.equal(true);
    expect(el.scrollWidth).to.be.at.most(300);
    await expect(el).to.be.accessible();
  });
});

describe('<kith-strengths-radar>: setting scores', () => {
  afterEach(() => resetMouse());

  it('each spoke has a real slider, at least 24 px, labelled and with a value text', async () => {
    const el = await editable();
    const sliders = $$(el, '[role="slider"]');
    expect(sliders).to.have.length(10);
    const money = handle(el, 3);
    expect(money.getAttribute('aria-label')).to.equal('Money');
    expect(money.getAttribute('aria-valuetext')).to.equal('Not scored');
    expect(handle(el, 0).getAttribute('aria-valuetext')).to.equal('8 of 10, Believing');
    const box = handle(el, 0).querySelector('.knob')!.getBoundingClientRect();
    expect(Math.min(box.width, box.height)).to.be.at.least(24);
    expect(el.matches(':state(editing)')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('keyboard sets scores exactly as specified, and announces each change', async () => {
    const el = await editable();
    handle(el, 0).focus();
    const value = () => handle(el, 0).getAttribute('aria-valuenow');
    await sendKeys({ press: 'ArrowUp' });
    expect(value()).to.equal('9');
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    expect(value()).to.equal('7');
    await sendKeys({ press: 'PageDown' });
    expect(value()).to.equal('5');
    await sendKeys({ press: 'PageUp' });
    expect(value()).to.equal('7');
    await sendKeys({ press: 'End' });
    expect(value()).to.equal('10');
    await sendKeys({ press: 'Home' });
    expect(value()).to.equal('1');
    await sendKeys({ press: 'Delete' });
    await el.updateComplete;
    expect(value()).to.equal(null);
    expect(handle(el, 0).getAttribute('aria-valuetext')).to.equal('Not scored');
    expect($(el, '[aria-live]')!.textContent).to.equal('New score for Physical health: Not scored.');
    expect(el.shadowRoot!.activeElement === handle(el, 0), 'focus stays on the handle').to.equal(true);
  });

  it('fires kith-score-change, input and change on user action only', async () => {
    const el = await editable();
    const seen: string[] = [];
    const details: ScoreChangeDetail[] = [];
    el.addEventListener('input', () => seen.push('input'));
    el.addEventListener('change', () => seen.push('change'));
    el.addEventListener('kith-score-change', (e) => details.push(e.detail));

    el.readings = today().map((r) => (r.id === 'today' ? { ...r, scores: { ...r.scores, home: 2 } } : r));
    await el.updateComplete;
    expect(seen, 'setting data in code').to.deep.equal([]);

    handle(el, 3).focus();
    await sendKeys({ press: 'ArrowUp' });
    expect(seen).to.deep.equal(['input', 'change']);
    expect(details).to.deep.equal([{ readingId: 'today', scaleId: 'money', value: 1, previous: null }]);
    expect(el.readings!.find((r) => r.id === 'today')!.scores['money']).to.equal(1);
    expect(el.readings!.find((r) => r.id === 'r1')!.scores['money'], 'other readings untouched').to.equal(3);
  });

  it('a tap on a spoke sets that score (no drag needed)', async () => {
    const el = await editable();
    const spoke = $$(el, '[part="spoke"]')[2] as SVGLineElement;
    // Just inside the outer end of the Home spoke: the highest score.
    const end = new DOMPoint(spoke.x2.baseVal.value * 0.98, spoke.y2.baseVal.value * 0.98).matrixTransform(spoke.getScreenCTM()!);
    const changed = oneEvent(el, 'change');
    await sendMouse({ type: 'click', position: [Math.round(end.x), Math.round(end.y)] });
    await changed;
    expect(handle(el, 2).getAttribute('aria-valuenow')).to.equal('10');
  });

  it('dragging a handle moves the score, with input while moving and one change at the end', async () => {
    const el = await editable();
    const events: string[] = [];
    el.addEventListener('input', () => events.push('input'));
    el.addEventListener('change', () => events.push('change'));
    const [x, y] = centreOf(handle(el, 0).querySelector('.knob')!);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x, y + 30] });
    await sendMouse({ type: 'move', position: [x, y + 60] });
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    const score = Number(handle(el, 0).getAttribute('aria-valuenow'));
    expect(score).to.be.below(8);
    expect(events.filter((e) => e === 'change')).to.have.length(1);
    expect(events.filter((e) => e === 'input').length).to.be.at.least(1);
  });

  it('submits the active reading with its form, and a reset restores it', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><kith-strengths-radar editable active-reading="today" name="wellbeing" .instrument=${wellbeingInstrument} .readings=${today()}></kith-strengths-radar></form>`);
    const el = form.querySelector('kith-strengths-radar')!;
    await el.updateComplete;
    handle(el, 3).focus();
    await sendKeys({ press: 'End' });
    const submitted = JSON.parse(new FormData(form).get('wellbeing') as string) as Reading;
    expect(submitted.id).to.equal('today');
    expect(submitted.scores['money']).to.equal(10);
    form.reset();
    await el.updateComplete;
    expect(handle(el, 3).getAttribute('aria-valuetext')).to.equal('Not scored');
    expect(JSON.parse(new FormData(form).get('wellbeing') as string).scores.money).to.equal(null);
  });

  it('narrow and editable: native sliders with the same keys', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 300px"><kith-strengths-radar editable active-reading="r1" .instrument=${familyLifeInstrument} .readings=${[{ id: 'r1', date: '2026-01-01', perspective: 'parent', scores: { routines: 2 } }]}></kith-strengths-radar></div>`);
    const el = wrapper.querySelector('kith-strengths-radar')!;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await el.updateComplete;
    const range = $(el, 'input[type="range"]') as HTMLInputElement;
    range.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.readings![0]!.scores['routines']).to.equal(3);
    await expect(el).to.be.accessible();
  });
});

describe('<kith-strengths-radar>: data from light DOM', () => {
  const tableMarkup = `<table data-min="1" data-max="5"><caption>Family life</caption>
    <thead><tr><th>Area</th><th data-reading-id="t1" data-date="2026-02-01" data-perspective="parent">1 Feb</th><th data-reading-id="t2" data-date="2026-05-01" data-perspective="parent">1 May</th></tr></thead>
    <tbody><tr data-scale-id="routines"><th>Daily routines</th><td>2</td><td>3</td></tr><tr data-scale-id="health"><th>Health</th><td>3</td><td>4</td></tr><tr data-scale-id="play"><th>Play</th><td></td><td>3</td></tr></tbody></table>`;

  it('reads a table, and shows that same table as its data view', async () => {
    const el = await fixture<KithStrengthsRadar>(`<kith-strengths-radar>${tableMarkup}</kith-strengths-radar>`);
    await el.updateComplete;
    expect($$(el, '[part="spoke"]')).to.have.length(3);
    expect($(el, '.title')!.textContent).to.equal('Family life');
    expect(summary(el)).to.contain('Compared with 1 February 2026').and.to.contain('Play: 3, not scored before.');
    expect($(el, '#table slot') !== null, 'light-DOM table slotted').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('reads a JSON child', async () => {
    const el = await fixture<KithStrengthsRadar>(
      `<kith-strengths-radar><script type="application/json">${JSON.stringify({ instrument: familyLifeInstrument, readings: [{ id: 'a', date: '2026-01-01', perspective: 'child', scores: { health: 5 } }] })}</script></kith-strengths-radar>`,
    );
    await el.updateComplete;
    expect($$(el, '[part="spoke"]')).to.have.length(6);
    expect(summary(el)).to.contain('Child');
  });

  it('without JavaScript the table is what a reader gets', () => {
    const page = new DOMParser().parseFromString(`<kith-strengths-radar>${tableMarkup}</kith-strengths-radar>`, 'text/html');
    const element = page.querySelector('kith-strengths-radar')!;
    expect(element.shadowRoot).to.equal(null);
    expect(element.querySelector('caption')!.textContent).to.equal('Family life');
    expect(element.querySelectorAll('tbody tr')).to.have.length(3);
  });
});

describe('<kith-strengths-radar>: bad input', () => {
  const cases: [string, () => ReturnType<typeof html>, string, string][] = [
    ['fewer than 3 scales', () => html`<kith-strengths-radar .instrument=${{ scales: wellbeingInstrument.scales.slice(0, 2) }}></kith-strengths-radar>`, 'too-few', 'instrument.scales'],
    ['a score out of range', () => html`<kith-strengths-radar .instrument=${wellbeingInstrument} .readings=${[{ ...clone(oneReading[0]!), scores: { money: 14 } }]}></kith-strengths-radar>`, 'out-of-range', 'readings[0].scores.money'],
    ['a score that is a string', () => html`<kith-strengths-radar .instrument=${wellbeingInstrument} .readings=${[{ ...clone(oneReading[0]!), scores: { money: '4' } }]}></kith-strengths-radar>`, 'not-number', 'readings[0].scores.money'],
    ['an unknown scale id', () => html`<kith-strengths-radar .instrument=${wellbeingInstrument} .readings=${[{ ...clone(oneReading[0]!), scores: { wealth: 4 } }]}></kith-strengths-radar>`, 'unknown-scale', 'readings[0].scores.wealth'],
    ['duplicate reading ids', () => html`<kith-strengths-radar .instrument=${wellbeingInstrument} .readings=${[...clone(oneReading), ...clone(oneReading)]}></kith-strengths-radar>`, 'duplicate-id', 'readings'],
    ['stage bands with a gap', () => html`<kith-strengths-radar .instrument=${{ ...wellbeingInstrument, stages: [{ from: 1, to: 4, label: 'a' }, { from: 6, to: 10, label: 'b' }] }}></kith-strengths-radar>`, 'stage-gap', 'instrument.stages'],
    ['a date that does not parse', () => html`<kith-strengths-radar .instrument=${wellbeingInstrument} .readings=${[{ ...clone(oneReading[0]!), date: '3rd March' }]}></kith-strengths-radar>`, 'invalid-date', 'readings[0].date'],
    ['10,000 readings', () => html`<kith-strengths-radar mode="aggregate" .instrument=${wellbeingInstrument} .readings=${new Array(10000).fill(oneReading[0])}></kith-strengths-radar>`, 'too-many', 'readings'],
    ['an active reading that is not there', () => html`<kith-strengths-radar editable active-reading="nope" .instrument=${wellbeingInstrument} .readings=${clone(oneReading)}></kith-strengths-radar>`, 'unknown-reading', 'active-reading'],
  ];
  for (const [name, template, code, path] of cases) {
    it(`${name}: a localised error state and kith-error {code: ${code}}`, async () => {
      const holder = await fixture<HTMLDivElement>(html`<div></div>`);
      const reported = new Promise<CustomEvent>((resolve) => holder.addEventListener('kith-error', (e) => resolve(e as CustomEvent), { once: true }));
      const { render } = await import('lit');
      render(template(), holder);
      const event = await reported;
      expect(event.detail.problems.map((p: { code: string; path: string }) => `${p.code}@${p.path}`)).to.include(`${code}@${path}`);
      const el = holder.querySelector('kith-strengths-radar')!;
      await el.updateComplete;
      expect($(el, '[part="error"]')!.textContent).to.contain(event.detail.message);
      await expect(el).to.be.accessible();
    });
  }

  it('the error state is in Welsh on a Welsh page', async () => {
    const el = await radar(html`<kith-strengths-radar lang="cy" .instrument=${{ scales: [] }}></kith-strengths-radar>`);
    expect($(el, '[part="error"]')!.textContent).to.contain('Mae problem wedi codi').and.to.contain('Dylai instrument.scales gynnwys tair eitem o leiaf.');
  });

  it('labels and notes are only ever text', async () => {
    const evil = '<img src=x onerror="window.__radarPwned=1">';
    const instrument = { ...wellbeingInstrument, scales: wellbeingInstrument.scales.map((s, i) => (i === 0 ? { ...s, label: evil } : s)) };
    const readings = [{ ...clone(oneReading[0]!), notes: { 'physical-health': evil } }];
    const el = await radar(html`<kith-strengths-radar .instrument=${instrument} .readings=${readings}></kith-strengths-radar>`);
    ($(el, 'button.toggle') as HTMLButtonElement).click();
    await el.updateComplete;
    expect($$(el, 'img')).to.have.length(0);
    expect(el.shadowRoot!.textContent).to.contain(evil);
    expect((window as { __radarPwned?: number }).__radarPwned).to.equal(undefined);
  });
});

describe('<kith-strengths-radar>: every theme', () => {
  for (const [name, css] of Object.entries(THEMES).filter(([name]) => name !== 'default')) {
    it(`${name}: axe-clean while editing, with several readings`, async () => {
      const dropTheme = useTheme(css);
      try {
        const page = await fixture<HTMLDivElement>(html`<div style="background: var(--kith-sys-color-surface); color: var(--kith-sys-color-text)">
          <kith-strengths-radar editable active-reading="p-worker" mode="perspectives" .instrument=${wellbeingInstrument} .readings=${clone(threeViews)}></kith-strengths-radar>
        </div>`);
        await page.querySelector('kith-strengths-radar')!.updateComplete;
        await expect(page).to.be.accessible();
      } finally {
        dropTheme();
      }
    });
  }
});

describe('<kith-strengths-radar>: exports', () => {
  it('exportSVG gives a standalone SVG with a title, a description and resolved colours', async () => {
    const el = await radar();
    const text = await el.exportSVG();
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror') === null, 'well-formed').to.equal(true);
    expect(doc.documentElement.getAttribute('xmlns')).to.equal('http://www.w3.org/2000/svg');
    expect(doc.querySelector('title')!.textContent).to.equal('Wellbeing');
    expect(doc.querySelector('desc')!.textContent).to.contain('Strongest (8 of 10): Physical health.');
    expect(doc.querySelector('.outline, [role], [aria-label], [data-handle]') === null, 'none of the live chart’s classes, roles or labels').to.equal(true);
    expect(doc.querySelectorAll('style')).to.have.length(1);
    expect(text).to.not.contain('var(--');
    expect(text).not.to.match(/<!--|\bstyle="/);
  });

  it('exportPNG gives a PNG image', async () => {
    const el = await radar();
    const blob = await el.exportPNG(1);
    expect(blob.type).to.equal('image/png');
    const pixels = await pixelsOf(blob);
    expect([pixels.width, pixels.height]).to.deep.equal([520, 470]);
    // Not blank: the latest reading's outline in its own colour, and the labels' ink.
    const outline = toRgb(getComputedStyle(el.shadowRoot!.querySelector('.readings .series.s0 .outline')!).stroke);
    const ink = toRgb(getComputedStyle(el.shadowRoot!.querySelector('.spoke-label, text')!).fill);
    expect(countPixels(pixels, outline), 'the reading’s outline').to.be.above(300);
    expect(countPixels(pixels, ink, 40), 'label text').to.be.above(300);
  });

  it('exportFHIR gives a Bundle of QuestionnaireResponses, one per reading', async () => {
    const el = await radar(html`<kith-strengths-radar .instrument=${wellbeingInstrument} .readings=${clone(sixMonths)}></kith-strengths-radar>`);
    const bundle = (await el.exportFHIR()) as { resourceType: string; entry: { resource: { resourceType: string; authored: string; item: { linkId: string; answer?: { valueInteger: number }[] }[] } }[] };
    expect(bundle.resourceType).to.equal('Bundle');
    expect(bundle.entry).to.have.length(6);
    const first = bundle.entry[0]!.resource;
    expect(first.resourceType).to.equal('QuestionnaireResponse');
    expect(first.authored).to.equal('2026-01-15');
    expect(first.item.find((i) => i.linkId === 'money')!.answer![0]!.valueInteger).to.equal(2);
  });
});
