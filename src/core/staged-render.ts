import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { TASK_BUDGET_MS } from './in-tasks.js';

/** The first step after the frame draws half a step's worth: its templates are new to the browser, so it is the slowest. */
const FIRST_SIZE = 0.5;
/** A hidden tab gets no frames: the next step comes after this long without one. */
const NO_FRAME_MS = 100;

/**
 * Calls back in the task after the browser has painted (the next frame),
 * with how long that frame's rendering took (style, layout, paint and
 * whatever ran with it), or after NO_FRAME_MS with 0 when no frame comes.
 * Returns a function that cancels it.
 */
function afterPaint(callback: (renderMs: number) => void): () => void {
  let done = false;
  const cancel = () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
  };
  const run = (renderMs: number) => {
    if (done) return;
    cancel();
    callback(renderMs);
  };
  const frame = requestAnimationFrame(() => {
    const frameAt = performance.now();
    setTimeout(() => run(performance.now() - frameAt));
  });
  const fallback = setTimeout(() => run(0), NO_FRAME_MS);
  return cancel;
}

/**
 * Draws a big first picture over several tasks, so it does not freeze the
 * page in one long task (a map of 100 people is ~4,200 elements: drawn in
 * one update it was a 300 ms task on a page that was still loading). The
 * host reads `step` (0, then growing) to decide how much to render: `step`
 * counts the host's own units of work drawn so far (the map's unit is 8
 * list rows and 16 people), fractions included. After each update that
 * left something out, the next step comes once the browser has painted
 * it, so it answers input in between and a frame never holds several
 * steps' style and layout. Each step draws as much as fits the budget at
 * the pace the last one went, in script or in its frame's rendering,
 * whichever was slower (from half a unit to twice as much as it drew): a
 * slow phone draws smaller steps than a laptop, and so do steps whose
 * layout costs more than their script (at 100 people, frames of the
 * map's SVG and list took 50–73 ms of style, layout and paint with none
 * of its script in them: traced).
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
  private cancelNext: (() => void) | null = null;
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
    const script = performance.now() - this.startedAt;
    if (!this.pending) {
      let resolve!: () => void;
      this.pending = { promise: new Promise<void>((done) => (resolve = done)), resolve };
    }
    if (this.cancelNext || !this.host.isConnected) return;
    // Once the steps have drawn everything they leave out, one more update
    // draws it whole (with what waits for the whole, e.g. content after the
    // steps' growing end).
    this.cancelNext = afterPaint((render) => {
      this.cancelNext = null;
      if (this.step > 0) this.size = Math.min(this.size * 2, Math.max(0.5, (this.size * TASK_BUDGET_MS) / Math.max(script, render, 1)));
      this.step = this.drawsAll(this.step) ? Infinity : this.step + this.size;
      this.host.requestUpdate();
    });
  }
  /** Away from the page, nothing is drawn in steps: the next update draws it whole. */
  hostDisconnected(): void {
    this.cancelNext?.();
    this.cancelNext = null;
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
