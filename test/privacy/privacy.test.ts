// Kith's privacy rules as properties (Storybook → Security and privacy lists
// them with this file). Generated data carries canary strings in every
// protected field; each rule looks for them in every channel a reader or a
// host can reach, and a canary found fails with the channel that carried it.
// `npm test` runs a few cases per rule from a fixed seed; `npm run fuzz` many.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/components/strengths-radar/define.js';
import '../../src/components/relationship-map/define.js';
import '../../src/components/plan-editor/define.js';
import '../../src/components/sharing-agreement/define.js';
import '../../src/components/team-around/define.js';
import '../../src/components/learning-view/define.js';
import type { KithLearningView } from '../../src/components/learning-view/learning-view.js';
import { servicePeople } from '../../stories/data/learning.js';
import type { StoryRecord, StoryUse } from '../../src/components/story/model.js';
import type { KithStrengthsRadar } from '../../src/components/strengths-radar/strengths-radar.js';
import type { KithRelationshipMap } from '../../src/components/relationship-map/relationship-map.js';
import type { KithPlanEditor } from '../../src/components/plan-editor/plan-editor.js';
import type { KithSharingAgreement } from '../../src/components/sharing-agreement/sharing-agreement.js';
import type { KithTeamAround } from '../../src/components/team-around/team-around.js';
import type { Team, TeamMember } from '../../src/components/team-around/model.js';
import { wellbeingInstrument } from '../../src/components/strengths-radar/instruments.js';
import { DEFAULT_MIN_GROUP_SIZE, type Reading } from '../../src/components/strengths-radar/model.js';
import { PERSON_KINDS, RELATIONSHIP_TYPES, type MapData, type Person, type Relationship } from '../../src/components/relationship-map/model.js';
import type { Plan, Statement } from '../../src/components/plan-editor/model.js';
import type { ConsentReceipt, SharingConfig } from '../../src/components/sharing-agreement/model.js';
import { configureConsent, setConsent } from '../../src/components/consent/store.js';
import { jonesFamilyPlan } from '../../stories/data/plans.js';
import { earlyHelpFamily, keptReceipt } from '../../stories/data/sharing.js';
import { evansTeam } from '../../stories/data/teams.js';
import { cookieNames, freshPage } from '../consent-helpers.js';
import { typeInto } from '../helpers.js';
import { fuzzSettings } from '../reliability/harness.js';
import { accessibilityTree, leaks, mountView, pageChannels, serverRendered, type Channel, type Mounted } from './channels.js';

const scaleIds = wellbeingInstrument.scales.map((scale) => scale.id);

/** Cases per rule: `bounded` with a fixed seed in `npm test`; with `npm run fuzz`, a twentieth of its depth (each case mounts, exports and server-renders). */
async function privacySettings(bounded: number): Promise<{ numRuns: number; seed?: number }> {
  const settings = await fuzzSettings(bounded);
  return settings.seed === undefined ? { numRuns: Math.max(bounded, Math.round(settings.numRuns / 20)) } : settings;
}

/** A canary: a word no fixture, catalogue or generated text contains by chance. */
const canary = (kind: string, i: number): string => `Kq${kind}canary${i}x`;

afterEach(() => {
  document.querySelectorAll('body > form').forEach((form) => form.remove());
});

