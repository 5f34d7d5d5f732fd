import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { ELEMENT_LOADERS, loadElementsIn, startAutoloader, stopAutoloader } from '../src/autoloader.js';

/** Resolves true once the tag is defined, false after `ms`. */
async function definedWithin(tag: string, ms: number): Promise<boolean> {
  return Promise.race([customElements.whenDefined(tag).then(() => true), aTimeout(ms).then(() => false)]);
}

describe('autoloader', () => {
  after(() => stopAutoloader());

  it('has a loader for every element folder', async () => {
    const { sourceFiles } = await import('./helpers.js');
    const folders = new Set(
      (await sourceFiles()).map((file) => /^\/src\/components\/([^/]+)\/define\.ts$/.exec(file.path)?.[1]).filter((name): name is string => Boolean(name)),
    );
    expect(Object.keys(ELEMENT_LOADERS).sort()).to.deep.equal([...folders].map((name) => `kith-${name}`).sort());
  });

  it('registers only the elements on the page, then ones added later, and stops when told', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <kith-stage-badge score="3"></kith-stage-badge>
      <kith-unknown-thing></kith-unknown-thing>
    </div>`);
    expect(customElements.get('kith-stage-badge')).to.equal(undefined);
    await startAutoloader();
    expect(customElements.get('kith-stage-badge') !== undefined).to.equal(true);
    expect(page.querySelector('kith-stage-badge')!.shadowRoot !== null).to.equal(true);
    // Not on the page, not loaded.
    expect(customElements.get('kith-relationship-map')).to.equal(undefined);
    expect(customElements.get('kith-plan-editor')).to.equal(undefined);

    // Added later, nested in other markup.
    const later = document.createElement('section');
    later.innerHTML = '<p>Cookies</p><kith-cookie-preferences></kith-cookie-preferences>';
    page.append(later);
    expect(await definedWithin('kith-cookie-preferences', 5000)).to.equal(true);

    // Safe to start twice; after stopping, new tags are left alone.
    await startAutoloader();
    stopAutoloader();
    page.append(document.createElement('kith-consent-gate'));
    expect(await definedWithin('kith-consent-gate', 300)).to.equal(false);
  });

  it('when an element’s file does not arrive: its light-DOM content stays, and kith-error fires on it, in its language', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <kith-never-arrives><p>The plan, as the server wrote it.</p></kith-never-arrives>
      <section lang="cy"><kith-never-arrives><p>Y cynllun.</p></kith-never-arrives></section>
    </div>`);
    const heard: { code: string; path: string; message: string; on: Element }[] = [];
    page.addEventListener('kith-error', (event) => heard.push({ ...(event as CustomEvent).detail, on: event.target as Element }));
    const offline = { 'kith-never-arrives': () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')) };
    await loadElementsIn(page, offline);
    const [english, welsh] = [...page.querySelectorAll('kith-never-arrives')];
    expect(heard.map((each) => [each.code, each.path, each.on])).to.deep.equal([
      ['element-unavailable', 'kith-never-arrives', english],
      ['element-unavailable', 'kith-never-arrives', welsh],
    ]);
    expect(heard[0]!.message).to.equal('<kith-never-arrives> did not load: its file did not arrive.');
    expect(heard[1]!.message).to.equal('Ni lwythodd <kith-never-arrives>: ni chyrhaeddodd ei ffeil.');
    expect(english!.textContent!.trim()).to.equal('The plan, as the server wrote it.');
  });
});
