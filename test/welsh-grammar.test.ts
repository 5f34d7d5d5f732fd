// Welsh as a Welsh reader expects it (issue 23). Two checks on the catalogue,
// where a template can be judged before any data fills it, and one on what
// every element says in Welsh, with the stories' data and with names chosen
// to start with a vowel or with a letter that mutates (T, C, P).
import { expect, fixture } from '@open-wc/testing';
import { en } from '../src/translations/en.js';
import { cy } from '../src/translations/cy.js';
import type { Message } from '../src/translations/types.js';
import { everyElement } from './helpers.js';
import { FAMILIES, type Family } from './reliability/families.js';
import { serviceReadings, threeViews } from '../stories/data/readings.js';
import { circlesOfSupport } from '../stories/data/networks.js';
import { safeguardingNotice } from '../stories/data/sharing.js';
import { steadyYear } from '../stories/data/checks.js';
import { dafyddStory } from '../stories/data/stories.js';
import { servicePeople } from '../stories/data/learning.js';
import { evansSafetyPlan, morganProfile, owenPath } from '../stories/data/plans.js';
import { agreeAsJade } from '../stories/support/sharing.js';
import { freshPage } from './consent-helpers.js';
import { settled } from './reliability/harness.js';
import type { KithSharingAgreement } from '../src/components/sharing-agreement/sharing-agreement.js';

/** Words after which Welsh mutates the next word: a template cannot mutate a value it does not know. */
const MUTATING = ['i', 'o', 'ar', 'am', 'at', 'gyda', 'â', 'a', 'dan', 'heb', 'trwy', 'wrth'];

/**
 * Values that are always written in figures (counts, scores, dates such as
 * “5 Ionawr 2026”): figures do not mutate in writing, so they may follow those words.
 */
const FIGURES = new Set(['count', 'min', 'max', 'total', 'position', 'score', 'from', 'to', 'agree', 'q1', 'q3', 'date', 'length', 'number', 'goal', 'version']);

/**
 * Templates that may put a word before a value, and why: a list joins with
 * “a”, or “ac” before a vowel, chosen by the next word (core/localize.ts,
 * listOf); the banner's heading is GOV.UK's own Welsh wording, kept exact.
 */
const ALLOWED = new Map([
  ['list.and', 'lists join with “a”, chosen by the next word'],
  ['list.andBeforeVowel', 'lists join with “ac” before a vowel'],
  ['cookieBanner.heading', 'GOV.UK’s Welsh cookie banner wording, “Cwcis ar [gwasanaeth]”'],
]);

const forms = (message: Message): string[] => (typeof message === 'string' ? [message] : Object.values(message));

/** Each place in a template where a value follows a word that mutates it: “at {ring}”. */
export function valuesAfterMutatingWords(template: string): string[] {
  const pattern = new RegExp(`(?:^|[\\s(“‘'"])(${MUTATING.join('|')})\\s+\\{(\\w+)\\}`, 'giu');
  return [...template.matchAll(pattern)].filter((match) => !FIGURES.has(match[2]!)).map((match) => `${match[1]} {${match[2]}}`);
}

const VOWEL = '[aeiouwyâêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ]';
/** Forms of “bod” after the question particle “a” (“a ydych chi…”, “a yw…”), which stays “a”. */
const QUESTION = '(?:yw|ydy|ydi|ydych|ydyn|ydynt|ydym|ydw|oes|oedd|oeddech|oeddwn|ydoedd)\\b';
/** “a” (and) before a word that starts with a vowel, where Welsh says “ac”. */
const A_BEFORE_VOWEL = new RegExp(`(?:^|[\\s(“‘'"])a\\s+(?!${QUESTION})[„“‘'"]?${VOWEL}`, 'iu');

