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

async function renderInWelsh(family: Family, properties: Record<string, unknown>): Promise<Element> {
  const wrapper = await fixture<HTMLDivElement>('<div lang="cy"></div>');
  const el = document.createElement(family.tag) as HTMLElement & { updateComplete?: Promise<unknown> };
  for (const [name, value] of Object.entries(family.attributes ?? {})) el.setAttribute(name, value);
  Object.assign(el, properties);
  wrapper.append(el);
  await el.updateComplete;
  // Welsh arrives on first use; lazy parts (a comparison, goals) after it.
  await new Promise((resolve) => setTimeout(resolve, 50));
  await el.updateComplete;
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
        const el = await renderInWelsh(family, properties);
        const said = whatItSays(el);
        expect(said, 'it says something').to.match(/\p{L}{3}/u);
        const aBeforeVowel = said.split('\n').filter((line) => A_BEFORE_VOWEL.test(line));
        expect(aBeforeVowel, '“a” before a vowel').to.deep.equal([]);
        // Data may be in any language (a family writes in its own words): only the catalogue's English is a leak.
        const given = new Set(wordsOf(JSON.stringify([properties, family.attributes])));
        const english = [...new Set(wordsOf(said))].filter((word) => ENGLISH_ONLY.has(word) && !given.has(word));
        expect(english, 'English words in the Welsh output').to.deep.equal([]);
      });
    }
  }

  it('the generated names reach the output, joined with “ac” (so the check above reads them)', async () => {
    const plan = FAMILIES.find((family) => family.tag === 'kith-plan-editor')!;
    const said = whatItSays(await renderInWelsh(plan, withNames(VOWEL_NAMES, plan.properties())));
    expect(said).to.match(new RegExp(`, (${VOWEL_NAMES.join('|')}) ac (${VOWEL_NAMES.join('|')})\\b|\\b(${VOWEL_NAMES.join('|')}) ac (${VOWEL_NAMES.join('|')})\\b`, 'u'));
  });
});
