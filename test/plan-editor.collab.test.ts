import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness.js';
import { WebsocketProvider } from 'y-websocket';
import '../src/components/plan-editor/define.js';
import type { KithPlanEditor } from '../src/components/plan-editor/plan-editor.js';
import type { Plan } from '../src/components/plan-editor/model.js';
import { jonesFamilyPlan } from '../stories/data/plans.js';
import { wirePeers, type PeerLink } from '../stories/support/peers.js';
import { $, $$, addStatement, byId, choose, text, typeInto as type } from './plan-editor-helpers.js';
import { until } from './helpers.js';


async function shared(doc: Y.Doc, author: string, plan?: Plan, awareness?: Awareness): Promise<KithPlanEditor> {
  const el = await fixture<KithPlanEditor>(html`<kith-plan-editor template="family-action-plan" view="practitioner" author=${author} .plan=${plan} .doc=${doc} .awareness=${awareness}></kith-plan-editor>`);
  await el.whenReady();
  return el;
}

/** Two editors, Alex (with the plan) and Karen, on two Y.Docs wired in the page. */
async function twoPeers(awareness: [Awareness, Awareness] | [] = []): Promise<{ link: PeerLink; a: KithPlanEditor; b: KithPlanEditor; docA: Y.Doc; docB: Y.Doc }> {
  const [docA, docB] = awareness.length ? [awareness[0].doc, awareness[1].doc] : [new Y.Doc(), new Y.Doc()];
  const link = wirePeers(docA, docB);
  const a = await shared(docA, 'Alex Rao', jonesFamilyPlan(), awareness[0]);
  const b = await shared(docB, 'Karen Jones', undefined, awareness[1]);
  return { link, a, b, docA, docB };
}

