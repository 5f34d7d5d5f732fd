// <kith-learning-view> (issue 25): what a service is learning, as a manager
// or commissioner sees it — aggregates only, small numbers suppressed.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/components/learning-view/define.js';
import type { KithLearningView } from '../src/components/learning-view/learning-view.js';
import type { LearningPerson } from '../src/components/learning-view/model.js';
import { wellbeingInstrument } from '../src/components/strengths-radar/instruments.js';
import { learningDimensions, learningNotes, servicePeople } from '../stories/data/learning.js';
import { whatHelpedFrame } from '../stories/data/stories.js';
import { THEMES } from '../stories/support/themes.js';
import { useTheme } from './helpers.js';

const $ = <T extends HTMLElement = HTMLElement>(el: Element, selector: string): T => el.shadowRoot!.querySelector<T>(selector)!;
const text = (node: Element | null): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function view(people: LearningPerson[], attributes: { group?: string; lang?: string } = {}): Promise<KithLearningView> {
  const el = await fixture<KithLearningView>(
    html`<kith-learning-view
      group=${attributes.group ?? ''}
      lang=${attributes.lang ?? 'en'}
      .instrument=${wellbeingInstrument}
      .frame=${whatHelpedFrame()}
      .dimensions=${learningDimensions()}
      .notes=${learningNotes()}
      .people=${people}
    ></kith-learning-view>`,
  );
  await el.whenReady();
  return el;
}

