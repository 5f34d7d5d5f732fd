import { html, nothing, svg, type TemplateResult } from 'lit';
import { listOf, type TextContext } from '../../core/localize.js';
import { localText } from '../../core/validation.js';
import type { Triad } from './model.js';
import { CORNERS, EVEN, amountOf, fromPoint, setShare, moveShare, toPoint, type TriadShares } from './triad.js';

/*
 * A triad as a person sets it (issue 25): three linked sliders, one per
 * corner, that always add up to 100% — the way to answer by keyboard or
 * screen reader — and the same shares as a point in a triangle, for a tap
 * or a drag. A sentence says where the point is; “Doesn't apply” is always
 * there. Until the person moves something, nothing is answered.
 */

export interface TriadContext {
  text: TextContext;
  triad: Triad;
  /** The shares; null: “doesn't apply”; undefined: not answered yet. */
  shares: TriadShares | null | undefined;
  change(shares: TriadShares | null | undefined): void;
}

type Corner = 0 | 1 | 2;
const CORNER_INDEXES: readonly Corner[] = [0, 1, 2];

/** Each corner's share in words: “mostly my own effort (60%)”. */
function shareWords(c: TriadContext, shares: TriadShares, corner: Corner): string {
  return c.text.t(`story.triad.${amountOf(shares[corner])}`, { corner: localText(c.triad.corners[corner], c.text.lang), share: shares[corner] });
}

/** Where the point is, in one sentence: every corner's share, the biggest first. */
export function triadSentence(c: TriadContext, shares: TriadShares): string {
  const order = [...CORNER_INDEXES].sort((a, b) => shares[b] - shares[a] || a - b);
  return listOf(c.text, order.map((corner) => shareWords(c, shares, corner)));
}

/** Arrows move a share 1, Page Up/Down 10, Home/End to none or all, on every engine (browsers differ on a range's big step). */
function keyOnShare(c: TriadContext, shares: TriadShares, corner: Corner, event: KeyboardEvent): void {
  const moves: Record<string, number> = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1, PageUp: 10, PageDown: -10 };
  const next = event.key === 'Home' ? setShare(shares, corner, 0) : event.key === 'End' ? setShare(shares, corner, 100) : moves[event.key] !== undefined ? moveShare(shares, corner, moves[event.key]!) : null;
  if (!next) return;
  event.preventDefault();
  c.change(next);
}

/** A tap or drag in the triangle: the shares of the point under the pointer. */
function pointerOnPicture(c: TriadContext, event: PointerEvent): void {
  const picture = event.currentTarget as SVGSVGElement;
  const matrix = picture.getScreenCTM();
  if (!matrix || (event.type === 'pointermove' && event.buttons === 0)) return;
  if (event.type === 'pointerdown') picture.setPointerCapture?.(event.pointerId);
  const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
  c.change(fromPoint(point.x, point.y));
}

export function renderTriad(c: TriadContext): TemplateResult {
  const { triad } = c;
  const id = `triad-${triad.id}`;
  // Not answered yet: the sliders start even (the first move answers), with no point drawn and nothing said.
  const shares = c.shares ?? EVEN;
  const applies = c.shares !== null;
  const answered = Array.isArray(c.shares);
  const point = toPoint(shares);
  const corner = (index: Corner) => localText(triad.corners[index], c.text.lang);
  return html`<fieldset class=${answered ? 'triad' : 'triad unanswered'} part="triad">
    <legend class="label">${localText(triad.label, c.text.lang)}</legend>
    <p class="hint" id="${id}-hint">${c.text.t('story.triad.hint')}</p>
    <div class="triad-body">
      <svg
        class="triad-picture"
        viewBox="-4 -14 108 130"
        aria-hidden="true"
        @pointerdown=${(event: PointerEvent) => pointerOnPicture(c, event)}
        @pointermove=${(event: PointerEvent) => pointerOnPicture(c, event)}
      >
        <polygon class="triangle" points=${CORNERS.map(([x, y]) => `${x},${y}`).join(' ')}></polygon>
        <text class="corner" x="50" y="-5" text-anchor="middle">${corner(0)}</text>
        <!-- The two lower corners' names on lines of their own, so long names cannot run into each other. -->
        <text class="corner" x="0" y="98" text-anchor="start">${corner(2)}</text>
        <text class="corner" x="100" y="108" text-anchor="end">${corner(1)}</text>
        ${answered ? svg`<circle class="point" cx=${point.x} cy=${point.y} r="4"></circle>` : nothing}
      </svg>
      <div class="triad-shares">
        ${CORNER_INDEXES.map(
          (index) => html`<div class="share">
            <label class="label" for="${id}-${index}">${corner(index)}</label>
            <input
              type="range"
              id="${id}-${index}"
              min="0"
              max="100"
              step="1"
              aria-describedby="${id}-hint"
              aria-valuetext=${answered ? shareWords(c, shares, index) : c.text.t(applies ? 'story.notAnswered' : 'story.triad.notApply')}
              .value=${String(shares[index])}
              ?disabled=${!applies}
              @input=${(event: Event) => c.change(setShare(shares, index, Number((event.target as HTMLInputElement).value)))}
              @keydown=${(event: KeyboardEvent) => keyOnShare(c, shares, index, event)}
            />
            <output for="${id}-${index}">${answered ? `${shares[index]}%` : ''}</output>
          </div>`,
        )}
      </div>
    </div>
    <p class="triad-sentence" aria-live="polite">${answered ? triadSentence(c, shares) : applies ? '' : c.text.t('story.triad.notApplied')}</p>
    <label class="check" for="${id}-na"
      ><input type="checkbox" id="${id}-na" .checked=${!applies} @change=${(event: Event) => c.change((event.target as HTMLInputElement).checked ? null : undefined)} /><span
        >${c.text.t('story.triad.notApply')}</span
      ></label
    >
  </fieldset>`;
}
