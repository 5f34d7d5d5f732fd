import { html, nothing, svg, type TemplateResult } from 'lit';
import type { TextContext } from '../../core/localize.js';
import { localText } from '../../core/validation.js';
import type { Dyad, StoryRecord, Triad } from '../story/model.js';
import { CORNERS, toPoint, type TriadShares } from '../story/triad.js';
import { DYAD_BINS, type CellFigure } from './figures.js';
import { shownOr } from './change-view.js';
import { REGIONS } from './triad-cells.js';

/*
 * What many people's stories say: for each triad, the triangle shaded by
 * how many stories fall in each of its regions (a region too small to show
 * is outlined, not shaded); for each dyad, how many stories fall in each
 * fifth. Words and a table with each. The stories in a region are opened on
 * request, as the service's learning may see them (no name).
 */

export interface StoriesContext {
  text: TextContext;
  /** The open region, `triadId|region`, if any. */
  open: string | null;
  toggle(key: string | null): void;
  storiesIn(triadId: string, region: number): readonly StoryRecord[];
}

/** A region's centre as shares: where it sits, which names it. */
const centreOf = (region: number): TriadShares => {
  const corners = REGIONS[region]!;
  return [0, 1, 2].map((corner) => (corners[0][corner]! + corners[1][corner]! + corners[2][corner]!) / 3) as unknown as TriadShares;
};

/** A region in words: “Mostly my own effort”, “Half people around me, half a service”, “Leaning to a service”. */
export function regionName(text: TextContext, triad: Triad, region: number): string {
  const centre = centreOf(region);
  const corner = (index: number): string => localText(triad.corners[index]!, text.lang);
  const order = [0, 1, 2].sort((a, b) => centre[b]! - centre[a]! || a - b);
  if (centre[order[0]!]! > 70) return text.t('learning.region.corner', { corner: corner(order[0]!) });
  if (Math.abs(centre[order[0]!]! - centre[order[1]!]!) < 1) return text.t('learning.region.edge', { first: corner(Math.min(order[0]!, order[1]!)), second: corner(Math.max(order[0]!, order[1]!)) });
  return text.t('learning.region.lean', { corner: corner(order[0]!) });
}

/** The region with the most stories, in words; or that too few answered to show. */
export function triadSentence(text: TextContext, triad: Triad, figure: CellFigure): string {
  const counts = (figure.cells ?? []).slice(0, REGIONS.length);
  const most = Math.max(0, ...counts.map((value) => value ?? 0));
  if (most === 0) return text.t('learning.triad.none');
  return text.t('learning.triad.summary', { region: regionName(text, triad, counts.indexOf(most)) });
}

export function dyadSentence(text: TextContext, dyad: Dyad, figure: CellFigure): string {
  const counts = (figure.cells ?? []).slice(0, DYAD_BINS);
  const most = Math.max(0, ...counts.map((value) => value ?? 0));
  if (most === 0) return text.t('learning.triad.none');
  const bin = counts.indexOf(most);
  const [from, to] = fifth(bin);
  return text.t('learning.dyad.summary', { from, to, low: localText(dyad.low, text.lang), high: localText(dyad.high, text.lang) });
}

/** A fifth of 0–100: 0–19, 20–39, … 80–100. */
export const fifth = (bin: number): [number, number] => [bin * 20, bin === DYAD_BINS - 1 ? 100 : bin * 20 + 19];

const pointsOf = (region: number): string =>
  REGIONS[region]!.map((shares) => {
    const { x, y } = toPoint(shares);
    return `${x.toFixed(2)},${y.toFixed(2)}`;
  }).join(' ');

