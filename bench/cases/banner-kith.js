// Kith's cookie banner on a first visit: handling the page's own no-JavaScript
// form in place (the recommended use: the consent runtime and the form's
// handler, no Lit), or an empty element it fills (the runtime, then the element).
import { painted, report } from './harness.js';

const el = document.querySelector('kith-cookie-banner');
// Timed from the same point as the peers: before the library's code runs (its
// entry, the consent runtime, then what it fetches to ask a first visitor).
const start = performance.now();
const { consentReady } = await import('../../src/components/cookie-banner/define.ts');
await consentReady;
// The element asked (a banner with no form of the page's): its first render done too.
if (customElements.get('kith-cookie-banner')) await el.updateComplete;
const renderJs = performance.now() - start;
await painted();
report({ renderJs, painted: performance.now(), visible: el.getBoundingClientRect().height > 0 });
