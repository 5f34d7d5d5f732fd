import '../../src/components/strengths-radar/define.ts';
import { painted, params, report, root, timedUpdate } from './harness.js';
import { radarData } from './data.js';

const { scales, readings } = radarData(Number(params.readings));
const start = performance.now();
const el = document.createElement('kith-strengths-radar');
el.instrument = { id: 'bench', name: 'Bench', scales, range: { min: 1, max: 10 } };
el.readings = readings;
root.append(el);
await el.updateComplete;
const renderJs = performance.now() - start;
await painted();
const paintedAt = performance.now();

window.benchUpdate = () =>
  timedUpdate(() => {
    const last = readings.length - 1;
    readings[last] = { ...readings[last], scores: { ...readings[last].scores, s0: (readings[last].scores.s0 % 10) + 1 } };
    el.readings = [...readings];
    return el.updateComplete;
  });
report({ renderJs, painted: paintedAt });
