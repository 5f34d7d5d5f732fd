// Kith's cookie banner enhancing the page's own no-JavaScript form in place
// (params.markup = 'form', the recommended use), or an empty element it
// fills (params.markup = 'empty').
import '../../src/components/cookie-banner/define.ts';
import { painted, report } from './harness.js';

const el = document.querySelector('kith-cookie-banner');
const start = performance.now();
await customElements.whenDefined('kith-cookie-banner');
await el.updateComplete;
const renderJs = performance.now() - start;
await painted();
report({ renderJs, painted: performance.now(), visible: el.getBoundingClientRect().height > 0 });
