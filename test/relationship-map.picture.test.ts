import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/relationship-map/define.js';
import type { KithRelationshipMap } from '../src/components/relationship-map/relationship-map.js';
import type { MapData } from '../src/components/relationship-map/model.js';
import { circlesOfSupport, communityMap, familyMap, safetyNetwork } from '../stories/data/networks.js';
import { until } from './helpers.js';

/**
 * The diagram as a person sees it (issue 21): every name readable on
 * screen, no name over another or over a person, the diagram the larger
 * share of a wide map. Measured on the rendered page, in CSS px, on the
 * stories' maps and on generated maps of 10, 30 and 100 people.
 */

const MAPS: [string, MapData][] = [
  ['family ecomap', familyMap],
  ['circles of support', circlesOfSupport],
  ['safety network', safetyNetwork],
  ['10 generated people', communityMap(11)],
  ['30 generated people', communityMap(31)],
  ['100 generated people', communityMap(101)],
];
/** Container width → the smallest a name may be on screen (CSS px). */
const WIDTHS: [number, number][] = [
  [900, 12],
  [375, 11],
];

async function mapIn(width: number, data: MapData): Promise<KithRelationshipMap> {
  const holder = await fixture<HTMLDivElement>(html`<div style="inline-size: ${width}px">
    <kith-relationship-map .people=${structuredClone(data.people)} .relationships=${structuredClone(data.relationships)} focus=${data.focus}></kith-relationship-map>
  </div>`);
  const el = holder.querySelector('kith-relationship-map')!;
  await el.updateComplete;
  // The names' size follows the diagram's measured width (a resize report, then an update).
  const svg = el.shadowRoot!.querySelector<SVGSVGElement>('svg.surface')!;
  await until(() => {
    const scale = svg.getScreenCTM()?.a ?? 0;
    const group = el.shadowRoot!.querySelector('.labels');
    return !!group && Number(group.getAttribute('font-size')) * scale >= 11 - 0.01;
  }, 'names sized for the drawn width');
  await el.updateComplete;
  return el;
}

type Rect = { left: number; top: number; right: number; bottom: number; what: string };
/**
 * An SVG element's box on screen: its geometry (getBBox, without stroke:
 * engines differ on whether getBoundingClientRect counts the outline or a
 * name's halo) through its transform to the screen.
 */
const rectOf = (element: SVGGraphicsElement, what: string): Rect => {
  const box = element.getBBox();
  const matrix = element.getScreenCTM()!;
  const corners = [
    [box.x, box.y],
    [box.x + box.width, box.y + box.height],
  ].map(([x, y]) => new DOMPoint(x, y).matrixTransform(matrix));
  return { left: Math.min(corners[0]!.x, corners[1]!.x), top: Math.min(corners[0]!.y, corners[1]!.y), right: Math.max(corners[0]!.x, corners[1]!.x), bottom: Math.max(corners[0]!.y, corners[1]!.y), what };
};
/** Overlap in px along both axes (0.5 px of anti-aliasing allowed). */
const overlap = (a: Rect, b: Rect) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

function measure(el: KithRelationshipMap) {
  const root = el.shadowRoot!;
  const scale = root.querySelector<SVGSVGElement>('svg.surface')!.getScreenCTM()!.a;
  const names = [...root.querySelectorAll<SVGTextElement>('.labels text.name, .labels text.ring-label')];
  const smallest = Math.min(...names.map((text) => parseFloat(getComputedStyle(text).fontSize) * scale));
  const nameRects = names.map((text) => rectOf(text, `name “${text.textContent}”`));
  const people = [...root.querySelectorAll<SVGGraphicsElement>('g.node .shape')].map((shape) => rectOf(shape, `person ${shape.closest('g.node')!.getAttribute('data-id')}`));
  const clashes: string[] = [];
  nameRects.forEach((a, i) => {
    for (const b of nameRects.slice(i + 1)) if (overlap(a, b)) clashes.push(`${a.what} × ${b.what}`);
    for (const person of people) if (overlap(a, person)) clashes.push(`${a.what} × ${person.what}`);
  });
  const shown = root.querySelectorAll('.labels text.name').length;
  const shortened = [...root.querySelectorAll('.labels text.name')].filter((text) => text.textContent!.endsWith('…')).length;
  return { smallest, clashes, shown, shortened, people: people.length };
}

/** Names in an exported file, drawn in the page at the file's own size (1000 px): sizes, overlaps, how many. */
async function exportedNames(file: string) {
  const holder = await fixture<HTMLDivElement>(html`<div style="inline-size: 1000px"></div>`);
  const drawing = new DOMParser().parseFromString(file, 'image/svg+xml').documentElement as unknown as SVGSVGElement;
  holder.append(document.importNode(drawing, true));
  const texts = [...holder.querySelectorAll<SVGTextElement>('text')];
  const rects = texts.map((text) => rectOf(text, `name “${text.textContent}”`));
  const clashes = rects.flatMap((a, i) => rects.slice(i + 1).filter((b) => overlap(a, b)).map((b) => `${a.what} × ${b.what}`));
  return { texts: texts.map((text) => text.textContent!), smallest: Math.min(...texts.map((text) => parseFloat(getComputedStyle(text).fontSize))), clashes };
}

