import { html, isServer, nothing, type PropertyDeclaration, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { KithFormElement, type FormValue } from '../../core/form-element.js';
import { keepTyped } from '../../core/typed-fields.js';
import { inTasks, nextTask } from '../../core/in-tasks.js';
import { StagedRender } from '../../core/staged-render.js';
import type { Renderable } from '../../core/element.js';
import { JsonChild } from '../../core/light-dom.js';
import type { ProblemDraft } from '../../core/validation.js';
import type { Catalogue } from '../../translations/types.js';
import { relationshipMapEn } from '../../translations/en/relationship-map.js';
import { controlStyles } from '../../core/control-styles.js';
import { ActionMenus } from '../../core/action-menu.js';
import { actionMenuStyles } from '../../core/action-menu.styles.js';
import { relationshipMapStyles } from './relationship-map.styles.js';
import { Lazy } from '../../core/lazy.js';
import { addEnglish } from '../../core/localize.js';
import type { FormContext } from './editor-forms.js';
import { IDENTITY, zoomAt, type ViewTransform } from './diagram.js';
import { DiagramSurface } from './diagram-surface.js';
import type { DiagramHost, DiagramInteraction } from './diagram-interaction.js';
import { heading, renderList, type Editing, type ListContext } from './list-view.js';
import { renderDiagram, type DiagramContext } from './diagram-view.js';
import { renderPicture, type PictureContext } from './picture.js';
import { CENTRE, VIEW_SIZE, fixedLayout, ringsLayout, type Layout, type Placement } from './layout.js';
import { labelSizeFor } from './labels.js';
import { describeMap, describePerson, describeRelationship, nameOf, ringName, type MapTextContext } from './summary.js';
import {
  RINGS,
  addPerson,
  addRelationship,
  checkMapInParts,
  displayName,
  moveRing,
  measuresOf,
  peopleByRing,
  personById,
  relationshipsOf,
  removePerson,
  removeRelationship,
  restore,
  updatePerson,
  validateMap,
  validateSnapshots,
  type CheckedMap,
  type MapData,
  type MapDiff,
  type NameDisplay,
  type Person,
  type PersonDraft,
  type Position,
  type Relationship,
  type Removal,
  type Ring,
  type Snapshot,
} from './model.js';

export type MapChangeAction = 'add-person' | 'update-person' | 'move-person' | 'remove-person' | 'restore-person' | 'add-relationship' | 'remove-relationship';

export interface MapChangeDetail {
  action: MapChangeAction;
  /** The person or relationship that changed. */
  item: Person | Relationship;
  /** The whole map after the change. */
  value: MapData;
}

declare module '../../core/events.js' {
  interface KithEventMap {
    'kith-map-change': MapChangeDetail;
  }
}
declare global {
  interface HTMLElementEventMap {
    'kith-map-change': CustomEvent<MapChangeDetail>;
  }
  interface HTMLElementTagNameMap {
    'kith-relationship-map': KithRelationshipMap;
  }
}

/** Reads the page's own list (what readers see without JavaScript); fetched only when a map has one. */
const listReader = new Lazy(() => import('./light-dom.js').then((module) => module.readList));
/** The editing forms, fetched the first time someone edits. */
const withEnglish = <Chunk extends { english: Catalogue }>(chunk: Chunk) => addEnglish(KithRelationshipMap.strings, chunk);
const forms = new Lazy(() => import('./editor-forms.js').then(withEnglish));
/** The diagram's keys, drag, pan and zoom, fetched when someone first comes near the diagram. */
const interaction = new Lazy(() => import('./diagram-interaction.js'));
const prefetchInteraction = () => void interaction.ready();
/** The change since a snapshot and the measures table, fetched the first time a map shows either. */
const extras = new Lazy(() => import('./comparison.js').then(withEnglish));

/** The inputs whose change means the data must be read and checked again. */
const DATA_PROPERTIES = ['people', 'relationships', 'focusId', 'snapshots', 'compare'] as const;
/** Large rings in the list show this many people at a time. */
const LIST_PAGE = 25;
/**
 * When many people arrive at once (the first picture, new data) the map is
 * drawn in steps, a task each: the summary and the diagram's frame first,
 * then the list's rows and the diagram's people, closest first. This is
 * a step's unit (StagedRender sizes each step from half a unit to a few,
 * by how fast the last one went; a unit is ~10–20 ms of script here, the
 * first ones most, while the code is new to the browser).
 * Rows are only ever added at the end of what is drawn (a ring's heading
 * comes when its rows do; the measures last), and the diagram's box has
 * its size from the start, so nothing on screen moves as the steps arrive.
 */
const STEP = { rows: 8, people: 16 } as const;


/**
 * An ecomap / circles of support / network map around a focus person: who
 * is in their life, how close, what each relationship is like, and who is
 * paid to be there. The list is the editor (every action works by
 * keyboard); the diagram is a synced view that can also be used with arrow
 * keys, drag and pan/zoom. Large maps (over `canvas-threshold` people) are
 * drawn on a canvas; the list stays the accessible view.
 *
 * Data comes from the `people`, `relationships` and `focus` properties or,
 * when they are not set, from light DOM: lists grouped by ring
 * (`<ul data-ring="1">`, what readers see without JavaScript) or a
 * `<script type="application/json">` holding `{focus, people, relationships}`.
 *
 * @tagname kith-relationship-map
 * @summary Ecomap / circles of support: the list is the editor, the diagram a synced view.
 * @since 0.1.0
 *
 * @fires kith-map-change - The user changed the map. `detail: {action, item, value}`.
 * @fires change - The user changed the map (for forms).
 * @fires kith-error - The data could not be used. `detail: {code, message, path, problems}`.
 *
 * @csspart diagram - The SVG (or canvas) diagram.
 * @csspart list - The list of people, grouped by ring (the editor).
 * @csspart person - Each person's row in the list.
 * @csspart relationship - Each relationship (row in the list, line in the diagram).
 * @csspart summary - The text summary.
 * @csspart legend - The key to the line styles.
 * @csspart measures - The measures table.
 * @csspart error - The error state.
 *
 * @cssprop --kith-map-ring-color - Ring backgrounds, alternate rings (default `--kith-sys-color-surface-raised`).
 * @cssprop --kith-map-line-color - Relationship lines (default `--kith-sys-color-text`).
 * @cssprop --kith-map-warn-color - Stressful, conflict and harmful lines (default `--kith-sys-color-error`).
 * @cssprop --kith-map-node-color - People (default `--kith-sys-color-surface`).
 * @cssprop --kith-map-focus-color - The focus person (default `--kith-sys-color-primary`).
 * @cssprop --kith-map-max-size - Largest size of the diagram (default `40rem`).
 *
 * @cssstate canvas - Drawn on a canvas (large map).
 * @cssstate comparing - Showing the change since a snapshot.
 * @cssstate error - The input has a problem.
 */
export class KithRelationshipMap extends KithFormElement {
  static override styles = [...KithFormElement.styles, ...controlStyles, actionMenuStyles, relationshipMapStyles];
  /** Reactive properties (declared here rather than with decorators: their runtime cost every entry ~0.4 kB). */
  static override properties: PropertyDeclarations = {
    people: { attribute: false },
    relationships: { attribute: false },
    focusId: { attribute: 'focus' },
    snapshots: { attribute: false },
    compare: {},
    layout: { reflect: true },
    display: { reflect: true },
    readonly: { type: Boolean, reflect: true },
    canvasThreshold: { type: Number, attribute: 'canvas-threshold' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    map: { state: true },
    checkedSnapshots: { state: true },
    activeId: { state: true },
    detailsOpen: { state: true },
    editing: { state: true },
    lastRemoval: { state: true },
    announcement: { state: true },
    measuresOpen: { state: true },
    settling: { state: true },
    shownPerRing: { state: true },
    dragAt: { state: true },
  };
  static override readonly lazyParts = [extras];
  /** Its own strings. The lazy chunks' English arrives with them (see withEnglish); in Welsh, all arrive together. */
  static override strings = {
    en: { ...relationshipMapEn } as Catalogue,
    cy: () =>
      Promise.all([
        import('../../translations/cy/relationship-map.js'),
        import('../../translations/cy/relationship-map-forms.js'),
        import('../../translations/cy/relationship-map-comparison.js'),
      ]).then(([main, forms, comparison]) => ({ ...main.relationshipMapCy, ...forms.relationshipMapFormsCy, ...comparison.relationshipMapComparisonCy })),
  };

  /** Everyone on the map, the focus person included: `[{id, name, kind, ring, …}]`. */
  people?: Person[];
  /** `[{id, from, to, type, direction?, label?}]`. */
  relationships?: Relationship[];
  /**
   * The id of the person at the centre (attribute `focus`; the property is
   * `focusId` because `focus()` is every element's focus method).
   */
  focusId = '';
  /** Dated earlier versions of the map: `[{id, date, label?, focus, people, relationships}]`. */
  snapshots?: Snapshot[];
  /** A snapshot id: show who joined, left and moved since then. */
  compare = '';
  /** `rings` (computed, default), `force` (settles progressively) or `fixed` (saved positions). */
  layout: Layout = 'rings';
  /** `name`, or `initials` to show initials only everywhere, exports included. */
  display: NameDisplay = 'name';
  /** View only: no editing in the list or the diagram. */
  readonly = false;
  /** Above this many people the diagram is drawn on a canvas. */
  canvasThreshold = 500;
  /** The level of the map's heading (its sections are one below). */
  headingLevel = 2;

  private map: MapData | null = null;
  private checkedSnapshots: Snapshot[] = [];
  private activeId = '';
  private detailsOpen = false;
  private editing: Editing | null = null;
  /** Puts back what is typed in the open form if the update rebuilt it (rows are not keyed: `repeat` would cost a kilobyte). */
  private restoreTyped?: () => void;
  private lastRemoval: Removal | null = null;
  private announcement = '';
  private measuresOpen = false;
  private settling = false;
  private shownPerRing: Record<Ring, number> = { 1: LIST_PAGE, 2: LIST_PAGE, 3: LIST_PAGE, 4: LIST_PAGE };
  private dragAt: { id: string; x: number; y: number } | null = null;

  /** Not reactive: layout slices repaint the canvas, or re-render only the SVG (small maps). */
  private placement: Placement | null = null;
  /** The change since the `compare` snapshot; derived with the data, once per change. */
  private comparison: { before: Snapshot; diff: MapDiff } | null = null;
  /** The map the diagram lays out: the current one plus, when comparing, the people who left. */
  private drawnMap: MapData | null = null;
  private readonly jsonChild = new JsonChild();
  /** Each row's "More actions" menu. */
  private readonly menus = new ActionMenus(this);
  private initialValue: MapData | null = null;
  private view: ViewTransform = IDENTITY;
  /** Stops the force layout settling (a new layout, or the element left the page). */
  private stopSettling: () => void = () => {};
  /**
   * The diagram's width (observed: measuring it when painting forced a
   * layout, which while a big map's list is drawn in steps took 20–30 ms of
   * a paint's task), the names' size and measure for it, and the canvas.
   */
  private readonly surface = new DiagramSurface(
    this,
    () => this.drawnMap && this.placement && { map: this.drawnMap, placement: this.placement, view: this.view, activeId: this.activeId, dragAt: this.dragAt, settling: this.settling },
    () => this.isCanvas,
  );
  /** This render adopts the server's HTML: names as the server laid them out. */
  private hydrating = false;
  /** The diagram's interaction, made when its module has arrived. */
  private interaction: DiagramInteraction | null = null;
  /** New data or a new layout waits to be laid out (after the first step; see willUpdate). */
  private layoutDue = false;
  /** Rows the list shows when drawn whole (each ring's first page). */
  private get listedRows(): number {
    const counts = this.map ? measuresOf(this.map).perRing : { 1: 0, 2: 0, 3: 0, 4: 0 };
    return RINGS.reduce((sum, ring) => sum + Math.min(counts[ring], this.shownPerRing[ring]), 0);
  }
  /** How many people the last data had (more than a step's worth of new ones are drawn in steps). */
  private drawnBefore = 0;
  /** People's descriptions (their nodes' accessible names) for one map, language and wording. */
  private descriptions: { map: MapData; key: unknown[]; byId: Map<string, string> } | null = null;
  /** A property brought many new people: they are read and sorted ahead of the update, a task each (see waitBeforeUpdate). */
  private manyArrived = false;
  /** The data properties as they stand have been read already (ahead of this update). */
  private readAhead = false;
  /** Counts the data properties' changes (a read ahead over several tasks may be overtaken by a new one). */
  private dataChanges = 0;
  /** What the placement was laid out from (new data or a new layout is laid out again). */
  private laidOut: { map: MapData | null; layout: Layout } | null = null;
  /** The form value of `map`, kept: stringifying 5,000 people takes ~7 ms, and settling re-renders. */
  private formJson: { map: MapData; json: string } | null = null;
  private readonly steps = new StagedRender(this, (step) => this.rowsAt(step) >= this.listedRows && (this.isCanvas || this.peopleAt(step) >= (this.drawnMap?.people.length ?? 0)));
  /** List rows (in document order) and people in the diagram that step `step` draws (see STEP). */
  private rowsAt = (step: number) => Math.floor(step * STEP.rows);
  private peopleAt = (step: number) => Math.floor(step * STEP.people);

  /** Who awaits `layoutComplete` while the layout is still settling. */
  private settledWaiters: (() => void)[] = [];

  /**
   * Settles once the map is laid out and its last picture is drawn: at once
   * (after the update) for the rings and fixed layouts; for the force layout,
   * once its last positions have arrived from its worker and are drawn (on a
   * canvas, every batch painted). For hosts that place their own things
   * beside people, and for measuring.
   */
  get layoutComplete(): Promise<void> {
    return this.updateComplete
      .then(() => (this.settling || this.layoutDue ? new Promise<void>((resolve) => this.settledWaiters.push(resolve)) : undefined))
      .then(() => this.surface.painted());
  }

  /** The map as it stands (after the user's edits), or null while the input has problems. */
  get value(): MapData | null {
    return this.map;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.layoutDue && this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Settling stops away from the page, and goes on from where it was on return.
    if (this.settling) this.layoutDue = true;
    this.stopSettling();
  }

  /** Complete once the map is drawn whole, not only its first step. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    for (let whole = this.steps.whole; whole; whole = this.steps.whole) {
      await whole;
      result = await super.getUpdateComplete();
    }
    // A canvas map is drawn once its painter has arrived.
    if (this.isCanvas && this.surface.painterArrives) await this.surface.painterArrives;
    return result;
  }

  // ------------------------------------------------------------ data

  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration): void {
    super.requestUpdate(name, oldValue, options);
    if (!DATA_PROPERTIES.includes(name as (typeof DATA_PROPERTIES)[number])) return;
    this.readAhead = false;
    this.dataChanges += 1;
    if (name === 'people' && Array.isArray(this.people) && this.people.length - (this.drawnBefore ?? 0) > STEP.people) this.manyArrived = true;
  }

  /**
   * Many new people: reading and checking them, then sorting and counting
   * them, each take tens of milliseconds at 5,000 (the first sort also
   * loads the browser's collation data, 10–50 ms). Each is done in a task
   * of its own before the update that draws the first step, so none of
   * them lengthens the task that set the data (a page still running its
   * scripts, a host's handler) or the first step's.
   */
  protected override waitBeforeUpdate(): Promise<unknown> | null {
    if (isServer) return null;
    if (this.editing && forms.value === undefined) return forms.ready();
    if ((this.compare || this.measuresOpen) && extras.value === undefined) return extras.ready();
    // Looked for only until the reader has arrived (this runs before every update).
    if (listReader.value === undefined && this.people === undefined && this.querySelector(':scope > [data-ring]')) return listReader.ready();
    if (!this.manyArrived) return null;
    this.manyArrived = false;
    // A job that throws skips the rest; the update reads the data itself then.
    return this.readInTasks().then(nextTask, nextTask);
  }

  private async readInTasks(): Promise<void> {
    const changes = this.dataChanges;
    await nextTask();
    const read = this.readInput();
    // Checking 5,000 people took 40–75 ms cold: a few hundred at a time.
    const checked = read.problems.length === 0 ? await inTasks(checkMapInParts(read.input)) : undefined;
    // Set again meanwhile: the update reads the new data itself.
    if (this.dataChanges !== changes) return;
    this.readData(read, checked);
    this.readAhead = true;
    const ahead = [
      // The page's first collator loads the browser's collation data, and
      // its first number formatter (for counts of 1,000 and more) its number
      // data, ~15 ms each: alone.
      () => new Intl.Collator().compare('', ''),
      () => this.formatNumber(this.drawnMap?.people.length ?? 0),
      // Sorting, counting and indexing 5,000 people took 45–70 ms together (traced): one task each.
      () => this.drawnMap && peopleByRing(this.drawnMap),
      () => this.drawnMap && measuresOf(this.drawnMap),
      () => this.drawnMap && relationshipsOf(this.drawnMap, this.drawnMap.focus),
      // Laid out before the first step too: a force layout starts settling
      // (in its worker) while the steps are drawn.
      () => this.startLayout(),
    ];
    for (const job of ahead) {
      await nextTask();
      job();
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.shadowRoot) this.restoreTyped = keepTyped(this.shadowRoot, 'form.editor');
    const dataChanged = !this.hasUpdated || DATA_PROPERTIES.some((key) => changed.has(key));
    if (dataChanged && !this.readAhead) this.readData();
    this.readAhead = false;
    if (this.laidOut?.map !== this.drawnMap || this.laidOut.layout !== this.layout) this.layoutDue = true;
    // An edit adds a person or two, drawn at once; new data with many more is
    // drawn in steps. Not on a server (its HTML is the whole map), nor when
    // hydrating that HTML: the page already shows it whole.
    const people = this.drawnMap?.people.length ?? 0;
    const serverDrawn = isServer || (!this.hasUpdated && !!this.shadowRoot?.querySelector(':not(style)'));
    // Hydrating, names are laid out as the server did (unmeasured), so the first render matches its HTML.
    this.hydrating = serverDrawn && !isServer;
    if (dataChanged && !serverDrawn && people - this.drawnBefore > STEP.people) this.steps.restart();
    this.drawnBefore = people;
    // Laid out after the first step, which draws nobody (see renderList);
    // the force layout's hint shows from the first, so nothing moves.
    if (this.layoutDue && this.steps.step > 0) {
      this.layoutDue = false;
      this.startLayout();
    } else if (this.layoutDue) this.settling = this.layout === 'force';
  }

  /** The map as given: by the properties, or else a JSON child or the list in the light DOM. */
  private readInput(): { input: unknown; problems: ProblemDraft[] } {
    if (this.people !== undefined) return { input: { focus: this.focusId, people: this.people, relationships: this.relationships ?? [] }, problems: [] };
    const json = this.jsonChild.read(this);
    if (json?.problem) return { input: undefined, problems: [json.problem] };
    let input = json ? json.value : (!isServer && listReader.value?.(this)) || { focus: this.focusId, people: undefined };
    // The focus attribute, when given, wins over the one in the page data.
    if (this.focusId && input && typeof input === 'object') input = { ...input, focus: this.focusId };
    return { input, problems: [] };
  }

  /** Reads and checks the data (`checked`: the map's check, when it was done ahead). */
  private readData(read = this.readInput(), checked?: CheckedMap): void {
    const { input } = read;
    const problems = [...read.problems];
    let map: MapData | null = null;
    if (problems.length === 0) {
      const { map: checkedMap, problems: mapProblems } = checked ?? validateMap(input);
      problems.push(...mapProblems);
      map = checkedMap;
    }
    const snapshotInput = this.snapshots ?? (input && typeof input === 'object' ? (input as { snapshots?: unknown }).snapshots : undefined);
    const snapshots = validateSnapshots(snapshotInput);
    problems.push(...snapshots.problems);
    if (this.compare && !snapshots.snapshots.some((s) => s.id === this.compare)) {
      problems.push({ code: 'not-one-of', path: 'compare', params: { options: snapshots.snapshots.map((s) => s.id).join(', ') || '—' } });
    }
    this.setProblems(problems);
    this.map = problems.length === 0 ? map : null;
    this.checkedSnapshots = snapshots.snapshots;
    if (this.map && !this.initialValue) this.initialValue = this.map;
    if (this.map && !personById(this.map, this.activeId)) this.activeId = this.map.focus;
    const before = this.checkedSnapshots.find((snapshot) => snapshot.id === this.compare);
    // Offline without its module, the map is shown without the comparison.
    this.comparison = before && this.map && extras.value ? extras.value.compareWith(before, this.map) : null;
    // When comparing, the diagram also lays out the people who left, as ghosts.
    this.drawnMap = this.map && this.comparison ? { ...this.map, people: [...this.map.people, ...this.comparison.diff.left] } : this.map;
  }

  private get isCanvas(): boolean {
    return (this.map?.people.length ?? 0) > this.canvasThreshold;
  }

  private startLayout(): void {
    const map = this.drawnMap;
    this.laidOut = { map, layout: this.layout };
    this.stopSettling();
    if (!map) return void (this.placement = null);
    if (this.layout !== 'force') {
      this.placement = this.layout === 'fixed' ? fixedLayout(map) : ringsLayout(map);
      this.settling = false;
      return;
    }
    // The rings layout paints first (keeping where people already were);
    // the force layout then settles from it, off the main thread where it
    // can, redrawing as positions arrive (see settleForce, a module fetched
    // the first time a map is laid out this way).
    const start = ringsLayout(map);
    for (const [id, at] of this.placement?.positions ?? []) if (start.positions.has(id)) start.positions.set(id, at);
    this.placement = start;
    this.settling = true;
    let stopped = false;
    let stop: () => void = () => void (stopped = true);
    this.stopSettling = () => stop();
    const show = (placement: Placement, settled: boolean) => {
      this.placement = placement;
      if (settled) this.settling = false;
      if (this.isCanvas) this.surface.schedule();
      else this.requestUpdate();
    };
    // In a task of its own: packing 5,000 people for the worker took
    // 10–20 ms, and this may follow laying them out in rings.
    // Where the layout cannot run as it should, the host hears why (a warning: the map still works).
    const fallback = (code: 'layout-worker-unavailable' | 'layout-unavailable') => this.reportWarning({ code, path: 'layout' });
    void Promise.all([import('./force-settle.js'), nextTask()]).then(
      ([{ settleForce }]) => !stopped && (stop = settleForce(map, start, show, fallback)),
      // Offline, without it, the rings layout stays: still a true picture, and said to be rings.
      () => {
        if (stopped) return;
        fallback('layout-unavailable');
        show(start, true);
      },
    );
  }

  private get text(): MapTextContext {
    return { ...this.textContext, display: this.display };
  }

  private nameFor(id: string): string {
    return this.map ? nameOf(this.text, this.map, id) : id;
  }

  // ------------------------------------------------------------ form

  protected formValue(): FormValue {
    if (!this.map) return null;
    if (this.formJson?.map !== this.map) this.formJson = { map: this.map, json: JSON.stringify(this.map) };
    return this.formJson.json;
  }
  /** While a big map is drawn in steps, the form hears of it once, when it is whole. */
  protected override syncForm(): void {
    if (this.steps.step === Infinity) super.syncForm();
  }
  protected isEmpty(): boolean {
    return !this.map || this.map.people.length <= 1;
  }
  protected resetValue(): void {
    if (this.initialValue) this.setMapQuietly(this.initialValue);
  }
  protected restoreValue(saved: FormValue): void {
    if (typeof saved !== 'string') return;
    try {
      const { map } = validateMap(JSON.parse(saved));
      if (map) this.setMapQuietly(map);
    } catch {
      /* an unreadable saved value is ignored */
    }
  }

  private setMapQuietly(map: MapData): void {
    this.focusId = map.focus;
    this.people = map.people;
    this.relationships = map.relationships;
  }

  /** Applies a user's change: new data, the announcement, and the events. */
  private commit(action: MapChangeAction, next: MapData, item: Person | Relationship, announcement: string): void {
    this.setMapQuietly(next);
    this.announcement = announcement;
    this.emit('kith-map-change', { action, item, value: next });
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  // ------------------------------------------------------------ actions

  private move(id: string, steps: number): void {
    if (!this.map || this.readonly) return;
    const { map, person } = moveRing(this.map, id, steps);
    if (person) this.commit('move-person', map, person, this.t('map.announce.moved', { name: displayName(person, this.display), ring: ringName(this.text, person.ring!) }));
  }

  /** A move from the list: the row goes to another ring's list, and focus goes with it, back to its menu (to move again). */
  private moveFromList(id: string, steps: number): void {
    this.move(id, steps);
    this.focusMenuOf(id);
  }

  private setRing(id: string, ring: Ring): void {
    const person = this.map && personById(this.map, id);
    if (person?.ring) this.move(id, ring - person.ring);
  }

  private removeFromMap(id: string): void {
    if (!this.map || this.readonly) return;
    const { map, removal } = removePerson(this.map, id);
    if (!removal) return;
    this.lastRemoval = removal;
    this.editing = null;
    this.commit('remove-person', map, removal.person, this.t('map.announce.removed', { name: displayName(removal.person, this.display), count: removal.relationships.length }));
    // Focus goes to Undo, so a keyboard user is not dropped at the top of the page.
    this.focusSoon('.undo button');
  }

  private undo(): void {
    const removal = this.lastRemoval;
    if (!this.map || !removal) return;
    this.lastRemoval = null;
    this.commit('restore-person', restore(this.map, removal), removal.person, this.t('map.announce.restored', { name: displayName(removal.person, this.display) }));
    this.focusRow(removal.person.id);
  }

  /** Once the list has updated, focuses the first action of a person's row. */
  private focusRow(id: string): void {
    this.focusSoon(`li[data-id="${CSS.escape(id)}"] .actions button`);
  }

  /** Once the list has updated, focuses a person's "More actions" button (after an action from it, to act again). */
  private focusMenuOf(id: string): void {
    this.focusSoon(`li[data-id="${CSS.escape(id)}"] .menu-button`);
  }

  /** Focuses what `selector` finds once this update has rendered. */
  private focusSoon(selector: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  /** What the list (list-view.ts) needs: the state it shows, and what each of its actions does. */
  private listContext(): ListContext {
    return {
      t: (key, params) => this.t(key, params),
      text: this.text,
      map: this.map!,
      comparison: this.comparison,
      readonly: this.readonly,
      editing: this.editing,
      lastRemoval: this.lastRemoval,
      rows: this.rowsAt(this.steps.step),
      shownPerRing: this.shownPerRing,
      headingLevel: this.headingLevel,
      menus: this.menus,
      forms: forms.value,
      formContext: () => this.formContext(),
      showMore: (ring) => (this.shownPerRing = { ...this.shownPerRing, [ring]: this.shownPerRing[ring] + LIST_PAGE }),
      openEditor: (editing) => this.openEditor(editing),
      undo: () => this.undo(),
      moveFromList: (id, steps) => this.moveFromList(id, steps),
      unrelate: (relationship, rowId) => this.unrelate(relationship, rowId),
      removeFromMap: (id) => this.removeFromMap(id),
      nameFor: (id) => this.nameFor(id),
    };
  }

  /** What the editing forms (a chunk of their own) need: words, and what each answer does. */
  private formContext(): FormContext {
    return {
      t: (key, params) => this.t(key, params),
      text: this.text,
      map: this.map!,
      nameMissing: this.editing?.kind === 'person' && !!this.editing.nameMissing,
      cancel: (returnTo) => this.closeEditor(returnTo),
      nameIsMissing: () => {
        if (this.editing?.kind !== 'person') return;
        this.editing = { ...this.editing, nameMissing: true };
        this.focusSoon('#person-name');
      },
      savePerson: (draft) => this.savePerson(draft),
      saveRelationship: (draft) => this.saveRelationship(draft),
    };
  }

  private savePerson(draft: PersonDraft): void {
    if (!this.map || this.editing?.kind !== 'person') return;
    const id = this.editing.id;
    this.editing = null;
    if (id === null) {
      const { map, person } = addPerson(this.map, draft);
      this.commit('add-person', map, person, this.t('map.announce.added', { name: displayName(person, this.display), ring: ringName(this.text, person.ring ?? 1) }));
      this.focusRow(person.id);
    } else {
      const { map, person } = updatePerson(this.map, id, draft);
      if (person) this.commit('update-person', map, person, this.t('map.announce.saved', { name: displayName(person, this.display) }));
      this.focusRow(id);
    }
  }

  private saveRelationship(draft: Omit<Relationship, 'id'>): void {
    if (!this.map || this.editing?.kind !== 'relationship') return;
    const { map, relationship } = addRelationship(this.map, draft);
    this.editing = null;
    this.commit('add-relationship', map, relationship, this.t('map.announce.related', { name: this.nameFor(draft.from), other: this.nameFor(draft.to) }));
    this.focusRow(draft.from);
  }

  private unrelate(relationship: Relationship, rowId: string): void {
    if (!this.map || this.readonly) return;
    const { map } = removeRelationship(this.map, relationship.id);
    this.commit('remove-relationship', map, relationship, this.t('map.announce.unrelated', { name: this.nameFor(relationship.from), other: this.nameFor(relationship.to) }));
    this.focusMenuOf(rowId);
  }

  private openEditor(editing: Editing): void {
    this.editing = editing;
    this.focusSoon('form.editor input, form.editor select');
  }

  private closeEditor(returnTo?: string): void {
    this.editing = null;
    if (returnTo) this.focusRow(returnTo);
    else this.focusSoon('.add');
  }

  // ------------------------------------------------------------ diagram: keyboard, pointer, zoom

  private focusPerson(id: string): void {
    this.activeId = id;
    const person = this.map && personById(this.map, id);
    // The canvas has no elements to focus, so its active person is announced.
    if (this.isCanvas && person) this.announcement = this.personDescription(person);
    void this.updateComplete.then(() => {
      if (!this.isCanvas) this.renderRoot.querySelector<SVGGElement>(`g.node[data-id="${CSS.escape(id)}"]`)?.focus();
      this.keepInView(id);
    });
  }

  /** Pans so the active person is on screen (focus is never hidden). */
  private keepInView(id: string): void {
    const at = this.placement?.positions.get(id);
    if (!at) return;
    const x = at.x * this.view.k + this.view.x;
    const y = at.y * this.view.k + this.view.y;
    const margin = 40;
    if (x > margin && x < VIEW_SIZE - margin && y > margin && y < VIEW_SIZE - margin) return;
    this.setView({ ...this.view, x: VIEW_SIZE / 2 - at.x * this.view.k, y: VIEW_SIZE / 2 - at.y * this.view.k });
  }

  /**
   * Hands a diagram event to the interaction module; until it has arrived,
   * a press, release or key (`replay`) waits for it, and moves are let go.
   */
  private interact(use: (interaction: DiagramInteraction) => void, replay = false): void {
    const start = () => {
      if (!interaction.value) return;
      this.interaction ??= new interaction.value.DiagramInteraction(this.diagramHost());
      use(this.interaction);
    };
    const arriving = interaction.ready();
    if (!arriving) start();
    else if (replay) void arriving.then(start);
  }

  /** What the interaction module may read and change of this element (its fields stay private). */
  private diagramHost(): DiagramHost {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the accessors read this element's private state
    const map = this;
    return {
      get renderRoot() { return map.renderRoot; },
      get map() { return map.map; },
      get drawnMap() { return map.drawnMap; },
      get placement() { return map.placement; },
      get view() { return map.view; },
      get activeId() { return map.activeId; },
      get readonly() { return map.readonly; },
      get layout() { return map.layout; },
      get dragAt() { return map.dragAt; },
      set dragAt(at) { map.dragAt = at; },
      get detailsOpen() { return map.detailsOpen; },
      set detailsOpen(open) { map.detailsOpen = open; },
      setView: (view) => this.setView(view),
      focusPerson: (id) => this.focusPerson(id),
      move: (id, steps) => this.move(id, steps),
      placeAt: (id, at, ring) => this.placeAt(id, at, ring),
      scheduleCanvas: () => this.surface.schedule(),
    };
  }

  /** A person dropped in the diagram: the fixed layout keeps the spot; every layout, the ring. */
  private placeAt(id: string, at: Position, ring: Ring): void {
    if (!this.map) return;
    if (this.layout === 'fixed') {
      const { map, person } = updatePerson(this.map, id, { position: { x: Math.round(at.x), y: Math.round(at.y) }, ring });
      if (person) this.commit('update-person', map, person, this.t('map.announce.moved', { name: displayName(person, this.display), ring: ringName(this.text, ring) }));
    } else {
      if (this.layout === 'force') this.placement?.positions.set(id, { x: at.x, y: at.y });
      this.setRing(id, ring);
    }
  }

  private zoomBy(factor: number): void {
    this.setView(factor === 0 ? IDENTITY : zoomAt(this.view, factor, { x: CENTRE, y: CENTRE }));
  }

  /** Pan/zoom touch only the transform (SVG) or one canvas frame, never a full re-render. */
  private setView(view: ViewTransform): void {
    this.view = view;
    this.renderRoot.querySelector('.viewport')?.setAttribute('transform', this.transformText());
    this.surface.schedule();
  }

  private transformText(): string {
    return `translate(${this.view.x} ${this.view.y}) scale(${this.view.k})`;
  }

  // ------------------------------------------------------------ canvas

  /**
   * Where a person is drawn, in viewport (client) coordinates, after pan
   * and zoom; null when they are not in the diagram. For placing a host's
   * own popover beside someone, in SVG and canvas alike.
   */
  personPosition(id: string): { x: number; y: number } | null {
    const at = this.placement?.positions.get(id);
    const box = this.renderRoot.querySelector('.surface')?.getBoundingClientRect();
    if (!at || !box?.width) return null;
    const unit = box.width / VIEW_SIZE;
    return { x: box.left + (this.view.x + at.x * this.view.k) * unit, y: box.top + (this.view.y + at.y * this.view.k) * unit };
  }

  // ------------------------------------------------------------ exports

  // Every export is fetched the first time one is asked for (exports.ts),
  // so each answers with a promise, and reads the map as it stands when its
  // module has arrived.

  /** The map in Kith's JSON schema (versioned), snapshots included; privacy rules applied. */
  async exportJSON(): Promise<string> {
    const { toJSON } = await import('./exports.js');
    return this.map ? toJSON(this.map, this.checkedSnapshots, { display: this.display }) : '';
  }
  /** GraphML for network-analysis tools; privacy rules applied. */
  async exportGraphML(): Promise<string> {
    const { toGraphML } = await import('./exports.js');
    return this.map ? toGraphML(this.map, { display: this.display }) : '';
  }
  /** CSV: people, a blank line, then relationships; privacy rules applied. */
  async exportCSV(): Promise<string> {
    const { toCSV } = await import('./exports.js');
    return this.map ? toCSV(this.map, { display: this.display }) : '';
  }

  /**
   * The diagram as a standalone SVG (1000 px, names laid out for that size)
   * with `<title>` and `<desc>`, made from the map as it may leave the page:
   * people left out of exports are not drawn, nor their relationships, and
   * no sentence (not even one about someone else) names them.
   */
  async exportSVG(): Promise<string> {
    const { diagramSvg } = await import('./exports.js');
    const stage = this.renderRoot.querySelector('.stage');
    const map = this.drawnMap;
    if (!stage || !map || !this.placement) return '';
    return diagramSvg(stage, this.pictureContext(map, this.placement), this.t('map.title', { focus: this.nameFor(map.focus) }), { display: this.display });
  }

  /** The diagram as a PNG Blob (`scale` × 1000 px). */
  async exportPNG(scale = 1): Promise<Blob> {
    const picture = await this.exportSVG();
    const { svgToPng } = await import('../../core/png.js');
    return svgToPng(picture, VIEW_SIZE, VIEW_SIZE, scale);
  }

  // ------------------------------------------------------------ render

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.restoreTyped?.();
    // Hydrated: now lay the names out for the measured diagram.
    if (this.hydrating) {
      this.hydrating = false;
      this.requestUpdate();
    }
    this.setCustomState('canvas', this.isCanvas);
    this.setCustomState('comparing', this.comparison !== null);
    this.surface.rendered(changed.size > 0);
    if (!this.settling && !this.layoutDue) for (const resolve of this.settledWaiters.splice(0)) resolve();
  }

  private personDescription(person: Person): string {
    const map = this.drawnMap!;
    // Kept per map, language and wording: every node's accessible name is
    // asked for on every render, and while the force layout settles only
    // positions change (at 100 people this was a third of each redraw).
    const key = [this.resolvedLang, this.display, this.translations];
    let kept = this.descriptions;
    if (kept?.map !== map || kept.key.some((part, i) => part !== key[i])) kept = this.descriptions = { map, key, byId: new Map() };
    let description = kept.byId.get(person.id);
    if (description === undefined) {
      const text = this.text;
      const relationships = relationshipsOf(map, person.id).map(({ relationship }) => describeRelationship(text, map, relationship, person.id));
      description = [describePerson(text, map, person), ...relationships].join(' ');
      kept.byId.set(person.id, description);
    }
    return description;
  }

  protected renderContent(): Renderable {
    const map = this.map;
    if (!map) return nothing;
    const text = this.text;
    const comparison = this.comparison;
    const focusName = this.nameFor(map.focus);
    return html`
      <section class="map" aria-label=${this.t('map.title', { focus: focusName })}>
        ${heading(this.headingLevel, this.t('map.title', { focus: focusName }), 'title')}
        <div class="summary" part="summary">
          <p>${describeMap(text, map).join(' ')}</p>
          ${comparison && extras.value ? html`<p class="compare">${extras.value.describeDiff(text, comparison.diff, map, comparison.before.date).join(' ')}</p>` : nothing}
        </div>
        <div class="panels">
          <div class="diagram-panel">${renderDiagram(this.diagramContext(map))}</div>
          <div class="list-panel" part="list">${renderList(this.listContext())}</div>
        </div>
        ${this.steps.step === Infinity ? this.renderMeasures() : nothing}
        <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
      </section>
    `;
  }

  /** What the diagram (diagram-view.ts) needs: the state it shows, and what its buttons and gestures do. */
  private diagramContext(map: MapData): DiagramContext {
    const drawn = this.drawnMap!;
    const placement = this.placement;
    return {
      t: (key, params) => this.t(key, params),
      text: this.text,
      map,
      canvas: this.isCanvas,
      picture: placement && !this.isCanvas ? renderPicture(this.pictureContext(drawn, placement)) : nothing,
      transform: this.transformText(),
      settling: this.settling,
      headingLevel: this.headingLevel,
      readonly: this.readonly,
      details: (this.detailsOpen && personById(map, this.activeId)) || null,
      describe: (person) => this.personDescription(person),
      zoomBy: (factor) => this.zoomBy(factor),
      interact: (use, replay) => this.interact(use, replay),
      prefetch: prefetchInteraction,
      edit: (id) => this.openEditor({ kind: 'person', id }),
      closeDetails: () => (this.detailsOpen = false),
    };
  }

  /** What the picture (picture.ts) needs: the state it draws. */
  private pictureContext(map: MapData, placement: Placement): PictureContext {
    return {
      t: (key, params) => this.t(key, params),
      text: this.text,
      map,
      placement,
      comparison: this.comparison,
      drawn: this.drawnIds(map),
      dragAt: this.dragAt,
      activeId: this.activeId,
      setActive: (id) => (this.activeId = id),
      describe: (person) => this.personDescription(person),
      // Hydrating, names are laid out as the server did (unmeasured), so the first render matches its HTML.
      fontSize: this.hydrating ? labelSizeFor(0) : this.surface.labelSize,
      measure: this.hydrating ? undefined : this.surface.measure(),
    };
  }

  /** The people the diagram draws at this step, closest to the focus person first; null when all. */
  private drawnIds(map: MapData): Set<string> | null {
    const count = this.peopleAt(this.steps.step);
    if (count >= map.people.length) return null;
    if (count === 0) return new Set();
    // The list's order (memoised per map), not a sort on every step's render.
    const byRing = peopleByRing(map);
    const closestFirst = [map.focus, ...RINGS.flatMap((ring) => byRing[ring].map((person) => person.id))];
    return new Set(closestFirst.slice(0, count));
  }

  private renderMeasures(): TemplateResult {
    const columns = this.checkedSnapshots.map((s) => ({ title: s.label ? `${s.label} (${this.formatDate(s.date)})` : this.formatDate(s.date), map: s as MapData }));
    return html`<div class="measures">
      <button type="button" class="button small" aria-expanded=${String(this.measuresOpen)} aria-controls="measures" @click=${() => (this.measuresOpen = !this.measuresOpen)}>
        ${this.measuresOpen ? this.t('map.hideMeasures') : this.t('map.showMeasures')}
      </button>
      <div id="measures" ?hidden=${!this.measuresOpen}>
        ${this.measuresOpen && extras.value ? extras.value.measuresTable({ ...this.text, number: (value) => this.formatNumber(value) }, columns, this.map!) : nothing}
      </div>
    </div>`;
  }
}
