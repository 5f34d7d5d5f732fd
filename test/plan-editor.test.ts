import { setClock } from '../src/core/clock.js';
import { pinFixedClock } from './setup/fixed-clock.js';
import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/components/plan-editor/define.js';
import type { KithPlanEditor, PlanChangeDetail } from '../src/components/plan-editor/plan-editor.js';
import type { Plan } from '../src/components/plan-editor/model.js';
import { memoryStorage } from '../src/core/storage.js';
import { wellbeingInstrument } from '../src/components/strengths-radar/instruments.js';
import { evansSafetyPlan, jonesFamilyPlan, largePlan, withSignOff } from '../stories/data/plans.js';
import { sixMonths } from '../stories/data/readings.js';
import { familyMap } from '../stories/data/networks.js';
import { samsTeam } from '../stories/data/teams.js';
import { THEMES } from '../stories/support/themes.js';
import { chooseAction, useTheme, sendKeys, until } from './helpers.js';
import { $, $$, addStatement, byId, choose, text, typeInto as type } from './plan-editor-helpers.js';

const button = (root: Element | ShadowRoot, label: string): HTMLButtonElement | undefined =>
  [...(root instanceof ShadowRoot ? root : root.shadowRoot!).querySelectorAll('button')].find((b) => text(b) === label);
const statementTexts = (el: Element, section?: string): string[] =>
  $$(el, section ? `[part~="section-${section}"] [part~="statement"] .text` : '[part~="statement"] .text').map((p) => text(p));

async function editor(plan: Plan | null = jonesFamilyPlan(), attributes = 'view="practitioner" author="Alex Rao" person-name="Sam"'): Promise<KithPlanEditor> {
  const el = await fixture<KithPlanEditor>(`<kith-plan-editor template="family-action-plan" ${attributes}></kith-plan-editor>`);
  if (plan) el.plan = plan;
  await el.whenReady();
  return el;
}