describe('privacy rules, held on every channel (canary strings)', function () {
  this.timeout(120000);

  it('a suppressed aggregate shows no individual datum: no reading’s note or id in the DOM, attributes, accessibility tree, form value, events, FHIR, SVG or server HTML', async () => {
    const groups = fc.record({
      count: fc.integer({ min: 1, max: DEFAULT_MIN_GROUP_SIZE - 1 }),
      scores: fc.array(fc.integer({ min: 1, max: 10 }), { minLength: scaleIds.length, maxLength: scaleIds.length }),
      noted: fc.subarray(scaleIds, { minLength: 1 }),
    });
    await fc.assert(
      fc.asyncProperty(groups, async ({ count, scores, noted }) => {
        const readings: Reading[] = Array.from({ length: count }, (_, i) => ({
          id: canary('reading', i),
          date: `2026-0${1 + i}-15`,
          perspective: 'person',
          scores: Object.fromEntries(scaleIds.map((id, s) => [id, scores[s]!])),
          notes: Object.fromEntries(noted.map((id) => [id, canary(`note${id}`, i)])),
        }));
        const canaries = readings.flatMap((reading) => [reading.id, ...Object.values(reading.notes!)]);
        const mounted = await mountView<KithStrengthsRadar>('radar aggregate', { readings });
        // A reader opens the data table too.
        mounted.el.shadowRoot!.querySelector<HTMLButtonElement>('button.toggle')!.click();
        await mounted.el.updateComplete;
        const channels: Channel[] = [
          ...pageChannels(mounted),
          ...(await accessibilityTree()),
          { name: 'exportFHIR()', text: JSON.stringify(await mounted.el.exportFHIR()) },
          { name: 'exportSVG()', text: await mounted.el.exportSVG() },
          ...(await serverRendered('radar aggregate', { readings })),
        ];
        mounted.form.remove();
        expect(leaks(channels, canaries)).to.deep.equal([]);
      }),
      await privacySettings(6),
    );
  });

  /** A map whose people and relationships carry canaries: names, notes, labels; some people left out of exports. */
  const maps = fc
    .record({
      kinds: fc.array(fc.constantFrom(...PERSON_KINDS.filter((kind) => kind !== 'person')), { minLength: 2, maxLength: 9 }),
      excluded: fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }),
      types: fc.array(fc.constantFrom(...RELATIONSHIP_TYPES), { minLength: 9, maxLength: 9 }),
      between: fc.array(fc.tuple(fc.nat(8), fc.nat(8)), { maxLength: 6 }),
    })
    .map(({ kinds, excluded, types, between }) => {
      const people: Person[] = [
        { id: 'focus', name: `${canary('first', 0)} ${canary('last', 0)}`, kind: 'person', notes: canary('note', 0) },
        ...kinds.map((kind, i) => ({
          id: `p${i + 1}`,
          name: `${canary('first', i + 1)} ${canary('last', i + 1)}`,
          kind,
          ring: ((i % 4) + 1) as 1 | 2 | 3 | 4,
          notes: canary('note', i + 1),
          ...(excluded[i] ? { excludeFromExport: true } : {}),
        })),
      ];
      const relationships: Relationship[] = [
        ...kinds.map((_, i) => ({ id: `r${i + 1}`, from: 'focus', to: `p${i + 1}`, type: types[i]!, label: canary('label', i + 1) })),
        ...between
          .filter(([a, b]) => a !== b && a < kinds.length && b < kinds.length)
          .map(([a, b], i) => ({ id: `x${i}`, from: `p${a + 1}`, to: `p${b + 1}`, type: types[(a + b) % 9]!, label: canary('between', i) })),
      ];
      return { focus: 'focus', people, relationships } satisfies MapData;
    });

  const exportsOf = async (map: KithRelationshipMap): Promise<Channel[]> => [
    { name: 'exportJSON()', text: await map.exportJSON() },
    { name: 'exportCSV()', text: await map.exportCSV() },
    { name: 'exportGraphML()', text: await map.exportGraphML() },
    { name: 'exportSVG() (and the PNG drawn from it)', text: await map.exportSVG() },
  ];

  it('people left out of exports, and their relationships, are in no export and no exported attribute, title or description', async () => {
    await fc.assert(
      fc.asyncProperty(maps, async (map) => {
        const left = new Set(map.people.filter((person) => person.excludeFromExport).map((person) => person.id));
        const canaries = [
          ...map.people.filter((person) => left.has(person.id)).flatMap((person) => [...person.name.split(' '), person.notes!]),
          ...map.relationships.filter((r) => left.has(r.from) || left.has(r.to)).map((r) => r.label!),
        ];
        const mounted = await mountView<KithRelationshipMap>('map', { map, display: 'name' });
        const channels = await exportsOf(mounted.el);
        mounted.form.remove();
        expect(leaks(channels, canaries)).to.deep.equal([]);
      }),
      await privacySettings(6),
    );
  });

  it('initials mode shows and exports no full name, note or label: DOM, attributes, accessibility tree, exports and server HTML', async () => {
    await fc.assert(
      fc.asyncProperty(maps, async (map) => {
        // Initials are first letters (“KK”): the words themselves must be nowhere.
        const canaries = [...map.people.flatMap((person) => [...person.name.split(' '), person.notes!]), ...map.relationships.map((r) => r.label!)];
        const mounted = await mountView<KithRelationshipMap>('map', { map, display: 'initials' });
        const channels = [
          // The form value is the map itself, posted back to the host that gave it: not a view of it.
          ...pageChannels(mounted).filter((channel) => !channel.name.startsWith('form value')),
          ...(await accessibilityTree()),
          ...(await exportsOf(mounted.el)),
          ...(await serverRendered('map', { map, display: 'initials' })),
        ];
        mounted.form.remove();
        expect(leaks(channels, canaries)).to.deep.equal([]);
        expect(channels[0]!.text, 'the initials are shown').to.include('KK');
      }),
      await privacySettings(6),
    );
  });

  it('the plan editor’s family view has nothing from the professional lane: DOM, attributes, accessibility tree, print view and server HTML', async () => {
    const professional = fc.array(fc.record({ section: fc.constantFrom('going-well', 'change', 'review'), edited: fc.boolean() }), { minLength: 1, maxLength: 4 });
    await fc.assert(
      fc.asyncProperty(professional, async (added) => {
        const base = jonesFamilyPlan();
        const statements: Statement[] = added.map(({ section, edited }, i) => ({
          id: `pro${i}`,
          section,
          text: canary('pro', i),
          voice: { role: 'worker', name: 'Alex Rao' },
          author: 'Alex Rao',
          createdAt: '2026-11-01T10:00:00.000Z',
          editedAt: '2026-11-02T10:00:00.000Z',
          agreedBy: [],
          lane: 'professional',
          history: [{ at: '2026-11-01T10:00:00.000Z', by: 'Alex Rao', text: edited ? canary('proEarlier', i) : canary('pro', i) }],
        }));
        const plan: Plan = { ...base, statements: [...base.statements.filter((s) => s.lane === 'family'), ...statements] };
        const canaries = statements.flatMap((s) => [s.text, s.history[0]!.text]);
        const mounted: Mounted<KithPlanEditor> = await mountView<KithPlanEditor>('plan, family view', { plan });
        // The form value and events are the plan itself, for the host that gave it: the view is what must not show it.
        const screen = pageChannels(mounted).filter((channel) => !channel.name.startsWith('form value') && !channel.name.endsWith('detail'));
        const tree = await accessibilityTree();
        mounted.el.printView = true;
        await mounted.el.updateComplete;
        const printed = pageChannels(mounted).filter((channel) => channel.name === 'shadow and light DOM text').map((channel) => ({ ...channel, name: `print view: ${channel.name}` }));
        const channels = [...screen, ...tree, ...printed, ...(await serverRendered('plan, family view', { plan }))];
        mounted.form.remove();
        expect(leaks(channels, canaries)).to.deep.equal([]);
      }),
      await privacySettings(4),
    );
  });

  it('a member marked private shows only to professionals: not in the family view’s DOM, attributes, accessibility tree, exports, events, form value or server HTML', async () => {
    const hidden = fc.array(fc.record({ kind: fc.constantFrom('family', 'community', 'professional'), preferred: fc.constantFrom('phone', 'text', 'email') }), { minLength: 1, maxLength: 3 });
    await fc.assert(
      fc.asyncProperty(hidden, async (added) => {
        const base = evansTeam();
        const secret: TeamMember[] = added.map(({ kind, preferred }, i) => ({
          id: `secret${i}`,
          name: canary('name', i),
          role: canary('role', i),
          agencyName: canary('agency', i),
          kind: kind as TeamMember['kind'],
          private: true,
          contact: { preferred: preferred as 'phone', phone: `0770090${i}999`, email: `${canary('email', i)}@example.org`, hours: canary('hours', i), note: canary('note', i) },
          nextStep: canary('step', i),
          familyWants: canary('wants', i),
        }));
        const team: Team = { ...base, members: [...base.members.filter((member) => !member.private), ...secret] };
        const canaries = secret.flatMap((member) => [member.name, member.role as string, member.agencyName as string, member.contact!.hours as string, member.contact!.note as string, member.contact!.phone!, member.nextStep as string, member.familyWants!]);
        const mounted: Mounted<KithTeamAround> = await mountView<KithTeamAround>('team, family view', { team });
        const { el } = mounted;
        // The family adds someone: the change's event and the form value carry the team as the family view shows it.
        el.shadowRoot!.querySelector<HTMLButtonElement>('#add-member')!.click();
        await el.updateComplete;
        typeInto(el.shadowRoot!.querySelector<HTMLInputElement>('#member-name')!, 'Auntie Bet');
        el.shadowRoot!.querySelector<HTMLButtonElement>('.member-form [type="submit"]')!.click();
        await el.updateComplete;
        expect(mounted.events.map((event) => event.type)).to.include('kith-team-change');
        const exports = [
          { name: 'exportJSON()', text: await el.exportJSON() },
          { name: 'exportCSV()', text: await el.exportCSV() },
          ...(await Promise.all([...secret, ...team.members].map(async (member) => ({ name: `exportVCard(${member.id})`, text: String(await el.exportVCard(member.id)) })))),
        ];
        const channels = [...pageChannels(mounted), ...(await accessibilityTree()), ...exports, ...(await serverRendered('team, family view', { team }))];
        mounted.form.remove();
        expect(leaks(channels, canaries)).to.deep.equal([]);
      }),
      await privacySettings(4),
    );
  });

  it('each professional’s row shows only what the agreement lets their agency see, and nothing of the agreement beyond it', async () => {
    const base = earlyHelpFamily();
    const config: SharingConfig = {
      ...base,
      information: base.information.map((kind, i) => ({ id: kind.id, label: canary('info', i) })),
      purposes: base.purposes.map((purpose, i) => ({ id: purpose.id, label: canary('purpose', i) })),
    };
    const professionals = evansTeam().members.filter((member) => member.kind === 'professional' && member.agency && config.agencies.some((agency) => agency.id === member.agency));
    const choice = fc.record({ information: fc.subarray(config.information.map((kind) => kind.id)), purposes: fc.subarray(config.purposes.map((purpose) => purpose.id)) });
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom(...config.agencies.map((agency) => agency.id)), choice), async (choices) => {
        const receipt = keptReceipt(choices, { exclusions: canary('exclusion', 0) });
        const holder = document.createElement('form');
        document.body.append(holder);
        const el = Object.assign(document.createElement('kith-team-around'), { team: evansTeam(), receipt, sharingConfig: config }) as KithTeamAround;
        el.setAttribute('view', 'professional');
        holder.append(el);
        await el.updateComplete;
        const cards = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="member"]')];
        for (const member of professionals) {
          const card = cards.find((each) => each.querySelector('h3')?.textContent === member.name)!;
          const chosen = choices[member.agency!];
          const agreed = chosen && chosen.information.length > 0 && chosen.purposes.length > 0 ? chosen : { information: [], purposes: [] };
          const said = card.textContent!;
          config.information.forEach((kind) => expect(said.includes(kind.label as string), `${member.name}: ${kind.id}`).to.equal(agreed.information.includes(kind.id)));
          config.purposes.forEach((purpose) => expect(said.includes(purpose.label as string), `${member.name}: ${purpose.id}`).to.equal(agreed.purposes.includes(purpose.id)));
          expect(said.includes('Sharing not agreed'), `${member.name}: not agreed`).to.equal(agreed.information.length === 0);
        }
        expect(leaks(pageChannels({ el, form: holder, events: [] }), [canary('exclusion', 0)])).to.deep.equal([]);
        holder.remove();
      }),
      await privacySettings(8),
    );
  });

  it('a consent receipt holds what was agreed and nothing else, and shows nothing unagreed as shared', async () => {
    const base = earlyHelpFamily();
    const config: SharingConfig = {
      ...base,
      information: base.information.map((kind, i) => ({ id: kind.id, label: { en: canary('info', i), cy: canary('info', i) } })),
      purposes: base.purposes.map((purpose, i) => ({ id: purpose.id, label: { en: canary('purpose', i), cy: canary('purpose', i) } })),
    };
    const boxes = config.agencies.flatMap((agency) => [
      ...config.information.map((kind) => ({ agency: agency.id, list: 'information' as const, id: kind.id })),
      ...config.purposes.map((purpose) => ({ agency: agency.id, list: 'purposes' as const, id: purpose.id })),
    ]);
    await fc.assert(
      fc.asyncProperty(fc.subarray(boxes), fc.constantFrom('', 'Nothing about my dad.'), async (ticked, exclusions) => {
        const form = document.createElement('form');
        document.body.append(form);
        const el = document.createElement('kith-sharing-agreement') as KithSharingAgreement;
        el.setAttribute('mode', 'consent');
        el.config = config;
        form.append(el);
        await el.updateComplete;
        const field = (id: string) => el.shadowRoot!.getElementById(id) as HTMLInputElement;
        for (const box of ticked) field(`${box.agency}--${box.list}--${box.id}`).click();
        typeInto(field('exclusions'), exclusions);
        field('role-person').click();
        typeInto(field('agreed-name'), 'Jade Evans');
        field('method-online').click();
        const made = new Promise<ConsentReceipt>((resolve) => el.addEventListener('kith-consent-receipt', (event) => resolve((event as CustomEvent).detail.receipt), { once: true }));
        el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
        const receipt = await made;
        await el.updateComplete;

        // Agreed = at least one kind of information and one purpose for that agency: the rest is not sharing.
        const expected = Object.fromEntries(
          config.agencies.map((agency) => {
            const pick = (list: 'information' | 'purposes') => config[list].filter((item) => ticked.some((box) => box.agency === agency.id && box.list === list && box.id === item.id)).map((item) => item.id);
            const [information, purposes] = [pick('information'), pick('purposes')];
            return [agency.id, information.length > 0 && purposes.length > 0 ? { information, purposes } : { information: [], purposes: [] }];
          }),
        );
        expect(receipt.choices).to.deep.equal(expected);
        expect(Object.keys(receipt).sort()).to.deep.equal(['agreedBy', 'choices', 'exclusions', 'expiresOn', 'id', 'language', 'method', 'mode', 'policyVersion', 'schemaVersion', 'subject', 'textHash', 'timestamp']);
        expect(receipt.exclusions).to.equal(exclusions);
        // What the receipt view says is shared with each agency is exactly what was agreed.
        const items = [...el.shadowRoot!.querySelectorAll('[part="receipt"] li')].map((item) => item.textContent!.replace(/\s+/g, ' '));
        config.agencies.forEach((agency, i) => {
          const line = items[i]!;
          const agreed = expected[agency.id]!;
          for (const [list, kinds] of [['information', config.information], ['purposes', config.purposes]] as const) {
            kinds.forEach((kind) => expect(line.includes((kind.label as { en: string }).en), `${agency.id}: ${kind.id}`).to.equal((agreed[list] as string[]).includes(kind.id)));
          }
          if (exclusions) expect(line, 'their exclusions are not a shared item').not.to.include(exclusions);
        });
        form.remove();
      }),
      await privacySettings(8),
    );
  });

  /** A story the service may not learn from: its words are canaries. */
  const unconsented = (id: string, title: string, text: string, consent: { uses: StoryUse[]; withdrawnAt?: string }): StoryRecord => ({
    id,
    frameId: 'what-helped',
    frameVersion: '1',
    title,
    text,
    voice: { role: 'person' },
    dyads: { agency: 50 },
    triads: { difference: [60, 30, 10] },
    tags: [],
    consent: { textHash: 'sha256-x', at: '2026-09-01T10:00:00.000Z', language: 'en', ...consent },
  });

  it('the service’s learning shows no person: no id, name, scribe, place or reading note, and no story without consent (or withdrawn) — DOM with every region’s stories opened, attributes, accessibility tree, every export and server HTML', async () => {
    const cases = fc.record({ count: fc.integer({ min: 120, max: 200 }), seed: fc.nat(1000), group: fc.constantFrom('', 'team:North', 'area:Ely') });
    await fc.assert(
      fc.asyncProperty(cases, async ({ count, seed, group }) => {
        const people = servicePeople(count, { seed, readingsEach: 2 }).map((person, i) => ({
          ...person,
          id: canary('id', i),
          readings: person.readings!.map((reading) => ({ ...reading, notes: { home: canary('readingNote', i) } })),
          stories: [
            ...(person.stories ?? []).map((story) => ({ ...story, voice: { role: story.voice.role, name: canary('name', i) }, writtenDownBy: canary('scribe', i), place: canary('place', i) })),
            // Told, but only for the worker; and agreed, then withdrawn.
            unconsented(`w${i}`, canary('workerOnly', i), canary('workerOnlyText', i), { uses: ['worker'] }),
            unconsented(`x${i}`, canary('withdrawn', i), canary('withdrawnText', i), { uses: ['service-learning'], withdrawnAt: '2026-10-01T10:00:00.000Z' }),
          ],
        }));
        const canaries = people.flatMap((person, i) => [person.id, canary('readingNote', i), canary('name', i), canary('scribe', i), canary('place', i), canary('workerOnly', i), canary('workerOnlyText', i), canary('withdrawn', i), canary('withdrawnText', i)]);
        const mounted = await mountView<KithLearningView>('learning view', { people, group });
        const el = mounted.el;
        const opened: Channel[] = [];
        // A reader opens each region's stories in turn.
        const regions = el.shadowRoot!.querySelectorAll('.triad-density button').length;
        if (group === '') expect(regions, 'some regions have stories to open').to.be.above(0);
        for (let index = 0; index < regions; index += 1) {
          el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.triad-density button')[index]!.click();
          await el.updateComplete;
          opened.push(...pageChannels(mounted).map((channel) => ({ ...channel, name: `${channel.name}, region ${index + 1} opened` })));
        }
        const charts = ['distance', 'network', 'checks', 'triad:difference', 'dyad:agency'] as const;
        const channels: Channel[] = [
          ...pageChannels(mounted),
          ...opened,
          ...(await accessibilityTree()),
          { name: 'exportJSON()', text: await el.exportJSON() },
          { name: 'exportCSV()', text: await el.exportCSV() },
          ...(await Promise.all(charts.map(async (chart) => ({ name: `exportSVG('${chart}')`, text: await el.exportSVG(chart) })))),
          { name: 'the figures property', text: JSON.stringify(el.figures?.groups) },
          ...(await serverRendered('learning view', { people, group })),
        ];
        mounted.form.remove();
        expect(leaks(channels, canaries)).to.deep.equal([]);
      }),
      await privacySettings(3),
    );
  });

  it('rejecting cookies deletes what each refused category names, and nothing else, whatever other scripts have set', async () => {
    // Names a page really meets: plain, prefixed, URL-encoded, and ones that cannot be decoded.
    const names = fc.uniqueArray(fc.constantFrom('_ga', '_ga_XYZ', '_gid', 'embed_video', 'session', 'bad%E0%A4%A', 'tracker%20id', 'theme', '%', 'a%2'), { minLength: 1 });
    await fc.assert(
      fc.property(names, (present) => {
        freshPage();
        const categories = [
          { id: 'analytics', name: { en: 'analytics' }, description: { en: 'Measuring use.' }, cookies: ['_ga*', '_gid', 'tracker id'] },
          { id: 'functional', name: { en: 'videos' }, description: { en: 'Videos from other sites.' }, cookies: ['embed_video'] },
        ];
        configureConsent({ categories });
        for (const name of present) document.cookie = `${name}=1; Path=/`;
        setConsent(false);
        const named = (name: string) => /^_ga/.test(name) || ['_gid', 'tracker%20id', 'embed_video'].includes(name);
        const kept = cookieNames().filter((name) => name !== 'kith_cookie_consent');
        expect(kept.sort()).to.deep.equal(present.filter((name) => !named(name)).sort());
      }),
      await privacySettings(40),
    );
    freshPage();
  });
});
