// XSS: every payload of our corpus in every text field of every component —
// through properties, attributes and the light-DOM fallbacks — and through
// the exports. Nothing may run, and nothing from a payload may become an
// element or an attribute; the text itself is still shown, as text.
import { expect } from '@open-wc/testing';
import { parseCSV } from '../../src/components/relationship-map/formats.js';
import { FAMILIES, declaredAttributes, type Family } from './families.js';
import { XSS_PAYLOADS } from './xss-corpus.js';
import { settled } from './harness.js';
import { freshPage } from '../consent-helpers.js';
import { everyElement } from '../helpers.js';

/** Keys that hold words for people (not ids, dates or codes). */
const TEXT_KEYS = new Set(['label', 'name', 'description', 'notes', 'text', 'what', 'who', 'title', 'pointDescriptions', 'agreedBy', 'by', 'subject', 'purpose']);

/** Puts the payload into every text field of a valid input (both languages of `{en, cy}` text). */
function inject(value: unknown, payload: string, inText = false): unknown {
  if (typeof value === 'string') return inText ? payload : value;
  // A list of records under a text key (the learning view's `notes`) holds its own fields: only its text fields are text.
  if (Array.isArray(value)) return value.map((item) => inject(item, payload, inText && (typeof item === 'string' || Array.isArray(item))));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, inject(item, payload, inText || TEXT_KEYS.has(key))]));
  }
  return value;
}

const tripped: string[] = [];
before(() => {
  const record = (how: string) => () => {
    tripped.push(how);
  };
  Object.assign(window, { __kithXss: record('payload ran'), alert: record('alert'), confirm: record('confirm'), prompt: record('prompt') });
});

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster'];
const unsafeUrl = (value: string) => /^(javascript|vbscript|data:text\/html)/i.test(value.replace(/[\s\u0000-\u001f]/g, ''));

/** Nothing from a payload became markup: no marked element, no handler, no script URL. */
function expectNoInjection(elements: Element[], where: string): void {
  for (const element of elements) {
    const name = element.localName;
    expect(element.hasAttribute('data-kithxss'), `${where}: a payload element <${name}>`).to.equal(false);
    for (const attribute of element.attributes) {
      expect(attribute.name.startsWith('on'), `${where}: handler ${attribute.name} on <${name}>`).to.equal(false);
      if (URL_ATTRIBUTES.includes(attribute.name)) expect(unsafeUrl(attribute.value), `${where}: ${attribute.name}="${attribute.value}"`).to.equal(false);
      if (attribute.name === 'style') expect(attribute.value, `${where}: style`).not.to.match(/javascript|kithXss|expression/i);
    }
    if (name === 'script') expect(element.getAttribute('type'), `${where}: a script element`).to.equal('application/json');
  }
}

/** Light-DOM data as a server page would write it: JSON in a script child, `<` escaped. */
function jsonChild(data: unknown): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(data).replace(/</g, '\\u003c');
  return script;
}

/** How each family takes the same data from its light DOM, where it can. */
const LIGHT_DOM: Record<string, (properties: Record<string, unknown>, payload: string) => Node[]> = {
  'kith-strengths-radar': (p) => [jsonChild({ instrument: p.instrument, readings: p.readings })],
  'kith-relationship-map': (_p, payload) => {
    // The list a page shows without JavaScript, the payload as its text.
    const focus = Object.assign(document.createElement('p'), { textContent: payload });
    focus.dataset['focus'] = '';
    focus.dataset['id'] = 'sam';
    const list = document.createElement('ul');
    list.dataset['ring'] = '1';
    const item = Object.assign(document.createElement('li'), { textContent: payload });
    Object.assign(item.dataset, { id: 'mum', kind: 'family', relationship: 'close', notes: payload, label: payload });
    list.append(item);
    return [focus, list];
  },
  'kith-cookie-banner': (p) => [jsonChild({ categories: p.categories })],
  'kith-cookie-preferences': (p) => [jsonChild({ categories: p.categories })],
  'kith-sharing-agreement': (p) => [jsonChild(p.config)],
  'kith-stage-badge': (p) => [jsonChild({ stages: p.stages })],
  'kith-team-around': (p) => [jsonChild({ team: p.team })],
  'kith-relationship-check': (p) => [jsonChild({ instrument: p.instrument, history: p.history })],
  'kith-story': (p) => [jsonChild({ frame: p.frame, story: p.story })],
  'kith-learning-view': (p) => [jsonChild({ instrument: p.instrument, frame: p.frame, dimensions: p.dimensions, notes: p.notes, people: p.people })],
};

/** The radar's light-DOM table, the payload as caption, scale names and reading heading. */
function radarTable(payload: string): HTMLTableElement {
  const table = document.createElement('table');
  table.createCaption().textContent = payload;
  const head = table.createTHead().insertRow();
  head.append(Object.assign(document.createElement('th'), { textContent: 'Area' }));
  const reading = Object.assign(document.createElement('th'), { textContent: payload });
  Object.assign(reading.dataset, { readingId: 'r1', date: '2026-02-01', perspective: 'person' });
  head.append(reading);
  const body = table.createTBody();
  for (const id of ['a', 'b', 'c']) {
    const row = body.insertRow();
    row.dataset['scaleId'] = id;
    row.append(Object.assign(document.createElement('th'), { textContent: `${payload} ${id}` }));
    row.insertCell().textContent = '3';
  }
  return table;
}

