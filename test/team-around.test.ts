// <kith-team-around>: the two views, sharing joined up, editing and exports.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/components/team-around/define.js';
import type { KithTeamAround } from '../src/components/team-around/team-around.js';
import type { Team, TeamMember } from '../src/components/team-around/model.js';
import { earlyHelpFamily, jadesReceipt, keptReceipt } from '../stories/data/sharing.js';
import { familyMap } from '../stories/data/networks.js';
import { evansTeam, samsTeam } from '../stories/data/teams.js';
import { everyElement, sendKeys, typeInto, until, useTheme } from './helpers.js';
import { THEMES } from '../stories/support/themes.js';

const text = (node: Element | null | undefined): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const cards = (el: Element): HTMLElement[] => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="member"]')];

const config = earlyHelpFamily();
const [firstAgency, secondAgency] = config.agencies;

const team: Team = {
  subject: { name: 'the Evans family' },
  members: [
    { id: 'gran', name: 'Gran', kind: 'family', familyWants: 'Sundays are hers' },
    { id: 'nia', name: 'Nia Roberts', role: 'Family support worker', agency: firstAgency!.id, agencyName: 'Early Help', kind: 'professional', lead: true, contact: { preferred: 'text', phone: '07700 900123', email: 'nia@example.org' }, lastInTouch: '2026-11-18', nextStep: 'Book the school meeting' },
    { id: 'second', name: 'Ifan Hughes', agency: secondAgency!.id, kind: 'professional' },
    { id: 'police', name: 'CANARY-Sian', kind: 'professional', private: true, contact: { phone: 'CANARY-101' } },
  ],
  gaps: ['No one from housing'],
};

/** Everything Kith wrote: text and every attribute of the shadow tree. */
const written = (el: Element): string =>
  everyElement(el)
    .filter((node) => node !== el)
    .map((node) => [node.textContent, ...[...node.attributes].map((attribute) => attribute.value)].join(' '))
    .join(' ');

