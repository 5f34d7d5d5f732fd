import { localText } from '../../core/validation.js';
import { scoreOf, type CheckedInstrument, type Reading } from './model.js';
import type { Aggregate } from './aggregate.js';

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

/**
 * An aggregate as FHIR R4: a `collection` Bundle with one summary
 * MeasureReport. Each area is a group with the median as its measure score
 * and the middle half (quartiles) as extensions; an area with too few scores
 * has neither (small numbers can identify people). No reading, date, note or
 * reading count below the threshold leaves.
 */
export function exportFhirAggregate(instrument: CheckedInstrument, stats: Aggregate, lang: string, madeAt: Date): object {
  return {
    resourceType: 'Bundle',
    type: 'collection',
    entry: [
      {
        fullUrl: `urn:kith:aggregate:${instrument.id ?? 'unnamed'}`,
        resource: {
          resourceType: 'MeasureReport',
          status: 'complete',
          type: 'summary',
          measure: `urn:kith:instrument:${instrument.id ?? 'unnamed'}`,
          date: madeAt.toISOString(),
          group: instrument.scales.map((scale, i) => {
            const row = stats.scales[i]!;
            return {
              code: { text: localText(scale.label, lang) },
              ...(row.median === null
                ? {}
                : {
                    population: [{ code: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/measure-population', code: 'initial-population' }] }, count: row.n }],
                    measureScore: { value: row.median },
                    extension: [
                      { url: 'urn:kith:lower-quartile', valueDecimal: row.q1 ?? row.median },
                      { url: 'urn:kith:upper-quartile', valueDecimal: row.q3 ?? row.median },
                    ],
                  }),
            };
          }),
        },
      },
    ],
  };
}
