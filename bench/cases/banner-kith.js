// Kith's cookie banner enhancing the page's own no-JavaScript form in place
// (params.markup = 'form', the recommended use), or an empty element it
// fills (params.markup = 'empty').
import { painted, report } from './harness.js';

const el = document.querySelector('kith-cookie-banner');
// Timed from the same point as the peers: before the library's code runs (its
// entry, the consent runtime, then the banner it fetches to ask a first visitor).
const start = performance.now();
await import('../../src/components/cookie-banner/define.ts');
await customElements.whenDefined('kith-cookie-banner');
await el.updateComplete;
const renderJs = performance.now() - start;
await painted();
report({ renderJs, painted: performance.now(), visible: el.getBoundingClientRect().height > 0 });