describe('<kith-team-around>', () => {
  it('family view: the lead first, how to reach each, the gaps, and no private member anywhere', async () => {
    const el = await fixture<KithTeamAround>(html`<kith-team-around .team=${team}></kith-team-around>`);
    expect(cards(el).map((card) => text(card.querySelector('h3')))).to.deep.equal(['Nia Roberts', 'Gran', 'Ifan Hughes']);
    expect(text(cards(el)[0])).to.contain('Lead professional');
    expect(text(cards(el)[0])).to.contain('Best way to reach them: a text message');
    expect(text(cards(el)[0]), 'email is for professionals').to.not.contain('nia@example.org');
    expect(text(cards(el)[1])).to.contain('What the family wants them to know: Sundays are hers');
    expect(text(el.shadowRoot!.querySelector('[part="gaps"]'))).to.equal('Gaps in the team No one from housing');
    for (const channel of [written(el), await el.exportJSON(), await el.exportCSV(), String(await el.exportVCard('police'))]) expect(channel).to.not.contain('CANARY');
    await expect(el).to.be.accessible();
  });

  it('professional view: agencies, contact details, last in touch, and the private member marked', async () => {
    const el = await fixture<KithTeamAround>(html`<kith-team-around view="professional" .team=${team}></kith-team-around>`);
    expect(cards(el)).to.have.length(4);
    const nia = text(cards(el)[0]);
    expect(nia).to.contain('Family support worker · Early Help · Professional');
    expect(nia).to.contain('Email: nia@example.org');
    expect(nia).to.contain('Last in touch: 18 November 2026');
    expect(text(cards(el)[3])).to.contain('Only professionals see this person');
    expect(await el.exportVCard('police')).to.contain('FN:CANARY-Sian');
    await expect(el).to.be.accessible();
  });

  it('joined up with the sharing agreement: what each may see and why, “not agreed” where nothing covers them, and nothing else of the agreement', async () => {
    const receipt = keptReceipt({ [firstAgency!.id]: { information: [config.information[0]!.id], purposes: [config.purposes[0]!.id] } }, { exclusions: 'CANARY-exclusion' });
    const el = await fixture<KithTeamAround>(html`<kith-team-around .team=${team} .receipt=${JSON.stringify(receipt)} .sharingConfig=${config}></kith-team-around>`);
    const [nia, gran, second] = cards(el);
    const information = typeof config.information[0]!.label === 'string' ? config.information[0]!.label : config.information[0]!.label['en']!;
    expect(text(nia!.querySelector('[part="sharing"]'))).to.contain(`May see: ${information}.`);
    expect(gran!.querySelector('[part="sharing"]'), 'family members are not asked about').to.equal(null);
    expect(text(second!.querySelector('[part="sharing"]'))).to.equal('Sharing not agreed: nothing may be shared with them.');
    expect(written(el)).to.not.contain('CANARY-exclusion');
  });

  it('in Welsh', async () => {
    const el = await fixture<KithTeamAround>(html`<kith-team-around lang="cy" .team=${team}></kith-team-around>`);
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('h2'))).to.equal('Y tîm o amgylch the Evans family');
    expect(text(el.shadowRoot!.querySelector('.hint'))).to.equal('3 pherson.');
    expect(text(cards(el)[0])).to.contain('Gweithiwr proffesiynol arweiniol');
  });

  it('bad input: a localised error state and kith-error, never a throw', async () => {
    const el = document.createElement('kith-team-around') as KithTeamAround;
    el.team = { ...team, members: [{ ...team.members[0]!, lead: true }] };
    const reported = oneEvent(el, 'kith-error');
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    const { detail } = await reported;
    expect(`${detail.code}@${detail.path}`).to.equal('lead-not-professional@team.members[0].lead');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.not.equal(null);
    expect(text(el.shadowRoot!.querySelector('[part="error"]'))).to.contain('only a professional can be the lead professional');
    await expect(el).to.be.accessible();
  });

  describe('in a form', () => {
    it('submits the team as its view shows it (the family view without the private member), a reset brings back the team it started with, and a disabled fieldset stops editing', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><fieldset><kith-team-around name="team" editable .team=${team}></kith-team-around></fieldset></form>`);
      const el = form.querySelector<KithTeamAround>('kith-team-around')!;
      await el.updateComplete;
      const submitted = (): Team => JSON.parse(new FormData(form).get('team') as string);
      expect(submitted().members.map((member) => member.id)).to.deep.equal(['gran', 'nia', 'second']);
      expect(JSON.stringify(submitted())).to.not.contain('CANARY');
      el.view = 'professional';
      await el.updateComplete;
      expect(submitted().members.map((member) => member.id)).to.deep.equal(['gran', 'nia', 'second', 'police']);

      el.shadowRoot!.getElementById('menu-button-gran')!.click();
      await until(() => el.shadowRoot!.querySelector('[role="menu"]'), 'the menu opens');
      await el.updateComplete;
      const removed = oneEvent(el, 'kith-team-change');
      el.shadowRoot!.querySelector<HTMLElement>('[role="menu"] [role="menuitem"]')!.click();
      await removed;
      await el.updateComplete;
      expect(submitted().members.map((member) => member.id)).to.not.include('gran');
      form.reset();
      await el.updateComplete;
      expect(submitted().members.map((member) => member.id)).to.include('gran');

      form.querySelector('fieldset')!.disabled = true;
      await until(() => el.shadowRoot!.getElementById('add-member') === null, 'no Add button while disabled');
      expect(el.shadowRoot!.querySelector('[part="member"] .actions')).to.equal(null);
    });

    it('in the family view, a change’s event carries the team and the member as the family sees them: no private member, no map link', async () => {
      const el = await fixture<KithTeamAround>(html`<kith-team-around editable .team=${{ ...team, members: [...team.members, { ...team.members[0]!, id: 'bryn', name: 'Bryn', mapPersonId: 'map-bryn' }] }}></kith-team-around>`);
      el.shadowRoot!.getElementById('edit-bryn')!.click();
      await el.updateComplete;
      const changed = oneEvent(el, 'kith-team-change');
      el.shadowRoot!.querySelector<HTMLButtonElement>('.member-form [type="submit"]')!.click();
      const { detail } = await changed;
      expect(detail.team.members.map((member: TeamMember) => member.id)).to.deep.equal(['gran', 'nia', 'second', 'bryn']);
      expect(detail.member).to.deep.equal({ id: 'bryn', name: 'Bryn', kind: 'family', familyWants: 'Sundays are hers' });
      expect(JSON.stringify(detail)).to.not.contain('CANARY');
      expect(el.value!.members.find((member) => member.id === 'bryn')!.mapPersonId, 'the element keeps the link').to.equal('map-bryn');
    });
  });

  describe('editing', () => {
    const byId = (el: Element, id: string): HTMLElement => el.shadowRoot!.getElementById(id)!;
    const editable = () => fixture<KithTeamAround>(html`<kith-team-around editable view="professional" .team=${team}></kith-team-around>`);

    it('one primary action per member, the rest in a named “More actions” menu', async () => {
      const el = await editable();
      const nia = cards(el)[0]!;
      expect([...nia.querySelectorAll('.actions > button')].map((button) => button.getAttribute('aria-label'))).to.deep.equal(['Edit the details of Nia Roberts']);
      expect(nia.querySelector('.menu-button')!.getAttribute('aria-label')).to.equal('More actions: Nia Roberts');
      byId(el, 'menu-button-second').click();
      await until(() => el.shadowRoot!.querySelector('[role="menu"]'), 'the menu opens');
      await el.updateComplete;
      const items = [...el.shadowRoot!.querySelectorAll('[role="menu"] [role^="menuitem"]')];
      expect(items.map((item) => item.getAttribute('aria-label'))).to.deep.equal(['Make lead professional: Ifan Hughes', 'Remove Ifan Hughes from the team']);
      await expect(el).to.be.accessible();
    });

    it('adds someone by keyboard: the name is asked for first, then kith-team-change with the whole team, and focus on their Edit button', async () => {
      const el = await editable();
      byId(el, 'add-member').click();
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.id).to.equal('member-name');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(text(byId(el, 'member-name-error'))).to.equal('Enter their name');
      expect(byId(el, 'member-name').getAttribute('aria-invalid')).to.equal('true');
      await expect(el).to.be.accessible();
      typeInto(byId(el, 'member-name') as HTMLInputElement, 'Owen Price');
      typeInto(byId(el, 'member-role') as HTMLInputElement, 'Youth worker');
      const changed = oneEvent(el, 'kith-team-change');
      await sendKeys({ press: 'Enter' });
      const { detail } = await changed;
      expect(detail.change).to.deep.equal({ type: 'add', memberId: 'owen-price' });
      expect(detail.team.members.map((member: TeamMember) => member.id)).to.deep.equal(['gran', 'nia', 'second', 'police', 'owen-price']);
      expect(detail.team.members[4]).to.deep.equal({ id: 'owen-price', name: 'Owen Price', kind: 'professional', role: 'Youth worker' });
      await el.updateComplete;
      await until(() => el.shadowRoot!.activeElement?.id === 'edit-owen-price', 'focus on the new member’s Edit button');
      expect(text(el.shadowRoot!.querySelector('[role="status"]'))).to.equal('Added Owen Price to the team.');
    });

    it('edits in place, sets the lead from the menu (one lead only), and removes', async () => {
      const el = await editable();
      byId(el, 'edit-second').click();
      await el.updateComplete;
      typeInto(byId(el, 'member-phone') as HTMLInputElement, '029 2000 0000');
      const edited = oneEvent(el, 'kith-team-change');
      el.shadowRoot!.querySelector<HTMLButtonElement>('.member-form button[type="submit"]')!.click();
      expect((await edited).detail.team.members.find((member: TeamMember) => member.id === 'second')!.contact).to.deep.equal({ phone: '029 2000 0000' });
      await el.updateComplete;

      byId(el, 'menu-button-second').click();
      await until(() => el.shadowRoot!.querySelector('[role="menu"]'), 'the menu opens');
      await el.updateComplete;
      const led = oneEvent(el, 'kith-team-change');
      el.shadowRoot!.querySelector<HTMLElement>('[role="menu"] [role="menuitem"]')!.click();
      const afterLead = (await led).detail.team;
      expect(afterLead.members.filter((member: TeamMember) => member.lead).map((member: TeamMember) => member.id)).to.deep.equal(['second']);
      await el.updateComplete;
      expect(text(cards(el)[0]!.querySelector('h3')), 'the lead comes first').to.equal('Ifan Hughes');

      byId(el, 'menu-button-gran').click();
      await until(() => el.shadowRoot!.querySelector('[role="menu"]'), 'the menu opens');
      await el.updateComplete;
      const removed = oneEvent(el, 'kith-team-change');
      el.shadowRoot!.querySelector<HTMLElement>('[role="menu"] [role="menuitem"]')!.click();
      expect((await removed).detail).to.deep.include({ change: { type: 'remove', memberId: 'gran' } });
      await el.updateComplete;
      expect(cards(el).map((card) => text(card.querySelector('h3')))).to.not.include('Gran');
      await until(() => el.shadowRoot!.activeElement?.id === 'add-member', 'focus on Add');
    });
  });

  describe('linked to the family’s relationship map', () => {
    it('adding someone offers the people on the map not yet in the team; choosing one fills their name and kind and links them', async () => {
      await import('../src/components/relationship-map/define.js');
      const map = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
        html`<kith-relationship-map readonly focus=${familyMap.focus} .people=${familyMap.people} .relationships=${familyMap.relationships}></kith-relationship-map>`,
      );
      const el = await fixture<KithTeamAround>(html`<kith-team-around editable view="professional" .team=${samsTeam()} .map=${map}></kith-team-around>`);
      el.shadowRoot!.getElementById('add-member')!.click();
      await el.updateComplete;
      const pick = el.shadowRoot!.querySelector<HTMLSelectElement>('#member-from-map')!;
      const offered = [...pick.options].map((option) => option.textContent!.trim());
      // Sam (the focus), Bryn the dog and the school (a place) are not offered; Karen, Nan and Alex are in the team already.
      expect(offered).to.deep.equal(['Someone not on the map', 'Gareth Jones', 'Ffion', 'Rhys', 'Saturday football', 'CAMHS']);
      await expect(el).to.be.accessible();
      pick.value = 'camhs';
      pick.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect((el.shadowRoot!.getElementById('member-name') as HTMLInputElement).value).to.equal('CAMHS');
      expect((el.shadowRoot!.getElementById('member-kind') as HTMLSelectElement).value, 'a service joins as a professional').to.equal('professional');
      const changed = oneEvent(el, 'kith-team-change');
      el.shadowRoot!.querySelector<HTMLButtonElement>('.member-form button[type="submit"]')!.click();
      const { detail } = await changed;
      expect(detail.team.members.at(-1)).to.deep.equal({ id: 'camhs', name: 'CAMHS', kind: 'professional', mapPersonId: 'camhs' });
      expect(el.value!.members.at(-1)!.mapPersonId).to.equal('camhs');
    });

    it('offers no map picker without a map, or when everyone on it is in the team', async () => {
      const el = await fixture<KithTeamAround>(html`<kith-team-around editable .team=${samsTeam()}></kith-team-around>`);
      el.shadowRoot!.getElementById('add-member')!.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('#member-from-map')).to.equal(null);
      el.map = { focus: 'sam', people: [{ id: 'sam', name: 'Sam', kind: 'person' }, { id: 'mum', name: 'Karen Jones', kind: 'family', ring: 1 }] };
      el.requestUpdate();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('#member-from-map')).to.equal(null);
    });
  });
});

describe('<kith-team-around>: every theme', () => {
  for (const [name, css] of Object.entries(THEMES)) {
    it(`${name}: both views with the agreement, the form open with its error, and the error state are axe-clean`, async () => {
      const dropTheme = useTheme(css);
      try {
        const page = await fixture<HTMLDivElement>(html`<div style="background: var(--kith-sys-color-surface); color: var(--kith-sys-color-text)">
          <kith-team-around .team=${evansTeam()} .receipt=${jadesReceipt()} .sharingConfig=${earlyHelpFamily()}></kith-team-around>
          <kith-team-around view="professional" editable .team=${{ ...evansTeam(), subject: { name: 'Jade' } }} .receipt=${jadesReceipt()} .sharingConfig=${earlyHelpFamily()}></kith-team-around>
          <kith-team-around .team=${{ subject: { name: 'x' }, members: [{ id: 'a', name: 'A', kind: 'family', lead: true }] }}></kith-team-around>
        </div>`);
        const [, editable, broken] = [...page.children] as KithTeamAround[];
        await editable!.updateComplete;
        editable!.shadowRoot!.getElementById('add-member')!.click();
        await editable!.updateComplete;
        editable!.shadowRoot!.querySelector<HTMLButtonElement>('.member-form [type="submit"]')!.click();
        await editable!.updateComplete;
        await broken!.updateComplete;
        expect(broken!.shadowRoot!.querySelector('[part="error"]')).to.not.equal(null);
        expect(editable!.shadowRoot!.getElementById('member-name-error')).to.not.equal(null);
        await expect(page).to.be.accessible();
      } finally {
        dropTheme();
      }
    });
  }
});
