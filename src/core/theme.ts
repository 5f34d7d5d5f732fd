import defaultThemeCss from '../themes/default.css?inline';

const ADOPTED = Symbol.for('kith.defaultThemeAdopted');

/**
 * Gives the page Kith's default tokens without a stylesheet link, so “one
 * script tag” works. The sheet sits in `@layer kith.default`, the lowest
 * layer, on `:where(:root)`: any theme file (`@layer kith.theme`) or portal
 * CSS wins. Constructed sheets are not blocked by a strict CSP. Shared by
 * every copy of Kith on the page through a global symbol.
 */
export function adoptDefaultTheme(doc: Document | undefined = globalThis.document): void {
  if (!doc || typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in doc)) return;
  const marked = doc as Document & { [ADOPTED]?: boolean };
  if (marked[ADOPTED]) return;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(defaultThemeCss);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    marked[ADOPTED] = true;
  } catch {
    // A browser without constructable sheets: components still render, with browser defaults.
  }
}
