export { en } from './en.js';
export type { Translation, TranslationKey } from './en.js';
export { cy } from './cy.js';
export type { Catalogue, CatalogueLoader, ComponentStrings, Message, PluralForms } from './types.js';
