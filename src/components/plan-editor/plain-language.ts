/**
 * Plain-language guidance while people write a plan: a reading-age estimate
 * for English and words to avoid, with plainer ones, in English and Welsh.
 * Guidance only: nothing here ever stops anyone saving what they said.
 */

export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch–Kincaid grade level (US school grade). */
  grade: number;
  /** Grade + 5, the usual UK reading age, never below 5. */
  readingAge: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/**
 * English syllables by the usual heuristic: groups of vowels, less a silent
 * final e, -es or -ed (but not -ted/-ded, or a consonant + "le"). Right for
 * most everyday words; the reading age is an estimate, and says so.
 */
export function countSyllables(word: string): number {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  w = w.replace(/(?:[^laeiouy]es|[^laeiouytd]ed|[^laeiouy]e)$/, (ending) => ending[0]!).replace(/^y/, '');
  return Math.max(1, w.match(/[aeiouy]+/g)?.length ?? 0);
}

/** Flesch–Kincaid for English text; null for fewer than 3 words (too short to say). */
export function readability(text: string): Readability | null {
  const words = text.match(WORD) ?? [];
  if (words.length < 3) return null;
  const sentences = Math.max(1, text.split(/[.!?]+|\n+/).filter((part) => /[\p{L}\p{N}]/u.test(part)).length);
  const syllables = words.reduce((sum, word) => sum + countSyllables(word), 0);
  const grade = 0.39 * (words.length / sentences) + 11.8 * (syllables / words.length) - 15.59;
  return { words: words.length, sentences, syllables, grade, readingAge: Math.max(5, Math.round(grade + 5)) };
}

export interface PlainerWord {
  /** The word or phrase as found in the text. */
  found: string;
  /** A plainer way to say it, in the same language. */
  instead: string;
}

/**
 * Our own lists of service jargon, as word starts (so "facilitated" and
 * "facilitating" are found too) with plainer alternatives. Welsh entries
 * are unmutated forms; mutated forms are not matched yet.
 */
const AVOID: Record<string, readonly (readonly [start: string, instead: string])[]> = {
  en: [
    ['assessment', 'a talk about what you need'],
    ['intervention', 'help'],
    ['facilitat', 'help'],
    ['engag', 'take part, or work with'],
    ['disengag', 'stopped taking part'],
    ['utilis', 'use'],
    ['utiliz', 'use'],
    ['commenc', 'start'],
    ['in order to', 'to'],
    ['regarding', 'about'],
    ['prior to', 'before'],
    ['subsequently', 'then, or later'],
    ['non-complian', 'did not do'],
    ['multi-agency', 'services working together'],
    ['safeguarding', 'keeping safe'],
    ['parenting capacity', 'how you look after your children'],
    ['service user', 'you, or the person’s name'],
    ['outcomes', 'what will be different'],
    ['implement', 'do'],
    ['monitor', 'keep an eye on'],
    ['escalat', 'pass on'],
    ['deemed', 'thought'],
    ['ensure', 'make sure'],
    ['concerns', 'worries'],
  ],
  cy: [
    ['asesiad', 'sgwrs am beth sydd ei angen arnoch'],
    ['ymyrraeth', 'help'],
    ['ymyriad', 'help'],
    ['hwylus', 'helpu'],
    ['ymgysyllt', 'cymryd rhan'],
    ['gweithredu', 'gwneud'],
    ['cychwyn', 'dechrau'],
    ['o ran', 'am'],
    ['yn flaenorol', 'cyn hyn'],
    ['amlasiantaethol', 'gwasanaethau’n gweithio gyda’i gilydd'],
    ['diogelu', 'cadw’n ddiogel'],
    ['gallu rhianta', 'sut rydych chi’n gofalu am eich plant'],
    ['defnyddiwr gwasanaeth', 'chi, neu enw’r person'],
    ['canlyniadau', 'beth fydd yn wahanol'],
    ['monitro', 'cadw llygad ar'],
    ['sicrhau', 'gwneud yn siŵr'],
    ['pryderon', 'pethau sy’n ein poeni'],
  ],
};

const patterns = new Map<string, { pattern: RegExp; instead: string }[]>();

function patternsFor(lang: string): { pattern: RegExp; instead: string }[] {
  let list = patterns.get(lang);
  if (!list) {
    list = (AVOID[lang] ?? []).map(([start, instead]) => ({
      // Starts at a word boundary; runs to the end of the word.
      pattern: new RegExp(`(?<![\\p{L}])${start.replace(/[-\s]/g, (c) => (c === '-' ? '-' : '\\s+'))}[\\p{L}]*`, 'giu'),
      instead,
    }));
    patterns.set(lang, list);
  }
  return list;
}

/** Words in the text that have a plainer alternative, in order of appearance, each once. */
export function plainerWords(text: string, lang: string): PlainerWord[] {
  const found: { at: number; found: string; instead: string }[] = [];
  for (const { pattern, instead } of patternsFor(lang.split('-')[0] ?? 'en')) {
    pattern.lastIndex = 0;
    const match = pattern.exec(text);
    if (match) found.push({ at: match.index, found: match[0], instead });
  }
  return found.sort((a, b) => a.at - b.at).map(({ found: word, instead }) => ({ found: word, instead }));
}
