import darkCss from '../../src/themes/dark.css?inline';
import govukCss from '../../src/themes/govuk.css?inline';
import nhsCss from '../../src/themes/nhs.css?inline';
import highContrastCss from '../../src/themes/high-contrast.css?inline';
import defaultCss from '../../src/themes/default.css?inline';

/** The theme files as shipped (default is complete; the others override it). */
export const THEMES: Record<string, string> = {
  default: '',
  dark: darkCss,
  govuk: govukCss,
  nhs: nhsCss,
  'high-contrast': highContrastCss,
};
export const THEME_SOURCES: Record<string, string> = { ...THEMES, default: defaultCss };

const sheets = new Map<string, CSSStyleSheet>();

/** Adopts one theme on the preview document, replacing the previous one. */
export function useTheme(name: string): void {
  const css = THEMES[name] ?? '';
  let sheet = sheets.get(name);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(name, sheet);
  }
  const others = new Set(sheets.values());
  document.adoptedStyleSheets = [...document.adoptedStyleSheets.filter((each) => !others.has(each)), sheet];
}

/** `--kith-*: value` declarations of a theme file, in order. */
export function tokensOf(css: string): [string, string][] {
  // A declaration ends at “;”, or at the end of its block (minified CSS drops the last “;”).
  return [...css.matchAll(/(--kith-[\w-]+)\s*:\s*([^;}]+)/g)].map((match) => [match[1]!, match[2]!.trim()]);
}
