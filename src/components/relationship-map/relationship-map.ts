import { html, isServer, nothing, type PropertyDeclaration, type PropertyValues, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { KithFormElement, type FormValue } from '../../core/form-element.js';
import { keepTyped } from '../../core/typed-fields.js';
import { inTasks, nextTask } from '../../core/in-tasks.js';
import { StagedRender } from '../../core/staged-render.js';
import type { Renderable } from '../../core/element.js';
import { standaloneSvg } from '../../core/export.js';
import { JsonChild } from '../../core/light-dom.js';
import type { ProblemDraft } from '../../core/validation.js';
import type { TranslationKey } from '../../translations/en.js';
import { relationshipMapEn } from '../../translations/en/relationship-map.js';
import { controlStyles } from '../../core/control-styles.js';
import { relationshipMapStyles } from './relationship-map.styles.js';
import { Lazy } from '../../core/lazy.js';
import { shareable, toCSV, toGraphML, toJSON } from './formats.js';
import type { FormContext } from './editor-forms.js';
import {
  FOCUS_NODE,
  IDENTITY,
  invert,
  relationshipLine,
  shapeOf,
  swatch,
  trimmed,
  zoomAt,
  type ViewTransform,
} from './diagram.js';
import type { CanvasPainter } from './canvas-painter.js';
import { CENTRE, RING_EDGES, VIEW_SIZE, fixedLayout, nearestInDirection, ringAt, ringsLayout, type Heading, type Layout, type Placement } from './layout.js';
import { describeDiff, describeMap, describePerson, describeRelationship, measureRows, nameOf, ringName, type MapTextContext } from './summary.js';
import {
  RELATIONSHIP_TYPES,
  RINGS,
  addPerson,
  addRelationship,
  checkMapInParts,
  diffMaps,
  displayName,
  isPaid,
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
const forms = new Lazy(() => import('./editor-forms.js'));

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

/** Pointer travel (px) that turns a press on a person into a drag. */
const DRAG_START = 4;

type Editing = { kind: 'person'; id: string | null; nameMissing?: boolean } | { kind: 'relationship'; id: string };

interface PointerGesture {
  pointerId: number;
  startX: number;
  startY: number;
  /** The person pressed, or undefined for panning. */
  personId?: string;
  moved: boolean;
  startView: ViewTransform;
}

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
  static override styles = [...KithFormElement.styles, controlStyles, relationshipMapStyles];
  static override strings = { en: relationshipMapEn, cy: () => import('../../translations/cy/relationship-map.js').then((m) => m.relationshipMapCy) };

  /** Everyone on the map, the focus person included: `[{id, name, kind, ring, …}]`. */
  @property({ attribute: false }) people?: Person[];
  /** `[{id, from, to, type, direction?, label?}]`. */
  @property({ attribute: false }) relationships?: Relationship[];
  /**
   * The id of the person at the centre (attribute `focus`; the property is
   * `focusId` because `focus()` is every element's focus method).
   */
  @property({ attribute: 'focus' }) focusId = '';
  /** Dated earlier versions of the map: `[{id, date, label?, focus, people, relationships}]`. */
  @property({ attribute: false }) snapshots?: Snapshot[];
  /** A snapshot id: show who joined, left and moved since then. */
  @property() compare = '';
  /** `rings` (computed, default), `force` (settles progressively) or `fixed` (saved positions). */
  @property({ reflect: true }) layout: Layout = 'rings';
  /** `name`, or `initials` to show initials only everywhere, exports included. */
  @property({ reflect: true }) display: NameDisplay = 'name';
  /** View only: no editing in the list or the diagram. */
  @property({ type: Boolean, reflect: true }) readonly = false;
  /** Above this many people the diagram is drawn on a canvas. */
  @property({ type: Number, attribute: 'canvas-threshold' }) canvasThreshold = 500;
  /** The level of the map's heading (its sections are one below). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private map: MapData | null = null;
  @state() private checkedSnapshots: Snapshot[] = [];
  @state() private activeId = '';
  @state() private detailsOpen = false;
  @state() private editing: Editing | null = null;
  /** Puts back what is typed in the open form if the update rebuilt it (rows are not keyed: `repeat` would cost a kilobyte). */
  private restoreTyped?: () => void;
  @state() private lastRemoval: Removal | null = null;
  @state() private announcement = '';
  @state() private measuresOpen = false;
  @state() private settling = false;
  @state() private shownPerRing: Record<Ring, number> = { 1: LIST_PAGE, 2: LIST_PAGE, 3: LIST_PAGE, 4: LIST_PAGE };
  @state() private dragAt: { id: string; x: number; y: number } | null = null;

  /** Not reactive: layout slices repaint the canvas, or re-render only the SVG (small maps). */
  private placement: Placement | null = null;
  /** The change since the `compare` snapshot; derived with the data, once per change. */
  private comparison: { before: Snapshot; diff: MapDiff } | null = null;
  /** The map the diagram lays out: the current one plus, when comparing, the people who left. */
  private drawnMap: MapData | null = null;
  private readonly jsonChild = new JsonChild();
  private initialValue: MapData | null = null;
  private view: ViewTransform = IDENTITY;
  private gesture: PointerGesture | null = null;
  /** Pointers down on the diagram (two make a pinch). */
  private pointers = new Map<number, { clientX: number; clientY: number }>();
  private pinch: { distance: number; view: ViewTransform; at: Position } | null = null;
  /** Stops the force layout settling (a new layout, or the element left the page). */
  private stopSettling: () => void = () => {};
  private resizeObserver?: ResizeObserver;
  /**
   * The canvas and its width, as the observer reports them: measuring it
   * when painting forced a layout, which while a big map's list is drawn
   * in steps took 20–30 ms of a paint's task.
   */
  private observedCanvas: HTMLCanvasElement | null = null;
  private canvasWidth = 0;
  private canvasFrame = 0;
  /** Paints maps above the canvas threshold; its module is fetched the first time one is drawn. */
  private painter: CanvasPainter | null = null;
  private painterArrives: Promise<void> | null = null;
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

  /** The map as it stands (after the user's edits), or null while the input has problems. */
  get value(): MapData | null {
    return this.map;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver !== 'undefined') {
      // Canvas pixels follow the canvas's size (observed in updated);
      // drawing waits for a frame so the observer never changes layout
      // inside its own callback.
      this.resizeObserver = new ResizeObserver((entries) => {
        const width = entries.at(-1)?.contentRect.width ?? 0;
        if (width === this.canvasWidth) return;
        this.canvasWidth = width;
        this.scheduleCanvas();
      });
      this.observedCanvas = null;
      this.observeCanvas();
    }
    if (this.layoutDue && this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    // Settling stops away from the page, and goes on from where it was on return.
    if (this.settling) this.layoutDue = true;
    this.stopSettling();
    cancelAnimationFrame(this.canvasFrame);
  }

  /** Complete once the map is drawn whole, not only its first step. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    for (let whole = this.steps.whole; whole; whole = this.steps.whole) {
      await whole;
      result = await super.getUpdateComplete();
    }
    // A canvas map is drawn once its painter has arrived.
    if (this.isCanvas && this.painterArrives) await this.painterArrives;
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
    this.comparison = before && this.map ? { before, diff: diffMaps(before, this.map) } : null;
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
      if (this.isCanvas) this.scheduleCanvas();
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

  /**
   * The row moves to another ring's list, which takes focus with it: put
   * focus back on the same button, or on the other one at the innermost or
   * outermost ring, so a keyboard user can keep moving the same person.
   */
  private moveFromList(id: string, steps: number): void {
    this.move(id, steps);
    void this.updateComplete.then(() => {
      const row = this.renderRoot.querySelector(`li[data-id="${CSS.escape(id)}"]`);
      const pressed = steps < 0 ? 'closer' : 'further';
      const other = steps < 0 ? 'further' : 'closer';
      (row?.querySelector<HTMLElement>(`[data-move="${pressed}"]:not([disabled])`) ?? row?.querySelector<HTMLElement>(`[data-move="${other}"]`))?.focus();
    });
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

  /** Focuses what `selector` finds once this update has rendered. */
  private focusSoon(selector: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
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
    this.focusRow(rowId);
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

  private onDiagramKey(event: KeyboardEvent): void {
    const map = this.drawnMap;
    const placement = this.placement;
    if (!map || !placement) return;
    const headings: Record<string, Heading> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };
    const heading = headings[event.key];
    const here = placement.positions.get(this.activeId);
    if (heading && here) {
      const candidates = [...placement.positions].filter(([id]) => id !== this.activeId && personById(this.map!, id));
      const next = nearestInDirection(here, candidates, heading);
      if (next) this.focusPerson(next);
    } else if (event.key === 'Enter' || event.key === ' ') {
      this.detailsOpen = true;
    } else if (event.key === 'Escape') {
      this.detailsOpen = false;
    } else if (event.key === 'Home') {
      this.focusPerson(map.focus);
    } else if ((event.key === '+' || event.key === '=') && !this.readonly) {
      this.move(this.activeId, -1);
    } else if ((event.key === '-' || event.key === '_') && !this.readonly) {
      this.move(this.activeId, 1);
    } else return;
    event.preventDefault();
  }

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

  /** A point in diagram units from a pointer event. */
  private pointIn(event: { clientX: number; clientY: number }): { x: number; y: number } {
    const surface = this.renderRoot.querySelector<HTMLElement | SVGSVGElement>('.surface');
    const box = surface?.getBoundingClientRect();
    if (!box || box.width === 0) return { x: CENTRE, y: CENTRE };
    return { x: ((event.clientX - box.left) / box.width) * VIEW_SIZE, y: ((event.clientY - box.top) / box.height) * VIEW_SIZE };
  }

  private personAt(point: { x: number; y: number }): string | undefined {
    if (!this.placement || !this.map) return undefined;
    const p = invert(this.view, point);
    const reach = Math.max(this.placement.nodeRadius, 6 / this.view.k);
    let best: string | undefined;
    let bestDistance = Infinity;
    for (const [id, at] of this.placement.positions) {
      const distance = Math.hypot(at.x - p.x, at.y - p.y);
      const limit = id === this.map.focus ? FOCUS_NODE : reach;
      if (distance <= limit && distance < bestDistance && personById(this.map, id)) {
        best = id;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** A two-finger pinch: zooms about the point between the fingers. */
  private pinchStart(): void {
    const [a, b] = [...this.pointers.values()];
    if (!a || !b) return;
    this.gesture = null;
    this.dragAt = null;
    this.pinch = { distance: Math.hypot(a.clientX - b.clientX, a.clientY - b.clientY) || 1, view: this.view, at: this.pointIn({ clientX: (a.clientX + b.clientX) / 2, clientY: (a.clientY + b.clientY) / 2 }) };
  }

  private onPointerDown(event: PointerEvent): void {
    if (event.button !== 0 || !this.map) return;
    const surface = event.currentTarget as Element;
    try {
      surface.setPointerCapture(event.pointerId);
    } catch {
      // A pointer already gone (or made by a script) cannot be captured; the gesture still works.
    }
    this.pointers.set(event.pointerId, { clientX: event.clientX, clientY: event.clientY });
    if (this.pointers.size === 2) return this.pinchStart();
    const personId = this.personAt(this.pointIn(event));
    this.gesture = { pointerId: event.pointerId, startX: event.clientX, startY: event.clientY, personId, moved: false, startView: this.view };
  }

  private onPointerMove(event: PointerEvent): void {
    if (this.pointers.has(event.pointerId)) this.pointers.set(event.pointerId, { clientX: event.clientX, clientY: event.clientY });
    const [a, b] = [...this.pointers.values()];
    if (this.pinch && a && b) {
      this.setView(zoomAt(this.pinch.view, Math.hypot(a.clientX - b.clientX, a.clientY - b.clientY) / this.pinch.distance, this.pinch.at));
      return;
    }
    const gesture = this.gesture;
    if (!gesture || gesture.pointerId !== event.pointerId) return;
    const dx = event.clientX - gesture.startX;
    const dy = event.clientY - gesture.startY;
    if (!gesture.moved && Math.hypot(dx, dy) < DRAG_START) return;
    gesture.moved = true;
    if (gesture.personId && gesture.personId !== this.map?.focus && !this.readonly) {
      const at = invert(this.view, this.pointIn(event));
      this.dragAt = { id: gesture.personId, x: at.x, y: at.y };
      this.scheduleCanvas();
    } else {
      const box = this.renderRoot.querySelector('.surface')?.getBoundingClientRect();
      const scale = box && box.width > 0 ? VIEW_SIZE / box.width : 1;
      this.setView({ ...gesture.startView, x: gesture.startView.x + dx * scale, y: gesture.startView.y + dy * scale });
    }
  }

  private onPointerUp(event: PointerEvent): void {
    this.pointers.delete(event.pointerId);
    if (this.pointers.size < 2) this.pinch = null;
    const gesture = this.gesture;
    if (!gesture || gesture.pointerId !== event.pointerId) return;
    this.gesture = null;
    const drag = this.dragAt;
    this.dragAt = null;
    if (!gesture.moved && gesture.personId) {
      this.focusPerson(gesture.personId);
      this.detailsOpen = true;
      return;
    }
    if (!drag || !this.map) return;
    // Dropping on another ring moves the person there (announced); in the
    // fixed layout the spot is kept as well.
    const ring = ringAt(Math.hypot(drag.x - CENTRE, drag.y - CENTRE));
    if (this.layout === 'fixed') {
      const { map, person } = updatePerson(this.map, drag.id, { position: { x: Math.round(drag.x), y: Math.round(drag.y) }, ring });
      if (person) this.commit('update-person', map, person, this.t('map.announce.moved', { name: displayName(person, this.display), ring: ringName(this.text, ring) }));
    } else {
      if (this.layout === 'force') this.placement?.positions.set(drag.id, { x: drag.x, y: drag.y });
      this.setRing(drag.id, ring);
    }
    this.scheduleCanvas();
  }

  private onWheel(event: WheelEvent): void {
    // Only with Ctrl/⌘ (and pinch, which browsers report as Ctrl+wheel), so
    // the page still scrolls past the map.
    if (!event.ctrlKey && !event.metaKey) return;
    event.preventDefault();
    this.setView(zoomAt(this.view, Math.exp(-event.deltaY / 300), this.pointIn(event)));
  }

  private zoomBy(factor: number): void {
    this.setView(factor === 0 ? IDENTITY : zoomAt(this.view, factor, { x: CENTRE, y: CENTRE }));
  }

  /** Pan/zoom touch only the transform (SVG) or one canvas frame, never a full re-render. */
  private setView(view: ViewTransform): void {
    this.view = view;
    this.renderRoot.querySelector('.viewport')?.setAttribute('transform', this.transformText());
    this.scheduleCanvas();
  }

  private transformText(): string {
    return `translate(${this.view.x} ${this.view.y}) scale(${this.view.k})`;
  }

  // ------------------------------------------------------------ canvas

  private observeCanvas(): void {
    const canvas = this.renderRoot?.querySelector<HTMLCanvasElement>('canvas.surface') ?? null;
    if (!canvas || canvas === this.observedCanvas || !this.resizeObserver) return;
    if (this.observedCanvas) this.resizeObserver.unobserve(this.observedCanvas);
    this.resizeObserver.observe(canvas);
    this.observedCanvas = canvas;
    this.canvasWidth = 0;
  }

  private scheduleCanvas(): void {
    if (!this.isCanvas || this.canvasFrame) return;
    this.canvasFrame = requestAnimationFrame(() => {
      this.canvasFrame = 0;
      this.drawCanvas();
    });
  }

  private drawCanvas(): void {
    const canvas = this.renderRoot.querySelector<HTMLCanvasElement>('canvas.surface');
    if (!canvas || !this.drawnMap || !this.placement || !this.painter) return;
    this.painter.draw(canvas, {
      map: this.drawnMap,
      placement: this.placement,
      view: this.view,
      activeId: this.activeId,
      dragAt: this.dragAt,
      settling: this.settling,
      width: this.resizeObserver ? this.canvasWidth : canvas.clientWidth,
    });
  }

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

  /** The map in Kith's JSON schema (versioned), snapshots included; privacy rules applied. */
  exportJSON(): string {
    return this.map ? toJSON(this.map, this.checkedSnapshots, { display: this.display }) : '';
  }
  /** GraphML for network-analysis tools; privacy rules applied. */
  exportGraphML(): string {
    return this.map ? toGraphML(this.map, { display: this.display }) : '';
  }
  /** CSV: people, a blank line, then relationships; privacy rules applied. */
  exportCSV(): string {
    return this.map ? toCSV(this.map, { display: this.display }) : '';
  }

  /**
   * The diagram as a standalone SVG with `<title>` and `<desc>`, made from
   * the map as it may leave the page: people left out of exports are not
   * drawn, nor their relationships, and no sentence (not even one about
   * someone else) names them.
   */
  exportSVG(): string {
    const diagram = this.renderRoot.querySelector<SVGSVGElement>('svg.surface');
    if (!diagram || !this.map) return '';
    const shared = shareable(this.map, { display: this.display });
    const kept = new Set(shared.people.map((person) => person.id));
    const leftOut = (element: Element) => (element.getAttribute('data-id') ?? element.getAttribute('data-ends') ?? '').split(' ').some((id) => id && !kept.has(id));
    return standaloneSvg(diagram, this.t('map.title', { focus: this.nameFor(this.map.focus) }), describeMap(this.text, shared).join(' '), leftOut);
  }

  /** The diagram as a PNG Blob (`scale` × 1000 px). */
  async exportPNG(scale = 1): Promise<Blob> {
    const picture = this.exportSVG();
    const { svgToPng } = await import('../../core/png.js');
    return svgToPng(picture, VIEW_SIZE, VIEW_SIZE, scale);
  }

  // ------------------------------------------------------------ render

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.restoreTyped?.();
    this.setCustomState('canvas', this.isCanvas);
    this.setCustomState('comparing', this.comparison !== null);
    if (this.isCanvas) {
      this.observeCanvas();
      // Colours are read again after a render (a new language or layout,
      // new data), not after each step of drawing a big map in steps:
      // reading them forces the page's style (5–20 ms in profiles while rows arrived).
      if (changed.size > 0) this.painter?.forgetColours();
      // Offline, the painter may never come: the list stays the map's view.
      this.painterArrives ??= import('./canvas-painter.js').then(
        ({ CanvasPainter }) => {
          this.painter = new CanvasPainter(this, () => this.drawCanvas());
          this.scheduleCanvas();
        },
        () => undefined,
      );
      this.scheduleCanvas();
    }
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

  private heading(level: number, content: string, classes = 'heading'): TemplateResult {
    return html`<div role="heading" aria-level=${Math.min(6, level)} class=${classes}>${content}</div>`;
  }

  protected renderContent(): Renderable {
    const map = this.map;
    if (!map) return nothing;
    const text = this.text;
    const comparison = this.comparison;
    const focusName = this.nameFor(map.focus);
    return html`
      <section class="map" aria-label=${this.t('map.title', { focus: focusName })}>
        ${this.heading(this.headingLevel, this.t('map.title', { focus: focusName }), 'title')}
        <div class="summary" part="summary">
          <p>${describeMap(text, map).join(' ')}</p>
          ${comparison ? html`<p class="compare">${describeDiff(text, comparison.diff, map, comparison.before.date).join(' ')}</p>` : nothing}
        </div>
        <div class="panels">
          <div class="diagram-panel">${this.renderDiagram()}</div>
          <div class="list-panel" part="list">${this.renderList()}</div>
        </div>
        ${this.steps.step === Infinity ? this.renderMeasures() : nothing}
        <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
      </section>
    `;
  }

  private renderDiagram(): TemplateResult {
    const map = this.drawnMap!;
    const placement = this.placement;
    const describedBy = 'diagram-instructions';
    const label = this.t('map.diagram.label', { focus: this.nameFor(map.focus) });
    const surface = this.isCanvas
      ? html`<canvas
            class="surface"
            part="diagram"
            tabindex="0"
            role="application"
            aria-label=${label}
            aria-describedby=${describedBy}
          ></canvas>
          <p class="hint">${this.t('map.diagram.canvas', { count: this.map!.people.length })}</p>`
      : html`<svg
          class="surface"
          part="diagram"
          viewBox="0 0 ${VIEW_SIZE} ${VIEW_SIZE}"
          role="group"
          aria-label=${label}
          aria-describedby=${describedBy}
        >
          <defs>
            <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse">
              <path class="arrow" d="M0 0L10 5L0 10z"></path>
            </marker>
          </defs>
          <g class="viewport" transform=${this.transformText()}>${placement ? this.renderSvgContent(map, placement) : nothing}</g>
        </svg>`;
    return html`
      <div class="toolbar buttons">
        <button type="button" class="button small" @click=${() => this.zoomBy(1.4)}>${this.t('map.zoomIn')}</button>
        <button type="button" class="button small" @click=${() => this.zoomBy(1 / 1.4)}>${this.t('map.zoomOut')}</button>
        <button type="button" class="button small" @click=${() => this.zoomBy(0)}>${this.t('map.resetView')}</button>
        ${this.settling ? html`<span class="hint">${this.t('map.settling')}</span>` : nothing}
      </div>
      <div
        class="stage"
        @keydown=${this.onDiagramKey}
        @pointerdown=${this.onPointerDown}
        @pointermove=${this.onPointerMove}
        @pointerup=${this.onPointerUp}
        @pointercancel=${this.onPointerUp}
        @wheel=${this.onWheel}
      >
        ${surface}
      </div>
      <p class="hint" id=${describedBy}>${this.t('map.diagram.instructions')}</p>
      ${this.detailsOpen ? this.renderDetails() : nothing}
      ${this.renderLegend()}
    `;
  }

  private renderSvgContent(map: MapData, placement: Placement): SVGTemplateResult {
    const r = placement.nodeRadius;
    const comparison = this.comparison;
    const left = new Set(comparison?.diff.left.map((p) => p.id));
    const joined = new Set(comparison?.diff.joined.map((p) => p.id));
    const drawn = this.drawnIds(map);
    const at = (id: string) => (!drawn || drawn.has(id) ? (this.dragAt?.id === id ? this.dragAt : placement.positions.get(id)) : undefined);
    const radiusOf = (id: string) => (id === map.focus ? FOCUS_NODE : r);
    const showNames = r >= 9;
    const rings = [...RINGS].reverse().map(
      (ring) => svg`<circle class="ring ${ring % 2 ? 'odd' : 'even'}" cx=${CENTRE} cy=${CENTRE} r=${RING_EDGES[ring][1]}></circle>
        <text class="ring-label" x=${CENTRE} y=${CENTRE - RING_EDGES[ring][1] + 16} text-anchor="middle">${ringName(this.text, ring)}</text>`,
    );
    const edges = map.relationships.map((rel) => {
      const a = at(rel.from);
      const b = at(rel.to);
      const line = a && b && trimmed(a, b, radiusOf(rel.from) + 2, radiusOf(rel.to) + 2);
      return line ? svg`<g data-ends="${rel.from} ${rel.to}">${relationshipLine(rel.type, line[0], line[1], rel.direction)}</g>` : nothing;
    });
    const nodes = map.people.map((person) => {
      const p = at(person.id);
      if (!p) return nothing;
      const isFocus = person.id === map.focus;
      const ghost = left.has(person.id);
      const name = displayName(person, this.display);
      const size = isFocus ? FOCUS_NODE : r;
      const classes = `node kind-${person.kind}${isFocus ? ' focus-person' : ''}${ghost ? ' ghost' : ''}${joined.has(person.id) ? ' joined' : ''}${isPaid(person) && !isFocus ? ' paid' : ''}`;
      const label = ghost ? `${name}: ${this.t('map.mark.left')}` : this.personDescription(person);
      return svg`<g
        class=${classes}
        part="person"
        data-id=${person.id}
        transform="translate(${Math.round(p.x * 10) / 10} ${Math.round(p.y * 10) / 10})"
        role=${ghost ? 'img' : 'button'}
        aria-label=${label}
        tabindex=${ghost ? nothing : person.id === this.activeId ? '0' : '-1'}
        @focus=${ghost ? nothing : () => (this.activeId = person.id)}
      >
        ${isFocus ? svg`<circle class="shape" r=${size}></circle>` : shapeOf(person.kind, size, 'shape')}
      </g>`;
    });
    // Labels sit in their own hidden layer: the node's accessible name says
    // more than the drawn text, and labels never hide under later nodes.
    const labels = map.people.map((person) => {
      const p = at(person.id);
      const size = radiusOf(person.id);
      if (!p) return nothing;
      return svg`<g transform="translate(${Math.round(p.x * 10) / 10} ${Math.round(p.y * 10) / 10})" class=${person.id === map.focus ? 'label focus-label' : 'label'} data-id=${person.id}>
        ${size >= 12 ? svg`<text class="initials" text-anchor="middle" dy="0.35em">${displayName(person, 'initials')}</text>` : nothing}
        ${showNames && this.display === 'name' ? svg`<text class="name" text-anchor="middle" y=${size + 14}>${displayName(person, 'name')}</text>` : nothing}
      </g>`;
    });
    const active = at(this.activeId);
    const focusRing = active ? svg`<circle class="focus-ring" cx=${active.x} cy=${active.y} r=${radiusOf(this.activeId) + 5}></circle>` : nothing;
    return svg`${rings}<g class="edges">${edges}</g><g class="nodes">${nodes}</g><g class="labels" aria-hidden="true">${labels}</g>${focusRing}`;
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

  private renderDetails(): TemplateResult | typeof nothing {
    const person = this.map && personById(this.map, this.activeId);
    if (!person) return nothing;
    return html`<div class="details" role="region" aria-label=${displayName(person, this.display)}>
      <p><strong>${this.personDescription(person)}</strong></p>
      ${person.notes && this.display === 'name' ? html`<p>${this.t('map.details.notes', { notes: person.notes })}</p>` : nothing}
      <div class="buttons">
        ${this.readonly
          ? nothing
          : html`<button type="button" class="button small" @click=${() => this.openEditor({ kind: 'person', id: person.id })}>
              ${this.t('map.action.edit')}
            </button>`}
        <button type="button" class="button small" @click=${() => (this.detailsOpen = false)}>${this.t('map.details.close')}</button>
      </div>
    </div>`;
  }

  private renderLegend(): TemplateResult {
    return html`<div class="legend" part="legend">
      ${this.heading(this.headingLevel + 1, this.t('map.legend'))}
      <ul>
        ${RELATIONSHIP_TYPES.map(
          (type) => html`<li>${swatch(type)}<span><strong>${this.t(`map.type.${type}` as TranslationKey)}</strong>: ${this.t(`map.words.${type}` as TranslationKey)}</span></li>`,
        )}
      </ul>
    </div>`;
  }

  private renderList(): TemplateResult {
    const map = this.map!;
    // Rows this step draws, in document order (see STEP). The first step
    // draws none: sorting people by name needs a collator, whose first use
    // costs ~15 ms.
    let rowsLeft = this.rowsAt(this.steps.step);
    const byRing = rowsLeft > 0 ? peopleByRing(map) : null;
    const counts = measuresOf(map).perRing;
    const comparison = this.comparison;
    const leftByRing = (ring: Ring) => comparison?.diff.left.filter((p) => p.ring === ring) ?? [];
    const focusPerson = personById(map, map.focus)!;
    return html`
      ${this.readonly
        ? nothing
        : html`<div class="buttons list-actions">
            <button type="button" class="button primary add" @click=${() => this.openEditor({ kind: 'person', id: null })}>${this.t('map.action.add')}</button>
          </div>`}
      ${this.lastRemoval
        ? html`<div class="undo buttons" role="status">
            <span>${this.t('map.announce.removed', { name: displayName(this.lastRemoval.person, this.display), count: this.lastRemoval.relationships.length })}</span>
            <button type="button" class="button small" @click=${this.undo}>${this.t('map.action.undo')}</button>
          </div>`
        : nothing}
      ${this.editing?.kind === 'person' && this.editing.id === null ? (forms.value?.personForm(this.formContext(), null) ?? nothing) : nothing}
      ${this.heading(this.headingLevel + 1, this.t('map.atCentre'), 'ring-heading')}
      <ul class="people">
        ${this.renderPersonRow(focusPerson)}
      </ul>
      ${RINGS.map((ring) => {
        const count = counts[ring];
        const page = Math.min(count, this.shownPerRing[ring]);
        if (!byRing || rowsLeft < 0 || (rowsLeft === 0 && page > 0)) return ((rowsLeft = -1), nothing);
        const shown = byRing[ring].slice(0, Math.min(page, rowsLeft));
        rowsLeft -= shown.length;
        const ghosts = leftByRing(ring);
        return html`
          ${this.heading(this.headingLevel + 1, ringName(this.text, ring), 'ring-heading')}
          ${count + ghosts.length === 0
            ? html`<p class="hint">${this.t('map.ringEmpty')}</p>`
            : html`<ul class="people">
                ${shown.map((person) => this.renderPersonRow(person))} ${ghosts.map((person) => this.renderGhostRow(person))}
              </ul>`}
          ${count > page && shown.length === page
            ? html`<button type="button" class="button small" @click=${() => (this.shownPerRing = { ...this.shownPerRing, [ring]: this.shownPerRing[ring] + LIST_PAGE })}>
                ${this.t('map.showMore', { count: count - page })}
              </button>`
            : nothing}
        `;
      })}
    `;
  }

  private renderGhostRow(person: Person): TemplateResult {
    return html`<li class="person ghost" part="person" data-left=${person.id}>
      <span class="name">${displayName(person, this.display)}</span> <span class="tag">${this.t('map.mark.left')}</span>
    </li>`;
  }

  private renderPersonRow(person: Person): TemplateResult {
    const map = this.map!;
    const name = displayName(person, this.display);
    const isFocus = person.id === map.focus;
    const diff = this.comparison?.diff;
    const mark = diff?.joined.some((p) => p.id === person.id)
      ? 'map.mark.joined'
      : diff?.closer.some((m) => m.person.id === person.id)
        ? 'map.mark.closer'
        : diff?.further.some((m) => m.person.id === person.id)
          ? 'map.mark.further'
          : null;
    const relationships = relationshipsOf(map, person.id);
    const editingThis = this.editing?.id === person.id;
    return html`<li class="person" part="person" data-id=${person.id}>
      <div class="person-head">
        <span class="name">${name}</span>
        <span class="tag">${this.t(`map.kind.${person.kind}` as TranslationKey)}</span>
        ${!isFocus && isPaid(person) ? html`<span class="tag">${this.t('map.paid')}</span>` : nothing}
        ${mark ? html`<span class="tag mark">${this.t(mark)}</span>` : nothing}
      </div>
      ${person.notes && this.display === 'name' ? html`<p class="notes">${person.notes}</p>` : nothing}
      ${relationships.length > 0 && !isFocus
        ? html`<ul class="relationships">
            ${relationships.map(
              ({ relationship, other }) => html`<li part="relationship">
                ${swatch(relationship.type)}
                <span>${describeRelationship(this.text, map, relationship, person.id)}</span>
                ${this.readonly
                  ? nothing
                  : html`<button
                      type="button"
                      class="button small"
                      aria-label=${this.t('map.action.removeRelationshipNamed', { name, other: this.nameFor(other) })}
                      @click=${() => this.unrelate(relationship, person.id)}
                    >
                      ${this.t('map.action.remove')}
                    </button>`}
              </li>`,
            )}
          </ul>`
        : nothing}
      ${this.readonly
        ? nothing
        : html`<div class="actions buttons">
            <button type="button" class="button small" aria-label=${this.t('map.action.editNamed', { name })} @click=${() => this.openEditor({ kind: 'person', id: person.id })}>
              ${this.t('map.action.edit')}
            </button>
            ${isFocus
              ? nothing
              : html`<button type="button" class="button small" aria-label=${this.t('map.action.closerNamed', { name })} data-move="closer" ?disabled=${person.ring === 1} @click=${() => this.moveFromList(person.id, -1)}>
                    ${this.t('map.action.closer')}
                  </button>
                  <button type="button" class="button small" aria-label=${this.t('map.action.furtherNamed', { name })} data-move="further" ?disabled=${person.ring === 4} @click=${() => this.moveFromList(person.id, 1)}>
                    ${this.t('map.action.further')}
                  </button>`}
            <button type="button" class="button small" aria-label=${this.t('map.action.relateNamed', { name })} @click=${() => this.openEditor({ kind: 'relationship', id: person.id })}>
              ${this.t('map.action.relate')}
            </button>
            ${isFocus
              ? nothing
              : html`<button type="button" class="button small" aria-label=${this.t('map.action.removeNamed', { name })} @click=${() => this.removeFromMap(person.id)}>
                  ${this.t('map.action.remove')}
                </button>`}
          </div>`}
      ${editingThis && forms.value ? (this.editing?.kind === 'person' ? forms.value.personForm(this.formContext(), person) : forms.value.relationshipForm(this.formContext(), person)) : nothing}
    </li>`;
  }

  private renderMeasures(): TemplateResult {
    const map = this.map!;
    const columns: { title: string; map: MapData }[] = [
      ...this.checkedSnapshots.map((s) => ({ title: s.label ? `${s.label} (${this.formatDate(s.date)})` : this.formatDate(s.date), map: s as MapData })),
      { title: this.t('map.measures.now'), map },
    ];
    const rows = measureRows(this.text, columns.map((c) => c.map));
    return html`<div class="measures">
      <button type="button" class="button small" aria-expanded=${String(this.measuresOpen)} aria-controls="measures" @click=${() => (this.measuresOpen = !this.measuresOpen)}>
        ${this.measuresOpen ? this.t('map.hideMeasures') : this.t('map.showMeasures')}
      </button>
      <div id="measures" ?hidden=${!this.measuresOpen}>
        <table part="measures">
          <caption>
            ${this.t('map.measures.caption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">${this.t('map.measures.measure')}</th>
              ${columns.map((c) => html`<th scope="col">${c.title}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${rows.map((row) => html`<tr><th scope="row">${row.label}</th>${row.values.map((v) => html`<td>${this.formatNumber(v)}</td>`)}</tr>`)}
          </tbody>
        </table>
      </div>
    </div>`;
  }
}
