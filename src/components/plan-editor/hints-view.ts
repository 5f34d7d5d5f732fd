import { html, nothing, type TemplateResult } from 'lit';
import type { TextContext } from '../../core/localize.js';
import { plainerWords, readability, type PlainerWord } from './plain-language.js';
export { planHintsEn as english } from '../../translations/en/plan-hints.js';

/**
 * Plain-language hints under the field being typed in: a module of its
 * own, with its words, fetched the first time someone pauses typing (the
 * editor keeps the empty live region, so the hints are announced when they
 * arrive). Guidance only: nothing here stops anyone saving their words.
 */

/** What the check found in the text of one field. */
export interface Hints {
  target: string;
  /** English only: the readability formula is for English. */
  readingAge: number | null;
  plainer: PlainerWord[];
}

export function hintsFor(target: string, text: string, lang: string): Hints {
  return { target, readingAge: lang === 'en' ? (readability(text)?.readingAge ?? null) : null, plainer: text ? plainerWords(text, lang) : [] };
}

export function renderHints({ readingAge, plainer }: Hints, c: Pick<TextContext, 't'>): TemplateResult {
  return html`${readingAge !== null ? html`<p>${c.t(readingAge <= 11 ? 'plan.hints.readingAgeOk' : 'plan.hints.readingAge', { age: readingAge })}</p>` : nothing}
  ${plainer.map((word) => html`<p>${c.t('plan.hints.plainer', { found: word.found, instead: word.instead })}</p>`)}`;
}