describe('Welsh grammar: the catalogue', () => {
  it('the checks can fail: a value after “at”, and “a” before a vowel, are found', () => {
    expect(valuesAfterMutatingWords('Wedi ychwanegu {name} at {ring}.')).to.deep.equal(['at {ring}']);
    expect(valuesAfterMutatingWords('Gyda {agency} ac i {purposes}')).to.deep.equal(['Gyda {agency}', 'i {purposes}']);
    expect(valuesAfterMutatingWords('Sgôr {score} allan o {max}, ar {date}')).to.deep.equal([]);
    expect(A_BEFORE_VOWEL.test('Ann a Elin')).to.equal(true);
    expect(A_BEFORE_VOWEL.test('Ann ac Elin, a’r plant a Tomos')).to.equal(false);
    expect(A_BEFORE_VOWEL.test('Dewiswch a ydych chi eisiau cwcis'), 'the question particle stays “a”').to.equal(false);
    // The data's own words are left out, but not what our words put around a name.
    const data = { people: ['Ann', 'Elin'], note: 'Two days a week' };
    expect(A_BEFORE_VOWEL.test(withoutDataText('Ann a Elin', data)), 'our “a” before a name').to.equal(true);
    expect(A_BEFORE_VOWEL.test(withoutDataText('Newid “Two days a week” ac Elin; Newid “Two days a…”', data)), 'the data’s own “a”').to.equal(false);
  });

  it('no Welsh template puts a value straight after a word that mutates it', () => {
    const found = Object.entries(cy)
      .filter(([key]) => !ALLOWED.has(key))
      .flatMap(([key, message]) => forms(message).flatMap((form) => valuesAfterMutatingWords(form).map((place) => `${key}: “${place}”`)));
    expect(found).to.deep.equal([]);
  });

  it('no Welsh template says “a” before a vowel', () => {
    const found = Object.entries(cy).flatMap(([key, message]) => forms(message).filter((form) => A_BEFORE_VOWEL.test(form.replace(/\{\w+\}/g, 'X'))).map((form) => `${key}: ${form}`));
    expect(found).to.deep.equal([]);
  });
});

/** Names that start with a vowel (w and y too), where “a” becomes “ac”. */
const VOWEL_NAMES = ['Elin', 'Owen', 'Iolo', 'Aled', 'Wyn', 'Ynyr', 'Undeg', 'Eirian'];
/** Names that start with T, C or P, which mutate after “a”, “i”, “o”… */
const MUTATING_NAMES = ['Tomos', 'Catrin', 'Pedr', 'Tegwen', 'Carys', 'Prys'];

/** The family's data with every person, agency and signer renamed from `names` (ids kept). */
function withNames(names: readonly string[], properties: Record<string, unknown>): Record<string, unknown> {
  let next = 0;
  const rename = new Map<string, string>();
  const generated = (name: string): string => {
    if (!rename.has(name)) rename.set(name, names[next++ % names.length]!);
    return rename.get(name)!;
  };
  const walk = (value: unknown, key = ''): unknown => {
    if (Array.isArray(value)) return value.map((item) => walk(item, key));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    if (typeof value === 'string' && ['name', 'who', 'by', 'author', 'agreedBy', 'personName', 'cy', 'en'].includes(key) && /^\p{Lu}/u.test(value)) return generated(value);
    return value;
  };
  return walk(properties) as Record<string, unknown>;
}

/** What a Welsh reader meets: the text of the element and every shadow root, and every label and title. */
function whatItSays(root: Element): string {
  return everyElement(root)
    .flatMap((element) => [
      ...[...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent ?? ''),
      ...['aria-label', 'title', 'alt', 'aria-description', 'placeholder', 'aria-valuetext'].map((name) => element.getAttribute(name) ?? ''),
    ])
    .filter((text) => text.trim() !== '')
    .join(' \n ');
}

const wordsOf = (text: string): string[] => text.toLowerCase().match(/\p{L}+/gu) ?? [];
const catalogueWords = (catalogue: Record<string, Message>): Set<string> =>
  new Set(Object.values(catalogue).flatMap((message) => forms(message).flatMap((form) => wordsOf(form.replace(/\{\w+\}/g, ' ')))));

/** Words only the English catalogue uses (three letters or more): in Welsh output, English has leaked in. */
const ENGLISH_ONLY = (() => {
  const welsh = catalogueWords(cy);
  return new Set([...catalogueWords(en)].filter((word) => word.length >= 3 && !welsh.has(word)));
})();

/** Every text in the data, longest first. */
function textsIn(value: unknown): string[] {
  const found: string[] = [];
  const walk = (item: unknown): void => {
    if (typeof item === 'string') found.push(item);
    else if (item && typeof item === 'object') Object.values(item).forEach(walk);
  };
  walk(value);
  return found.filter((text) => text.trim().length > 1).sort((a, b) => b.length - a.length);
}

/**
 * The output with each text from the data (whole, or shortened with “…”)
 * cut to its first letter: the data's own words are the family's, not ours
 * (“two days a week”), but whether a name starts with a vowel still shows.
 */
function withoutDataText(said: string, properties: Record<string, unknown>): string {
  const texts = textsIn(properties);
  let masked = said.replace(/“([^”]+)…”/gu, (quoted, start: string) => (texts.some((text) => text.startsWith(start)) ? `“${start[0]}x”` : quoted));
  for (const text of texts) masked = masked.split(text).join(`${text[0]}x`);
  return masked;
}

/**
 * What the element says reads as Welsh: no “a” before a vowel, and no word
 * only the English catalogue has. `state` names the state in a failure;
 * `silent`: a state that may say nothing (a banner the person hid).
 */
