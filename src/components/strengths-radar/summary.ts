import type { TranslationKey } from '../../translations/en.js';
import type { TextContext } from '../../core/localize.js';
import { localText } from '../../core/validation.js';
import { agreement, extremes, scoreChanges, type CheckedInstrument, type Reading } from './model.js';

/** What the summary needs from the element: its language, translator and formatters. */
export type SummaryContext = TextContext;

/** The words for a perspective: known ones are translated, custom labels shown as given. */
export function perspectiveName(context: SummaryContext, perspective: string): string {
  const key = `radar.perspective.${perspective}` as TranslationKey;
  const words = context.t(key);
  return words === key ? perspective : words;
}

export function readingName(context: SummaryContext, reading: Reading): string {
  return context.t('radar.readingLabel', { perspective: perspectiveName(context, reading.perspective), date: context.date(reading.date) });
}

export function scaleNames(context: SummaryContext, instrument: CheckedInstrument, ids: readonly string[]): string {
  return ids.map((id) => localText(instrument.scales.find((s) => s.id === id)!.label, context.lang)).join(', ');
}

/**
 * The text alternative for one reading, compared with an earlier one:
 * a paragraph (when, whose view, strongest, lowest, how many unscored) and a
 * list of changes per scale. Every sentence is a whole catalogue template.
 */
export function describeReading(context: SummaryContext, instrument: CheckedInstrument, reading: Reading, before?: Reading): { paragraph: string[]; changes: string[] } {
  const { t } = context;
  const max = instrument.range.max;
  const paragraph: string[] = [];
  const perspective = perspectiveName(context, reading.perspective);
  paragraph.push(
    reading.completedBy
      ? t('radar.summary.readingCompleted', { date: context.date(reading.date), perspective, completedBy: t(`radar.completedBy.${reading.completedBy}`) })
      : t('radar.summary.reading', { date: context.date(reading.date), perspective }),
  );
  const { strongest, lowest } = extremes(reading, instrument.scales);
  if (!strongest || !lowest) {
    paragraph.push(t('radar.summary.noScores'));
  } else {
    paragraph.push(t('radar.summary.strongest', { score: strongest.score, max, scales: scaleNames(context, instrument, strongest.scaleIds) }));
    if (lowest.score !== strongest.score) {
      paragraph.push(t('radar.summary.lowest', { score: lowest.score, max, scales: scaleNames(context, instrument, lowest.scaleIds) }));
    }
    const unscored = instrument.scales.filter((s) => reading.scores[s.id] === null || reading.scores[s.id] === undefined).length;
    if (unscored > 0) paragraph.push(t('radar.summary.unscored', { count: unscored }));
  }

  const changes: string[] = [];
  if (before) {
    const perScale = scoreChanges(before, reading, instrument.scales);
    const count = (test: (delta: number) => boolean): number => perScale.filter((c) => c.delta !== null && test(c.delta)).length;
    paragraph.push(t('radar.change.intro', { date: context.date(before.date) }));
    paragraph.push(t('radar.change.up', { count: count((d) => d > 0) }));
    paragraph.push(t('radar.change.down', { count: count((d) => d < 0) }));
    paragraph.push(t('radar.change.same', { count: count((d) => d === 0) }));
    for (const change of perScale) {
      const scale = scaleNames(context, instrument, [change.scaleId]);
      const params = { scale, from: change.from ?? '', to: change.to ?? '' };
      if (change.delta === null) {
        if (change.to !== null) changes.push(t('radar.change.scaleNew', params));
        else if (change.from !== null) changes.push(t('radar.change.scaleCleared', params));
      } else if (change.delta > 0) changes.push(t('radar.change.scaleUp', params));
      else if (change.delta < 0) changes.push(t('radar.change.scaleDown', params));
      else changes.push(t('radar.change.scaleSame', params));
    }
  }
  return { paragraph, changes };
}

/** Where perspectives of one date agree (within 1 point) and where they differ. */
export function describeAgreement(context: SummaryContext, instrument: CheckedInstrument, readings: readonly Reading[]): { paragraph: string[]; changes: string[] } {
  const rows = agreement(readings, instrument.scales);
  const compared = rows.filter((row) => row.agree !== null);
  const paragraph = [context.t('radar.agreement.summary', { agree: compared.filter((row) => row.agree).length, total: compared.length })];
  const changes = compared
    .filter((row) => !row.agree)
    .map((row) =>
      context.t('radar.agreement.differ', {
        scale: scaleNames(context, instrument, [row.scaleId]),
        values: row.values.map((v) => context.t('radar.agreement.value', { perspective: perspectiveName(context, v.perspective), score: v.value })).join(', '),
      }),
    );
  return { paragraph, changes };
}
