// <kith-team-around> (issue 24, in progress: not yet in the catalogue, so it
// has no define module; the test registers it under its tag).
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { KithTeamAround } from '../src/components/team-around/team-around.js';
import type { Team } from '../src/components/team-around/model.js';
import type { ConsentReceipt } from '../src/components/sharing-agreement/model.js';
import { earlyHelpFamily } from '../stories/data/sharing.js';
import { everyElement } from './helpers.js';

if (!customElements.get('kith-team-around')) customElements.define('kith-team-around', KithTeamAround);

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

function receiptSharing(choices: ConsentReceipt['choices']): ConsentReceipt {
  return {
    id: 'r1',
    schemaVersion: 1,
    mode: 'consent',
    subject: { name: 'Jade' },
    agreedBy: { role: 'young-person', name: 'Jade Evans' },
    method: 'online',
    timestamp: '2026-11-01T10:00:00Z',
    policyVersion: '1',
    language: 'en',
    textHash: 'sha256-00',
    choices,
    exclusions: 'CANARY-exclusion',
    expiresOn: '2027-05-01',
  };
}

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
    for (const channel of [written(el), el.exportJSON(), el.exportCSV(), String(el.exportVCard('police'))]) expect(channel).to.not.contain('CANARY');
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
    expect(el.exportVCard('police')).to.contain('FN:CANARY-Sian');
    await expect(el).to.be.accessible();
  });

  it('joined up with the sharing agreement: what each may see and why, “not agreed” where nothing covers them, and nothing else of the agreement', async () => {
    const receipt = receiptSharing({ [firstAgency!.id]: { information: [config.information[0]!.id], purposes: [config.purposes[0]!.id] } });
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
});
