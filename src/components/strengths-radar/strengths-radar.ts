import { html, isServer, nothing, type PropertyValues, svg, type TemplateResult, type PropertyDeclarations } from 'lit';
import { KithFormElement, type FormValue } from '../../core/form-element.js';
import { styleProperties } from '../../core/style-properties.js';
import type { Renderable } from '../../core/element.js';
import { JsonChild } from '../../core/light-dom.js';
import { localText, parseJson, type ProblemDraft } from '../../core/validation.js';
import { strengthsRadarEn } from '../../translations/en/strengths-radar.js';
import { stageFor } from '../stage-badge/model.js';
import { strengthsRadarStyles } from './strengths-radar.styles.js';
import { Lazy } from '../../core/lazy.js';
import type { AggregateContext } from './aggregate-view.js';
import type { Aggregate } from './aggregate.js';
import { now } from '../../core/clock.js';
import { bandPath, FRAME_RADII, labelSpokes, markerPath, ringPath, SERIES_STYLES, seriesGroup, spokeLabel, VIEW, wrapLabel, type Series } from './chart.js';
import { describeAgreement, describeReading, perspectiveName, readingName } from './summary.js';
import {
  bandEdges,
  byDate,
  DEFAULT_MIN_GROUP_SIZE,
  historyOf,
  latest,
  perspectivesOn,
  pointAt,
  radiusFor,
  readRadarData,
  scoreAtPoint,
  scoreForKey,
  scoreOf,
  spokeAngle,
  validateInstrument,
  validateReadings,
  withScore,
  type CheckedInstrument,
  type Instrument,
  type RadarFrame,
  type Reading,
  type Score,
} from './model.js';
import { addEnglish, joinStrings } from '../../core/localize.js';
import { stageStrings } from '../stage-badge/strings.js';

/** Reading the page's own table (the no-JS fallback): fetched only for a radar that has one. */
const tableReader = new Lazy(() => import('./light-dom.js').then((module) => module.readTable));
/** Aggregate mode's view, with its words: fetched only by a radar in `mode="aggregate"`. */
const aggregateParts = new Lazy(() => import('./aggregate-view.js').then((chunk) => addEnglish(KithStrengthsRadar.strings, chunk)));

export type RadarMode = 'history' | 'perspectives' | 'aggregate';

export interface ScoreChangeDetail {
  readingId: string;
  scaleId: string;
  value: Score;
  previous: Score;
}

declare module '../../core/events.js' {
  interface KithEventMap {
    'kith-score-change': ScoreChangeDetail;
  }
}
declare global {
  interface HTMLElementEventMap {
    'kith-score-change': CustomEvent<ScoreChangeDetail>;
  }
  interface HTMLElementTagNameMap {
    'kith-strengths-radar': KithStrengthsRadar;
  }
}

/** The inputs whose change means the data must be read and checked again. */
const DATA_PROPERTIES = ['instrument', 'readings', 'editable', 'activeReading'] as const;

/** Below this width the chart becomes a list of labelled bars (WCAG 1.4.10 reflow). */
const NARROW_WIDTH = 320;

interface Drag {
  scaleIndex: number;
  pointerId: number;
  changed: boolean;
}

