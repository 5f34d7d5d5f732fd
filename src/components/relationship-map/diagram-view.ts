import { html, nothing, type TemplateResult } from 'lit';
import type { TranslationKey } from '../../translations/en.js';
import { swatch } from './diagram.js';
import type { DiagramInteraction } from './diagram-interaction.js';
import { VIEW_SIZE } from './layout.js';
import { heading } from './list-view.js';
import { RELATIONSHIP_TYPES, displayName, type MapData, type Person } from './model.js';
import { nameOf, type MapTextContext } from './summary.js';

/**
 * The map's diagram around its picture: the zoom buttons, the stage that
 * takes keys and gestures (handed to the interaction chunk), an SVG or a
 * canvas, the details of the person chosen in it and the legend. The
 * element owns the state; this draws it.
 */

/** What the diagram needs of the element. */
export interface DiagramContext {
  t: MapTextContext['t'];
  text: MapTextContext;
  /** The map as it stands (not the ghosts a comparison draws besides). */
  map: MapData;
  /** Drawn on a canvas (a big map) rather than in SVG. */
  canvas: boolean;
  /** The SVG's picture (picture.ts), or nothing before it is laid out. */
  picture: unknown;
  /** The pan and zoom, as an SVG transform. */
  transform: string;
  settling: boolean;
  headingLevel: number;
  readonly: boolean;
  /** The person whose details are open, or null. */
  details: Person | null;
  describe: (person: Person) => string;
  /** Zooms by a factor around the centre (0: back to the whole picture). */
  zoomBy: (factor: number) => void;
  /** Hands an event to the interaction chunk (`replay`: a press or key that waits for it to arrive). */
  interact: (use: (interaction: DiagramInteraction) => void, replay?: boolean) => void;
  /** Fetches the interaction chunk ahead (focus or a pointer near the diagram). */
  prefetch: () => void;
  edit: (id: string) => void;
  closeDetails: () => void;
}

const DESCRIBED_BY = 'diagram-instructions';

export function renderDiagram(c: DiagramContext): TemplateResult {
  const label = c.t('map.diagram.label', { focus: nameOf(c.text, c.map, c.map.focus) });
  const surface = c.canvas
    ? html`<canvas class="surface" part="diagram" tabindex="0" role="application" aria-label=${label} aria-describedby=${DESCRIBED_BY}></canvas>
        <p class="hint">${c.t('map.diagram.canvas', { count: c.map.people.length })}</p>`
    : html`<svg class="surface" part="diagram" viewBox="0 0 ${VIEW_SIZE} ${VIEW_SIZE}" role="group" aria-label=${label} aria-describedby=${DESCRIBED_BY}>
        <defs>
          <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse">
            <path class="arrow" d="M0 0L10 5L0 10z"></path>
          </marker>
        </defs>
        <g class="viewport" transform=${c.transform}>${c.picture}</g>
      </svg>`;
  return html`
    <div class="toolbar buttons">
      <button type="button" class="button small" @click=${() => c.zoomBy(1.4)}>${c.t('map.zoomIn')}</button>
      <button type="button" class="button small" @click=${() => c.zoomBy(1 / 1.4)}>${c.t('map.zoomOut')}</button>
      <button type="button" class="button small" @click=${() => c.zoomBy(0)}>${c.t('map.resetView')}</button>
    </div>
    <div
      class="stage"
      @focusin=${c.prefetch}
      @pointerover=${c.prefetch}
      @keydown=${(event: KeyboardEvent) => c.interact((it) => it.onKey(event), true)}
      @pointerdown=${(event: PointerEvent) => c.interact((it) => it.onPointerDown(event), true)}
      @pointermove=${(event: PointerEvent) => c.interact((it) => it.onPointerMove(event))}
      @pointerup=${(event: PointerEvent) => c.interact((it) => it.onPointerUp(event), true)}
      @pointercancel=${(event: PointerEvent) => c.interact((it) => it.onPointerUp(event), true)}
      @wheel=${(event: WheelEvent) => c.interact((it) => it.onWheel(event))}
    >
      ${/* Over the picture, not above it: its coming and going must not move the page (it once moved the list 32 px). */ ''}
      ${c.settling ? html`<span class="settling">${c.t('map.settling')}</span>` : nothing}
      ${surface}
    </div>
    <p class="hint" id=${DESCRIBED_BY}>${c.t('map.diagram.instructions')}</p>
    ${c.details ? renderDetails(c, c.details) : nothing}
    <div class="legend" part="legend">
      ${heading(c.headingLevel + 1, c.t('map.legend'))}
      <ul>
        ${RELATIONSHIP_TYPES.map(
          (type) => html`<li>${swatch(type)}<span><strong>${c.t(`map.type.${type}` as TranslationKey)}</strong>: ${c.t(`map.words.${type}` as TranslationKey)}</span></li>`,
        )}
      </ul>
    </div>
  `;
}

function renderDetails(c: DiagramContext, person: Person): TemplateResult {
  const display = c.text.display;
  return html`<div class="details" role="region" aria-label=${displayName(person, display)}>
    <p><strong>${c.describe(person)}</strong></p>
    ${person.notes && display === 'name' ? html`<p>${c.t('map.details.notes', { notes: person.notes })}</p>` : nothing}
    <div class="buttons">
      ${c.readonly ? nothing : html`<button type="button" class="button small" @click=${() => c.edit(person.id)}>${c.t('map.action.edit')}</button>`}
      <button type="button" class="button small" @click=${c.closeDetails}>${c.t('map.details.close')}</button>
    </div>
  </div>`;
}
