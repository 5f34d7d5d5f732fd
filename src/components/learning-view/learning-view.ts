import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Renderable } from '../../core/element.js';
import { KithElement } from '../../core/element.js';
import { buttonStyles } from '../../core/button-styles.js';
import { fieldStyles } from '../../core/field-styles.js';
import { doneAtOnce, inTasks } from '../../core/in-tasks.js';
import { Lazy } from '../../core/lazy.js';
import { JsonChild } from '../../core/light-dom.js';
import { joinStrings } from '../../core/localize.js';
import { localText, type ProblemDraft } from '../../core/validation.js';
import { learningViewEn } from '../../translations/en/learning-view.js';
import type { StoryFrame, StoryRecord } from '../story/model.js';
import { renderChangeRows } from './change-view.js';
import type { Figures, GroupFigures } from './figures.js';
import { groupKey, storyKey, WHOLE } from './keys.js';
import { monthName, renderTrend } from './trend-view.js';
import type { LearningGiven, Worked } from './work.js';
import { learningViewStyles } from './learning-view.styles.js';

/** Exports (CSV, JSON, each chart as SVG or PNG): fetched on the first one. */
const exporters = () => import('./exports.js');
/** Checking the input and working out the figures: fetched once there is input (a server fetches it first, see prepare()). */
const work = new Lazy(() => import('./work.js'));
/** The stories' pictures (triads, dyads, the stories in a region): fetched only when there are stories. */
const storiesView = new Lazy(() => import('./stories-view.js'));

/** The figures' sections (distance, networks, checks, stories, downloads), drawn one a task the first time. */
const SECTIONS = 5;

/** The same minimum as the radar's aggregate mode (its model is in the work chunk). */
const DEFAULT_MIN_GROUP_SIZE = 5;

/** A chart the view can export: `distance`, `network`, `checks`, `triad:<id>` or `dyad:<id>`. */
export type LearningChart = 'distance' | 'network' | 'checks' | `triad:${string}` | `dyad:${string}`;

/**
 * What a service is learning, for managers and commissioners: many people's
 * radar readings, relationship checks, network measures and stories —
 * only those they agreed the service may learn from — as distance
 * travelled, check trends, network change and where stories sit, for the
 * whole service or one group at a time. Small numbers are suppressed,
 * groups are never ranked, and nothing is about one person.
 *
 * @tagname kith-learning-view
 * @summary What a service is learning: aggregates with small numbers suppressed, no rankings.
 * @since 0.3.0
 *
 * @fires kith-error - The input could not be used. `detail: {code, message, path, problems}`.
 *
 * @csspart distance-chart - Distance travelled, a row per area of life.
 * @csspart network-chart - Network change.
 * @csspart checks-chart - Relationship checks month by month.
 * @csspart triad-chart - A triad's regions, shaded by stories.
 * @csspart dyad-chart - A dyad's stories by fifth.
 * @csspart stories - The stories in a region, opened on request.
 *
 * @cssprop --kith-learning-view-max-width - Width of the view (default `60rem`).
 */
export class KithLearningView extends KithElement {
  static override styles = [...KithElement.styles, buttonStyles, fieldStyles, learningViewStyles];
  /** Reactive properties (declared here rather than with decorators: their runtime cost every entry ~0.4 kB). */
  static override properties: PropertyDeclarations = {
    ...KithElement.properties,
    instrument: { attribute: false },
    frame: { attribute: false },
    people: { attribute: false },
    dimensions: { attribute: false },
    notes: { attribute: false },
    minGroupSize: { type: Number, attribute: 'min-group-size' },
    group: { reflect: true },
    worked: { state: true },
    openRegion: { state: true },
    drawn: { state: true },
  };
  static override readonly lazyParts = [work, storiesView];
  static override strings = joinStrings({ en: learningViewEn, cy: () => import('../../translations/cy/learning-view.js').then((m) => m.learningViewCy) });

  /** The radar instrument the readings use. */
  instrument?: unknown;
  /** The story frame the stories answer. */
  frame?: unknown;
  /** Everyone, each under an id that means nothing outside the service, with their groups and data. */
  people?: unknown;
  /** The ways people are grouped (team, area, period). */
  dimensions?: unknown;
  /** “What we are learning”: the service's own notes, for the whole service or a group. */
  notes?: unknown;
  /** Fewer people than this in a group, a cell or a region show no figure (default 5). */
  minGroupSize = DEFAULT_MIN_GROUP_SIZE;
  /** The group shown: `''` for the whole service, else `dimension:value` (“team:North”). */
  group = '';

