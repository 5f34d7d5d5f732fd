// No data lost: what a person typed or set survives a reload, a peer that
// drops off the network mid-edit, and a host page that sets properties
// while the person is working.
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import '../../src/components/plan-editor/define.js';
import '../../src/components/strengths-radar/define.js';
import '../../src/components/relationship-map/define.js';
import type { KithPlanEditor } from '../../src/components/plan-editor/plan-editor.js';
import type { KithStrengthsRadar, ScoreChangeDetail } from '../../src/components/strengths-radar/strengths-radar.js';
import type { Reading } from '../../src/components/strengths-radar/model.js';
import type { KithRelationshipMap, MapChangeDetail } from '../../src/components/relationship-map/relationship-map.js';
import type { Person } from '../../src/components/relationship-map/model.js';
import { wellbeingInstrument } from '../../src/components/strengths-radar/instruments.js';
import { memoryStorage } from '../../src/core/storage.js';
import { jonesFamilyPlan } from '../../stories/data/plans.js';
import { sixMonths } from '../../stories/data/readings.js';
import { familyMap } from '../../stories/data/networks.js';
import { addStatement, byId, choose, typeInto } from '../plan-editor-helpers.js';
import { until, sendKeys } from '../helpers.js';

describe('no data lost', () => {
  it('plan editor: everything typed is there after a reload (the element made again with the same storage)', async () => {
    const storage = memoryStorage();
    const plan = jonesFamilyPlan();
    const make = () => fixture<KithPlanEditor>(html`<kith-plan-editor template="family-action-plan" view="practitioner" author="Alex Rao" .storage=${storage} .plan=${plan}></kith-plan-editor>`);
    const first = await make();
    await first.whenReady();
    addStatement(first, 'review', 'How we will know it’s working', 'Karen says mornings are calmer.');
    addStatement(first, 'going-well', 'What’s going well for our family', 'Sam made his own packed lunch.');
    const editedId = first.value!.statements[0]!.id;
    byId(first, `change-${editedId}`).click();
    await first.updateComplete;
    // Typed into an open edit box, never confirmed with Done: still the person's words.
    typeInto(byId<HTMLTextAreaElement>(first, `edit-${editedId}`), 'Sam goes to football and swimming.');
    choose(byId<HTMLSelectElement>(first, 'status-a2'), 'doing');
    await first.updateComplete;
    const typed = structuredClone(first.value);
    first.remove();

    const again = await make();
    await again.whenReady();
    expect(again.value!.statements.map((s) => s.text)).to.deep.equal(typed!.statements.map((s) => s.text));
    expect(again.value!.statements.find((s) => s.id === editedId)!.text).to.equal('Sam goes to football and swimming.');
    expect(again.value!.goals[0]!.actions[1]!.status).to.equal('doing');
  });

  it('plan editor: a peer that drops off mid-edit and comes back later loses nothing, and neither does the other', async () => {
    const url = await executeServerCommand<string, undefined>('kith-yjs-server');
    const room = `no-data-lost-${Date.now()}`;
    const [docA, docB] = [new Y.Doc(), new Y.Doc()];
    const providerA = new WebsocketProvider(url, room, docA);
    const providerB = new WebsocketProvider(url, room, docB);
    try {
      await until(() => providerA.synced, 'A synced');
      const a = await fixture<KithPlanEditor>(html`<kith-plan-editor template="family-action-plan" view="practitioner" author="Alex Rao" .plan=${jonesFamilyPlan()} .doc=${docA}></kith-plan-editor>`);
      await a.whenReady();
      await until(() => providerB.synced, 'B synced');
      const b = await fixture<KithPlanEditor>(html`<kith-plan-editor template="family-action-plan" view="practitioner" author="Karen Jones" .doc=${docB}></kith-plan-editor>`);
      await b.whenReady();
      await until(() => b.value?.statements.length === 6, 'B has the plan');

      const id = b.value!.statements[2]!.id;
      byId(b, `change-${id}`).click();
      await b.updateComplete;
      typeInto(byId<HTMLTextAreaElement>(b, `edit-${id}`), 'Mornings are a battle');
      // Karen's connection drops half way through her edit…
      providerB.disconnect();
      typeInto(byId<HTMLTextAreaElement>(b, `edit-${id}`), 'Mornings are a battle, but Tuesdays are better.');
      addStatement(b, 'going-well', 'What’s going well for our family', 'We had a calm Tuesday.');
      // …while Alex keeps working.
      addStatement(a, 'review', 'How we will know it’s working', 'School says Sam is on time.');
      await aTimeout(200);
      expect(a.value!.statements.some((s) => s.text === 'We had a calm Tuesday.'), 'not yet: Karen is offline').to.equal(false);

      providerB.connect();
      await until(() => a.value!.statements.some((s) => s.text === 'We had a calm Tuesday.') && b.value!.statements.some((s) => s.text === 'School says Sam is on time.'), 'both have both new statements');
      await until(() => a.value!.statements.find((s) => s.id === id)!.text === 'Mornings are a battle, but Tuesdays are better.', 'A has Karen’s offline edit');
      const texts = (el: KithPlanEditor) => el.value!.statements.map((s) => s.text).sort();
      expect(texts(a)).to.deep.equal(texts(b));
      expect(texts(a)).to.have.length(8);
    } finally {
      providerA.destroy();
      providerB.destroy();
    }
  });

  describe('strengths radar: a host that sets properties while the person is scoring', () => {
    const today = (): Reading[] => [...sixMonths.slice(0, 5), { ...sixMonths[5]!, scores: { ...sixMonths[5]!.scores } }];

    it('every key press is one change, never twice, never lost, when the host echoes each change back', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><kith-strengths-radar name="reading" editable active-reading=${sixMonths[5]!.id} .instrument=${wellbeingInstrument} .readings=${today()}></kith-strengths-radar></form>`);
      const el = form.querySelector<KithStrengthsRadar>('kith-strengths-radar')!;
      await el.updateComplete;
      const seen: ScoreChangeDetail[] = [];
      // The host keeps its own copy and sets it back, as a framework's state would.
      let hostCopy = today();
      el.addEventListener('kith-score-change', (event) => {
        seen.push(event.detail);
        const { readingId, scaleId, value } = event.detail;
        hostCopy = hostCopy.map((r) => (r.id === readingId ? { ...r, scores: { ...r.scores, [scaleId]: value } } : r));
        el.readings = hostCopy;
      });
      const scale = wellbeingInstrument.scales[0]!.id;
      const start = sixMonths[5]!.scores[scale] as number;
      el.shadowRoot!.querySelector<HTMLElement>('[role="slider"]')!.focus();
      for (let i = 0; i < 3; i += 1) await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(seen.map((d) => [d.previous, d.value])).to.deep.equal([
        [start, start - 1],
        [start - 1, start - 2],
        [start - 2, start - 3],
      ]);
      expect(String(new FormData(form).get('reading')), 'the form value').to.include(`"${scale}":${start - 3}`);
      expect(el.shadowRoot!.activeElement?.getAttribute('role'), 'focus stays on the handle').to.equal('slider');
    });

    it('a reading the host adds meanwhile (another person’s) does not undo the person’s change', async () => {
      const el = await fixture<KithStrengthsRadar>(html`<kith-strengths-radar editable active-reading=${sixMonths[5]!.id} .instrument=${wellbeingInstrument} .readings=${today()}></kith-strengths-radar>`);
      const scale = wellbeingInstrument.scales[1]!.id;
      el.shadowRoot!.querySelectorAll<HTMLElement>('[role="slider"]')[1]!.focus();
      await sendKeys({ press: 'End' });
      // The host merges in a worker's reading, built from the element's current readings.
      el.readings = [...el.readings!, { id: 'worker-view', date: sixMonths[5]!.date, perspective: 'worker', scores: { [scale]: 4 } }];
      await el.updateComplete;
      expect(el.readings.find((r) => r.id === sixMonths[5]!.id)!.scores[scale]).to.equal(10);
      expect(el.shadowRoot!.querySelectorAll('[role="slider"]')[1]!.getAttribute('aria-valuenow')).to.equal('10');
    });
  });
  describe('relationship map: a host that sets properties while the person is changing the map', () => {
    const shadowButton = (el: KithRelationshipMap, label: string): HTMLButtonElement =>
      [...el.shadowRoot!.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent!.trim()) === label)!;
    const ringOf = (el: KithRelationshipMap, id: string): number | undefined => el.value!.people.find((p) => p.id === id)?.ring;
    const mapElement = async (): Promise<KithRelationshipMap> => {
      const el = await fixture<KithRelationshipMap>(html`<kith-relationship-map focus=${familyMap.focus} .people=${structuredClone(familyMap.people)} .relationships=${structuredClone(familyMap.relationships)}></kith-relationship-map>`);
      await el.updateComplete;
      return el;
    };

    it('every press is one change, never twice, never lost, when the host echoes each change back', async () => {
      const el = await mapElement();
      const seen: MapChangeDetail[] = [];
      el.addEventListener('kith-map-change', (event) => {
        seen.push(event.detail);
        // The host keeps its own copy and sets it back, as a framework's state would.
        el.people = structuredClone(event.detail.value.people);
        el.relationships = structuredClone(event.detail.value.relationships);
      });
      shadowButton(el, 'More actions: Karen Jones').focus();
      const focused = () => el.shadowRoot!.activeElement;
      for (let i = 0; i < 3; i += 1) {
        // Open the menu and, once it shows (its module may still be arriving, as a person would wait), go down from Move closer to Move further and choose it.
        await sendKeys({ press: 'Enter' });
        await until(() => focused()?.getAttribute('role') === 'menuitem', 'the menu opens, focus on its first item');
        await sendKeys({ press: 'ArrowDown' });
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        await until(() => focused()?.getAttribute('aria-label') === 'More actions: Karen Jones', 'focus back on the menu button, to move again');
      }
      expect(seen.map((d) => [d.action, d.item.id, (d.item as Person).ring])).to.deep.equal([
        ['move-person', 'mum', 2],
        ['move-person', 'mum', 3],
        ['move-person', 'mum', 4],
      ]);
      expect(ringOf(el, 'mum')).to.equal(4);
      expect(el.shadowRoot!.activeElement?.getAttribute('aria-label'), 'focus stays with the person').to.equal('More actions: Karen Jones');
    });

    it('a person the host adds meanwhile (a colleague’s) neither closes the form being filled in nor loses what was typed', async () => {
      const el = await mapElement();
      shadowButton(el, 'Edit Gareth Jones').click();
      await el.updateComplete;
      const name = el.shadowRoot!.querySelector<HTMLInputElement>('#person-name')!;
      name.focus();
      typeInto(name, 'Gareth (Dad)');
      el.people = [...el.people!, { id: 'aunt', name: 'Aunty Bev', kind: 'family', ring: 2 }];
      await el.updateComplete;
      const still = el.shadowRoot!.querySelector<HTMLInputElement>('#person-name');
      expect(still?.value, 'the typed name is still in the form').to.equal('Gareth (Dad)');
      expect(el.shadowRoot!.activeElement, 'focus is still in the name field').to.equal(still);
      const changed = new Promise<MapChangeDetail>((resolve) => el.addEventListener('kith-map-change', (e) => resolve(e.detail), { once: true }));
      still!.form!.requestSubmit();
      const detail = await changed;
      expect(detail.action).to.equal('update-person');
      expect(detail.value.people.map((p) => p.name)).to.include.members(['Gareth (Dad)', 'Aunty Bev']);
      expect(el.value!.people.find((p) => p.id === 'dad')!.name).to.equal('Gareth (Dad)');
    });

    it('what was typed for one person never appears in another person’s form', async () => {
      const el = await mapElement();
      shadowButton(el, 'Edit Gareth Jones').click();
      await el.updateComplete;
      typeInto(el.shadowRoot!.querySelector<HTMLInputElement>('#person-name')!, 'Gareth (Dad)');
      shadowButton(el, 'Edit Karen Jones').click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector<HTMLInputElement>('#person-name')!.value).to.equal('Karen Jones');
    });
  });
});