describe('<kith-learning-view>', function () {
  this.timeout(20000);

  it('the whole service: how many people, the service’s notes, distance travelled per area in words and as a table, networks, checks and stories', async () => {
    const el = await view(servicePeople(300));
    expect(text($(el, '.intro'))).to.match(/^The whole service: 300 people\. A group of fewer than 5 people shows no figures/);
    expect(text($(el, '.notes'))).to.contain('We are moving time from assessment to introductions.');
    const sentences = [...el.shadowRoot!.querySelectorAll('[part="distance-chart"] .sentences li')].map(text);
    expect(sentences).to.have.length(wellbeingInstrument.scales.length);
    const first = el.figures!.groups[0]!.distance[0]!;
    const signed = (value: number): string => (value > 0 ? `+${value}` : value < 0 ? `−${-value}` : '0');
    expect(sentences[0]).to.equal(`Physical health: a median change of ${signed(first.median!)}, the middle half from ${signed(first.q1!)} to ${signed(first.q3!)}.`);
    // The table holds the same numbers, with how many went up, stayed and went down.
    const row = [...el.shadowRoot!.querySelectorAll('[part="distance-chart"] + details tbody tr')][0]!;
    expect([...row.querySelectorAll('td')].slice(3).map(text)).to.deep.equal(first.counts!.map(String));
    for (const heading of ['Distance travelled', 'Networks', 'How the relationships are going', 'What people’s stories say']) {
      expect([...el.shadowRoot!.querySelectorAll('h3')].map(text)).to.include(heading);
    }
    await expect(el).to.be.accessible();
  });

  it('groups are chosen by name, never ranked; a team shows its own figures and notes', async () => {
    const el = await view(servicePeople(300));
    const options = [...el.shadowRoot!.querySelectorAll('#group option')].map(text);
    expect(options.slice(0, 5)).to.deep.equal(['The whole service', 'Team: East', 'Team: North', 'Team: South', 'Team: West']);
    const picker = $<HTMLSelectElement>(el, '#group');
    picker.value = 'team:North';
    picker.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.getAttribute('group')).to.equal('team:North');
    expect(text($(el, '.intro'))).to.match(/^Team: North: \d+ people\./);
    expect(text($(el, '.notes'))).to.contain('Money moved least.');
    await expect(el).to.be.accessible();
  });

  it('a group too small to show says so and shows no figure; a service too small shows none at all', async () => {
    const el = await view(servicePeople(4));
    expect(text($(el, '[part="too-few"]'))).to.contain('This group shows no figures');
    expect(el.shadowRoot!.querySelector('[part="distance-chart"]')).to.equal(null);
    expect(el.shadowRoot!.textContent).not.to.match(/\b4 people\b/);
    await expect(el).to.be.accessible();
  });

  it('the stories in a region open on request, without the teller’s name, and close again; the keyboard reaches the button', async () => {
    const el = await view(servicePeople(300));
    const button = $<HTMLButtonElement>(el, '.triad-density button');
    expect(text(button)).to.match(/^Read the \d+ stories in “.+”$/);
    button.focus();
    button.click();
    await el.updateComplete;
    const stories = $(el, '[part="stories"]');
    expect(stories.querySelectorAll('article').length).to.be.above(4);
    expect(text(stories)).not.to.match(/Person \d+|Nia Jones|Cardiff/);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
    button.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="stories"]')).to.equal(null);
  });

  it('exports the figures only: JSON and CSV with no person or story, each chart as an SVG with its words', async () => {
    const el = await view(servicePeople(300));
    const json = JSON.parse(await el.exportJSON());
    expect(json.minimumGroupSize).to.equal(5);
    expect(json.groups[0].people).to.equal(300);
    const csv = await el.exportCSV();
    expect(csv.split('\r\n')[0]).to.equal('Group,Section,Measure,People or stories,Median change,Middle half from,Middle half to,Went up,Stayed the same,Went down');
    expect(csv.split('\r\n')[1]).to.match(/^The whole service,Distance travelled,Physical health,\d+,/);
    for (const file of [JSON.stringify(json), csv]) expect(file).not.to.match(/person-\d|Person \d|Getting the flat|Nia Jones/);
    const svg = await el.exportSVG('distance');
    expect(svg).to.match(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).to.contain('<title>What the service is learning: The whole service</title>').and.contain('Physical health');
    const triad = await el.exportSVG('triad:difference');
    expect(triad).to.contain('my own effort').and.contain('people around me');
    const png = await el.exportPNG('checks');
    expect(png.type).to.equal('image/png');
    expect(png.size).to.be.above(1000);
  });

  it('in Welsh: every word Kith adds, and the frame’s and dimensions’ Welsh', async () => {
    const el = await view(servicePeople(300), { lang: 'cy' });
    expect(text($(el, 'h2'))).to.equal('Beth mae’r gwasanaeth yn ei ddysgu');
    expect(text($(el, '.intro'))).to.match(/^Y gwasanaeth cyfan: 300 o bobl\./);
    expect([...el.shadowRoot!.querySelectorAll('#group option')].map(text)[1]).to.equal('Tîm: East');
    await expect(el).to.be.accessible();
  });

  it('bad input shows the error state with its path and fires kith-error; no figures are worked out from it', async () => {
    const el = document.createElement('kith-learning-view') as KithLearningView;
    el.dimensions = learningDimensions();
    el.people = [{ id: 'p1', groups: { ward: 'Riverside' } }];
    const reported = oneEvent(el, 'kith-error');
    document.body.append(el);
    const { detail } = await reported;
    await el.whenReady();
    expect(detail.problems[0].path).to.equal('people[0].groups.ward');
    expect(text($(el, '[part="error"]'))).to.contain('people[0].groups.ward');
    expect(el.figures).to.equal(null);
    el.remove();
  });
});

describe('<kith-learning-view>: every theme', () => {
  for (const [name, css] of Object.entries(THEMES)) {
    it(`${name}: a service with every section and a region's stories open, a group too small, and the error state are axe-clean`, async () => {
      const dropTheme = useTheme(css);
      try {
        const [whole, small] = [await view(servicePeople(200)), await view(servicePeople(4))];
        const broken = document.createElement('kith-learning-view') as KithLearningView;
        broken.dimensions = 'teams';
        whole.parentElement!.append(small, broken);
        small.parentElement!.style.cssText = 'background: var(--kith-sys-color-surface); color: var(--kith-sys-color-text)';
        await broken.whenReady();
        $<HTMLButtonElement>(whole, '.triad-density button').click();
        await whole.updateComplete;
        expect($(whole, '[part="stories"]')).to.not.equal(null);
        expect($(small, '[part="too-few"]')).to.not.equal(null);
        expect($(broken, '[part="error"]')).to.not.equal(null);
        await expect(whole.parentElement!).to.be.accessible();
      } finally {
        dropTheme();
      }
    });
  }
});
