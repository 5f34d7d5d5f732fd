import { FIXED_NOW } from '../stories/data/clock.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/components/sharing-agreement/define.js';
import type { KithSharingAgreement } from '../src/components/sharing-agreement/sharing-agreement.js';
import { isReceipt, validateConfig, withdrawItem, type ConsentReceipt } from '../src/components/sharing-agreement/model.js';
import { textHash } from '../src/core/dates-and-hashes.js';
import { earlyHelpFamily, safeguardingNotice } from '../stories/data/sharing.js';
import { THEMES } from '../stories/support/themes.js';
import { typeInto as type, useTheme, sendKeys } from './helpers.js';

const $ = (el: Element, selector: string): HTMLElement | null => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string): HTMLElement[] => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null | undefined): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const byId = (el: Element, id: string): HTMLInputElement => el.shadowRoot!.getElementById(id) as HTMLInputElement;
const button = (el: Element, label: string): HTMLButtonElement => $$(el, 'button').find((b) => text(b) === label) as HTMLButtonElement;

/** Waits for the agreement's width to be reported (after a frame's layout) and any change of layout it brings. */
async function settled(el: KithSharingAgreement): Promise<void> {
  for (let frame = 0; frame < 2; frame += 1) await new Promise(requestAnimationFrame);
  await el.updateComplete;
}

/** An agreement `width` px wide: phone-width by default (a card per service); 700 gives the matrix. */
async function agreement(mode = 'consent', config = earlyHelpFamily(), attributes = '', width = 360): Promise<KithSharingAgreement> {
  const holder = await fixture<HTMLDivElement>(`<div style="inline-size: ${width}px"><kith-sharing-agreement mode="${mode}" ${attributes}></kith-sharing-agreement></div>`);
  const el = holder.firstElementChild as KithSharingAgreement;
  el.config = config;
  await settled(el);
  return el;
}

/** A choice's checkbox in the layout on screen: the cards' (narrow) or the matrix's (wide). */
const shown = (el: Element, choice: string): HTMLInputElement => [byId(el, choice), byId(el, `matrix--${choice}`)].find((box) => box.getBoundingClientRect().width > 0)!;

/** Jade, 13, agrees online: school may see school and attendance to plan help. */
async function agreeAsJade(el: KithSharingAgreement): Promise<ConsentReceipt> {
  for (const choice of ['school--information--school', 'school--purposes--plan', 'health--information--health', 'health--information--school', 'health--purposes--plan']) shown(el, choice).click();
  type(byId(el, 'exclusions') as unknown as HTMLTextAreaElement, 'Nothing about my dad.');
  byId(el, 'role-young-person').click();
  type(byId(el, 'agreed-name'), 'Jade Evans');
  byId(el, 'method-online').click();
  const made = oneEvent(el, 'kith-consent-receipt');
  $(el, '[part="submit"]')!.click();
  return (await made).detail.receipt;
}