interface Mounted {
  el: HTMLElement & { updateComplete?: Promise<unknown> };
  errorShown: boolean;
  text: string;
}

async function mountWith(family: Family, setup: (el: HTMLElement) => void): Promise<Mounted> {
  freshPage();
  const el = document.createElement(family.tag) as Mounted['el'];
  for (const [name, value] of Object.entries(family.attributes ?? {})) el.setAttribute(name, value);
  setup(el);
  document.body.append(el);
  await settled(el);
  const errorShown = el.shadowRoot?.querySelector('[part="error"]') != null;
  return { el, errorShown, text: el.shadowRoot?.textContent ?? '' };
}

/** Runs one family through the corpus three ways; counts how often the payload was shown as text. */
async function throughCorpus(family: Family, attributeNames: string[]): Promise<{ shownAsText: number }> {
  let shownAsText = 0;
  for (const payload of XSS_PAYLOADS) {
    const ways: [string, (el: HTMLElement) => void][] = [
      ['properties', (el) => Object.assign(el, inject(family.properties(), payload))],
      ['attributes', (el) => {
        Object.assign(el, family.properties());
        for (const name of attributeNames) el.setAttribute(name, payload);
      }],
    ];
    const light = LIGHT_DOM[family.tag];
    if (light) ways.push(['light DOM', (el) => el.append(...light(inject(family.properties(), payload) as Record<string, unknown>, payload))]);
    if (family.tag === 'kith-strengths-radar') ways.push(['light-DOM table', (el) => el.append(radarTable(payload))]);
    for (const [way, setup] of ways) {
      const { el, errorShown, text } = await mountWith(family, setup);
      const where = `<${family.tag}> ${way} ${JSON.stringify(payload).slice(0, 60)}`;
      expectNoInjection(everyElement(el), where);
      if (!errorShown && text.includes(payload.trim())) shownAsText += 1;
      await exportsAreSafe(el, where);
      el.remove();
    }
  }
  // An <img onerror> would fire a little later: give it the time.
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(tripped, `<${family.tag}>: no payload ran`).to.deep.equal([]);
  return { shownAsText };
}

/** Exported SVG is well-formed and inert; GraphML is plain data; CSV cells cannot be formulas. */
async function exportsAreSafe(el: HTMLElement, where: string): Promise<void> {
  // Awaited: the map's exports answer with promises, the radar's SVG with a string.
  const exporter = el as HTMLElement & { exportSVG?: () => string | Promise<string>; exportGraphML?: () => Promise<string>; exportCSV?: () => Promise<string> };
  const svg = (await exporter.exportSVG?.()) ?? '';
  if (svg) {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror'), `${where}: exported SVG parses`).to.equal(null);
    expectNoInjection([...doc.querySelectorAll('*')], `${where} (exported SVG)`);
    expect(doc.querySelector('script, foreignObject'), `${where}: exported SVG has no script`).to.equal(null);
  }
  const graphml = (await exporter.exportGraphML?.()) ?? '';
  if (graphml) {
    const doc = new DOMParser().parseFromString(graphml, 'application/xml');
    expect(doc.querySelector('parsererror'), `${where}: GraphML parses`).to.equal(null);
    expect(doc.doctype, `${where}: GraphML has no DOCTYPE`).to.equal(null);
    const vocabulary = new Set(['graphml', 'key', 'default', 'graph', 'node', 'edge', 'data']);
    const strangers = [...doc.querySelectorAll('*')].map((node) => node.localName).filter((name) => !vocabulary.has(name));
    expect(strangers, `${where}: GraphML elements`).to.deep.equal([]);
  }
  const csv = (await exporter.exportCSV?.()) ?? '';
  if (csv) {
    const cells = csv.split(/\r?\n\r?\n/).flatMap((part) => parseCSV(part).flat());
    const formulas = cells.filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell));
    expect(formulas, `${where}: CSV cells a spreadsheet would run`).to.deep.equal([]);
  }
}

describe(`XSS: ${XSS_PAYLOADS.length} payloads in every text field, attribute, light-DOM fallback and export`, function () {
  this.timeout(0);
  let attributes: Map<string, string[]>;
  before(async () => {
    attributes = await declaredAttributes();
  });
  afterEach(() => freshPage());

  it('the corpus is ours and large enough', () => {
    expect(XSS_PAYLOADS.length).to.be.at.least(50);
    expect(new Set(XSS_PAYLOADS).size, 'no payload twice').to.equal(XSS_PAYLOADS.length);
  });

  for (const family of FAMILIES) {
    it(`<${family.tag}>: no payload runs or becomes markup, and text is shown as text`, async () => {
      const names = (attributes.get(family.tag) ?? []).filter((name) => !['disabled', 'required', 'readonly', 'editable', 'print-view', 'show-score', 'cookie-secure'].includes(name));
      const { shownAsText } = await throughCorpus(family, names);
      // The positive side: the payloads were really displayed (as text), not just dropped.
      expect(shownAsText, 'payloads shown as plain text').to.be.greaterThan(XSS_PAYLOADS.length / 2);
    });
  }
});
