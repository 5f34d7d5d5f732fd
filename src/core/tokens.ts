/**
 * Which token pairs must contrast, and by how much (WCAG 2.2: 4.5:1 for
 * text, 3:1 for graphics and focus indicators). Every theme is tested
 * against this list, and the Theming docs page shows it.
 */
export interface ContrastPair {
  foreground: string;
  background: string;
  minimum: 4.5 | 3;
  use: string;
}

const text = (foreground: string, background: string, use: string): ContrastPair => ({ foreground, background, minimum: 4.5, use });
const graphic = (foreground: string, background: string, use: string): ContrastPair => ({ foreground, background, minimum: 3, use });

export const CONTRAST_PAIRS: readonly ContrastPair[] = [
  text('--kith-sys-color-text', '--kith-sys-color-surface', 'Body text'),
  text('--kith-sys-color-text-secondary', '--kith-sys-color-surface', 'Hints and secondary text'),
  text('--kith-sys-color-text', '--kith-sys-color-surface-raised', 'Text on panels'),
  text('--kith-sys-color-text-secondary', '--kith-sys-color-surface-raised', 'Secondary text on panels'),
  text('--kith-sys-color-link', '--kith-sys-color-surface', 'Links'),
  text('--kith-sys-color-on-primary', '--kith-sys-color-primary', 'Text on primary buttons'),
  text('--kith-sys-color-text', '--kith-sys-color-secondary', 'Text on secondary buttons'),
  text('--kith-sys-color-error-text', '--kith-sys-color-surface', 'Error messages'),
  text('--kith-sys-color-success-text', '--kith-sys-color-surface', 'Success messages'),
  text('--kith-sys-color-text', '--kith-sys-color-stage-tint', 'Text on stage badges'),
  graphic('--kith-sys-color-border-strong', '--kith-sys-color-surface', 'Input borders, chart axes'),
  graphic('--kith-sys-color-primary', '--kith-sys-color-surface', 'Buttons and selected marks'),
  graphic('--kith-sys-color-error', '--kith-sys-color-surface', 'Error borders'),
  graphic('--kith-sys-color-focus-inner', '--kith-sys-color-surface', 'Focus indicator (inner ring)'),
  graphic('--kith-sys-color-focus-inner', '--kith-sys-color-focus', 'Focus indicator rings against each other'),
  graphic('--kith-sys-color-stage-start', '--kith-sys-color-surface', 'First stage mark'),
  graphic('--kith-sys-color-stage-end', '--kith-sys-color-surface', 'Last stage mark'),
  graphic('--kith-sys-color-stage-start', '--kith-sys-color-stage-tint', 'First stage mark on its badge'),
  graphic('--kith-sys-color-stage-end', '--kith-sys-color-stage-tint', 'Last stage mark on its badge'),
];

/** `#rgb`, `#rrggbb` or `rgb()/rgba()` as 0–255 channels; null otherwise. */
export function parseColor(value: string): [number, number, number] | null {
  const colour = value.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(colour);
  if (hex?.[1]) {
    const digits = hex[1].length === 3 ? [...hex[1]].map((d) => d + d).join('') : hex[1];
    return [0, 2, 4].map((at) => parseInt(digits.slice(at, at + 2), 16)) as [number, number, number];
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(colour);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  return null;
}

function relativeLuminance([r, g, b]: [number, number, number]): number {
  const linear = (channel: number): number => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio of two colours (1–21). */
export function contrastRatio(a: [number, number, number], b: [number, number, number]): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