describe('sharing agreement model', () => {
  it('reports a bad config with codes and paths: no agencies, duplicate ids, a review date in the past, notice without a reason', () => {
    const codes = (input: unknown, mode: 'consent' | 'notice' = 'consent'): string[] =>
      validateConfig(input, mode, new Date('2026-11-22')).problems.map((p) => `${p.code}@${p.path}`);
    const good = earlyHelpFamily();
    expect(codes(good)).to.deep.equal([]);
    expect(codes({ ...good, agencies: [] })).to.deep.equal(['too-few@config.agencies']);
    expect(codes({ ...good, purposes: [good.purposes[0], good.purposes[0]] })).to.deep.equal(['duplicate-id@config.purposes']);
    expect(codes({ ...good, reviewOn: '2026-11-21' })).to.deep.equal(['date-passed@config.reviewOn']);
    expect(codes({ ...good, reviewOn: 'next spring' })).to.deep.equal(['invalid-date@config.reviewOn']);
    expect(codes(good, 'notice')).to.deep.equal(['missing@config.lawfulBasis']);
    expect(codes({ ...good, subject: {} })).to.deep.equal(['missing@config.subject.name']);
    expect(codes(null)).to.deep.equal(['not-object@config']);
  });

  it('hashes text with SHA-256: the same text gives the same hash, any change a different one', async () => {
    const a = await textHash('We will share health with School nursing team.');
    expect(a).to.equal(await textHash('We will share health with School nursing team.'));
    expect(a).not.to.equal(await textHash('We will share health with School nursing team!'));
    expect(await textHash('')).to.equal('sha256-e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('withdraws one kind of information, or everything for an agency', () => {
    const choices = { school: { information: ['school', 'health'], purposes: ['plan'] } };
    expect(withdrawItem(choices, 'school', 'health')).to.deep.equal({ school: { information: ['school'], purposes: ['plan'] } });
    expect(withdrawItem(choices, 'school')).to.deep.equal({ school: { information: [], purposes: [] } });
  });
});

describe('<kith-sharing-agreement mode="consent">', () => {
  it('asks per agency, one fieldset each, with nothing ticked, and passes axe', async () => {
    const el = await agreement();
    const agencies = $$(el, '[part="agency"]');
    expect(agencies.map((fieldset) => text(fieldset.querySelector('legend')))).to.deep.equal(['Ysgol Glan Taf', 'School nursing team', 'Council housing team']);
    expect(text(agencies[1]!.querySelectorAll('legend')[1])).to.equal('What can School nursing team see?');
    expect($$(el, '.cards input[type="checkbox"]')).to.have.length(18);
    expect($$(el, '.matrices input[type="checkbox"]').every((box) => box.getBoundingClientRect().width === 0), 'the matrix is hidden').to.equal(true);
    expect($$(el, 'input[type="checkbox"]').some((box) => (box as HTMLInputElement).checked)).to.equal(false);
    expect(el.value).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('records a consent receipt with who, how, choices, the person’s own words and a hash of the text shown', async () => {
    const el = await agreement();
    // What was on screen: the statement with its cards, not the matrix hidden at this width.
    const statement = $(el, '[part="statement"]')!.cloneNode(true) as HTMLElement;
    statement.querySelector('.matrices')!.remove();
    const shown = text(statement);
    const receipt = await agreeAsJade(el);
    expect(isReceipt(receipt)).to.equal(true);
    expect(receipt.mode).to.equal('consent');
    expect(receipt.agreedBy).to.deep.equal({ role: 'young-person', name: 'Jade Evans' });
    expect(receipt.method).to.equal('online');
    expect(receipt.policyVersion).to.equal('early-help-2026-1');
    expect(receipt.choices).to.deep.equal({
      school: { information: ['school'], purposes: ['plan'] },
      health: { information: ['health', 'school'], purposes: ['plan'] },
      housing: { information: [], purposes: [] },
    });
    expect(receipt.exclusions).to.equal('Nothing about my dad.');
    expect(receipt.expiresOn).to.equal(earlyHelpFamily().reviewOn);
    expect(receipt.timestamp, 'stamped by Kith’s clock').to.equal(FIXED_NOW);
    expect(receipt.textHash).to.equal(await textHash(shown));
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('receipt-title');
    expect(text($(el, '[part="receipt"]'))).to.contain('School nursing team can see health and school and attendance, only to plan help together.');
    expect(text($(el, '[part="receipt"]'))).to.contain('Nothing is shared with Council housing team.');
    expect(text($(el, '[part="receipt"]'))).to.contain('“Nothing about my dad.”');
    await expect(el).to.be.accessible();
  });

  it('the same text gives the same hash; a change to the text gives a different one', async () => {
    const first = await agreeAsJade(await agreement());
    const again = await agreeAsJade(await agreement());
    expect(again.textHash).to.equal(first.textHash);
    expect(again.id).not.to.equal(first.id);
    const reworded = earlyHelpFamily();
    reworded.agencies[2]!.description = { en: 'They can help the family move.', cy: 'Gallant helpu’r teulu i symud.' };
    const changed = await agreeAsJade(await agreement('consent', reworded));
    expect(changed.textHash).not.to.equal(first.textHash);
    const welsh = await agreeAsJade(await agreement('consent', earlyHelpFamily(), 'lang="cy"'));
    expect(welsh.textHash).not.to.equal(first.textHash);
    expect(welsh.language).to.equal('cy');
  });

  it('is form-associated: the receipt JSON is submitted under its name', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><kith-sharing-agreement name="agreement" .config=${earlyHelpFamily()}></kith-sharing-agreement></form>`);
    const el = form.querySelector('kith-sharing-agreement')!;
    await el.updateComplete;
    expect(new FormData(form).get('agreement')).to.equal(null);
    const receipt = await agreeAsJade(el);
    expect(JSON.parse(new FormData(form).get('agreement') as string)).to.deep.equal(receipt);
  });

  it('asks for who and how before saving, and a witness for a verbal agreement', async () => {
    const el = await agreement();
    let recorded = false;
    el.addEventListener('kith-consent-receipt', () => (recorded = true));
    byId(el, 'method-verbal').click();
    await el.updateComplete;
    $(el, '[part="submit"]')!.click();
    await el.updateComplete;
    const summary = $(el, '[part="error-summary"]')!;
    expect(el.shadowRoot!.activeElement === summary).to.equal(true);
    expect([...summary.querySelectorAll('li')].map(text)).to.deep.equal(['Select who is agreeing', 'Enter their name', 'Enter the name of the witness']);
    expect(recorded).to.equal(false);
    await expect(el).to.be.accessible();
    summary.querySelectorAll('a')[2]!.click();
    expect(el.shadowRoot!.activeElement?.id).to.equal('witness');
  });

  it('records a verbal agreement by a parent with the witness named', async () => {
    const el = await agreement();
    byId(el, 'role-parent-carer').click();
    type(byId(el, 'agreed-name'), 'Sarah Evans');
    byId(el, 'method-verbal').click();
    await el.updateComplete;
    type(byId(el, 'witness'), 'Priya Shah, family support worker');
    const made = oneEvent(el, 'kith-consent-receipt');
    $(el, '[part="submit"]')!.click();
    const { receipt } = (await made).detail;
    expect(receipt.witness).to.equal('Priya Shah, family support worker');
    expect(receipt.agreedBy.role).to.equal('parent-carer');
  });

  it('withdraws one item, then everything, each as a new receipt that replaces the last', async () => {
    const el = await agreement();
    const first = await agreeAsJade(el);
    await el.updateComplete;
    const one = oneEvent(el, 'kith-consent-receipt');
    button(el, 'Stop sharing school and attendance with School nursing team').click();
    const second = (await one).detail.receipt;
    expect(second.supersedes).to.equal(first.id);
    expect(second.choices['health']).to.deep.equal({ information: ['health'], purposes: ['plan'] });
    expect(second.withdrawn).to.equal(undefined);
    await el.updateComplete;
    expect(text($(el, '[role="status"]'))).to.equal('Stopped sharing school and attendance with School nursing team. A new receipt has been made.');
    const all = oneEvent(el, 'kith-consent-receipt');
    $(el, '[part="withdraw-all"]')!.click();
    const third = (await all).detail.receipt;
    expect(third.withdrawn).to.equal(true);
    expect(third.supersedes).to.equal(second.id);
    expect(Object.values(third.choices as ConsentReceipt['choices']).every((choice) => choice.information.length === 0)).to.equal(true);
    await el.updateComplete;
    expect(text($(el, '[part="receipt"]'))).to.contain('Everything was withdrawn. Nothing is shared.');
    expect($(el, '[part="withdraw-all"]')).to.equal(null);
    expect(el.matches(':state(withdrawn)')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows a receipt the host kept, and can change it', async () => {
    const kept = await agreeAsJade(await agreement());
    const el = await fixture<KithSharingAgreement>(html`<kith-sharing-agreement .config=${earlyHelpFamily()} .receipt=${kept}></kith-sharing-agreement>`);
    expect(text($(el, '[part="receipt"]'))).to.contain(`Receipt number: ${kept.id}`);
    $(el, '[part="change"]')!.click();
    await el.updateComplete;
    expect((byId(el, 'school--information--school') as HTMLInputElement).checked).to.equal(true);
    expect(byId(el, 'agreed-name').value).to.equal('Jade Evans');
  });

  it('on a wide screen, asks in two tables (services × what they may see, then × what for) with row and column headers, each checkbox named by both', async () => {
    const el = await agreement('consent', earlyHelpFamily(), '', 700);
    const tables = $$(el, 'table[part="matrix"]');
    expect(tables.map((table) => text(table.querySelector('caption')))).to.deep.equal(['What can each service see?', 'What can each service use it for?']);
    const first = tables[0]!;
    expect([...first.querySelectorAll('thead th')].map((th) => th.getAttribute('scope'))).to.satisfy((scopes: string[]) => scopes.every((scope) => scope === 'col'));
    expect([...first.querySelectorAll('tbody th[scope="row"]')].map((th) => text(th.firstChild as Element) || th.firstChild?.textContent)).to.have.length(3);
    expect($$(el, '.matrices input[type="checkbox"]')).to.have.length(18);
    expect($$(el, '.cards input[type="checkbox"]').every((box) => box.getBoundingClientRect().width === 0), 'the cards are hidden').to.equal(true);
    // Each checkbox is named by its row and column, as a screen reader user hears it out of the table.
    const box = byId(el, 'matrix--health--information--school');
    expect(text(box.closest('label'))).to.equal('School nursing team: school and attendance');
    expect(box.getBoundingClientRect().width, 'visible').to.be.above(10);
    await expect(el).to.be.accessible();
  });

  it('the matrix in Welsh and bilingual: headers, captions and each checkbox’s name in both languages, axe-clean', async () => {
    const welsh = await agreement('consent', earlyHelpFamily(), 'lang="cy"', 700);
    expect(text($(welsh, 'table[part="matrix"] caption'))).to.equal('Beth gaiff pob gwasanaeth ei weld?');
    await expect(welsh).to.be.accessible();
    const both = await agreement('consent', earlyHelpFamily(), 'bilingual="cy-first"', 700);
    const label = byId(both, 'matrix--health--information--school').closest('label')!;
    expect([...label.querySelectorAll('span[lang]')].map((span) => span.getAttribute('lang'))).to.deep.equal(['cy', 'en']);
    await expect(both).to.be.accessible();
  });

  it('the matrix and the cards give the same form value and receipt for the same choices', async () => {
    const receipts = [];
    for (const width of [700, 360]) {
      const el = await agreement('consent', earlyHelpFamily(), '', width);
      expect($(el, 'table[part="matrix"]')!.getBoundingClientRect().width > 0, `${width} px: matrix`).to.equal(width === 700);
      receipts.push(await agreeAsJade(el));
    }
    const [wide, narrow] = receipts.map((receipt) => ({ ...receipt!, id: '', at: '', textHash: '' }));
    expect(wide!.choices).to.deep.equal(narrow!.choices);
    expect(wide!.choices).to.deep.equal({ school: { information: ['school'], purposes: ['plan'] }, health: { information: ['health', 'school'], purposes: ['plan'] }, housing: { information: [], purposes: [] } });
  });

  it('in the matrix, works by keyboard alone: Tab reaches each checkbox, Space ticks it', async () => {
    const el = await agreement('consent', earlyHelpFamily(), '', 700);
    byId(el, 'matrix--school--information--school').focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    const ticked = $$(el, '.matrices input[type="checkbox"]').filter((box) => (box as HTMLInputElement).checked).map((box) => box.id);
    expect(ticked).to.deep.equal(['matrix--school--information--school', 'matrix--school--information--home']);
    // The cards, hidden here, show the same choices.
    expect((byId(el, 'school--information--home') as HTMLInputElement).checked).to.equal(true);
    expect(el.shadowRoot!.activeElement?.id, 'Tab moved along the row').to.equal('matrix--school--information--home');
  });

  it('works by keyboard alone', async () => {
    const el = await agreement();
    byId(el, 'school--information--school').focus();
    await sendKeys({ press: 'Space' });
    expect(byId(el, 'school--information--school').checked).to.equal(true);
    byId(el, 'role-person').focus();
    await sendKeys({ press: 'Space' });
    byId(el, 'agreed-name').focus();
    await sendKeys({ type: 'Jade' });
    byId(el, 'method-paper').focus();
    await sendKeys({ press: 'Space' });
    $(el, '[part="submit"]')!.focus();
    const made = oneEvent(el, 'kith-consent-receipt');
    await sendKeys({ press: 'Enter' });
    const { receipt } = (await made).detail;
    expect(receipt.method).to.equal('paper');
    expect(receipt.agreedBy.name).to.equal('Jade');
  });

  it('speaks Welsh, and can show Welsh first with English after', async () => {
    const welsh = await agreement('consent', earlyHelpFamily(), 'lang="cy"');
    expect(text($(welsh, 'h2'))).to.equal('Rhannu gwybodaeth Jade Evans');
    expect(text($(welsh, '[part="submit"]'))).to.equal('Cadw’r cytundeb hwn');
    await expect(welsh).to.be.accessible();
    const both = await agreement('consent', earlyHelpFamily(), 'bilingual="cy-first"');
    const heading = $(both, 'h2')!;
    expect([...heading.querySelectorAll('span')].map((span) => `${span.lang}: ${text(span)}`)).to.deep.equal([
      'cy: Rhannu gwybodaeth Jade Evans',
      'en: Sharing information about Jade Evans',
    ]);
    const receipt = await agreeAsJade(both);
    expect(receipt.language).to.equal('cy en');
    await expect(both).to.be.accessible();
  });
});

describe('<kith-sharing-agreement mode="notice">', () => {
  it('says what will be shared, with whom and why, with no Accept or Reject anywhere', async () => {
    const el = await agreement('notice', safeguardingNotice());
    expect(text($(el, '.statement-main'))).to.equal(
      'We will share health, school and attendance, home and housing and contact with the police with Ysgol Glan Taf, School nursing team and Council housing team because we have a legal duty to work together to keep children safe (Children Act 2004, section 11).',
    );
    expect($$(el, 'input[type="checkbox"]')).to.have.length(0);
    const buttons = $$(el, 'button').map(text);
    expect(buttons).to.deep.equal(['Record that this has been explained']);
    expect(el.shadowRoot!.textContent ?? '').not.to.match(/\b(accept|reject|agree to this|I agree)\b/i);
    await expect(el).to.be.accessible();
  });

  it('records that it was explained, with everything listed as shared', async () => {
    const el = await agreement('notice', safeguardingNotice());
    byId(el, 'role-parent-carer').click();
    type(byId(el, 'agreed-name'), 'Sarah Evans');
    byId(el, 'method-verbal').click();
    await el.updateComplete;
    type(byId(el, 'witness'), 'Priya Shah');
    const made = oneEvent(el, 'kith-consent-receipt');
    $(el, '[part="submit"]')!.click();
    const { receipt } = (await made).detail;
    expect(receipt.mode).to.equal('notice');
    expect(receipt.choices['housing']!.information).to.deep.equal(['health', 'school', 'home', 'police']);
    await el.updateComplete;
    expect(text($(el, '#receipt-title'))).to.equal('Record: Jade Evans has been told about sharing');
    expect($(el, '[part="withdraw-all"]')).to.equal(null);
    expect($$(el, 'button').map(text).some((label) => /accept|reject/i.test(label))).to.equal(false);
    await expect(el).to.be.accessible();
  });
});

describe('<kith-sharing-agreement>: bad input', () => {
  const cases: [string, () => unknown, string, string][] = [
    ['no agencies', () => ({ ...earlyHelpFamily(), agencies: [] }), 'too-few', 'config.agencies'],
    ['duplicate agency ids', () => ({ ...earlyHelpFamily(), agencies: [earlyHelpFamily().agencies[0], earlyHelpFamily().agencies[0]] }), 'duplicate-id', 'config.agencies'],
    ['a review date in the past', () => ({ ...earlyHelpFamily(), reviewOn: '2020-01-01' }), 'date-passed', 'config.reviewOn'],
    ['no config at all', () => undefined, 'missing', 'config'],
  ];
  for (const [name, config, code, path] of cases) {
    it(`${name}: a localised error state and kith-error {code: ${code}}`, async () => {
      const holder = await fixture<HTMLDivElement>(html`<div></div>`);
      const reported = new Promise<CustomEvent>((resolve) => holder.addEventListener('kith-error', (e) => resolve(e as CustomEvent), { once: true }));
      const el = document.createElement('kith-sharing-agreement');
      el.config = config() as never;
      holder.append(el);
      const event = await reported;
      expect([event.detail.code, event.detail.path]).to.deep.equal([code, path]);
      await el.updateComplete;
      expect(text($(el, '[part="error"]'))).to.contain('There is a problem');
      await expect(el).to.be.accessible();
    });
  }

  it('notice mode without a lawful basis is an error, in Welsh too', async () => {
    const el = await agreement('notice', earlyHelpFamily(), 'lang="cy"');
    expect(text($(el, '[part="error"]'))).to.contain('Mae config.lawfulBasis ar goll');
  });

  it('names and the person’s own words are only ever text', async () => {
    const config = earlyHelpFamily();
    config.subject.name = '<img src=x onerror="window.__sharingPwned=1">';
    const el = await agreement('consent', config);
    expect($$(el, 'img')).to.have.length(0);
    expect(text($(el, 'h2'))).to.contain('<img src=x');
    expect((window as { __sharingPwned?: number }).__sharingPwned).to.equal(undefined);
  });
});

describe('<kith-sharing-agreement>: every theme', () => {
  for (const [name, css] of Object.entries(THEMES)) {
    it(`${name}: form with errors, receipt and notice are axe-clean`, async () => {
      const dropTheme = useTheme(css);
      try {
        const page = await fixture<HTMLDivElement>(html`<div style="background: var(--kith-sys-color-surface); color: var(--kith-sys-color-text)">
          <kith-sharing-agreement .config=${earlyHelpFamily()}></kith-sharing-agreement>
          <kith-sharing-agreement bilingual="cy-first" .config=${earlyHelpFamily()}></kith-sharing-agreement>
          <kith-sharing-agreement mode="notice" .config=${safeguardingNotice()}></kith-sharing-agreement>
        </div>`);
        const [withErrors, agreed] = [...page.children] as KithSharingAgreement[];
        await withErrors!.updateComplete;
        $(withErrors!, '[part="submit"]')!.click();
        await agreeAsJade(agreed!);
        await expect(page).to.be.accessible();
      } finally {
        dropTheme();
      }
    });
  }
});
