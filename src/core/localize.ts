import type { Translation, TranslationKey } from '../translations/en.js';
import { coreEn } from '../translations/en/core.js';
import type { Catalogue, CatalogueLoader, ComponentStrings, Message } from '../translations/types.js';
import { Lazy } from './lazy.js';
import { parseIsoDate } from './iso-date.js';

export type Params = Record<string, string | number>;

/** Per-instance overrides, by language: `{ cy: { 'error.title': '…' } }`. */
export type TranslationOverrides = Record<string, Partial<Translation>>;

/**
 * The shared strings, plus whatever hosts register. Each component class
 * carries its own strings (`static strings`), so a page bundles only the
 * strings of the components it uses.
 */
const catalogues = new Map<string, Partial<Record<string, Message>>>([['en', coreEn]]);

/**
 * Languages other than English arrive when first used (a page in English
 * does not download Welsh). Elements wait for them before rendering, so no
 * English flashes up on a Welsh page; see `languageReady`.
 */
const sharedLoaders = new Map<string, Lazy<Catalogue>>();
/** `resolveLanguage`'s answers (asked for every string rendered); cleared when a language is registered. */
const resolved = new Map<string, string>();

registerTranslation('cy', () => import('../translations/cy/core.js').then((m) => m.coreCy));

/**
 * What each problem with an element's input says, in English (other
 * languages carry theirs in their core catalogue): fetched the first time a
 * problem is worded, so a page whose data is fine never downloads it.
 * Elements wait for it before showing or reporting a problem; code outside
 * an element awaits `loadLanguage` first. Host wording registered before it
 * arrives wins.
 */
export const problemWording = new Lazy(() =>
  import('../translations/en/problems.js').then(({ problemsEn }) => {
    catalogues.set('en', { ...problemsEn, ...catalogues.get('en') });
    // A value, not undefined: a Lazy whose value is undefined has not arrived.
    return true;
  }),
);

/**
 * Each loader's catalogue, fetched once. One that failed to arrive counts as
 * empty, so English stands in and it is not asked for again on every render.
 */
const fetched = new WeakMap<CatalogueLoader, Lazy<Catalogue>>();

function lazyCatalogue(loader: CatalogueLoader): Lazy<Catalogue> {
  let lazy = fetched.get(loader);
  if (!lazy) fetched.set(loader, (lazy = new Lazy(loader)));
  return lazy;
}

/**
 * Adds or extends a catalogue for a language (e.g. a host's own wording, or a
 * third language). Keys it lacks fall back to English. A loader function
 * instead of a catalogue is called the first time the language is used.
 */
export function registerTranslation(lang: string, catalogue: Partial<Translation> | CatalogueLoader): void {
  const code = baseLanguage(lang);
  resolved.clear();
  if (typeof catalogue === 'function') {
    const arrived = (loaded: Catalogue): Catalogue => {
      // Host wording registered meanwhile wins over the arriving catalogue.
      catalogues.set(code, { ...loaded, ...(catalogues.get(code) ?? {}) });
      return loaded;
    };
    sharedLoaders.set(code, new Lazy(() => catalogue().then(arrived)));
  } else catalogues.set(code, { ...(catalogues.get(code) ?? {}), ...catalogue });
}