/**
 * A star (radar) chart of any outcomes instrument, for strengths-based
 * conversations: where things stand on each area of life, readings over
 * time or several people's views side by side, and scores set together on
 * the chart by keyboard, tap or drag.
 *
 * Data comes from the `instrument` and `readings` properties or, when they
 * are not set, from light DOM: a `<table>` (also what readers see without
 * JavaScript, and the “Show data table” view) or a
 * `<script type="application/json">` holding `{instrument, readings}`.
 *
 * @tagname kith-strengths-radar
 * @summary Star chart of an outcomes instrument; scores set together on the chart.
 * @since 0.1.0
 *
 * @slot - A data table (readable without JavaScript); shown by “Show data table”.
 * @fires kith-score-change - A score was set by the user. `detail: {readingId, scaleId, value, previous}`.
 * @fires input - A score is changing (key press, tap, each step of a drag).
 * @fires change - A score change is complete (key press, tap, end of a drag).
 * @fires kith-error - The instrument or readings could not be used. `detail: {code, message, path, problems}`.
 *
 * @csspart chart - The SVG chart.
 * @csspart spoke - Each scale's line.
 * @csspart handle - Each slider handle (editable mode).
 * @csspart legend - The list naming each reading.
 * @csspart summary - The text summary.
 * @csspart table - The data table.
 * @csspart bars - The narrow-screen list of bars.
 * @csspart error - The error state.
 *
 * @cssprop --kith-radar-series-1-color - First reading (default `--kith-sys-color-primary`).
 * @cssprop --kith-radar-series-2-color - Second reading (default `--kith-sys-color-stage-start`).
 * @cssprop --kith-radar-series-3-color - Third reading (default `--kith-sys-color-link`).
 * @cssprop --kith-radar-series-4-color - Fourth reading (default `--kith-sys-color-text`).
 * @cssprop --kith-radar-band-color - Stage bands, alternate rings (default `--kith-sys-color-surface-raised`).
 * @cssprop --kith-radar-max-size - Largest size of the chart (default `36rem`).
 *
 * @cssstate editing - Scores can be set.
 * @cssstate narrow - Shown as a list of bars.
 * @cssstate error - The input has a problem.
 */
export class KithStrengthsRadar extends KithFormElement {
  static override styles = [...KithFormElement.styles, strengthsRadarStyles];
  /** Reactive properties (declared here rather than with decorators: their runtime cost every entry ~0.4 kB). */
  static override properties: PropertyDeclarations = {
    instrument: { attribute: false },
    readings: { attribute: false },
    mode: { reflect: true },
    editable: { type: Boolean, reflect: true },
    activeReading: { attribute: 'active-reading', reflect: true },
    perspective: {},
    date: {},
    compareTo: { attribute: 'compare-to' },
    minGroupSize: { type: Number, attribute: 'min-group-size' },
    tableOpen: { state: true },
    narrow: { state: true },
    announcement: { state: true },
    focusedScale: { state: true },
    unitsPerPixel: { state: true },
  };
  static override strings = joinStrings(
    { en: strengthsRadarEn, cy: () => import('../../translations/cy/strengths-radar.js').then((m) => m.strengthsRadarCy) },
    // Aggregate mode's words: the English comes with its view (see aggregateParts), the Welsh with the rest.
    { en: {}, cy: () => import('../../translations/cy/radar-aggregate.js').then((m) => m.radarAggregateCy) },
    stageStrings,
  );
  /** Fetched before a server renders (`prepare()`): aggregate mode's view. */
  static override readonly lazyParts = [aggregateParts];

  /** The instrument: `{id?, name?, scales, range?, stages?}`. */
  instrument?: Instrument;

  /** Readings: `[{id, date, perspective, completedBy?, scores, notes?}]`. */
  readings?: Reading[];

  /** `history` (one perspective over time), `perspectives` (one date, several people) or `aggregate`. */
  mode: RadarMode = 'history';

  /** Scores can be set on the chart. */
  editable = false;

  /** The id of the reading being set (default: the latest). */
  activeReading = '';

  /** History mode: whose readings (default: the active or latest reading's perspective). */
  perspective = '';

  /** Perspectives mode: the date to compare (default: the latest date). */
  date = '';

  /** The reading to compare with in the summary (default: the one before, same perspective). */
  compareTo = '';

  /** Aggregate mode: fewer readings than this are not shown. */
  minGroupSize: number = DEFAULT_MIN_GROUP_SIZE;

  private tableOpen = false;
  private narrow = false;
  private announcement = '';
  private focusedScale = -1;
  /** viewBox units per CSS pixel, so handles stay at least 24 px on screen. */
  private unitsPerPixel = 1;

  private checked: CheckedInstrument | null = null;
  private checkedReadings: Reading[] = [];
  private fromTable = false;
  private jsonChild = new JsonChild();
  private initialReadings = new Map<string, Reading>();
  private settingInternally = false;
  private drag: Drag | null = null;
  private resizeObserver?: ResizeObserver;

