// Kith's relationship map: params.layout = 'rings' (computed, no simulation) or 'force'.
import '../../src/components/relationship-map/define.ts';
import { painted, params, report, root } from './harness.js';
import { networkBeforehand } from './data.js';

const { people, relationships } = await networkBeforehand(Number(params.count));
const start = performance.now();
const el = document.createElement('kith-relationship-map');
el.people = people;
el.relationships = relationships;
el.setAttribute('focus', 'hub');
el.setAttribute('layout', params.layout);
// A big map is drawn in steps: the first one painted is what a person sees first.
let firstStep;
el.addController({
  hostUpdated() {
    if (firstStep !== undefined) return;
    firstStep = null;
    void painted().then(() => (firstStep = performance.now() - start));
  },
});
root.append(el);
await el.updateComplete;
const renderJs = performance.now() - start;
await painted();
const firstPicture = performance.now() - start;
// Stable: the layout has settled (the force layout's last positions from its
// worker) and its last picture is drawn (every canvas batch), as the map says.
await el.layoutComplete;
await painted();
const surface = el.shadowRoot.querySelector('.surface').getBoundingClientRect();
window.benchPanAt = { x: surface.x + 12, y: surface.y + 12 };
window.benchDragAt = el.personPosition('p1');
report({ renderJs, firstStep, moduleStart: start, firstPicture, stable: performance.now() - start, painted: performance.now() });
