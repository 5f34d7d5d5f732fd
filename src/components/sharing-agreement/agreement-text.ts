import type { TemplateResult } from 'lit';
import type { Params } from '../../core/localize.js';
import type { LocalisedText } from '../../core/validation.js';
import type { TranslationKey } from '../../translations/en.js';

/** Params may differ by language (names and lists inside a sentence). */
export type ParamsFor = Params | ((lang: string) => Params);

/**
 * How the agreement says things, in one language or two (bilingual
 * agreements): what its parts fetched on first use (the receipt, the
 * notice, missing answers) need from the element to write their text.
 */
export interface AgreementText {
  lang: string;
  /** The text in every language shown. */
  say(key: TranslationKey, params?: ParamsFor): TemplateResult;
  /** The host's text in every language shown. */
  sayText(text: LocalisedText): TemplateResult;
  t(key: TranslationKey, params?: Params): string;
  tIn(lang: string, key: TranslationKey, params?: Params): string;
  /** Labels or names as a list in words, in one language. */
  labels(lang: string, items: readonly { label?: LocalisedText; name?: LocalisedText }[]): string;
  date(lang: string, iso: string): string;
}