  private worked: Worked | null = null;
  /** What the figures are worked out from: the properties, else the JSON child. */
  private given: LearningGiven | null = null;
  private openRegion: string | null = null;
  private jsonChild = new JsonChild();
  /** Bumped when the data changes; the figures are for `workedVersion`. */
  private dataVersion = 0;
  private workedVersion = -1;
  private working: Promise<void> | null = null;
  /**
   * Sections drawn so far: the figures' first picture is drawn a section a
   * task (all of it at once was an 86 ms task, measured: new templates,
   * tables and number formats), the first section as soon as they are ready.
   */
  private drawn = Infinity;

  /** Resolves once the figures for the data given are worked out and drawn (or its problems shown). */
  async whenReady(): Promise<void> {
    // Each update that finds the figures missing asks for another: wait until one finds them there.
    while (!(await this.updateComplete) || (this.given !== null && this.workedVersion !== this.dataVersion) || (this.worked && this.drawn < SECTIONS)) {
      await (this.working ?? new Promise((resolve) => setTimeout(resolve)));
    }
  }

  /** The figures shown (aggregates only, suppressed), or null until worked out. */
  get figures(): Figures | null {
    return this.worked?.figures ?? null;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.hasUpdated && !['instrument', 'frame', 'people', 'dimensions', 'notes', 'minGroupSize'].some((name) => changed.has(name))) return;
    this.dataVersion += 1;
    this.worked = null;
    // A server, and a page hydrating what a server drew, draw every section at once.
    this.drawn = isServer || (!this.hasUpdated && !!this.shadowRoot?.firstElementChild) ? Infinity : 1;
    this.openRegion = null;
    const problems: ProblemDraft[] = [];
    const fromPage = this.jsonChild.fields(this, problems);
    const given = (name: 'instrument' | 'frame' | 'people' | 'dimensions' | 'notes'): unknown => this[name] ?? fromPage[name];
    this.given = problems.length > 0 ? null : { instrument: given('instrument'), frame: given('frame'), dimensions: given('dimensions'), notes: given('notes'), people: given('people'), minGroupSize: this.minGroupSize };
    this.setProblems(problems);
    // A server cannot wait a task at a time, and a page hydrating the server's figures must draw the same at once: both work them out now.
    const hydrating = !this.hasUpdated && !!this.shadowRoot?.firstElementChild;
    if ((isServer || hydrating) && this.given && work.value) void this.finish(this.dataVersion, this.given, (parts) => doneAtOnce(parts));
  }

  /**
   * The input is checked and the figures worked out a task at a time (10,000
   * people with six readings each would otherwise be one long task), in the
   * work chunk; the first render says only the heading. A hydrating page
   * waits for the chunk before its first update, to draw what the server did.
   */
  protected override waitBeforeUpdate(): Promise<unknown> | null {
    if (isServer) return null;
    if (!this.hasUpdated) {
      const parts = this.shadowRoot?.firstElementChild ? [work.ready(), storiesView.ready()].filter((part) => part !== null) : [];
      return parts.length > 0 ? Promise.all(parts) : null;
    }
    if (!this.given || this.workedVersion === this.dataVersion) return storiesView.value === undefined && this.worked?.has.stories ? storiesView.ready() : null;
    this.working ??= Promise.resolve(work.ready())
      .then(() => this.finish(this.dataVersion, this.given!, inTasks))
      .finally(() => (this.working = null));
    return this.working;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Not worked out yet: the next update works them out (see waitBeforeUpdate).
    if (!isServer && this.given && this.workedVersion !== this.dataVersion) this.requestUpdate();
    // Worked out and not all drawn: the next section in a task of its own.
    else if (this.worked && this.drawn < SECTIONS) setTimeout(() => (this.drawn += 1));
  }

  /** Works the figures out with `run` (at once, or a task at a time) and keeps them, unless the data changed meanwhile. */
  private async finish(version: number, given: LearningGiven, run: <T>(parts: Iterator<unknown, T>) => T | Promise<T>): Promise<void> {
    if (!work.value) {
      this.workedVersion = version;
      this.setProblems([{ code: 'figures-unavailable', path: this.localName }]);
      return;
    }
    const parts = work.value.workInParts(given);
    const done = run(parts);
    const { worked, problems } = done instanceof Promise ? await done : done;
    if (version !== this.dataVersion) return;
    this.workedVersion = version;
    this.worked = worked;
    this.setProblems(problems);
  }

  /* Exports: aggregates only. */

  /** The figures as JSON: every group's, suppressed figures as null (never a row per person, never a story). */
  async exportJSON(): Promise<string> {
    const figures = this.figures;
    return figures ? JSON.stringify((await exporters()).figuresAsJson(figures), null, 2) : '';
  }

  /** The figures as CSV, a row per group and measure, in the view's language. */
  async exportCSV(): Promise<string> {
    const figures = this.figures;
    if (!figures) return '';
    const files = await exporters();
    return files.figuresAsCsv(figures, this.exportNames(files), this.textContext);
  }

  /** A chart of the group shown, as an SVG file (drawn from the figures: it carries nothing they do not). */
  async exportSVG(chart: LearningChart = 'distance'): Promise<string> {
    const group = this.shownGroup();
    if (!group || !group.shown) return '';
    const files = await exporters();
    const names = this.exportNames(files);
    const title = `${this.t('learning.heading')}: ${names.group(group)}`;
    const [kind, id = ''] = chart.split(':') as [string, string?];
    if (kind === 'distance' || kind === 'network') return files.changeChartSvg(group, kind, names, title, this.sectionTitle(kind));
    if (kind === 'checks') return files.trendChartSvg(group, names, title, this.t('learning.checks'));
    if (kind === 'triad') return files.triadChartSvg(group, id, names, title, names.question('triad', id));
    return files.dyadChartSvg(group, id, names, title, names.question('dyad', id));
  }

  /** A chart as a PNG, `scale` times the SVG's size. */
  async exportPNG(chart: LearningChart = 'distance', scale = 2): Promise<Blob> {
    const picture = await this.exportSVG(chart);
    const size = /width="(\d+)" height="(\d+)"/.exec(picture);
    const { svgToPng } = await import('../../core/png.js');
    return svgToPng(picture, Number(size?.[1] ?? 640), Number(size?.[2] ?? 400), scale);
  }

  private async download(what: 'csv' | 'json' | LearningChart, png = false): Promise<void> {
    const { saveFile } = await exporters();
    const stem = `learning-${this.group.replace(/[^\w-]+/g, '-') || 'whole'}`;
    if (what === 'csv') saveFile(`${stem}.csv`, new Blob([await this.exportCSV()], { type: 'text/csv' }));
    else if (what === 'json') saveFile(`${stem}.json`, new Blob([await this.exportJSON()], { type: 'application/json' }));
    else if (png) saveFile(`${stem}-${what.replace(':', '-')}.png`, await this.exportPNG(what));
    else saveFile(`${stem}-${what.replace(':', '-')}.svg`, new Blob([await this.exportSVG(what)], { type: 'image/svg+xml' }));
  }

  /** What the files call things, in the view's language. */
  private exportNames(files: typeof import('./exports.js')) {
    return files.exportNames({
      text: this.textContext,
      frame: this.worked?.frame ?? null,
      scaleName: (id) => this.scaleName(id),
      groupName: (group) => this.groupName(group),
      month: (month) => monthName(this.textContext, month),
    });
  }

  /* Rendering. */

  private scaleName(id: string): string {
    const scale = this.worked?.instrument?.scales.find((each) => each.id === id);
    return scale ? localText(scale.label, this.resolvedLang) : id;
  }

  private groupName(group: Pick<GroupFigures, 'dimension' | 'value'>): string {
    if (group.dimension === null) return this.t('learning.whole');
    const dimension = this.worked?.dimensions.find((each) => each.id === group.dimension);
    return this.t('learning.groupOption', { dimension: dimension ? localText(dimension.label, this.resolvedLang) : group.dimension, value: group.value ?? '' });
  }

  private sectionTitle(kind: 'distance' | 'network'): string {
    return this.t(kind === 'distance' ? 'learning.distance' : 'learning.network');
  }

  /** The group chosen (by `group`), or the whole service when it names none. */
  private shownGroup(): GroupFigures | null {
    const figures = this.figures;
    if (!figures) return null;
    const separator = this.group.indexOf(':');
    const key = separator > 0 ? groupKey(this.group.slice(0, separator), this.group.slice(separator + 1)) : WHOLE;
    return figures.groups.find((group) => group.key === key) ?? figures.groups[0]!;
  }

  protected override renderContent(): Renderable {
    const worked = this.worked;
    const group = this.shownGroup();
    if (!worked || !group) return html`<h2>${this.t('learning.heading')}</h2><p role="status">${this.given ? this.t('learning.working') : ''}</p>`;
    const people = this.t('learning.people', { count: group.people ?? 0 });
    return html`<h2>${this.t('learning.heading')}</h2>
      ${this.renderGroupPicker(worked.figures, group)}
      ${group.shown ? html`<p class="intro">${this.t('learning.intro', { group: this.groupName(group), people, min: worked.figures.min })}</p>` : html`<p class="intro" part="too-few">${this.t('learning.tooFew')}</p>`}
      ${this.renderNotes(group)} ${group.shown ? this.renderFigures(worked, group) : nothing}`;
  }

  private renderGroupPicker(figures: Figures, shown: GroupFigures): TemplateResult {
    const valueOf = (group: GroupFigures): string => (group.dimension === null ? '' : `${group.dimension}:${group.value}`);
    return html`<div class="field">
      <label class="label" for="group">${this.t('learning.show')}</label>
      <select
        id="group"
        @change=${(event: Event) => {
          this.group = (event.target as HTMLSelectElement).value;
          this.openRegion = null;
        }}
      >
        ${figures.groups.map((group) => html`<option value=${valueOf(group)} ?selected=${group === shown}>${this.groupName(group)}</option>`)}
      </select>
    </div>`;
  }

  /** The service's own words for this group (the whole service's when the whole is shown). */
  private renderNotes(group: GroupFigures): TemplateResult {
    const notes = (this.worked?.notes ?? []).filter((note) => (note.group ? group.dimension === note.group.dimension && group.value === note.group.value : group.dimension === null));
    return html`<div class="notes">
      <h3>${this.t('learning.notes')}</h3>
      ${notes.length === 0
        ? html`<p>${this.t('learning.notesNone')}</p>`
        : notes.map((note) => html`<p>${note.date ? html`<strong>${this.formatDate(note.date)}</strong>: ` : nothing}${localText(note.text, this.resolvedLang)}</p>`)}
    </div>`;
  }

  private renderFigures(worked: Worked, group: GroupFigures): TemplateResult {
    const frame = this.worked?.frame;
    const text = this.textContext;
    const drawn = (section: number): boolean => this.drawn > section;
    return html`${worked.has.readings
        ? html`<h3 id="distance">${this.t('learning.distance')}</h3>
            <p class="hint">${this.t('learning.distance.hint')}</p>
            ${renderChangeRows({ text, names: group.distance.map((row) => this.scaleName(row.id)), figures: group.distance }, 'distance-chart')} ${this.renderChartDownloads('distance')}`
        : nothing}
      ${worked.has.network && drawn(1)
        ? html`<h3 id="network">${this.t('learning.network')}</h3>
            <p class="hint">${this.t('learning.network.hint')}</p>
            ${renderChangeRows({ text, names: group.network.map((row) => this.t(`learning.network.${row.id as 'size'}`)), figures: group.network }, 'network-chart')} ${this.renderChartDownloads('network')}`
        : nothing}
      ${worked.has.checks && drawn(2)
        ? html`<h3 id="checks">${this.t('learning.checks')}</h3>
            <p class="hint">${this.t('learning.checks.hint')}</p>
            ${renderTrend(text, group.checks)} ${this.renderChartDownloads('checks')}`
        : nothing}
      ${worked.has.stories && frame && drawn(3) ? this.renderStories(worked.figures, group, frame) : nothing}
      ${drawn(4)
        ? html`<p class="hidden-note">${this.t('learning.hiddenNote', { min: worked.figures.min })}</p>
            <div class="buttons">
              <button type="button" class="button" part="export-csv" @click=${() => this.download('csv')}>${this.t('learning.export.csv')}</button>
              <button type="button" class="button" part="export-json" @click=${() => this.download('json')}>${this.t('learning.export.json')}</button>
            </div>`
        : nothing}`;
  }

  private renderStories(figures: Figures, group: GroupFigures, frame: StoryFrame): TemplateResult {
    // Fetched before this update (waitBeforeUpdate); null only if it could not arrive.
    const views = storiesView.value;
    const context = {
      text: this.textContext,
      open: this.openRegion,
      toggle: (key: string | null) => (this.openRegion = key),
      storiesIn: (triadId: string, region: number): readonly StoryRecord[] => figures.storiesBehind.get(storyKey(group.key, triadId, region)) ?? [],
    };
    return html`<h3>${this.t('learning.stories')}</h3>
      <p class="hint">${this.t('learning.stories.hint')}</p>
      ${views
        ? html`${frame.triads.map((triad, index) => html`${views.renderTriadDensity(context, triad, group.triads[index]!)} ${this.renderChartDownloads(`triad:${triad.id}`)}`)}
          ${frame.dyads.map((dyad, index) => html`${views.renderDyadDistribution(context, dyad, group.dyads[index]!)} ${this.renderChartDownloads(`dyad:${dyad.id}`)}`)}`
        : nothing}`;
  }

  private renderChartDownloads(chart: LearningChart): TemplateResult {
    // Named by their chart's heading too: every chart has the same two buttons.
    const heading = chart.replace(':', '-');
    return html`<div class="buttons">
      <button type="button" class="button small" aria-describedby=${heading} @click=${() => this.download(chart)}>${this.t('learning.export.svg')}</button>
      <button type="button" class="button small" aria-describedby=${heading} @click=${() => this.download(chart, true)}>${this.t('learning.export.png')}</button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kith-learning-view': KithLearningView;
  }
}
