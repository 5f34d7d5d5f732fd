import { localText } from '../../core/validation.js';
import { scoreOf, type CheckedInstrument, type Reading } from './model.js';

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

/**
 * Readings as FHIR R4: a `collection` Bundle with one QuestionnaireResponse
 * per reading. A reading is one completion of one instrument, so a
 * QuestionnaireResponse (items = scales, linked to a Questionnaire by the
 * instrument id) keeps the scales together with the date and who completed
 * it; separate Observations per scale would lose that grouping.
 */
export function exportFhirBundle(instrument: CheckedInstrument, readings: readonly Reading[], lang: string): object {
  const questionnaire = `urn:kith:instrument:${instrument.id ?? 'unnamed'}`;
  return {
    resourceType: 'Bundle',
    type: 'collection',
    entry: readings.map((reading) => ({
      fullUrl: `urn:kith:reading:${reading.id}`,
      resource: {
        resourceType: 'QuestionnaireResponse',
        id: reading.id,
        questionnaire,
        status: 'completed',
        authored: reading.date,
        extension: [
          { url: 'urn:kith:perspective', valueString: reading.perspective },
          ...(reading.completedBy ? [{ url: 'urn:kith:completed-by', valueCode: reading.completedBy }] : []),
        ],
        item: instrument.scales.map((scale) => {
          const score = scoreOf(reading, scale.id);
          const note = reading.notes?.[scale.id];
          return {
            linkId: scale.id,
            text: localText(scale.label, lang),
            ...(score === null ? {} : { answer: [{ valueInteger: score }] }),
            ...(note ? { item: [{ linkId: `${scale.id}.note`, answer: [{ valueString: note }] }] } : {}),
          };
        }),
      },
    })),
  };
}
