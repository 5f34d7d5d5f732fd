/**
 * Picture exports shared by the charts: a standalone SVG document (the PNG
 * made from it is in png.ts, fetched when a PNG is asked for).
 */
const PAINT = ['fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'opacity', 'font-family', 'font-size', 'font-weight', 'paint-order', 'text-anchor', 'visibility'];

/**
 * A standalone copy of a rendered chart: computed paint copied onto each
 * element (the shadow-DOM styles and tokens do not travel), interactive
 * attributes dropped, and `<title>`/`<desc>` added for people who cannot see it.
 */
export function standaloneSvg(chart: SVGSVGElement, title: string, description: string): string {
  const copy = chart.cloneNode(true) as SVGSVGElement;
  const originals = [chart, ...chart.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((original, i) => {
    const target = copies[i] as Element;
    const style = getComputedStyle(original);
    for (const name of PAINT) target.setAttribute(name, style.getPropertyValue(name));
    for (const name of ['role', 'tabindex', 'part', 'class', 'data-handle', 'aria-describedby']) target.removeAttribute(name);
  });
  copy.querySelectorAll('.hit, .focus-ring').forEach((node) => node.remove());
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', chart.viewBox.baseVal.width.toString());
  copy.setAttribute('height', chart.viewBox.baseVal.height.toString());
  const titleElement = document.createElementNS('http://www.w3.org/2000/svg', 'title');
  titleElement.textContent = title;
  const descElement = document.createElementNS('http://www.w3.org/2000/svg', 'desc');
  descElement.textContent = description;
  copy.prepend(titleElement, descElement);
  return new XMLSerializer().serializeToString(copy);
}
