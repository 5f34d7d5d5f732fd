import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { TASK_BUDGET_MS } from './in-tasks.js';

/** The first step after the frame draws half a step's worth: its templates are new to the browser, so it is the slowest. */
const FIRST_SIZE = 0.5;

/**
 * Draws a big first picture over several tasks, so it does not freeze the
 * page in one long task (a map of 100 people is ~4,200 elements: drawn in
 * one update it was a 300 ms task on a page that was still loading). The
 * host reads `step` (0, then growing) to decide how much to render: `step`
 * counts the host's own units of work drawn so far (the map's unit is 8
 * list rows and 16 people), fractions included. After each update that
 * left something out, the next step comes in a new task, so the browser
 * paints and answers input in between. Each step draws as much as fits
 * the budget at the pace the last one went (from half a unit to twice as
 * much as it drew), so a slow phone draws smaller steps than a laptop.
 * `Infinity` means draw everything (not staging).
 *
 * The host's `updateComplete` should wait for `whole`: to host code and
 * tests the element is updated once it is drawn whole.
 */
export class StagedRender implements ReactiveController {
  step = Infinity;
  /** Units the next step adds. */
  private size = FIRST_SIZE;
  private startedAt = 0;
  private timer: ReturnType<typeof setTimeout> | 0 = 0;
  private pending: { promise: Promise<void>; resolve: () => void } | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Whether `step` draws everything. */
    private readonly drawsAll: (step: number) => boolean,
  ) {
    host.addController(this);
  }

  /** Draws from the first step again (call before the update that renders it). */
  restart(): void {
    this.step = 0;
    this.size = FIRST_SIZE;
  }

  /** Pending until every step is drawn; null when nothing is left out. */
  get whole(): Promise<void> | null {
    return this.pending?.promise ?? null;
  }

  hostUpdate(): void {
    this.startedAt = performance.now();
  }

  hostUpdated(): void {
    if (this.step === Infinity) return this.finish();
    const took = performance.now() - this.startedAt;
    if (this.step > 0) this.size = Math.min(this.size * 2, Math.max(0.5, (this.size * TASK_BUDGET_MS) / Math.max(took, 1)));
    if (!this.pending) {
      let resolve!: () => void;
      this.pending = { promise: new Promise<void>((done) => (resolve = done)), resolve };
    }
    if (this.timer || !this.host.isConnected) return;
    // Once the steps have drawn everything they leave out, one more update
    // draws it whole (with what waits for the whole, e.g. content after the
    // steps' growing end).
    this.timer = setTimeout(() => {
      this.timer = 0;
      this.step = this.drawsAll(this.step) ? Infinity : this.step + this.size;
      this.host.requestUpdate();
    });
  }
  /** Away from the page, nothing is drawn in steps: the next update draws it whole. */
  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = 0;
    if (this.pending) {
      this.step = Infinity;
      this.host.requestUpdate();
    }
  }

  private finish(): void {
    this.pending?.resolve();
    this.pending = null;
  }
}
