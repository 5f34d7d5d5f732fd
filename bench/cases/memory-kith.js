// 1,000 create → attach → render → detach cycles of a Kith element (params.tag); the runner reads the heap after GC before and after.
import '../../src/components/strengths-radar/define.ts';
import '../../src/components/relationship-map/define.ts';
import '../../src/components/cookie-banner/define.ts';
import { radarData, network } from './data.js';
import { params, report, root } from './harness.js';

const { scales, readings } = radarData(1);
const map = network(100);
const SETUP = {
  'kith-strengths-radar': (el) => Object.assign(el, { instrument: { id: 'bench', name: 'Bench', scales, range: { min: 1, max: 10 } }, readings }),
  'kith-relationship-map': (el) => {
    Object.assign(el, { people: map.people, relationships: map.relationships });
    el.setAttribute('focus', 'hub');
  },
  'kith-cookie-banner': (el) => el.setAttribute('service-name', 'Cardiff Family Help'),
};
window.benchCycles = async (count) => {
  for (let i = 0; i < count; i += 1) {
    const el = document.createElement(params.tag);
    SETUP[params.tag](el);
    root.append(el);
    await el.updateComplete;
    el.remove();
  }
};
report({ painted: performance.now() });
