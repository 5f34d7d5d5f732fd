/**
 * A message is plain text with `{name}` placeholders, or a set of plural
 * forms chosen with `Intl.PluralRules` from the `count` parameter. Welsh uses
 * all six categories (zero, one, two, few, many, other); English two.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralForms;

/** What a catalogue may contain before it is checked against English. */
export type Catalogue = Record<string, Message>;
