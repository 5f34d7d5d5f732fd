export { KithElement, type Renderable } from './element.js';
export { KithFormElement, type FormValue } from './form-element.js';
export { define } from './define.js';
export type { KithEventMap, KithErrorDetail } from './events.js';
export {
  translate,
  registerTranslation,
  loadLanguage,
  resolveLanguage,
  formatDate,
  formatNumber,
  formatTemplate,
  listOf,
  type Params,
  type TextContext,
  type TranslationOverrides,
} from './localize.js';
export { check, checkArray, checkRecord, checkNumber, checkText, checkJson, checkId, checkDate, checkOneOf, checkUniqueIds } from './checks.js';
export { localizeProblem } from './localize-problem.js';
export { parseIsoDate } from './iso-date.js';
export {
  localText,
  parseJson,
  isRecord,
  type LocalisedText,
  type Problem,
  type ProblemCode,
  type ProblemDraft,
} from './validation.js';
export {
  cookieStorage,
  webStorage,
  memoryStorage,
  readJson,
  writeJson,
  type StorageAdapter,
  type CookieOptions,
  type CookieJar,
} from './storage.js';
export { adoptDefaultTheme } from './theme.js';
export { JsonChild } from './light-dom.js';
export { CONTRAST_PAIRS, contrastRatio, parseColor, type ContrastPair } from './tokens.js';
export { VERSION } from './version.js';
export { daysUntil, isoDay, textHash } from './dates-and-hashes.js';
export { now, setClock, type ClockSource } from './clock.js';
export { prepare } from './prepare.js';
