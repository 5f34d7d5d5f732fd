import type { Measure } from './labels.js';

/**
 * Names' widths as the browser will draw them, from a canvas's text
 * metrics: no layout is read, and each text is measured once per font.
 * Undefined where there is no canvas (a server): the labels' estimate is used.
 */
export function measurerFor(fontFamily: string): Measure | undefined {
  if (typeof document === 'undefined') return undefined;
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return undefined;
  const known = new Map<string, number>();
  return (text, bold) => {
    const key = `${bold ? 'b' : 'n'}${text}`;
    let width = known.get(key);
    if (width === undefined) {
      // 100 px, so the advance divided by 100 is in em.
      context.font = `${bold ? 'bold ' : ''}100px ${fontFamily}`;
      width = context.measureText(text).width / 100;
      known.set(key, width);
    }
    return width;
  };
}