  /** The checked instrument and readings in use (from properties or the page), or null while there are problems. */
  get data(): { instrument: CheckedInstrument; readings: Reading[] } | null {
    return this.checked ? { instrument: this.checked, readings: this.checkedReadings } : null;
  }

  /** The reading being set, when editable. */
  private get active(): Reading | undefined {
    if (!this.editable) return undefined;
    return this.activeReading ? this.checkedReadings.find((r) => r.id === this.activeReading) : latest(this.checkedReadings);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver === 'undefined') return;
    this.resizeObserver = new ResizeObserver(([entry]) => {
      const width = entry?.contentRect.width ?? 0;
      if (width === 0) return;
      // Next frame: changing layout inside the observer's callback would loop.
      requestAnimationFrame(() => {
        this.narrow = width < NARROW_WIDTH;
        const chartWidth = Math.min(width, this.renderRoot.querySelector('svg')?.getBoundingClientRect().width || width);
        this.unitsPerPixel = VIEW.width / chartWidth;
      });
    });
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Hover, focus, resize and each drag step re-render; the data is checked again only when it changes.
    if (this.hasUpdated && !DATA_PROPERTIES.some((key) => changed.has(key))) return;
    const problems: ProblemDraft[] = [];
    const source = this.instrument !== undefined ? { instrument: this.instrument, readings: this.readings } : this.readLightDom(problems);
    this.checked = null;
    this.checkedReadings = [];
    if (problems.length === 0) {
      const { instrument, problems: instrumentProblems } = validateInstrument(source.instrument);
      problems.push(...instrumentProblems);
      if (instrument) {
        const { readings, problems: readingProblems } = validateReadings(source.readings, instrument);
        problems.push(...readingProblems);
        this.checked = instrument;
        this.checkedReadings = readings ?? [];
        if (this.editable && this.activeReading && readings && !readings.some((r) => r.id === this.activeReading)) {
          problems.push({ code: 'unknown-reading', path: 'active-reading', params: { id: this.activeReading } });
        }
      }
    }
    if (!this.settingInternally && (changed.has('readings') || changed.has('instrument') || this.initialReadings.size === 0)) {
      this.initialReadings = new Map(this.checkedReadings.map((r) => [r.id, r]));
    }
    this.settingInternally = false;
    this.setProblems(problems);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.setCustomState('editing', this.editable && !!this.active);
    this.setCustomState('narrow', this.narrow);
  }

  /** The page's own table, when the data comes from it (no property, no JSON child). */
  private pageTable(): HTMLTableElement | null {
    // A server renders the element without its children: nothing to read.
    if (isServer || this.instrument !== undefined || this.jsonChild.read(this)) return null;
    return this.querySelector<HTMLTableElement>(':scope > table');
  }

  /** Modules the next update needs: aggregate mode's view, and the reader of the page's table for a radar that has one. */
  protected override waitBeforeUpdate(): Promise<unknown> | null {
    const waits = [this.mode === 'aggregate' ? aggregateParts.ready() : null, tableReader.value === undefined && this.pageTable() ? tableReader.ready() : null].filter((wait) => wait !== null);
    return waits.length > 0 ? Promise.all(waits) : null;
  }

  /** Light DOM: a JSON child wins; otherwise a table. */
  private readLightDom(problems: ProblemDraft[]): { instrument?: unknown; readings?: unknown } {
    const json = this.jsonChild.read(this);
    const table = this.pageTable();
    this.fromTable = !json && !!table;
    if (json?.problem) problems.push(json.problem);
    if (json) return json.problem ? {} : readRadarData(json.value);
    // A reader that could not be fetched leaves the table as the reader's view, and says the data is missing.
    return table && tableReader.value ? tableReader.value(table) : { instrument: undefined };
  }

  // ------------------------------------------------------------ form

  protected override formValue(): FormValue {
    const reading = this.active;
    return reading ? JSON.stringify(reading) : null;
  }
  protected override isEmpty(): boolean {
    const reading = this.active;
    return !reading || Object.values(reading.scores).every((score) => score === null);
  }
  protected override resetValue(): void {
    const reading = this.active;
    const initial = reading && this.initialReadings.get(reading.id);
    if (initial) this.replaceReading(initial);
  }
  protected override restoreValue(saved: FormValue): void {
    if (typeof saved !== 'string') return;
    const parsed = parseJson(saved, 'restored');
    const reading = parsed.value as Reading | undefined;
    if (reading && typeof reading === 'object' && this.checkedReadings.some((r) => r.id === reading.id)) this.replaceReading(reading);
  }
  protected override validationAnchor(): HTMLElement | undefined {
    return this.renderRoot.querySelector<HTMLElement>('[role="slider"], input[type="range"]') ?? undefined;
  }

  /** Puts a changed reading back, keeping the host's other readings and the instrument. */
  private replaceReading(reading: Reading): void {
    this.settingInternally = true;
    if (this.instrument === undefined && this.checked) this.instrument = this.checked;
    this.readings = this.checkedReadings.map((r) => (r.id === reading.id ? reading : r));
  }

  // ------------------------------------------------------------ user input

  /** Sets a score as the user asked: updates, announces and fires events. */
  private setScore(scaleIndex: number, value: Score, commit: boolean): void {
    const reading = this.active;
    const scale = this.checked?.scales[scaleIndex];
    if (!reading || !scale || this.isDisabled) return;
    const previous = scoreOf(reading, scale.id);
    if (previous !== value) {
      this.replaceReading(withScore(reading, scale.id, value));
      this.announcement = this.t('radar.announce', { scale: localText(scale.label, this.resolvedLang), value: this.valueText(value) });
      this.emit('kith-score-change', { readingId: reading.id, scaleId: scale.id, value, previous });
      this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      if (this.drag) this.drag.changed = true;
    }
    if (commit && (previous !== value || this.drag?.changed)) this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private onKeyDown(event: KeyboardEvent, scaleIndex: number): void {
    const reading = this.active;
    const scale = this.checked?.scales[scaleIndex];
    if (!reading || !scale || !this.checked) return;
    const next = scoreForKey(event.key, scoreOf(reading, scale.id), this.checked, this.resolvedDir);
    if (next === undefined) return;
    event.preventDefault();
    this.setScore(scaleIndex, next, true);
  }

  private pointerScore(event: PointerEvent, scaleIndex: number): number | null {
    const chart = this.renderRoot.querySelector('svg');
    const matrix = chart?.getScreenCTM();
    if (!chart || !matrix || !this.checked) return null;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    return scoreAtPoint(point.x, point.y, spokeAngle(scaleIndex, this.checked.scales.length), this.frame());
  }

  /** Tap or click anywhere on a spoke sets that score (no drag needed, WCAG 2.5.7); dragging also works. */
  private onPointerDown(event: PointerEvent, scaleIndex: number): void {
    if (!this.active || this.isDisabled || event.button !== 0) return;
    event.preventDefault();
    (event.currentTarget as Element).setPointerCapture?.(event.pointerId);
    this.drag = { scaleIndex, pointerId: event.pointerId, changed: false };
    this.renderRoot.querySelector<SVGElement>(`[data-handle="${scaleIndex}"]`)?.focus();
    const score = this.pointerScore(event, scaleIndex);
    if (score !== null) this.setScore(scaleIndex, score, false);
  }

  private onPointerMove(event: PointerEvent): void {
    if (!this.drag || event.pointerId !== this.drag.pointerId) return;
    const score = this.pointerScore(event, this.drag.scaleIndex);
    if (score !== null) this.setScore(this.drag.scaleIndex, score, false);
  }

  private onPointerUp(event: PointerEvent): void {
    if (!this.drag || event.pointerId !== this.drag.pointerId) return;
    if (this.drag.changed) this.dispatchEvent(new Event('change', { bubbles: true }));
    this.drag = null;
  }

  /** Keeps the scale's notes shown while a drag strays off its spoke. */
  private onSpokeLeave(): void {
    if (!this.drag) this.focusedScale = -1;
  }

  private onRangeInput(event: Event, scaleIndex: number): void {
    this.setScore(scaleIndex, Number((event.target as HTMLInputElement).value), event.type === 'change');
  }

  // ------------------------------------------------------------ exports

  /** The chart as a standalone SVG document, with `<title>` and `<desc>`, styles resolved (the export code is fetched on first use). */
  async exportSVG(): Promise<string> {
    const { standaloneSvg } = await import('./exports.js');
    const chart = this.renderRoot.querySelector('svg');
    const summary = this.renderRoot.querySelector('[part="summary"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    return chart ? standaloneSvg(chart, this.instrumentName(), summary) : '';
  }

  /** The chart as a PNG image (a Blob), at `scale` × its drawing size. */
  async exportPNG(scale = 2): Promise<Blob> {
    const picture = await this.exportSVG();
    const { svgToPng } = await import('../../core/png.js');
    return svgToPng(picture, VIEW.width, VIEW.height, scale);
  }

  /**
   * The readings as a FHIR R4 Bundle: one QuestionnaireResponse per reading,
   * or, in aggregate mode, one summary MeasureReport (median and middle half
   * per area, areas with too few scores left empty) and no reading at all.
   */
  async exportFHIR(): Promise<object> {
    if (!this.checked) return { resourceType: 'Bundle', type: 'collection', entry: [] };
    const { aggregate, exportFhirAggregate, exportFhirBundle } = await import('./exports.js');
    if (this.mode === 'aggregate') return exportFhirAggregate(this.checked, aggregate(this.checkedReadings, this.checked.scales, this.minGroupSize), this.resolvedLang, now());
    return exportFhirBundle(this.checked, this.checkedReadings, this.resolvedLang);
  }

  // ------------------------------------------------------------ rendering

  private frame(): RadarFrame {
    return { ...FRAME_RADII, range: this.checked!.range };
  }

  private instrumentName(): string {
    return this.checked?.name ? localText(this.checked.name, this.resolvedLang) : this.t('radar.untitled');
  }

  private valueText(score: Score): string {
    if (score === null || !this.checked) return this.t('radar.slider.notScored');
    const stage = this.checked.stages && stageFor(score, this.checked.stages);
    const { max } = this.checked.range;
    return stage
      ? this.t('radar.slider.valuetext', { score, max, stage: localText(stage.band.label, this.resolvedLang) })
      : this.t('radar.slider.valuetextNoStage', { score, max });
  }

  /** What aggregate mode's view (a chunk) needs from the element. */
  private aggregateContext(): AggregateContext {
    const instrument = this.checked!;
    return {
      text: this.textContext,
      instrument,
      readings: this.checkedReadings,
      minGroupSize: this.minGroupSize,
      instrumentName: this.instrumentName(),
      scaleLabels: instrument.scales.map((scale) => localText(scale.label, this.resolvedLang)),
      swatch: (style) => this.legendSwatch(style),
    };
  }

  /** Which readings are drawn, and how, for the current mode. */
  private view(): { readings: Reading[]; series: Series[]; band?: { low: Score[]; high: Score[] }; text: { paragraph: string[]; changes: string[] }; stats?: Aggregate; aggregate?: AggregateContext } {
    const instrument = this.checked!;
    const ids = instrument.scales.map((s) => s.id);
    const context = this.textContext;
    const all = this.checkedReadings;
    const toSeries = (reading: Reading, style: number, weight: Series['weight'], directLabel: string): Series => ({
      key: reading.id,
      scores: ids.map((id) => scoreOf(reading, id)),
      style,
      weight,
      directLabel,
    });

    if (this.mode === 'aggregate') {
      // Its view could not be fetched: nothing is drawn or said rather than any reading.
      const parts = aggregateParts.value;
      if (!parts) return { readings: [], series: [], text: { paragraph: [], changes: [] } };
      // Made once per render: the legend and the table use it too.
      const aggregate = this.aggregateContext();
      return { ...parts.aggregateView(aggregate), aggregate };
    }

    if (this.mode === 'perspectives') {
      const date = this.date || latest(all)?.date || '';
      const readings = perspectivesOn(all, date);
      const series = readings.map((r, i) => toSeries(r, i, this.active?.id === r.id || readings.length === 1 ? 'strong' : 'normal', perspectiveName(context, r.perspective)));
      const values = ids.map((_, i) => series.map((s) => s.scores[i]).filter((v): v is number => v !== null && v !== undefined));
      const band = readings.length > 1 ? { low: values.map((v) => (v.length > 1 ? Math.min(...v) : null)), high: values.map((v) => (v.length > 1 ? Math.max(...v) : null)) } : undefined;
      return { readings, series, band, text: describeAgreement(context, instrument, readings) };
    }

    const focus = this.active ?? latest(all);
    const perspective = this.perspective || focus?.perspective || '';
    const readings = historyOf(all, perspective);
    const current = focus && readings.includes(focus) ? focus : readings.at(-1);
    const before = this.compareTo ? all.find((r) => r.id === this.compareTo) : current && readings[readings.indexOf(current) - 1];
    const series = readings.map((r, i) => {
      const isLatest = i === readings.length - 1;
      const isFirst = i === 0 && readings.length > 1;
      return toSeries(r, isLatest ? 0 : isFirst ? 1 : 2, isLatest || isFirst || r === current ? 'strong' : 'faint', context.date(r.date));
    });
    return {
      readings,
      // Draw older readings first so the latest sits on top.
      series,
      text: current ? describeReading(context, instrument, current, before) : { paragraph: [this.t('radar.summary.noReadings')], changes: [] },
    };
  }

  protected override renderContent(): Renderable {
    if (!this.checked) return nothing;
    const view = this.view();
    const active = this.active;
    return html`<figure class="radar" aria-labelledby="title">
      <figcaption id="title" class="title">${this.instrumentName()}</figcaption>
      ${active ? html`<p class="editing">${this.t('radar.editing', { reading: readingName(this.textContext, active) })}</p>
          <p class="hint" id="hint">${this.narrow ? this.t('radar.instructionsNarrow') : this.t('radar.instructions')}</p>` : nothing}
      ${view.stats?.suppressed ? nothing : this.narrow ? this.renderBars(view.series) : this.renderChart(view.series, view.band)}
      ${this.renderFocusedScale(view.readings)}
      ${this.renderLegend(view)}
      <div part="summary" class="summary" id="summary">
        ${view.text.paragraph.length ? html`<p>${view.text.paragraph.join(' ')}</p>` : nothing}
        ${view.text.changes.length ? html`<ul>${view.text.changes.map((line) => html`<li>${line}</li>`)}</ul>` : nothing}
      </div>
      <button type="button" class="toggle" aria-expanded=${String(this.tableOpen)} aria-controls="table" @click=${() => (this.tableOpen = !this.tableOpen)}>
        ${this.tableOpen ? this.t('radar.hideTable') : this.t('radar.showTable')}
      </button>
      <div id="table" part="table" class="table" ?hidden=${!this.tableOpen}>${view.aggregate && view.stats ? aggregateParts.value!.renderAggregateTable(view.aggregate, view.stats) : this.fromTable && !this.readings ? html`<slot></slot>` : this.renderTable()}</div>
      <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
    </figure>`;
  }

  private renderChart(series: Series[], band?: { low: Score[]; high: Score[] }): TemplateResult {
    const instrument = this.checked!;
    const frame = this.frame();
    const count = instrument.scales.length;
    const active = this.active;
    const labels = instrument.scales.map((s) => wrapLabel(localText(s.label, this.resolvedLang)));
    const stages = instrument.stages ?? [];
    const spokes = labelSpokes(series);
    const handleRadius = Math.max(12, 12 * this.unitsPerPixel);
    return html`<svg
      part="chart"
      class="chart"
      viewBox="${-VIEW.width / 2} ${-VIEW.height / 2} ${VIEW.width} ${VIEW.height}"
      role=${active ? 'group' : 'img'}
      aria-label=${this.t('radar.chartLabel', { instrument: this.instrumentName() })}
      aria-describedby=${active ? 'hint summary' : 'summary'}
      @pointermove=${this.onPointerMove}
      @pointerup=${this.onPointerUp}
      @pointercancel=${this.onPointerUp}
    >
      <g class="bands" aria-hidden="true">
        ${stages.map((band, i) => {
          const [from, to] = bandEdges(band, instrument.range);
          return svg`<path class="band ${i % 2 ? 'odd' : 'even'}" fill-rule="evenodd" d="${ringPath(radiusFor(to, frame), count)}${ringPath(radiusFor(from, frame), count)}"></path>`;
        })}
        ${svg`<path class="ring" d=${ringPath(frame.outer, count)}></path><path class="ring" d=${ringPath(frame.inner, count)}></path>`}
        ${stages.map((band) => {
          const [from, to] = bandEdges(band, instrument.range);
          const [x, y] = pointAt(spokeAngle(count - 0.5, count), (radiusFor(from, frame) + radiusFor(to, frame)) / 2);
          return svg`<text class="stage-label" x=${x} y=${y} text-anchor="middle">${localText(band.label, this.resolvedLang)}</text>`;
        })}
      </g>
      <g class="spokes">
        ${instrument.scales.map((_, i) => {
          const [x, y] = pointAt(spokeAngle(i, count), frame.outer);
          // A wide invisible line shows the scale's notes on hover; in editable mode it also takes taps.
          return svg`<line part="spoke" class="spoke" x1="0" y1="0" x2=${x} y2=${y}></line>${spokeLabel(i, count, labels[i]!)}
            <line class="hit" x1="0" y1="0" x2=${x} y2=${y} stroke-width=${handleRadius * 2}
              @pointerenter=${() => (this.focusedScale = i)} @pointerleave=${() => this.onSpokeLeave()}
              @pointerdown=${(e: PointerEvent) => this.onPointerDown(e, i)}></line>`;
        })}
      </g>
      ${band ? svg`<path class="spread" fill-rule="evenodd" d=${bandPath(band.low, band.high, frame)} aria-hidden="true"></path>` : nothing}
      <g class="readings" aria-hidden="true">${series.map((s, i) => seriesGroup(s, frame, spokes[i] ?? 0))}</g>
      ${active ? this.renderHandles(active, frame, handleRadius) : nothing}
    </svg>`;
  }

  private renderHandles(reading: Reading, frame: RadarFrame, radius: number): TemplateResult {
    const instrument = this.checked!;
    const count = instrument.scales.length;
    const { min, max } = instrument.range;
    return html`${instrument.scales.map((scale, i) => {
      const angle = spokeAngle(i, count);
      const score = scoreOf(reading, scale.id);
      const [x, y] = pointAt(angle, score === null ? frame.inner : radiusFor(score, frame));
      return svg`<g part="handle" class="handle ${score === null ? 'unscored' : ''}" data-handle=${i} role="slider" tabindex=${this.isDisabled ? -1 : 0}
          aria-label=${localText(scale.label, this.resolvedLang)}
          aria-valuemin=${min} aria-valuemax=${max} aria-valuenow=${score ?? nothing}
          aria-valuetext=${this.valueText(score)}
          aria-disabled=${this.isDisabled ? 'true' : 'false'}
          transform="translate(${x} ${y})"
          @keydown=${(e: KeyboardEvent) => this.onKeyDown(e, i)}
          @pointerdown=${(e: PointerEvent) => this.onPointerDown(e, i)}
          @focus=${() => (this.focusedScale = i)}
          @blur=${() => (this.focusedScale = -1)}>
          <circle class="focus-ring" r=${radius + 4}></circle>
          <circle class="knob" r=${radius}></circle>
        </g>`;
    })}`;
  }

  /** Below 320 px: one labelled bar per scale (native range inputs when editable). */
  private renderBars(series: Series[]): TemplateResult {
    const instrument = this.checked!;
    const active = this.active;
    const shown = active ? instrument.scales.map((s) => scoreOf(active, s.id)) : (series.at(-1)?.scores ?? []);
    const { min, max } = instrument.range;
    return html`<ul part="bars" class="bars">
      ${instrument.scales.map((scale, i) => {
        const score = shown[i] ?? null;
        const label = localText(scale.label, this.resolvedLang);
        return html`<li>
          ${active
            ? html`<label>${label}
                <input type="range" min=${min} max=${max} step="1" .value=${String(score ?? min)} aria-valuetext=${this.valueText(score)}
                  ?disabled=${this.isDisabled} @input=${(e: Event) => this.onRangeInput(e, i)} @change=${(e: Event) => this.onRangeInput(e, i)}
                  @keydown=${(e: KeyboardEvent) => this.onKeyDown(e, i)} /></label>`
            : html`<span class="bar-label">${label}</span>
                <span class="bar" aria-hidden="true"><span class="fill" ${styleProperties({ 'inline-size': `${score === null ? 0 : ((score - min) / (max - min)) * 100}%` })}></span></span>`}
          <span class="bar-value">${this.valueText(score)}</span>
        </li>`;
      })}
    </ul>`;
  }

  /** The focused scale's description, what its score means, and notes. */
  private renderFocusedScale(readings: Reading[]): Renderable {
    const scale = this.checked?.scales[this.focusedScale];
    if (!scale) return nothing;
    const score = this.active ? scoreOf(this.active, scale.id) : null;
    const meaning = score !== null ? scale.pointDescriptions?.[String(score)] : undefined;
    const notes = readings.flatMap((r) => (r.notes?.[scale.id] ? [r.notes[scale.id]!] : []));
    return html`<div class="detail">
      <p class="detail-title">${localText(scale.label, this.resolvedLang)}</p>
      ${scale.description ? html`<p>${localText(scale.description, this.resolvedLang)}</p>` : nothing}
      ${meaning ? html`<p>${localText(meaning, this.resolvedLang)}</p>` : nothing}
      ${notes.map((note) => html`<p>${this.t('radar.note', { note })}</p>`)}
    </div>`;
  }

  private renderLegend(view: ReturnType<KithStrengthsRadar['view']>): Renderable {
    if (view.aggregate && view.stats) return aggregateParts.value!.renderAggregateLegend(view.aggregate, view.stats);
    if (view.readings.length === 0) return nothing;
    const first = view.readings[0];
    const last = view.readings.at(-1);
    return html`<div class="legend-wrap">
      <p class="legend-title" id="legend-title">${this.t('radar.legend')}</p>
      <ul part="legend" class="legend" aria-labelledby="legend-title">
        ${view.series.map((series, i) => {
          const reading = view.readings[i]!;
          const emphasis = this.mode === 'history' && view.readings.length > 1 ? (reading === last ? 'radar.emphasis.latest' : reading === first ? 'radar.emphasis.first' : null) : null;
          return html`<li class=${series.weight}>
            ${this.legendSwatch(series.style, series.weight)}
            <span>${readingName(this.textContext, reading)}</span>
            ${reading.completedBy ? html`<span class="muted">${this.t(`radar.completedBy.${reading.completedBy}`)}</span>` : nothing}
            ${emphasis ? html`<span class="tag">${this.t(emphasis)}</span>` : nothing}
          </li>`;
        })}
      </ul>
    </div>`;
  }

  private legendSwatch(style: number, weight: Series['weight'] = 'strong'): TemplateResult {
    return html`<svg class="swatch" viewBox="0 0 36 16" aria-hidden="true">
      <g class="series s${style % SERIES_STYLES} ${weight}">
        <line class="outline" x1="2" y1="8" x2="34" y2="8"></line>
        ${weight === 'faint' ? nothing : svg`<path class="marker" d=${markerPath(style, 40)} transform="translate(18 8)"></path>`}
      </g>
    </svg>`;
  }

  private renderTable(): TemplateResult {
    const instrument = this.checked!;
    const readings = [...this.checkedReadings].sort(byDate);
    return html`<table>
      <caption>${this.t('radar.table.caption', { instrument: this.instrumentName() })}</caption>
      <thead>
        <tr>
          <th scope="col">${this.t('radar.table.area')}</th>
          ${readings.map((r) => html`<th scope="col">${readingName(this.textContext, r)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${instrument.scales.map(
          (scale) => html`<tr>
            <th scope="row">${localText(scale.label, this.resolvedLang)}</th>
            ${readings.map((r) => {
              const score = scoreOf(r, scale.id);
              const note = r.notes?.[scale.id];
              return html`<td>${score === null ? this.t('radar.table.notScored') : score}${note ? html`<span class="note">${this.t('radar.note', { note })}</span>` : nothing}</td>`;
            })}
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}
