// JavaScript unavailable: each page in test/no-js/ is what a council page
// sends. With JavaScript off (a real browsing context sandboxed without
// scripts, not DOMParser) the
// light-DOM fallback must be there and usable; with JavaScript on, the same
// markup is what the element reads, and the fallback is not shown twice.
// `npm run screenshots:no-js` photographs the same pages for the docs.
import { expect, fixture, oneEvent } from '@open-wc/testing';
import '../../src/components/strengths-radar/define.js';
import '../../src/components/relationship-map/define.js';
import '../../src/components/cookie-banner/register.js';
import '../../src/components/cookie-preferences/define.js';
import '../../src/components/consent-gate/define.js';
import '../../src/components/sharing-agreement/define.js';
import '../../src/components/plan-editor/define.js';
import '../../src/components/stage-badge/define.js';
import '../../src/components/team-around/define.js';
import '../../src/components/relationship-check/define.js';
import '../../src/components/story/define.js';
import '../../src/components/learning-view/define.js';
import { storyFromPost } from '../../src/components/story/post.js';
import { validateFrame } from '../../src/components/story/model.js';
import type { KithElement } from '../../src/core/element.js';
import type { KithPlanEditor } from '../../src/components/plan-editor/plan-editor.js';
import type { KithTeamAround } from '../../src/components/team-around/team-around.js';
import { sendKeys } from '../helpers.js';
import { memoryStorage } from '../../src/core/storage.js';
import { freshPage } from '../consent-helpers.js';
import { pageBody } from '../../stories/support/page-markup.js';
import { visitWithoutJavaScript } from './pages.js';

const visit = visitWithoutJavaScript;
const squash = (value: string | null | undefined): string => (value ?? '').replace(/\s+/g, ' ').trim();
const shadowText = (el: Element): string => squash(el.shadowRoot!.textContent);

/** The page's `<main>` (or body) mounted here with JavaScript on: its scripts are this file's imports. */
async function withJavaScript<T extends KithElement>(page: string, tag: string): Promise<T> {
  const holder = await fixture<HTMLDivElement>('<div></div>');
  holder.append(...pageBody(await (await fetch(page)).text()));
  const el = holder.querySelector<T>(tag)!;
  await el.updateComplete;
  if ('whenReady' in el) await (el as unknown as { whenReady(): Promise<void> }).whenReady();
  await el.updateComplete;
  return el;
}

