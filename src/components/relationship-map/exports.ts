import { render } from 'lit';
import { standaloneSvg } from '../../core/export.js';
import { shareable, type ExportOptions } from './formats.js';
import { labelSizeFor } from './labels.js';
import { VIEW_SIZE } from './layout.js';
import { renderPicture, type PictureContext } from './picture.js';
import { describeMap } from './summary.js';
export { toCSV, toGraphML, toJSON } from './formats.js';

/**
 * The map's exports, fetched the first time one is asked for (a page that
 * never exports does not download them): the data formats (formats.ts) and
 * the diagram as a standalone SVG file.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The diagram as a file drawn for its own 1000 px: the picture is drawn
 * again with names laid out for that width (on a phone the page's names are
 * larger in diagram units, and fewer fit), everyone drawn and nobody
 * highlighted. It is drawn in `stage`, beside the page's diagram so the same
 * styles resolve, copied and removed in the same task, so it is never
 * painted or read out. People left out of exports are not drawn, nor their
 * relationships, and no sentence (not even one about someone else) names them.
 */
export function diagramSvg(stage: Element, picture: PictureContext, title: string, options: ExportOptions): string {
  const shared = shareable(picture.map, options);
  const kept = new Set(shared.people.map((person) => person.id));
  const leftOut = (element: Element) => (element.getAttribute('data-id') ?? element.getAttribute('data-ends') ?? '').split(' ').some((id) => id && !kept.has(id));
  const drawing = document.createElementNS(SVG_NS, 'svg');
  drawing.setAttribute('class', 'surface');
  drawing.setAttribute('viewBox', `0 0 ${VIEW_SIZE} ${VIEW_SIZE}`);
  drawing.setAttribute('aria-hidden', 'true');
  drawing.style.cssText = 'position:absolute;left:-10000px;width:1000px';
  const viewport = document.createElementNS(SVG_NS, 'g');
  viewport.setAttribute('class', 'viewport');
  drawing.append(viewport);
  stage.append(drawing);
  try {
    render(renderPicture({ ...picture, drawn: null, dragAt: null, activeId: '', fontSize: labelSizeFor(VIEW_SIZE) }), viewport);
    return standaloneSvg(drawing, title, describeMap(picture.text, shared).join(' '), leftOut);
  } finally {
    drawing.remove();
  }
}
