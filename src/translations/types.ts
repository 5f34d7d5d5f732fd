/**
 * A message is plain text with `{name}` placeholders, or a set of plural
 * forms chosen with `Intl.PluralRules` from the `count` parameter. Welsh uses
 * all six categories (zero, one, two, few, many, other); English two.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralForms;

/** What a catalogue may contain before it is checked against English. */
export type Catalogue = Record<string, Message>;

/** Another language's version of an English catalogue part: every key, each a message. */
export type CatalogueOf<English> = { readonly [K in keyof English]: Message };

/** Fetches a catalogue the first time its language is used (a dynamic import). */
export type CatalogueLoader = () => Promise<Catalogue>;

/**
 * A component's own strings, per language: `en` is always bundled (it is the
 * fallback); other languages may be loaders, fetched when first used.
 */
export type ComponentStrings = { readonly en: Catalogue } & Readonly<Record<string, Catalogue | CatalogueLoader>>;