describe('kith-plan-editor', () => {
  it('shows each section with its statements, whose words each is, who wrote it and who agrees', async () => {
    const el = await editor();
    expect($$(el, '[part~="section"] h2').map((h) => text(h))).to.deep.equal(['What’s going well for our family', 'What we want to change', 'How we will know it’s working']);
    expect(statementTexts(el, 'going-well')).to.deep.equal(['Sam goes to football every Saturday and loves it.', 'Nan picks me up from school on Wednesdays.']);
    const first = text($(el, '[part~="statement"] .meta'));
    expect(first).to.equal('In Karen’s own words. Written down by Alex Rao. Agreed by Karen Jones and Sam.');
    expect(text($$(el, '[part~="statement"] .meta')[1])).to.include('In Sam’s own words');
    await expect(el).to.be.accessible();
  });

  it('family view leaves the professional lane out of the page, the value and the export; practitioner view marks it', async () => {
    const el = await editor();
    const professional = $$(el, '[part~="professional"]');
    expect(professional).to.have.length(1);
    expect(text(professional[0])).to.include('Professionals only');
    el.view = 'family';
    await el.updateComplete;
    expect(el.shadowRoot!.innerHTML.includes('Rent arrears')).to.equal(false);
    expect(el.exportJson().includes('Rent arrears')).to.equal(false);
    expect(JSON.stringify(el.value).includes('Rent arrears')).to.equal(false);
    expect(text($(el, '#add-lane-change'))).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('adds, changes, moves and removes a statement with the keyboard alone, and undoes with Ctrl+Z', async () => {
    const el = await editor();
    const changes: string[] = [];
    el.addEventListener('kith-plan-change', (event) => changes.push(event.detail.change?.type ?? 'undo/redo'));
    byId<HTMLTextAreaElement>(el, 'add-change').focus();
    await sendKeys({ type: 'Sam wants his own room' });
    await sendKeys({ press: 'Tab' }); // whose words
    await sendKeys({ press: 'Tab' }); // who can see
    await sendKeys({ press: 'Tab' }); // Add
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(statementTexts(el, 'change').at(-1)).to.equal('Sam wants his own room');
    expect(text($$(el, '[part~="section-change"] [part~="statement"] .meta').at(-1))).to.include('In Sam’s own words');
    expect(el.shadowRoot!.activeElement?.id).to.equal('add-change');

    // Change it: Shift+Tab from the add field reaches the last statement's buttons.
    const added = el.value!.statements.at(-1)!;
    byId(el, `change-${added.id}`).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal(`edit-${added.id}`);
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ', please.' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(statementTexts(el, 'change').at(-1)).to.equal('Sam wants his own room, please.');
    expect(el.value!.statements.at(-1)!.history.map((h) => h.text)).to.deep.equal(['Sam wants his own room', 'Sam wants his own room, please.']);
    expect(el.shadowRoot!.activeElement?.id).to.equal(`change-${added.id}`);

    // Move it up once, from its menu (Agree, then Move up); focus goes back to the menu.
    byId(el, `menu-button-${added.id}`).focus();
    for (const press of ['ArrowDown', 'ArrowDown', 'Enter']) {
      await sendKeys({ press });
      await until(() => !!$(el, '[role="menu"]') || press === 'Enter', 'the menu opens');
      await el.updateComplete;
    }
    expect(statementTexts(el, 'change').indexOf('Sam wants his own room, please.')).to.equal(2);
    expect(el.shadowRoot!.activeElement?.id).to.equal(`menu-button-${added.id}`);
    expect(text($(el, '[role="status"].visually-hidden'))).to.equal('Moved to place 3 of 4.');

    // Undo the move, then redo it.
    await sendKeys({ press: 'Control+z' });
    await el.updateComplete;
    expect(statementTexts(el, 'change').at(-1)).to.equal('Sam wants his own room, please.');
    await sendKeys({ press: 'Control+Shift+z' });
    await el.updateComplete;
    expect(statementTexts(el, 'change').indexOf('Sam wants his own room, please.')).to.equal(2);
    expect(changes.slice(0, 2)).to.deep.equal(['add-statement', 'edit-text']);
    expect(changes).to.include('move-statement');
    expect(changes.at(-1)).to.equal('undo/redo');
  });

  it('removes a statement and brings it back with the Undo button', async () => {
    const el = await editor();
    const target = el.value!.statements[1]!;
    await chooseAction(el, `More actions: “${target.text.slice(0, 12)}`, 'Remove “Nan picks me up', { prefix: true });
    expect(statementTexts(el)).not.to.include(target.text);
    expect(el.shadowRoot!.activeElement?.id).to.equal('add-going-well');
    button(el, 'Undo')!.click();
    await el.updateComplete;
    expect(statementTexts(el, 'going-well')).to.deep.equal(['Sam goes to football every Saturday and loves it.', target.text]);
    expect(button(el, 'Redo')!.disabled).to.equal(false);
  });

  it('shows one action per statement (Change) and the rest in its menu: agree (a checked item), move up and down, remove', async () => {
    const el = await editor();
    for (const statement of $$(el, '[part~="statement"]')) {
      const visible = [...statement.querySelectorAll(':scope > .buttons > button')];
      expect(visible.map((b) => text(b)), 'one visible action').to.deep.equal(['Change']);
      expect(statement.querySelectorAll('.menu-button[aria-haspopup="menu"]')).to.have.length(1);
    }
    const first = el.value!.statements[0]!;
    byId(el, `menu-button-${first.id}`).click();
    await until(() => !!$(el, '[role="menu"]'), 'the menu opens');
    await el.updateComplete;
    const items = $$(el, '[role="menu"] [role^="menuitem"]');
    expect(items.map((item) => [item.getAttribute('role'), text(item), item.getAttribute('aria-checked'), item.getAttribute('aria-disabled')])).to.deep.equal([
      ['menuitemcheckbox', 'I agree', 'false', null],
      ['menuitem', 'Move up', null, 'true'],
      ['menuitem', 'Move down', null, null],
      ['menuitem', 'Remove', null, null],
    ]);
    expect(items[3]!.getAttribute('aria-label')).to.match(/^Remove “Sam goes to/);
    await expect(el).to.be.accessible();
    items[0]!.click();
    await el.updateComplete;
    expect(el.value!.statements[0]!.agreedBy).to.include('Alex Rao');
    expect(el.shadowRoot!.activeElement?.id, 'focus back on the menu').to.equal(`menu-button-${first.id}`);
  });

  it('lays Signs of Safety out in three columns when wide, one under another when narrow; moving stays a keyboard action', async () => {
    for (const [width, columns] of [
      [1200, 3],
      [500, 1],
    ] as const) {
      const page = await fixture<HTMLDivElement>(html`<div style="inline-size: ${width}px"><kith-plan-editor template="signs-of-safety" view="practitioner" author="Priya Shah" .plan=${evansSafetyPlan()}></kith-plan-editor></div>`);
      const el = page.firstElementChild as KithPlanEditor;
      await el.whenReady();
      const sections = $$(el, '.section-list > [part~="section"]');
      expect(sections).to.have.length(3);
      const tops = new Set(sections.map((section) => Math.round(section.getBoundingClientRect().top)));
      const lefts = new Set(sections.map((section) => Math.round(section.getBoundingClientRect().left)));
      expect([lefts.size, tops.size], `${width} px: columns, rows`).to.deep.equal([columns, 4 - columns]);
    }
  });

  it('fires input and change only for the person’s own actions, never when the plan is set in code', async () => {
    const el = await editor();
    const events: string[] = [];
    for (const type of ['input', 'change']) el.addEventListener(type, () => events.push(type));
    el.plan = evansSafetyPlan();
    el.template = 'signs-of-safety';
    await el.whenReady();
    expect(events).to.deep.equal([]);
    const first = el.value!.statements[0]!;
    byId(el, `change-${first.id}`).click();
    await el.updateComplete;
    type(byId<HTMLTextAreaElement>(el, `edit-${first.id}`), 'New words');
    byId(el, `done-${first.id}`).click();
    expect(events).to.deep.equal(['input', 'change']);
  });

  it('keeps a draft on every change and brings it back when the editor is made again', async () => {
    const storage = memoryStorage();
    const plan = jonesFamilyPlan();
    const first = await editor(plan);
    first.storage = storage;
    await first.updateComplete;
    addStatement(first, 'review', 'How we will know it’s working', 'Karen says mornings are calmer.');
    first.remove();

    const again = await fixture<KithPlanEditor>(html`<kith-plan-editor template="family-action-plan" view="practitioner" author="Alex Rao" .storage=${storage} .plan=${plan}></kith-plan-editor>`);
    await again.whenReady();
    expect(statementTexts(again, 'review')).to.include('Karen says mornings are calmer.');
    expect(text($(again, '.notice'))).to.include('We brought back changes that had not been saved yet.');
    await expect(again).to.be.accessible();
    button(again, 'Throw these changes away')!.click();
    await again.updateComplete;
    expect(statementTexts(again, 'review')).not.to.include('Karen says mornings are calmer.');
    expect(storage.get('kith-plan-draft/jones-2026')).to.equal(null);
  });

  it('says so when storage will not keep a draft, and keeps working', async () => {
    const refusing = { get: () => null, set: () => false, remove: () => false };
    const el = await editor();
    el.storage = refusing;
    await el.updateComplete;
    const warning = oneEvent(el, 'kith-error') as Promise<CustomEvent<{ code: string; path: string }>>;
    addStatement(el, 'review', 'How we will know it’s working', 'Calmer mornings.');
    const { detail } = await warning;
    expect([detail.code, detail.path]).to.deep.equal(['draft-not-kept', 'storage']);
    await el.updateComplete;
    expect(text($(el, '.notice[role="alert"]'))).to.equal('This device would not keep a copy of your changes. They are safe until you leave this page: save the plan before you go.');
    expect(statementTexts(el, 'review')).to.include('Calmer mornings.');
    expect(text($(el, '[part="error"]'))).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('signs off, shows the signature as stale once the words change, and not when progress is ticked', async () => {
    const el = await editor(await withSignOff(jonesFamilyPlan(), 'Karen Jones', 'parent'));
    await aTimeout(50);
    expect(text($(el, '[part="sign-off"] .signed'))).to.include('Signed by Karen Jones (A parent or carer)');
    expect(text($(el, '[part="sign-off"] .stale'))).to.equal('');

    choose(byId<HTMLSelectElement>(el, 'status-a1'), 'done');
    await aTimeout(50);
    await el.updateComplete;
    expect(text($(el, '[part="sign-off"] .stale'))).to.equal('');

    const first = el.value!.statements[0]!;
    byId(el, `change-${first.id}`).click();
    await el.updateComplete;
    type(byId<HTMLTextAreaElement>(el, `edit-${first.id}`), 'Sam goes to football.');
    await aTimeout(50);
    await el.updateComplete;
    expect(text($(el, '[part="sign-off"] .stale'))).to.equal('The plan has changed since Karen Jones signed it. Ask them to look at it again and sign.');
    expect(el.matches(':state(stale-sign-off)')).to.equal(true);

    // Signing again makes it current.
    type(byId(el, 'sign-name'), 'Karen Jones');
    choose(byId<HTMLSelectElement>(el, 'sign-role'), 'parent');
    button(el, 'Sign the plan')!.click();
    await aTimeout(50);
    await el.updateComplete;
    expect(text($(el, '[part="sign-off"] .stale'))).to.equal('');
    expect(el.value!.signOffs).to.have.length(1);
  });

  it('asks for the name, and a witness for a spoken sign-off, in an error summary', async () => {
    const el = await editor();
    choose(byId<HTMLSelectElement>(el, 'sign-method'), 'verbal-witnessed');
    await el.updateComplete;
    button(el, 'Sign the plan')!.click();
    await aTimeout(20);
    await el.updateComplete;
    expect($$(el, '[part="error-summary"] a').map((a) => text(a))).to.deep.equal(['Enter the name of the person signing', 'Enter the name of the witness or advocate']);
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('error-summary');
    expect(el.value!.signOffs).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('gives plain-language hints in a polite live region once typing pauses', async () => {
    const el = await editor();
    const field = byId<HTMLTextAreaElement>(el, 'add-change');
    type(field, 'We will facilitate a multi-agency assessment in order to implement appropriate interventions.');
    await aTimeout(700);
    await el.updateComplete;
    const hints = $(el, '#hints-add-change')!;
    expect(hints.getAttribute('aria-live')).to.equal('polite');
    expect(text(hints)).to.match(/^Reading age about \d+\. Shorter sentences/);
    expect(text(hints)).to.include('You could say “help” instead of “facilitate”.');
    expect(text(hints)).to.include('You could say “to” instead of “in order to”.');
    type(field, 'We will go to the park on Sunday.');
    await aTimeout(700);
    await el.updateComplete;
    expect(text($(el, '#hints-add-change'))).to.equal('Reading age about 6: easy to follow.');
  });

  it('links goals to radar scales with their latest score and stage, and actions to people on the map', async () => {
    const el = await editor();
    el.radar = { instrument: wellbeingInstrument, readings: sixMonths };
    el.map = familyMap;
    await el.updateComplete;
    const scale = byId<HTMLSelectElement>(el, 'goal-scale-g1');
    expect(scale.value).to.equal('everyday');
    expect(text($(el, '[part="goal"] .hint'))).to.equal('Latest score for Everyday living: 7 (Believing), on 15 June 2026.');
    expect(text($(el, '[part="goals"] .prompt'))).to.equal('Lowest scores on the radar: Learning and work (4), Money (5) and How I spend my time (5).');
    expect($$(el, '#people option').map((o) => o.getAttribute('value'))).to.include('Nan (Eirlys)');
    choose(byId(el, 'who-a3'), 'Nan (Eirlys)');
    expect(el.value!.goals[1]!.actions[0]).to.include({ who: 'Nan (Eirlys)', personId: 'nan' });
    choose(byId(el, 'who-a3'), 'Auntie Sue');
    expect(el.value!.goals[1]!.actions[0]!.personId).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('gives actions to the team around the family too: map people first, then members not on the map; a member on the map is that person', async () => {
    await import('../src/components/team-around/define.js');
    const team = await fixture<HTMLElement & { team: unknown; updateComplete: Promise<unknown> }>(html`<kith-team-around editable .team=${samsTeam()}></kith-team-around>`);
    const el = await editor();
    el.map = familyMap;
    el.team = team;
    await el.updateComplete;
    const offered = $$(el, '#people option').map((o) => o.getAttribute('value'));
    expect(offered.filter((name) => name === 'Alex Rao'), 'Alex is on the map and in the team: offered once').to.have.length(1);
    expect(offered).to.include('Karen Jones');
    choose(byId(el, 'who-a3'), 'Karen Jones');
    expect(el.value!.goals[1]!.actions[0], 'Karen is the map’s “mum”').to.include({ who: 'Karen Jones', personId: 'mum' });
    // Someone added to the team appears in the list the next time it is drawn.
    team.team = { ...samsTeam(), members: [...samsTeam().members, { id: 'gwen', name: 'Gwen Price', kind: 'professional' }] };
    await team.updateComplete;
    team.dispatchEvent(new CustomEvent('kith-team-change', { detail: {} }));
    await el.updateComplete;
    expect($$(el, '#people option').map((o) => o.getAttribute('value'))).to.include('Gwen Price');
    choose(byId(el, 'who-a3'), 'Gwen Price');
    expect(el.value!.goals[1]!.actions[0]).to.include({ who: 'Gwen Price', personId: 'gwen' });
  });

  it('follows a linked radar element: a score set on it updates the goal', async () => {
    await import('../src/components/strengths-radar/define.js');
    const radar = await fixture<HTMLElement & { instrument: unknown; readings: unknown }>(html`<kith-strengths-radar editable .instrument=${wellbeingInstrument} .readings=${sixMonths}></kith-strengths-radar>`);
    const el = await editor();
    el.radar = radar;
    await el.updateComplete;
    expect(text($(el, '[part="goal"] .hint'))).to.include('Everyday living: 7');
    radar.readings = sixMonths.map((r, i) => (i === sixMonths.length - 1 ? { ...r, scores: { ...r.scores, everyday: 9 } } : r));
    await (radar as unknown as { updateComplete: Promise<void> }).updateComplete;
    radar.dispatchEvent(new CustomEvent('kith-score-change', { detail: {} }));
    await el.updateComplete;
    expect(text($(el, '[part="goal"] .hint'))).to.equal('Latest score for Everyday living: 9 (Self-reliant), on 15 June 2026.');
  });

  it('adds a goal and an action by keyboard, and records status and date', async () => {
    const el = await editor(null);
    byId(el, 'add-goal').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ type: 'Sam sleeps in his own bed' });
    const goal = el.value!.goals[0]!;
    expect(goal.text).to.equal('Sam sleeps in his own bed');
    $$(el, 'button').find((b) => b.getAttribute('aria-label') === 'Add an action to goal 1')!.click();
    await el.updateComplete;
    const action = el.value!.goals[0]!.actions[0]!;
    expect(el.shadowRoot!.activeElement?.id).to.equal(`what-${action.id}`);
    await sendKeys({ type: 'Bedtime story at 8' });
    choose(byId(el, `when-${action.id}`), '2026-12-24');
    choose(byId<HTMLSelectElement>(el, `status-${action.id}`), 'doing');
    expect(el.value!.goals[0]!.actions[0]).to.deep.include({ what: 'Bedtime story at 8', when: '2026-12-24', status: 'doing' });
    expect(text(byId(el, `what-${action.id}`).labels![0])).to.equal('Action 1: What will happen');
  });

  it('counts the days to the review on Kith’s clock, so a host (or a test) pins “today” in one place', async () => {
    const el = await editor();
    expect(text($(el, '[part="review"] p'))).to.equal('The review is in 54 days.');
    setClock('2027-01-20T08:00:00Z');
    el.requestUpdate();
    await el.updateComplete;
    expect(text($(el, '[part="review"] p'))).to.equal('The review is 5 days late.');
    pinFixedClock();
  });

  it('shows the review date with the days to go, or how late it is', async () => {
    const el = await editor();
    el.today = new Date('2027-01-05T09:00:00Z');
    await el.updateComplete;
    expect(text($(el, '[part="review"] p'))).to.equal('The review is in 10 days.');
    el.today = new Date('2027-01-17T09:00:00Z');
    await el.updateComplete;
    expect(text($(el, '[part="review"] p'))).to.equal('The review is 2 days late.');
    choose(byId(el, 'review-date'), '2027-01-17');
    await el.updateComplete;
    expect(text($(el, '[part="review"] p'))).to.equal('The review is today.');
  });

  it('prints the take-home plan: family lane only, no controls', async () => {
    const el = await editor();
    el.printView = true;
    await el.updateComplete;
    expect(text($(el, 'h2'))).to.equal('Family action plan: our plan');
    expect(el.shadowRoot!.innerHTML.includes('Rent arrears')).to.equal(false);
    expect($$(el, 'button, input, textarea, select')).to.have.length(0);
    expect(text($(el, '.print'))).to.include('Set out school clothes the night before (Karen Jones, 1 December 2026, Doing it)');
    await expect(el).to.be.accessible();
  });

  it('is a form field: the form receives the plan as JSON', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><kith-plan-editor name="plan" template="family-action-plan" view="practitioner" .plan=${jonesFamilyPlan()}></kith-plan-editor></form>`);
    const el = form.querySelector('kith-plan-editor') as KithPlanEditor;
    await el.whenReady();
    const sent = JSON.parse(String(new FormData(form).get('plan'))) as Plan;
    expect(sent.statements).to.have.length(6);
    expect(sent.schemaVersion).to.equal(1);
  });

  it('renders statement text only as text', async () => {
    const plan = jonesFamilyPlan();
    plan.statements[0]!.text = '<img src=x onerror="window.hacked=1"><b>bold</b>';
    const el = await editor(plan);
    expect(text($(el, 'img'))).to.equal('');
    expect(statementTexts(el)[0]).to.equal('<img src=x onerror="window.hacked=1"><b>bold</b>');
    expect((window as { hacked?: number }).hacked).to.equal(undefined);
  });

  describe('bad input', () => {
    const cases: [string, () => Promise<KithPlanEditor>, string][] = [
      ['an unknown template', () => editor(null, 'template="care-plan"').then(async (el) => { el.template = 'care-plan'; await el.updateComplete; return el; }), 'unknown-template'],
      ['a statement in an unknown section', () => editor({ ...jonesFamilyPlan(), statements: [{ ...jonesFamilyPlan().statements[0]!, section: 'nowhere' }] }), 'unknown-section'],
      [
        'history out of order',
        () =>
          editor({
            ...jonesFamilyPlan(),
            statements: [{ ...jonesFamilyPlan().statements[0]!, history: [{ at: '2026-10-05', by: 'A', text: 'b' }, { at: '2026-10-01', by: 'A', text: 'a' }] }],
          }),
        'history-order',
      ],
      ['10 MB of text', () => editor({ ...jonesFamilyPlan(), statements: [{ ...jonesFamilyPlan().statements[0]!, text: 'x'.repeat(10 * 1024 * 1024) }] }), 'text-too-long'],
    ];
    for (const [name, make, code] of cases) {
      it(`shows a localised error and fires kith-error for ${name}, without throwing`, async () => {
        const errors: string[] = [];
        const listener = (event: Event): void => {
          errors.push((event as CustomEvent<{ code: string }>).detail.code);
        };
        document.addEventListener('kith-error', listener);
        try {
          const el = await make();
          expect(errors).to.include(code);
          expect(text($(el, '[part="error"]'))).to.include('There is a problem');
          expect(el.shadowRoot!.innerHTML.length).to.be.lessThan(20000);
          await expect(el).to.be.accessible();
        } finally {
          document.removeEventListener('kith-error', listener);
        }
      });
    }

    it('words the error in Welsh', async () => {
      const el = await editor(null, 'lang="cy" template="care-plan"');
      el.template = 'care-plan';
      await el.updateComplete;
      expect(text($(el, '[part="error"]'))).to.include('Mae template yn enwi templed cynllun, “care-plan”, nad yw’n bodoli.');
    });
  });

  it('speaks Welsh: headings, buttons, whose words and hints', async () => {
    const el = await editor(jonesFamilyPlan(), 'lang="cy" view="practitioner" author="Alex Rao"');
    expect(text($(el, '[part~="section"] h2'))).to.equal('Beth sy’n mynd yn dda i’n teulu');
    expect(button(el, 'Dadwneud') !== undefined).to.equal(true);
    expect(text($(el, '[part~="statement"] .meta'))).to.include('Yng ngeiriau Karen ei hun');
    type(byId<HTMLTextAreaElement>(el, 'add-change'), 'Bydd yr asesiad yn dechrau yfory.');
    await aTimeout(700);
    await el.updateComplete;
    expect(text($(el, '#hints-add-change'))).to.equal('Gallech ddweud “sgwrs am beth sydd ei angen arnoch” yn lle “asesiad”.');
    await expect(el).to.be.accessible();
  });

  for (const [name, css] of Object.entries(THEMES)) {
    it(`${name} theme: both lanes, a stale sign-off and sign-off errors are axe-clean`, async () => {
      const dropTheme = useTheme(css);
      try {
        const page = await fixture<HTMLDivElement>(html`<div style="background: var(--kith-sys-color-surface); color: var(--kith-sys-color-text)">
          <kith-plan-editor template="signs-of-safety" view="practitioner" author="Priya Shah" .plan=${{ ...evansSafetyPlan(), signOffs: [{ who: 'Lisa Evans', role: 'parent', method: 'typed-name', at: '2026-11-01T10:00:00Z', textHash: `sha256-${'0'.repeat(64)}` }] }}></kith-plan-editor>
        </div>`);
        const el = page.firstElementChild as KithPlanEditor;
        await el.whenReady();
        button(el, 'Sign the plan')!.click();
        // Marked stale once the signed words' hash is worked out (Web Crypto, asynchronous: slower under load).
        await until(() => text($(el, '.signed .stale')).includes('Lisa Evans'), 'Lisa Evans’s sign-off marked stale');
        await el.updateComplete;
        await expect(page).to.be.accessible();
      } finally {
        dropTheme();
      }
    });
  }

  it('renders 300 statements, each with its controls', async () => {
    const el = await editor(largePlan(300));
    expect($$(el, '[part~="statement"]')).to.have.length(300);
    expect($$(el, '[part~="professional"]')).to.have.length(75);
  });

  it('answers the scaling question for the person typing, beside everyone else’s answer', async () => {
    const el = await editor(evansSafetyPlan(), 'template="signs-of-safety" view="family" author="Lisa Evans" author-role="parent"');
    el.template = 'signs-of-safety';
    await el.whenReady();
    expect(text($(el, '[part~="section-scaling"] h2'))).to.equal('On a scale of 0 to 10, how safe are the children now?');
    choose(byId(el, 'scaling-mine'), '7');
    await el.updateComplete;
    expect($$(el, '[part~="section-scaling"] li').map((li) => text(li))).to.deep.equal(['Jade: 6', 'Priya Shah: 5', 'Lisa Evans: 7']);
    const event = oneEvent(el, 'kith-plan-change') as Promise<CustomEvent<PlanChangeDetail>>;
    choose(byId(el, 'scaling-mine'), '8');
    expect((await event).detail.plan.scaling!.find((answer) => answer.who === 'Lisa Evans')!.value).to.equal(8);
  });
});
