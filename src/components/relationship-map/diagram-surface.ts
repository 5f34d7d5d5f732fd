import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { CanvasPainter, CanvasPicture } from './canvas-painter.js';
import { labelSizeFor, type Measure } from './labels.js';
import { measurerFor } from './text-metrics.js';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/**
 * The diagram's drawing surface: how wide it is drawn (observed), the size
 * and measure of names for that width, and, for maps drawn on a canvas,
 * painting it (the painter is a chunk fetched for the first such map).
 */
export class DiagramSurface implements ReactiveController {
  /** The drawn width in CSS px (0 until measured, and on a server). */
  width = 0;
  /** Names' size in diagram units: large enough to reach the screen at a readable size (see labelSizeFor). */
  labelSize = labelSizeFor(0);
  /** Settles when the canvas painter has arrived (or could not be fetched); null until a canvas map asks for it. */
  painterArrives: Promise<void> | null = null;
  private observer?: ResizeObserver;
  private observed: Element | null = null;
  private painter: CanvasPainter | null = null;
  private frame = 0;
  private textMeasure: { font: string; width: number; measure: Measure | undefined } | null = null;

  constructor(
    private readonly host: Host,
    /** What the canvas shows now (null: nothing to paint). */
    private readonly picture: () => Omit<CanvasPicture, 'width'> | null,
    /** Whether the map is drawn on a canvas. */
    private readonly onCanvas: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    // Canvas pixels and the names' size follow the diagram's size; painting
    // waits for a frame or an update, so the observer never changes layout
    // inside its own callback.
    this.observer = new ResizeObserver((entries) => {
      // The stage's content box, which the diagram fills: an <svg>'s own report would be its drawing's bounding box.
      const width = entries.at(-1)?.contentRect.width ?? 0;
      if (width === this.width) return;
      this.width = width;
      this.labelSize = labelSizeFor(width);
      this.host.requestUpdate();
      this.schedule();
    });
    this.observed = null;
    this.observe();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    cancelAnimationFrame(this.frame);
  }

  /** After a render: observe the (new) stage; on a canvas, fetch the painter and paint (`restyled`: colours may have changed). */
  rendered(restyled: boolean): void {
    this.observe();
    if (!this.onCanvas()) return;
    // Colours are read again after a render (a new language or layout, new
    // data), not after each step of drawing a big map in steps: reading
    // them forces the page's style (5–20 ms in profiles while rows arrived).
    if (restyled) this.painter?.forgetColours();
    // Offline, the painter may never come: the list stays the map's view.
    this.painterArrives ??= import('./canvas-painter.js').then(
      ({ CanvasPainter }) => {
        this.painter = new CanvasPainter(this.host, () => this.paint());
        this.schedule();
      },
      () => undefined,
    );
    this.schedule();
  }

  /** Settles once the canvas shows the whole current picture (every batch painted); at once for SVG. */
  async painted(): Promise<void> {
    if (!this.onCanvas()) return;
    await this.painterArrives;
    while (this.onCanvas() && (this.frame || this.painter?.busy)) await new Promise((resolve) => setTimeout(resolve, 16));
  }

  /** Paints the canvas in the next frame (once per frame, however often asked). */
  schedule(): void {
    if (!this.onCanvas() || this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.paint();
    });
  }

  /** The names' measure for the diagram's font: the theme's font family as the page resolves it (none on a server). */
  measure(): Measure | undefined {
    if (isServer) return undefined;
    // Read once, then again after each resize report (a new theme or page font comes with a re-layout),
    // not on every render: reading the style each tick of a settling force layout forced a style pass.
    if (!this.textMeasure || this.textMeasure.width !== this.width) {
      const style = getComputedStyle(this.host);
      const font = style.getPropertyValue('--kith-sys-font-family').trim() || style.fontFamily;
      const measure = this.textMeasure?.font === font ? this.textMeasure.measure : measurerFor(font);
      this.textMeasure = { font, width: this.width, measure };
    }
    return this.textMeasure.measure;
  }

  private observe(): void {
    const stage = this.host.renderRoot?.querySelector('.stage') ?? null;
    if (!stage || stage === this.observed || !this.observer) return;
    if (this.observed) this.observer.unobserve(this.observed);
    this.observer.observe(stage);
    this.observed = stage;
    this.width = 0;
  }

  private paint(): void {
    const canvas = this.host.renderRoot.querySelector<HTMLCanvasElement>('canvas.surface');
    const picture = this.picture();
    if (!canvas || !picture || !this.painter) return;
    this.painter.draw(canvas, { ...picture, width: this.observer ? this.width : canvas.clientWidth });
  }
}