function baseLanguage(lang: string): string {
  return lang.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/**
 * Null when every string for `lang` (shared, and the component's `own`) is
 * here; otherwise a promise that settles when the missing catalogues have
 * arrived or failed to (a failure leaves English in their place).
 */
export function languageReady(lang: string, own?: ComponentStrings): Promise<void> | null {
  const code = resolveLanguage(lang);
  const part = own?.[code];
  const waits = [sharedLoaders.get(code)?.ready(), typeof part === 'function' ? lazyCatalogue(part).ready() : null].filter((wait) => wait != null);
  return waits.length > 0 ? Promise.all(waits).then(() => undefined) : null;
}

/** Loads a language's shared strings, a component's own and the problems' wording (for code outside an element). */
export async function loadLanguage(lang: string, own?: ComponentStrings): Promise<void> {
  await Promise.all([languageReady(lang, own), problemWording.ready()]);
}

/**
 * A lazy chunk's own English words, added to its component's when the chunk
 * arrives (pages that never use the chunk never download them); returns the
 * chunk. Other languages arrive whole with the component's own loader. The
 * component's `en` must be its own copy, not a shared catalogue.
 */
export function addEnglish<Chunk extends { english: Catalogue }>(strings: ComponentStrings, chunk: Chunk): Chunk {
  Object.assign(strings.en, chunk.english);
  return chunk;
}

/**
 * One component's strings from several parts (its own, and ones it shares
 * with other components, e.g. consent problems): English merged now, each
 * other language fetched and merged when first used.
 */
export function joinStrings(...parts: ComponentStrings[]): ComponentStrings {
  const joined: Record<string, Catalogue | CatalogueLoader> = { en: Object.assign({}, ...parts.map((part) => part.en)) };
  for (const lang of new Set(parts.flatMap((part) => Object.keys(part)))) {
    if (lang === 'en') continue;
    const each = parts.map((part) => part[lang]).filter((part) => part !== undefined);
    joined[lang] = () => Promise.all(each.map((part) => (typeof part === 'function' ? part() : part))).then((catalogues) => Object.assign({}, ...catalogues));
  }
  return joined as ComponentStrings;
}

function ownCatalogue(own: ComponentStrings | undefined, code: string): Catalogue | undefined {
  const part = own?.[code];
  return typeof part === 'function' ? (fetched.get(part)?.value ?? undefined) : part;
}

/** The catalogue language used for a `lang` value: `cy-GB` → `cy`, unknown → `en`. */
export function resolveLanguage(lang: string | null | undefined): string {
  let code = resolved.get(lang ?? '');
  if (code === undefined) {
    code = baseLanguage(lang ?? '');
    if (!catalogues.has(code) && !sharedLoaders.has(code)) code = 'en';
    resolved.set(lang ?? '', code);
  }
  return code;
}

/** Replaces `{name}` placeholders; unknown ones are left visible so they are noticed. */
export function formatTemplate(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

const pluralRules = new Map<string, Intl.PluralRules>();
function pluralCategory(lang: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return rules.select(count);
}

function pickForm(message: Message, lang: string, params: Params): string {
  if (typeof message === 'string') return message;
  const count = Number(params['count'] ?? params['min'] ?? params['max'] ?? 0);
  // None is said as none in every language, though English plural rules file 0 under “other”.
  if (count === 0 && message.zero !== undefined) return message.zero;
  return message[pluralCategory(lang, count)] ?? message.other;
}

/**
 * Looks a key up for a language: instance overrides, then host-registered
 * and shared strings, then the component's own strings, then the same in
 * English. A key found nowhere is returned as is, so it shows in tests.
 * Plural messages choose their form from `count` (or the number they are
 * about, `min`/`max`).
 */
export function translate(
  lang: string,
  key: TranslationKey,
  params: Params = {},
  overrides?: TranslationOverrides,
  own?: ComponentStrings,
): string {
  const code = resolveLanguage(lang);
  const message =
    overrides?.[code]?.[key] ??
    catalogues.get(code)?.[key] ??
    ownCatalogue(own, code)?.[key] ??
    catalogues.get('en')?.[key] ??
    own?.en[key] ??
    key;
  return formatTemplate(pickForm(message, code, params), params);
}


/**
 * Intl formatters, made once per language and options: making one costs
 * ~20 µs, and a map of 100 people formats hundreds of numbers per render.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | null>();
function formatter<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T | null): T | null {
  if (!formatters.has(key)) formatters.set(key, make());
  return formatters.get(key) as T | null;
}

/** A long-date formatter for a language the runtime has data for, else null. */
function longDates(locale: string): Intl.DateTimeFormat | null {
  return formatter(`date ${locale}`, () => {
    try {
      return Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0 ? new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }) : null;
    } catch {
      return null;
    }
  });
}