function expectGoodWelsh(el: Element, family: Family, properties: Record<string, unknown>, state = 'main state', silent = false): void {
  const said = whatItSays(el);
  if (!silent) expect(said, `${state}: it says something`).to.match(/\p{L}{3}/u);
  const aBeforeVowel = withoutDataText(said, properties)
    .split('\n')
    .filter((line) => A_BEFORE_VOWEL.test(line));
  expect(aBeforeVowel, `${state}: “a” before a vowel`).to.deep.equal([]);
  // Data may be in any language (a family writes in its own words): only the catalogue's English is a leak.
  const given = new Set(wordsOf(JSON.stringify([properties, family.attributes])));
  const english = [...new Set(wordsOf(said))].filter((word) => ENGLISH_ONLY.has(word) && !given.has(word));
  expect(english, `${state}: English words in the Welsh output`).to.deep.equal([]);
}

async function renderInWelsh(family: Family, properties: Record<string, unknown>): Promise<Element> {
  // No choice of cookies kept from an earlier render: the banner asks and the gate waits.
  freshPage();
  const wrapper = await fixture<HTMLDivElement>('<div lang="cy"></div>');
  const el = document.createElement(family.tag) as HTMLElement & { updateComplete?: Promise<unknown> };
  for (const [name, value] of Object.entries(family.attributes ?? {})) el.setAttribute(name, value);
  Object.assign(el, properties);
  wrapper.append(el);
  await el.updateComplete;
  // Welsh arrives on first use; lazy parts (a comparison, goals) after it; the learning view's figures a section a task.
  await new Promise((resolve) => setTimeout(resolve, 50));
  await settled(el);
  return el;
}

describe('Welsh grammar: what every element says', function () {
  this.timeout(20000);
  for (const family of FAMILIES) {
    for (const [data, make] of [
      ['the stories’ data', family.properties],
      ['names that start with a vowel', () => withNames(VOWEL_NAMES, family.properties())],
      ['names that start with T, C or P', () => withNames(MUTATING_NAMES, family.properties())],
    ] as const) {
      it(`<${family.tag}>, ${data}: no “a” before a vowel, and no English left`, async () => {
        const properties = make();
        expectGoodWelsh(await renderInWelsh(family, properties), family, properties);
      });
    }
  }

  it('the generated names reach the output, joined with “ac” (so the check above reads them)', async () => {
    const plan = FAMILIES.find((family) => family.tag === 'kith-plan-editor')!;
    const said = whatItSays(await renderInWelsh(plan, withNames(VOWEL_NAMES, plan.properties())));
    expect(said).to.match(new RegExp(`, (${VOWEL_NAMES.join('|')}) ac (${VOWEL_NAMES.join('|')})\\b|\\b(${VOWEL_NAMES.join('|')}) ac (${VOWEL_NAMES.join('|')})\\b`, 'u'));
  });
});

/** The stories' other states of each element (its main state is in FAMILIES). */
const VARIANTS: Readonly<Record<string, readonly [string, () => Record<string, unknown>][]>> = {
  'kith-strengths-radar': [
    ['perspectives side by side', () => ({ readings: threeViews, mode: 'perspectives', activeReading: undefined, editable: false })],
    ['an aggregate of 40', () => ({ readings: serviceReadings(40), mode: 'aggregate', activeReading: undefined, editable: false })],
    ['an aggregate too small to show', () => ({ readings: serviceReadings(3), mode: 'aggregate', activeReading: undefined, editable: false })],
  ],
  'kith-relationship-map': [
    ['compared with the first meeting', () => ({ compare: 'jan' })],
    ['initials only', () => ({ display: 'initials' })],
    ['circles of support', () => ({ people: circlesOfSupport.people, relationships: circlesOfSupport.relationships, focusId: circlesOfSupport.focus, snapshots: [] })],
  ],
  'kith-sharing-agreement': [['a notice (no choice to make)', () => ({ mode: 'notice', config: safeguardingNotice() })]],
  'kith-plan-editor': [
    ['the family view', () => ({ view: 'family', author: 'Karen Jones', authorRole: 'parent' })],
    ['Signs of Safety', () => ({ template: 'signs-of-safety', plan: evansSafetyPlan(), personName: 'Jade' })],
    ['PATH', () => ({ template: 'path', plan: owenPath(), personName: 'Owen', view: 'family' })],
    ['a one-page profile', () => ({ template: 'one-page-profile', plan: morganProfile(), personName: 'Eirlys', view: 'family' })],
  ],
  'kith-stage-badge': [['not scored', () => ({ score: undefined })]],
  'kith-team-around': [['the family view, with no agreement', () => ({ view: 'family', receipt: undefined })]],
  'kith-learning-view': [
    ['a team', () => ({ group: 'team:North' })],
    ['a service too small to show', () => ({ people: servicePeople(4) })],
  ],
  'kith-story': [
    ['a story to tell', () => ({ story: undefined })],
    ['told in Welsh', () => ({ story: dafyddStory() })],
  ],
  'kith-relationship-check': [
    ['the person’s view', () => ({ view: 'person', history: [] })],
    ['below the service’s cut-off', () => ({ history: steadyYear(), cutOff: 35 })],
  ],
};

