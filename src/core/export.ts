/**
 * Picture exports shared by the charts: a standalone SVG document (the PNG
 * made from it is in png.ts, fetched when a PNG is asked for).
 */

/** Inherited paint the shadow DOM's styles and tokens give, which a file opened on its own must carry. */
const PAINT = 'fill fill-opacity fill-rule stroke stroke-width stroke-dasharray stroke-opacity stroke-linecap stroke-linejoin font-family font-size font-weight paint-order text-anchor dominant-baseline visibility'.split(' ');

/**
 * The only attributes a copy keeps: geometry and text placement. The rest —
 * `aria-*`, `role`, `title`, `data-*`, ids, classes — serve the live page and
 * may carry a name an export must not.
 */
const GEOMETRY = /^([xy][12]?|c[xy]|r[xy]?|d[xy]?|points|width|height|transform|viewBox|text-anchor|preserveAspectRatio)$/;

/** What a file does not need: pointer and keyboard parts, the live page's own descriptions and styles. */
const LEFT_OUT = '.hit,.focus-ring,title,desc,foreignObject,script,style';

const SVG = 'http://www.w3.org/2000/svg';

/**
 * A standalone copy of a rendered chart, as a file a person would open: the
 * computed paint in one `<style>` block (each distinct set once, as a
 * class; inherited paint only where it differs from the parent's),
 * geometry attributes only, no comments (Lit's markers), nothing hidden,
 * and `<title>`/`<desc>` for people who cannot see it. `chart` must be in
 * the document, so its styles can be read; `leaveOut` drops parts of it
 * (people left out of exports).
 */
export function standaloneSvg(chart: SVGSVGElement, title: string, description: string, leaveOut: (element: Element) => boolean = () => false): string {
  const classes = new Map<string, string>();
  const copyOf = (original: Element, parent?: CSSStyleDeclaration): Element | null => {
    const style = getComputedStyle(original);
    if (style.display == 'none' || original.matches(LEFT_OUT) || leaveOut(original)) return null;
    const copy = document.createElementNS(SVG, original.localName);
    for (const { name, value } of original.attributes) if (GEOMETRY.test(name)) copy.setAttribute(name, value);
    // A pan-and-zoom layer is drawn at rest.
    if (original.matches('.viewport')) copy.removeAttribute('transform');
    const paint = PAINT.filter((name) => parent?.getPropertyValue(name) != style.getPropertyValue(name)).map((name) => `${name}:${style.getPropertyValue(name)}`);
    if (style.opacity != '1') paint.push(`opacity:${style.opacity}`);
    const key = paint.join(';');
    if (key) copy.setAttribute('class', classes.get(key) ?? classes.set(key, `k${classes.size}`).get(key)!);
    for (const child of original.childNodes) {
      if (child instanceof Element) {
        const part = copyOf(child, style);
        if (part) copy.append(part);
      } else if (child.nodeType == Node.TEXT_NODE && child.textContent!.trim()) copy.append(child.textContent!);
    }
    return copy;
  };
  const root = copyOf(chart)!;
  const { width, height } = chart.viewBox.baseVal;
  root.setAttribute('xmlns', SVG);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  const [titled, described, styled] = ['title', 'desc', 'style'].map((name) => document.createElementNS(SVG, name));
  titled!.textContent = title;
  described!.textContent = description;
  styled!.textContent = [...classes].map(([paint, name]) => `.${name}{${paint}}`).join('');
  root.prepend(titled!, described!, styled!);
  return new XMLSerializer().serializeToString(root);
}