export function renderTriadDensity(c: StoriesContext, triad: Triad, figure: CellFigure): TemplateResult {
  const cells = figure.cells;
  const most = Math.max(1, ...(cells ?? []).slice(0, REGIONS.length).map((value) => value ?? 0));
  const corner = (index: number): string => localText(triad.corners[index]!, c.text.lang);
  const openKey = c.open?.startsWith(`${triad.id}|`) ? c.open : null;
  const openRegion = openKey ? Number(openKey.split('|')[1]) : null;
  return html`<div class="triad-density">
    <h4 id="triad-${triad.id}">${localText(triad.label, c.text.lang)}</h4>
    <svg class="density" viewBox="-4 -14 108 130" aria-hidden="true" focusable="false" part="triad-chart">
      ${REGIONS.map((_, region) => {
        const value = cells?.[region] ?? null;
        const className = value === null ? 'region hidden-region' : 'region';
        return svg`<polygon class=${className} points=${pointsOf(region)} fill-opacity=${value === null ? 0 : (0.08 + 0.8 * (value / most)).toFixed(2)}></polygon>`;
      })}
      <polygon class="triangle" points=${CORNERS.map(([x, y]) => `${x},${y}`).join(' ')}></polygon>
      <text class="corner" x="50" y="-5" text-anchor="middle">${corner(0)}</text>
      <text class="corner" x="0" y="98" text-anchor="start">${corner(2)}</text>
      <text class="corner" x="100" y="108" text-anchor="end">${corner(1)}</text>
    </svg>
    <p>${triadSentence(c.text, triad, figure)}</p>
    <table>
      <thead>
        <tr>
          <th scope="col">${c.text.t('learning.col.region')}</th>
          <th scope="col">${c.text.t('learning.col.stories')}</th>
          <td></td>
        </tr>
      </thead>
      <tbody>
        ${REGIONS.map((_, region) => {
          const value = cells?.[region] ?? null;
          const name = regionName(c.text, triad, region);
          const key = `${triad.id}|${region}`;
          return html`<tr>
            <th scope="row">${name}</th>
            <td>${shownOr(c.text, value)}</td>
            <td>
              ${value !== null && value > 0
                ? html`<button type="button" class="button link" aria-expanded=${openKey === key ? 'true' : 'false'} @click=${() => c.toggle(openKey === key ? null : key)}>
                    ${openKey === key ? c.text.t('learning.stories.close') : c.text.t('learning.stories.open', { count: value, region: name })}
                  </button>`
                : nothing}
            </td>
          </tr>`;
        })}
        <tr>
          <th scope="row">${c.text.t('learning.triad.notApply')}</th>
          <td>${shownOr(c.text, cells?.[REGIONS.length] ?? null)}</td>
          <td></td>
        </tr>
      </tbody>
    </table>
    ${openRegion !== null ? renderStories(c, regionName(c.text, triad, openRegion), c.storiesIn(triad.id, openRegion)) : nothing}
  </div>`;
}

function renderStories(c: StoriesContext, region: string, stories: readonly StoryRecord[]): TemplateResult {
  return html`<div class="stories" part="stories">
    <h5>${c.text.t('learning.stories.in', { region })}</h5>
    ${stories.map(
      (story) => html`<article class="story">
        ${story.title ? html`<h6>${story.title}</h6>` : nothing}
        <p>${story.text}</p>
      </article>`,
    )}
  </div>`;
}

export function renderDyadDistribution(c: StoriesContext, dyad: Dyad, figure: CellFigure): TemplateResult {
  const cells = figure.cells;
  const most = Math.max(1, ...(cells ?? []).slice(0, DYAD_BINS).map((value) => value ?? 0));
  return html`<div class="dyad-distribution">
    <h4 id="dyad-${dyad.id}">${localText(dyad.label, c.text.lang)}</h4>
    <svg class="bars" viewBox="0 0 100 30" preserveAspectRatio="none" aria-hidden="true" focusable="false" part="dyad-chart">
      ${Array.from({ length: DYAD_BINS }, (_, bin) => {
        const value = cells?.[bin] ?? null;
        const height = value === null ? 0 : (value / most) * 28;
        return value === null
          ? svg`<rect class="bar hidden-region" x=${bin * 20 + 1} y="1" width="18" height="28"></rect>`
          : svg`<rect class="bar" x=${bin * 20 + 1} y=${29 - height} width="18" height=${height}></rect>`;
      })}
    </svg>
    <p class="axis" aria-hidden="true"><span>${localText(dyad.low, c.text.lang)}</span><span>${localText(dyad.high, c.text.lang)}</span></p>
    <p>${dyadSentence(c.text, dyad, figure)}</p>
    <table>
      <thead>
        <tr>
          <th scope="col">${c.text.t('learning.col.fifth')}</th>
          <th scope="col">${c.text.t('learning.col.stories')}</th>
        </tr>
      </thead>
      <tbody>
        ${Array.from({ length: DYAD_BINS }, (_, bin) => {
          const [from, to] = fifth(bin);
          return html`<tr>
            <th scope="row">${c.text.t('learning.dyad.fifth', { from, to })}</th>
            <td>${shownOr(c.text, cells?.[bin] ?? null)}</td>
          </tr>`;
        })}
        <tr>
          <th scope="row">${c.text.t('learning.triad.notApply')}</th>
          <td>${shownOr(c.text, cells?.[DYAD_BINS] ?? null)}</td>
        </tr>
      </tbody>
    </table>
  </div>`;
}