describe('kith-plan-editor co-editing (Yjs)', () => {
  it('two editors on two Y.Docs merge concurrent typing in the same statement, made while offline', async () => {
    const { link, a, b } = await twoPeers();
    const id = a.value!.statements[0]!.id;
    expect(text($(b, '[part~="statement"] .text'))).to.equal('Sam goes to football every Saturday and loves it.');

    link.offline();
    for (const el of [a, b]) {
      byId(el, `change-${id}`).click();
      await el.updateComplete;
    }
    type(byId<HTMLTextAreaElement>(a, `edit-${id}`), 'Every week: Sam goes to football every Saturday and loves it.');
    type(byId<HTMLTextAreaElement>(b, `edit-${id}`), 'Sam goes to football every Saturday and loves it. He scored twice.');
    link.online();
    await Promise.all([a.updateComplete, b.updateComplete]);
    const merged = 'Every week: Sam goes to football every Saturday and loves it. He scored twice.';
    expect(a.value!.statements[0]!.text).to.equal(merged);
    expect(b.value!.statements[0]!.text).to.equal(merged);
    expect(byId<HTMLTextAreaElement>(b, `edit-${id}`).value).to.equal(merged);
    expect(a.matches(':state(co-editing)')).to.equal(true);
  });

  it('a peer with no plan that connects first does not claim the doc: the plan a later peer brings reaches both (found by the visual tests)', async () => {
    const [docA, docB] = [new Y.Doc(), new Y.Doc()];
    wirePeers(docA, docB);
    const b = await shared(docB, 'Karen Jones');
    expect(b.value!.statements, 'nothing yet').to.have.length(0);
    const a = await shared(docA, 'Alex Rao', jonesFamilyPlan());
    await until(() => b.value!.statements.length === jonesFamilyPlan().statements.length, 'the plan reaches Karen');
    expect(a.value!.statements.map((s) => s.text).sort()).to.deep.equal(jonesFamilyPlan().statements.map((s) => s.text).sort());
    expect(text($(b, '[part~="statement"] .text'))).to.equal('Sam goes to football every Saturday and loves it.');
  });

  it('loses no statement when both add while apart and then reconnect', async () => {
    const { link, a, b } = await twoPeers();
    link.offline();
    const add = (el: KithPlanEditor, words: string): void => addStatement(el, 'going-well', 'What’s going well for our family', words);
    add(a, 'Sam helped cook tea.');
    add(b, 'We went to the beach.');
    add(b, 'Nan came for Sunday dinner.');
    link.online();
    await Promise.all([a.updateComplete, b.updateComplete]);
    const going = (el: KithPlanEditor): string[] => el.value!.statements.filter((s) => s.section === 'going-well').map((s) => s.text).sort();
    expect(going(a)).to.deep.equal(going(b));
    expect(going(a)).to.include.members(['Sam helped cook tea.', 'We went to the beach.', 'Nan came for Sunday dinner.']);
    expect(going(a)).to.have.length(5);
  });

  it('keeps one value when two people set the same status at once, and tells the one overruled', async () => {
    const { link, a, b } = await twoPeers();
    link.offline();
    choose(byId<HTMLSelectElement>(a, 'status-a1'), 'done');
    choose(byId<HTMLSelectElement>(b, 'status-a1'), 'stuck');
    link.online();
    await Promise.all([a.updateComplete, b.updateComplete]);
    const kept = a.value!.goals[0]!.actions[0]!.status;
    expect(b.value!.goals[0]!.actions[0]!.status).to.equal(kept);
    const [winner, loser, winnerName] = kept === 'done' ? [a, b, 'Alex Rao'] : [b, a, 'Karen Jones'];
    expect(text($(loser, '.action .conflict'))).to.include(`${winnerName} changed this while you were changing it. Their change was kept: check it is right.`);
    expect(text($(winner, '.action .conflict'))).to.equal('');
    expect(byId<HTMLSelectElement>(loser, 'status-a1').value).to.equal(kept);
    await expect(loser).to.be.accessible();
    // A later change that has seen the first is not a conflict.
    choose(byId<HTMLSelectElement>(winner, 'status-a1'), 'doing');
    await loser.updateComplete;
    expect($$(loser, '.action .conflict')).to.have.length(1);
  });

  it('shows who else is changing a statement (awareness)', async () => {
    const [awareA, awareB] = [new Awareness(new Y.Doc()), new Awareness(new Y.Doc())];
    awareA.on('update', ({ added, updated, removed }: Record<string, number[]>) => {
      applyAwarenessUpdate(awareB, encodeAwarenessUpdate(awareA, [...added!, ...updated!, ...removed!]), 'peer');
    });
    const { a, b } = await twoPeers([awareA, awareB]);
    const id = a.value!.statements[1]!.id;
    byId(a, `change-${id}`).click();
    await a.updateComplete;
    await b.updateComplete;
    expect(text($(b, `[data-id="${id}"] .presence`))).to.equal('Alex Rao is changing this now.');
    byId(a, `done-${id}`).click();
    await b.updateComplete;
    expect(text($(b, `[data-id="${id}"] .presence`))).to.equal('');
    awareA.destroy();
    awareB.destroy();
  });

  it('undoes only this person’s own changes', async () => {
    const { a, b } = await twoPeers();
    choose(byId<HTMLSelectElement>(a, 'status-a1'), 'done');
    choose(byId<HTMLSelectElement>(b, 'status-a3'), 'stuck');
    await a.updateComplete;
    byId(a, 'undo').click();
    await Promise.all([a.updateComplete, b.updateComplete]);
    expect(b.value!.goals[0]!.actions[0]!.status).to.equal('doing');
    expect(a.value!.goals[1]!.actions[0]!.status).to.equal('stuck');
  });

  it('shows an error, and leaves the doc alone, when the doc holds something that is not a plan', async () => {
    const foreign = new Y.Doc();
    foreign.getMap('kith-plan').set('schemaVersion', 99);
    const before = Y.encodeStateAsUpdate(foreign);
    const errors: string[] = [];
    document.addEventListener('kith-error', (event) => errors.push((event as CustomEvent<{ code: string }>).detail.code), { once: true });
    const el = await shared(foreign, 'Alex Rao', jonesFamilyPlan());
    expect(errors).to.deep.equal(['foreign-doc']);
    expect(text($(el, '[part="error"]'))).to.include('holds something that is not a Kith plan');
    expect(Y.encodeStateAsUpdate(foreign)).to.deep.equal(before);

    const notADoc = await fixture<KithPlanEditor>(html`<kith-plan-editor template="family-action-plan" .doc=${{ getMap: () => null }}></kith-plan-editor>`);
    await notADoc.whenReady();
    expect(text($(notADoc, '[part="error"] li'))).to.include('doc holds something that is not a Kith plan');
  });

  it('shows an error when a peer sends text that is far too long, instead of breaking the page', async () => {
    const [docA, docB] = [new Y.Doc(), new Y.Doc()];
    wirePeers(docA, docB);
    const a = await shared(docA, 'Alex Rao', jonesFamilyPlan());
    const id = a.value!.statements[0]!.id;
    const statement = docB.getMap<Y.Map<unknown>>('kith-plan/statements').get(id)!;
    (statement.get('text') as Y.Text).insert(0, 'x'.repeat(6000));
    await a.updateComplete;
    expect(text($(a, '[part="error"]'))).to.include('is too long: 6049 characters, and the most is 5000.');
  });

  it('syncs two editors through a real y-websocket server on 127.0.0.1', async () => {
    const url = (await executeServerCommand('kith-yjs-server')) as string;
    expect(url).to.match(/^ws:\/\/127\.0\.0\.1:\d+$/);
    const room = `plan-${Date.now()}`;
    const [docA, docB] = [new Y.Doc(), new Y.Doc()];
    const providerA = new WebsocketProvider(url, room, docA);
    await until(() => providerA.synced);
    const a = await shared(docA, 'Alex Rao', jonesFamilyPlan());
    const providerB = new WebsocketProvider(url, room, docB);
    await until(() => providerB.synced);
    const b = await shared(docB, 'Karen Jones');
    try {
      expect(b.value!.statements).to.have.length(6);
      addStatement(b, 'review', 'How we will know it’s working', 'Sam says mornings are better.');
      await until(() => a.value!.statements.some((s) => s.text === 'Sam says mornings are better.'));
      expect(a.value!.statements.find((s) => s.text === 'Sam says mornings are better.')!.author).to.equal('Karen Jones');
      choose(byId<HTMLSelectElement>(a, 'status-a2'), 'done');
      await until(() => b.value!.goals[0]!.actions[1]!.status === 'done');
    } finally {
      providerA.destroy();
      providerB.destroy();
    }
  });
});