/** The buttons (and menu items) a person can press now, one for each kind: its part, else its name. */
function pressable(el: Element): Map<string, HTMLElement> {
  const found = new Map<string, HTMLElement>();
  for (const element of everyElement(el)) {
    const control = element as HTMLElement;
    const role = control.getAttribute('role');
    if (!(control.localName === 'button' || role === 'menuitem' || role === 'tab') || control.hasAttribute('disabled') || control.getAttribute('aria-disabled') === 'true') continue;
    const kind = control.getAttribute('part') ?? control.getAttribute('aria-label') ?? control.textContent!.trim();
    if (!found.has(kind)) found.set(kind, control);
  }
  return found;
}

async function settle(el: Element): Promise<void> {
  await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 30));
  await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
}

describe('Welsh grammar: every state of every element', function () {
  this.timeout(120000);
  const print = window.print;
  const anchorClick = HTMLAnchorElement.prototype.click;
  // Printing and downloading are pressed too: the test page must not open a dialog or leave.
  before(() => {
    window.print = () => {};
    HTMLAnchorElement.prototype.click = function () {};
    document.addEventListener('submit', stopLeaving, true);
  });
  after(() => {
    window.print = print;
    HTMLAnchorElement.prototype.click = anchorClick;
    document.removeEventListener('submit', stopLeaving, true);
  });
  function stopLeaving(event: Event): void {
    event.preventDefault();
  }

  for (const family of FAMILIES) {
    for (const [state, variant] of VARIANTS[family.tag] ?? []) {
      it(`<${family.tag}>, ${state}`, async () => {
        const properties = withNames(VOWEL_NAMES, { ...family.properties(), ...variant() });
        expectGoodWelsh(await renderInWelsh(family, properties), family, properties, state);
      });
    }

    it(`<${family.tag}>, its error state`, async () => {
      const properties = Object.fromEntries(Object.keys(family.properties()).map((name) => [name, 42]));
      const el = await renderInWelsh(family, properties);
      expect(everyElement(el).some((element) => element.getAttribute('part') === 'error'), 'the error state is shown').to.equal(true);
      expectGoodWelsh(el, family, properties, 'error state');
    });

    // The badge has nothing to press.
    if (family.tag === 'kith-stage-badge') continue;
    it(`<${family.tag}>, after pressing each button, and each button that appears then`, async () => {
      const properties = withNames(VOWEL_NAMES, family.properties());
      const first = pressable(await renderInWelsh(family, properties));
      const pressedLater = new Set<string>();
      let states = 0;
      for (const kind of first.keys()) {
        // A fresh element for each: the state one button leads to, and what may be pressed there.
        const el = await renderInWelsh(family, properties);
        pressable(el).get(kind)?.click();
        await settle(el);
        states++;
        expectGoodWelsh(el, family, properties, `after “${kind}”`, true);
        const next = [...pressable(el).keys()].filter((later) => !first.has(later) && !pressedLater.has(later));
        for (const later of next) {
          pressedLater.add(later);
          pressable(el).get(later)?.click();
          await settle(el);
          states++;
          expectGoodWelsh(el, family, properties, `after “${kind}”, then “${later}”`, true);
        }
      }
      expect(states, 'buttons were pressed').to.be.greaterThan(0);
    });
  }

  it('<kith-sharing-agreement>: the receipt, and the receipt after withdrawing everything', async () => {
    const family = FAMILIES.find((candidate) => candidate.tag === 'kith-sharing-agreement')!;
    const properties = family.properties();
    const el = (await renderInWelsh(family, properties)) as KithSharingAgreement;
    await agreeAsJade(el, 'verbal');
    // What Jade typed is hers, in her words: it is in the receipt.
    const typed = { ...properties, receipt: el.value };
    expectGoodWelsh(el, family, typed, 'the receipt');
    expect(el.shadowRoot!.querySelector('[part="withdraw-all"]'), 'the receipt is shown').to.not.equal(null);
    const withdrawn = new Promise((resolve) => el.addEventListener('kith-consent-receipt', resolve, { once: true }));
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="withdraw-all"]')!.click();
    await withdrawn;
    await settle(el);
    expectGoodWelsh(el, family, typed, 'the receipt after withdrawing everything');
  });
});