describe('without JavaScript, every component’s light DOM is meaningful; with it, the same markup is the data', function () {
  this.timeout(30000);
  beforeEach(freshPage);

  describe('strengths radar: a data table', () => {
    const page = '/test/no-js/strengths-radar.html';

    it('JavaScript off: the table with its caption, both readings and every score', async () => {
      const result = await visit({ page, element: 'kith-strengths-radar' });
      expect(result.upgraded, 'the element never ran').to.equal(0);
      expect(result.visibleText).to.contain('Family life: how things are for the Jones family');
      expect(result.visibleText).to.match(/Area of life\s+1 February 2026\s+1 May 2026/);
      expect(result.visibleText).to.match(/Boundaries and behaviour\s+1\s+3/);
    });

    it('JavaScript on: the chart draws the table’s readings and the table becomes “Show data table”', async () => {
      const el = await withJavaScript(page, 'kith-strengths-radar');
      expect(el.shadowRoot!.querySelectorAll('[part~="chart"] [part~="spoke"]').length, 'one spoke per row').to.equal(6);
      expect(squash(el.shadowRoot!.querySelector('[part~="legend"]')?.textContent)).to.contain('1 May 2026');
      const table = el.querySelector('table')!;
      expect(table.checkVisibility(), 'the table is hidden until asked for').to.equal(false);
      await expect(el).to.be.accessible();
    });
  });

  describe('relationship map: a list grouped by ring', () => {
    const page = '/test/no-js/relationship-map.html';

    it('JavaScript off: each ring’s heading and the people in it', async () => {
      const result = await visit({ page, element: 'kith-relationship-map' });
      expect(result.upgraded).to.equal(0);
      expect(result.headings).to.deep.equal(['Sam’s circle of support', 'Close to Sam', 'Friends', 'Groups and places', 'Paid to support Sam']);
      expect(result.visibleText).to.match(/Paid to support Sam\s+Alex Rao, early help worker/);
    });

    it('JavaScript on: the editor lists the same six people in their rings, and the summary names the stressful relationship', async () => {
      const el = await withJavaScript(page, 'kith-relationship-map');
      const rows = [...el.shadowRoot!.querySelectorAll('[part~="list"] [part~="person"]')].map((row) => squash(row.textContent));
      for (const name of ['Mum (Karen)', 'Nan (Eirlys)', 'Cai from football', 'Rhys (brother)', 'Saturday football club', 'Alex Rao, early help worker']) {
        expect(rows.some((row) => row.includes(name)), name).to.equal(true);
      }
      expect(squash(el.shadowRoot!.querySelector('[part~="summary"]')?.textContent)).to.contain('Rhys (brother)');
      expect(el.querySelector('ul')!.checkVisibility(), 'the page’s list is not shown twice').to.equal(false);
    });
  });

  describe('cookie banner: a form that posts', () => {
    const page = '/test/no-js/cookie-banner.html';

    it('JavaScript off: a reader can reject cookies and the form posts the choice', async () => {
      const result = await visit({ page, element: 'kith-cookie-banner', click: 'Reject analytics cookies', route: '/cookies' });
      expect(result.upgraded).to.equal(0);
      expect(result.visibleText).to.contain('Cookies on Cardiff Family Help');
      expect(result.posted).to.deep.equal({ method: 'POST', body: 'cookies=reject' });
    });
  });

  describe('cookie preferences: the server’s own form', () => {
    const page = '/test/no-js/cookie-preferences.html';

    it('JavaScript off: Yes/No per category, nothing ticked, and saving posts the answer', async () => {
      const result = await visit({ page, element: 'kith-cookie-preferences', check: ['#analytics-no'], click: 'Save cookie settings', route: '/cookies' });
      expect(result.upgraded).to.equal(0);
      expect(result.visibleText).to.contain('Do you want to accept analytics cookies?');
      expect(result.posted).to.deep.equal({ method: 'POST', body: 'analytics=no' });
    });

    it('JavaScript on: the element’s own form replaces the server’s (one form, not two)', async () => {
      const el = await withJavaScript(page, 'kith-cookie-preferences');
      expect(el.querySelector('form')!.checkVisibility()).to.equal(false);
      expect(el.shadowRoot!.querySelectorAll('input[type="radio"]').length).to.equal(2);
      await expect(el).to.be.accessible();
    });
  });

  describe('consent gate: a link in place of the embed', () => {
    const page = '/test/no-js/consent-gate.html';

    it('JavaScript off: the link to the film, and no embed', async () => {
      const result = await visit({ page, element: 'kith-consent-gate' });
      expect(result.upgraded).to.equal(0);
      expect(result.visibleText).to.contain('Watch our film about family help on the video site.');
    });

    it('JavaScript on: the placeholder asks for the category by name, the link and embed wait', async () => {
      const el = await withJavaScript(page, 'kith-consent-gate');
      expect(shadowText(el)).to.contain('videos from other sites');
      expect(el.querySelector('iframe'), 'no embed before consent').to.equal(null);
      expect(el.querySelector('p')!.checkVisibility()).to.equal(false);
      await expect(el).to.be.accessible();
    });
  });

  describe('sharing agreement: the server’s consent form', () => {
    const page = '/test/no-js/sharing-agreement.html';

    it('JavaScript off: named agencies and kinds of information to tick, and agreeing posts the choices', async () => {
      const result = await visit({
        page,
        element: 'kith-sharing-agreement',
        check: ['#school-school', '#housing-home'],
        fill: { 'Your name': 'Lisa Evans' },
        click: 'I agree to this sharing',
        route: '/sharing',
      });
      expect(result.upgraded).to.equal(0);
      expect(result.visibleText).to.contain('Ysgol Glan Taf: Jade’s school.');
      expect(result.visibleText).to.contain('Council housing team');
      expect(result.posted?.body).to.equal('share=school%3Aschool&share=housing%3Ahome&agreedBy=Lisa+Evans');
    });

    it('JavaScript on: the agreement reads its JSON child; the server’s form is not shown', async () => {
      const el = await withJavaScript(page, 'kith-sharing-agreement');
      expect(shadowText(el)).to.contain('Council housing team');
      expect(el.querySelector('form')!.checkVisibility()).to.equal(false);
      await expect(el).to.be.accessible();
    });
  });

  describe('plan editor: the plan as readable sections', () => {
    const page = '/test/no-js/plan-editor.html';

    it('JavaScript off: each section with whose words each statement is, the goal and its action, the review date', async () => {
      const result = await visit({ page, element: 'kith-plan-editor' });
      expect(result.upgraded).to.equal(0);
      expect(result.headings).to.deep.equal(['The Jones family plan', 'What’s going well for our family', 'What we want to change', 'Our goals']);
      expect(result.visibleText).to.contain('Nan picks me up from school on Wednesdays. (Sam’s words)');
      expect(result.visibleText).to.contain('Set out school clothes the night before');
      expect(result.visibleText).to.contain('15 January 2027');
    });

    it('JavaScript on: the editor holds the same plan — statements, voices, agreement, goal, action, review date', async () => {
      const el = await withJavaScript<KithPlanEditor>(page, 'kith-plan-editor');
      const plan = JSON.parse(el.exportJson());
      expect(plan.id).to.equal('jones-2026');
      expect(plan.statements.map((s: { section: string; text: string }) => [s.section, s.text])).to.deep.equal([
        ['going-well', 'Sam goes to football every Saturday and loves it.'],
        ['going-well', 'Nan picks me up from school on Wednesdays.'],
        ['change', 'Mornings are a battle and Sam is late for school most days.'],
      ]);
      expect(plan.statements[0].agreedBy).to.deep.equal(['Karen Jones', 'Sam']);
      expect(plan.statements[2].author, 'the item’s own author wins over the element’s').to.equal('Karen Jones');
      expect(plan.statements[1].author).to.equal('Alex Rao');
      expect(plan.goals[0].actions[0]).to.deep.include({ what: 'Set out school clothes the night before', who: 'Karen Jones', when: '2026-12-01', status: 'doing' });
      expect(plan.reviewOn).to.equal('2027-01-15');
      expect(shadowText(el)).to.contain('In Karen’s own words. Written down by Alex Rao. Agreed by Karen Jones and Sam.');
      expect(el.querySelector('section')!.checkVisibility(), 'the sections are not shown twice').to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('JavaScript on: a kept draft comes back over the page’s plan, and throwing it away returns to the page’s plan', async () => {
      const storage = memoryStorage();
      const first = await withJavaScript<KithPlanEditor>(page, 'kith-plan-editor');
      const draft = { ...first.value!, statements: first.value!.statements.slice(1) };
      storage.set('kith-plan-draft/jones-2026', JSON.stringify({ savedAt: new Date().toISOString(), plan: draft }));
      const holder = await fixture<HTMLDivElement>('<div></div>');
      const nodes = pageBody(await (await fetch(page)).text());
      const el = nodes.flatMap((node) => (node instanceof Element ? [...node.querySelectorAll<KithPlanEditor>('kith-plan-editor')] : []))[0]!;
      el.storage = storage;
      holder.append(...nodes);
      await el.whenReady();
      expect(el.value!.statements).to.have.length(2);
      [...el.shadowRoot!.querySelectorAll('button')].find((b) => squash(b.textContent) === 'Throw these changes away')!.click();
      await el.updateComplete;
      expect(el.value!.statements.map((s) => s.text)).to.deep.equal(first.value!.statements.map((s) => s.text));
    });

    it('JavaScript on: a typo in the sections gives the usual error with its path, not half a plan', async () => {
      const holder = await fixture<HTMLDivElement>(`<div><kith-plan-editor template="family-action-plan" data-date="2026-11-20" data-author="Alex">
        <section data-section="going-well"><ul><li data-voice="mum">Fine</li></ul></section></kith-plan-editor></div>`);
      const el = holder.firstElementChild as KithElement;
      await el.updateComplete;
      await el.updateComplete;
      expect(shadowText(el)).to.contain('plan.statements[0].voice.role');
      await expect(el).to.be.accessible();
    });
  });

  describe('stage badge: the stage in words', () => {
    const page = '/test/no-js/stage-badge.html';

    it('JavaScript off: the fallback words; JavaScript on: the badge works the same stage out from the score', async () => {
      const result = await visit({ page, element: 'kith-stage-badge' });
      expect(result.upgraded).to.equal(0);
      expect(result.visibleText).to.contain('Feeling safe: Trying (stage 3 of 5)');
      const el = await withJavaScript(page, 'kith-stage-badge');
      expect(shadowText(el)).to.contain('Trying');
      expect(shadowText(el)).to.contain('3 of 5');
    });
  });

  describe('team around: the team as a list', () => {
    const page = '/test/no-js/team-around.html';

    it('JavaScript off: who is in the team, what each does and how to reach them, and the gap', async () => {
      const result = await visit({ page, element: 'kith-team-around' });
      expect(result.upgraded).to.equal(0);
      expect(result.headings).to.deep.equal(['The team around the Evans family', 'Who is in the team around the Evans family']);
      expect(result.visibleText).to.contain('Nia Roberts, family support worker, Early Help. Lead professional.');
      expect(result.visibleText).to.contain('Gaps in the team: no one from housing yet.');
    });

    it('JavaScript on: the same three people from the JSON child, the lead first; the page’s list is not shown twice', async () => {
      const el = await withJavaScript<KithTeamAround>(page, 'kith-team-around');
      const names = [...el.shadowRoot!.querySelectorAll('[part~="member"] h3')].map((heading) => squash(heading.textContent));
      expect(names).to.deep.equal(['Nia Roberts', 'Gran (Mair)', 'Mr Hughes']);
      expect(squash(el.shadowRoot!.querySelector('[part~="gaps"]')?.textContent)).to.contain('No one from housing yet');
      expect(el.querySelector('ul')!.checkVisibility()).to.equal(false);
      await expect(el).to.be.accessible();
    });
  });

  describe('relationship check: a form with a number per question, that posts', () => {
    const page = '/test/no-js/relationship-check.html';

    it('JavaScript off: each question with what 0 and 10 mean, and sending posts the numbers', async () => {
      const result = await visit({ page, element: 'kith-relationship-check', fill: { 'I felt heard and respected': '7.5', 'Overall, today was right for me': '8' }, click: 'Send', route: '/check' });
      expect(result.upgraded).to.equal(0);
      expect(result.visibleText).to.match(/We talked about what matters to me\s+0 is not at all, 10 is completely/);
      expect(result.posted?.body).to.equal('heard=7.5&mattered=&overall=8&comment=&completedBy=person&record=');
    });

    it('JavaScript on: the sliders ask the form’s questions, and sending fills the same form and submits it', async () => {
      const el = await withJavaScript(page, 'kith-relationship-check');
      const form = el.querySelector('form')!;
      expect(form.checkVisibility(), 'the page’s form is not shown twice').to.equal(false);
      const labels = [...el.shadowRoot!.querySelectorAll('[part~="item"] label')].map((label) => squash(label.textContent));
      expect(labels).to.deep.equal(['I felt heard and respected', 'We talked about what matters to me', 'Overall, today was right for me']);
      await expect(el).to.be.accessible();

      const posted = new Promise<FormData>((resolve) =>
        form.addEventListener('submit', (event) => {
          event.preventDefault();
          resolve(new FormData(form));
        }),
      );
      const heard = el.shadowRoot!.querySelector<HTMLInputElement>('#item-heard')!;
      heard.focus();
      await sendKeys({ press: 'End' });
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
      const data = await posted;
      expect([data.get('heard'), data.get('mattered'), data.get('overall'), data.get('completedBy')]).to.deep.equal(['10', '', '', 'person']);
      const record = JSON.parse(String(data.get('record')));
      expect(record).to.deep.include({ instrumentId: 'cardiff-check', instrumentVersion: '3', contactId: 'visit-2026-11-22' });
      expect(record.values).to.deep.equal({ heard: 10, mattered: null, overall: null });
    });

    it('JavaScript on: a page that cancels kith-check-submit keeps its form unsent', async () => {
      const el = await withJavaScript(page, 'kith-relationship-check');
      let submitted = false;
      el.querySelector('form')!.addEventListener('submit', (event) => {
        submitted = true;
        event.preventDefault();
      });
      el.addEventListener('kith-check-submit', (event) => event.preventDefault());
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
      await el.updateComplete;
      expect(submitted).to.equal(false);
      expect(squash(el.shadowRoot!.querySelector('[part~="thanks"]')?.textContent)).to.contain('Thank you');
    });
  });
  describe('story: a form that posts everything, the triad as three numbers', () => {
    const page = '/test/no-js/story.html';
    const consentWords = 'How may we use your story?';
    const frameOf = async (): Promise<ReturnType<typeof validateFrame>['frame']> => {
      const json = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(await (await fetch(page)).text())![1]!;
      return validateFrame(JSON.parse(json).frame).frame;
    };

    it('JavaScript off: every question is there, and saving posts the story, the dyad, the triad’s three numbers, tags and uses — which the server reads as the element’s record', async () => {
      const result = await visit({
        page,
        element: 'kith-story',
        fill: { 'A title for your story': 'Getting the flat', 'Your story, in your own words': 'I rang the housing office.', 'My own effort (%)': '50', 'People around me (%)': '30', 'A service (%)': '0' },
        check: ['#tag-housing', '#use-service-learning'],
        click: 'Save my story',
        route: '/story',
      });
      expect(result.upgraded).to.equal(0);
      expect(result.visibleText).to.match(/What made the difference\?\s+Share 100 between the three/);
      const posted = new URLSearchParams(result.posted!.body);
      expect([posted.get('triad-difference-1'), posted.get('triad-difference-2'), posted.get('triad-difference-3')]).to.deep.equal(['50', '30', '0']);
      const { story, problems } = await storyFromPost(posted, (await frameOf())!, { id: 's-1', at: '2026-11-22T10:00:00.000Z', language: 'en', consentWords, personName: 'Jade Morgan' });
      expect(problems).to.deep.equal([]);
      // Typed numbers that do not add up to 100 are read as proportions: 50 : 30 : 0.
      expect(story!.triads).to.deep.equal({ difference: [63, 37, 0] });
      expect(story!.dyads).to.deep.equal({});
      expect(story).to.deep.include({ title: 'Getting the flat', text: 'I rang the housing office.', tags: ['housing'] });
      expect(story!.voice).to.deep.equal({ role: 'person', name: 'Jade Morgan' });
      expect(story!.consent).to.deep.include({ uses: ['service-learning'], at: '2026-11-22T10:00:00.000Z', language: 'en' });
      expect(story!.consent!.textHash).to.match(/^sha256-[0-9a-f]{64}$/);
    });

    it('JavaScript on: the element asks the frame’s questions, and saving fills the same form and submits it', async () => {
      const el = await withJavaScript(page, 'kith-story');
      const form = el.querySelector('form')!;
      expect(form.checkVisibility(), 'the page’s form is not shown twice').to.equal(false);
      expect(squash(el.shadowRoot!.querySelector('[part="triad"] legend')?.textContent)).to.equal('What made the difference?');
      await expect(el).to.be.accessible();

      const posted = new Promise<FormData>((resolve) =>
        form.addEventListener('submit', (event) => {
          event.preventDefault();
          resolve(new FormData(form));
        }),
      );
      const account = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#story-text')!;
      account.value = 'I rang the housing office.';
      account.dispatchEvent(new Event('input'));
      el.shadowRoot!.querySelector<HTMLInputElement>('#triad-difference-0')!.focus();
      await sendKeys({ press: 'PageUp' });
      el.shadowRoot!.querySelector<HTMLInputElement>('#use-service-learning')!.click();
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="save"]')!.click();
      const data = await posted;
      expect([data.get('text'), data.get('triad-difference-1'), data.get('triad-difference-2'), data.get('triad-difference-3')]).to.deep.equal(['I rang the housing office.', '44', '28', '28']);
      expect(data.getAll('uses')).to.deep.equal(['service-learning']);
      const record = JSON.parse(String(data.get('story')));
      expect(record).to.deep.include({ frameId: 'what-helped', frameVersion: '1', text: 'I rang the housing office.' });
      expect(record.voice).to.deep.equal({ role: 'person', name: 'Jade Morgan' });
    });

    it('JavaScript on: a page that cancels kith-story-change keeps its form unsent', async () => {
      const el = await withJavaScript(page, 'kith-story');
      let submitted = false;
      el.querySelector('form')!.addEventListener('submit', (event) => {
        submitted = true;
        event.preventDefault();
      });
      el.addEventListener('kith-story-change', (event) => event.preventDefault());
      const account = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#story-text')!;
      account.value = 'Kept here';
      account.dispatchEvent(new Event('input'));
      const changed = oneEvent(el, 'kith-story-change');
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="save"]')!.click();
      await changed;
      await el.updateComplete;
      expect(submitted).to.equal(false);
      expect(squash(el.shadowRoot!.querySelector('[role="status"]')?.textContent)).to.contain('Your story is saved.');
    });
  });
  describe('learning view: the page’s own words and a link to the figures; the server-rendered view is the rest', () => {
    const page = '/test/no-js/learning-view.html';

    it('JavaScript off: the page’s summary and its link to the figures, and no data from the JSON child', async () => {
      const result = await visit({ page, element: 'kith-learning-view' });
      expect(result.upgraded).to.equal(0);
      expect(result.visibleText).to.contain('the figures as a spreadsheet (CSV)');
      expect(result.visibleText).not.to.contain('"people"');
    });

    it('JavaScript on: the view works out the figures from the JSON child, and the page’s words are not shown twice', async () => {
      const el = await withJavaScript(page, 'kith-learning-view');
      expect(el.querySelector('p')!.checkVisibility(), 'the page’s words are not shown twice').to.equal(false);
      expect(squash(el.shadowRoot!.querySelector('.intro')?.textContent)).to.match(/^The whole service: 6 people\./);
      expect(squash(el.shadowRoot!.querySelector('.notes')?.textContent)).to.contain('someone around them');
      // Teams of 3 show nothing: too small.
      expect([...el.shadowRoot!.querySelectorAll('#group option')].map((option) => squash(option.textContent))).to.deep.equal(['The whole service', 'Team: North', 'Team: South']);
      await expect(el).to.be.accessible();
    });
  });
});