describe('<kith-relationship-map>: names as a person sees them', () => {
  it('exportSVG from a 375 px map lays names out for the file’s own 1000 px: 12 px names, more of them whole, none overlapping', async () => {
    const el = await mapIn(375, communityMap(31));
    const onPage = measure(el);
    const pageSize = Number(el.shadowRoot!.querySelector('.labels')!.getAttribute('font-size'));
    expect(pageSize, 'the page’s names, in diagram units, for a 375 px map').to.be.above(20);
    const file = await exportedNames(await el.exportSVG());
    console.log(`export of 31 generated people from a 375 px map: names ${file.smallest} px in a 1000 px file (${pageSize} units on the page); ${file.texts.length} texts; ${file.clashes.length} overlaps`);
    expect(file.smallest, 'names at the file’s size, not the phone’s').to.be.within(11.99, 12.01);
    expect(file.clashes).to.deep.equal([]);
    // The page, at its larger size, leaves names out; the file has room for every one, whole.
    expect(onPage.shown, 'names the 375 px page draws').to.be.below(31);
    const people = communityMap(31).people;
    expect(people.filter((person) => !file.texts.includes(person.name)).map((person) => person.name), 'names missing from the file').to.deep.equal([]);
  });

  for (const [width, smallestAllowed] of WIDTHS) {
    for (const [name, data] of MAPS) {
      it(`${name}, in a ${width} px container: every name ≥ ${smallestAllowed} px on screen, none over another name or a person`, async () => {
        const el = await mapIn(width, data);
        const found = measure(el);
        console.log(`${name} @ ${width}px: smallest name ${found.smallest.toFixed(1)} px; ${found.shown} of ${found.people} names drawn (${found.shortened} shortened); ${found.clashes.length} overlaps`);
        expect(found.smallest).to.be.at.least(smallestAllowed - 0.01);
        expect(found.clashes, 'overlaps').to.deep.equal([]);
        // The stories' maps (up to 14 people) keep every name, whole or shortened, on a 900 px map.
        if (width === 900 && data.people.length <= 14) expect(found.shown, 'names drawn').to.equal(found.people);
      });
    }
  }

  it('the force layout at 100 people, settled: names ≥ 12 px, no name over another or a person, no two people overlapping', async () => {
    const data = communityMap(101);
    const holder = await fixture<HTMLDivElement>(html`<div style="inline-size: 900px">
      <kith-relationship-map layout="force" .people=${structuredClone(data.people)} .relationships=${structuredClone(data.relationships)} focus=${data.focus}></kith-relationship-map>
    </div>`);
    const el = holder.querySelector('kith-relationship-map')!;
    await until(() => !!el.shadowRoot!.querySelector('svg.surface') && !el.shadowRoot!.querySelector('.settling'), 'the force layout settles', 20000);
    await el.updateComplete;
    const found = measure(el);
    const shapes = [...el.shadowRoot!.querySelectorAll<SVGGraphicsElement>('g.node .shape')].map((shape) => {
      const box = rectOf(shape, '');
      return { x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2, r: Math.min(box.right - box.left, box.bottom - box.top) / 2 };
    });
    const touching = shapes.flatMap((a, i) => shapes.slice(i + 1).filter((b) => Math.hypot(a.x - b.x, a.y - b.y) < (a.r + b.r) * 0.9));
    console.log(`force, 100 generated people @ 900px: smallest name ${found.smallest.toFixed(1)} px; ${found.shown} of ${found.people} names drawn (${found.shortened} shortened); ${found.clashes.length} overlaps; ${touching.length} people overlapping`);
    expect(found.smallest).to.be.at.least(11.99);
    expect(found.clashes, 'overlaps').to.deep.equal([]);
    expect(touching, 'people overlapping').to.have.length(0);
  });

  it('a shortened name keeps its start and an ellipsis; the whole name is the person’s accessible name', async () => {
    const el = await mapIn(375, { ...familyMap, people: familyMap.people.map((p) => (p.id === 'dad' ? { ...p, name: 'Gareth Llewellyn-Jones ap Rhys' } : p)) });
    const label = el.shadowRoot!.querySelector('.labels text.name[data-id="dad"]');
    const node = el.shadowRoot!.querySelector('g.node[data-id="dad"]')!;
    expect(node.getAttribute('aria-label')).to.contain('Gareth Llewellyn-Jones ap Rhys');
    expect(label, 'the name is drawn, shortened').to.not.equal(null);
    expect(label!.textContent).to.match(/^Gareth.*…$/);
    expect('Gareth Llewellyn-Jones ap Rhys'.startsWith(label!.textContent!.slice(0, -1))).to.equal(true);
  });

  it('in a wide container the diagram takes the larger share, the list beside it; in a narrow one, the list below', async () => {
    const wide = await mapIn(1100, familyMap);
    const diagram = wide.shadowRoot!.querySelector('.diagram-panel')!.getBoundingClientRect();
    const list = wide.shadowRoot!.querySelector('.list-panel')!.getBoundingClientRect();
    expect(diagram.width).to.be.above(list.width);
    expect(list.left).to.be.above(diagram.right - 1);
    const narrow = await mapIn(375, familyMap);
    const narrowDiagram = narrow.shadowRoot!.querySelector('.diagram-panel')!.getBoundingClientRect();
    const narrowList = narrow.shadowRoot!.querySelector('.list-panel')!.getBoundingClientRect();
    expect(narrowList.top).to.be.at.least(narrowDiagram.bottom - 1);
  });
});