/**
 * A calendar date in words (“5 January 2026”, “5 Ionawr 2026”). Uses
 * Intl.DateTimeFormat when the browser has data for the language; some
 * builds (Debian's Chromium among them) have none for Welsh and would
 * silently answer in US English, so we fall back to the language's own month
 * names (Welsh carries them), or to the date as written.
 */
export function formatDate(lang: string, isoDate: string, overrides?: TranslationOverrides): string {
  const parts = parseIsoDate(isoDate);
  if (!parts) return isoDate;
  const code = resolveLanguage(lang);
  const locale = code === 'en' ? 'en-GB' : code;
  const dates = longDates(locale);
  if (dates) return dates.format(new Date(Date.UTC(parts.year, parts.month - 1, parts.day)));
  const key = `date.month.${parts.month}` as TranslationKey;
  const month = translate(code, key, {}, overrides);
  // No month names for this language either (English dates always come from Intl): the date as given, in no language.
  return month === key ? isoDate.slice(0, 10) : translate(code, 'date.long', { day: parts.day, month, year: parts.year }, overrides);
}

/** Numbers in the language's style (grouping, decimal mark). */
export function formatNumber(lang: string, value: number, options?: Intl.NumberFormatOptions): string {
  const code = resolveLanguage(lang);
  // Whole numbers under 1,000 read the same in English and Welsh without
  // Intl, whose first formatter costs ~15 ms of a page's first render.
  const plain = !options || (Object.keys(options).length === 1 && 'maximumFractionDigits' in options);
  if (plain && (code === 'en' || code === 'cy') && Number.isInteger(value) && Math.abs(value) < 1000) return String(value);
  const locale = code === 'en' ? 'en-GB' : code;
  return formatter(`number ${locale} ${JSON.stringify(options ?? {})}`, () => new Intl.NumberFormat(locale, options))!.format(value);
}

/** What generated text needs from an element: its language, translator and formatters. */
export interface TextContext {
  lang: string;
  t: (key: TranslationKey, params?: Params) => string;
  date: (iso: string) => string;
  number: (value: number) => string;
}

/** A word that starts with a vowel (Welsh counts w and y): “ac” comes before it in Welsh, not “a”. */
const VOWEL_FIRST = /^[\p{P}\s]*[aeiouwyâêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ]/iu;

/**
 * A word after Welsh “a” (and): c, p and t become ch, ph and th (“a thai”,
 * “a chysylltiad”). Only a word in lower case: a name is left as written, as
 * a template cannot tell a Welsh name from another.
 */
function afterWelshAnd(word: string): string {
  return /^[cpt](?!h)/u.test(word) ? `${word[0]}h${word.slice(1)}` : word;
}

/**
 * Names as a list in words (“Ann, Bob and Cai”; “Ann ac Elin”), from the
 * `list.and` template, or `list.andBeforeVowel` when the last name starts
 * with a vowel (Welsh joins with “ac” there, and mutates c, p and t after “a”).
 */
export function listOf(c: Pick<TextContext, 't'> & { lang?: string }, names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  const last = names.at(-1)!;
  if (VOWEL_FIRST.test(last)) return c.t('list.andBeforeVowel', { first: names.slice(0, -1).join(', '), last });
  return c.t('list.and', { first: names.slice(0, -1).join(', '), last: c.lang === 'cy' ? afterWelshAnd(last) : last });
}

/** A character no catalogue uses: marks where markup goes in a translated sentence. */
const MARK = '\u0000';

/**
 * Translates a sentence that holds markup (a link, a bold name) at
 * `{name}`, and returns the text before and after it, so the whole sentence
 * stays one translatable template: `[before, after]` around the markup.
 */
export function around(translateWith: (params: Params) => string, name: string): [string, string] {
  const text = translateWith({ [name]: MARK });
  const at = text.indexOf(MARK);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + 1)];
}
