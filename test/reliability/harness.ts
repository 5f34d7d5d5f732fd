// The fuzz harness: mounts one element with one input and checks the
// invariants every Kith component owes a host page, whatever it is given.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { KithErrorDetail } from '../../src/core/events.js';
import { translate, loadLanguage } from '../../src/core/localize.js';

/**
 * Cases per family and the seed: a few hundred with a fixed seed in
 * `npm test` (so CI is repeatable), many more from a fresh seed with
 * `npm run fuzz` (fast-check prints the seed of any failure to replay it).
 */
export async function fuzzSettings(bounded: number): Promise<{ numRuns: number; seed?: number }> {
  const asked = await executeServerCommand<number, undefined>('kith-fuzz-runs');
  return asked && asked > 0 ? { numRuns: asked } : { numRuns: bounded, seed: 20261122 };
}

/** What went wrong on the page outside the component's own reporting. */
const trouble: string[] = [];
let trapsSet = false;

/**
 * Records uncaught errors, rejections and console errors on the page from
 * now on (anything recorded before is forgotten). Kith reports problems by
 * event and error state, never by console.error.
 */
export function setTraps(): void {
  trouble.length = 0;
  if (trapsSet) return;
  trapsSet = true;
  window.addEventListener('error', (event) => trouble.push(`uncaught: ${event.message}`));
  window.addEventListener('unhandledrejection', (event) => trouble.push(`unhandled rejection: ${String(event.reason)}`));
  const original = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    trouble.push(`console.error: ${args.map(String).join(' ')}`);
    original(...args);
  };
}

/** What escaped since `setTraps()`, one line each ('' when nothing did). */
export function escaped(): string {
  return trouble.join('\n');
}

export interface Outcome {
  /** Every `kith-error` the element fired. */
  reported: KithErrorDetail[];
  /** The shared error state is on screen. */
  errorShown: boolean;
  /** The element's shadow text, whitespace collapsed. */
  text: string;
}

export interface Case {
  tag: string;
  /** Properties set before the element is attached, as a host page would. */
  properties?: Record<string, unknown>;
  attributes?: Record<string, string>;
  lang?: 'en' | 'cy';
}

const host = (): HTMLElement => {
  let found = document.getElementById('fuzz-host');
  if (!found) {
    found = document.createElement('div');
    found.id = 'fuzz-host';
    document.body.append(found);
  }
  return found;
};

/** Waits for an element's update and for problems it reports a microtask later. */
/** Lets an element finish: its updates, and the work it does in steps. */
export async function settled(el: HTMLElement & { updateComplete?: Promise<unknown>; whenReady?: () => Promise<void> }): Promise<void> {
  // An element that works in steps (the learning view's figures) says when it is done.
  await el.whenReady?.();
  for (let i = 0; i < 3; i += 1) {
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
  }
}

/**
 * Mounts the case, lets it settle, and checks what holds for any input:
 * nothing escaped (no uncaught error, no console error, no render crash),
 * an error state is shown exactly when a `kith-error` was fired, and each
 * reported problem has a code, a path and a localised message on screen.
 */
export async function mount(input: Case): Promise<Outcome> {
  setTraps();
  if (input.lang === 'cy') await loadLanguage('cy');
  const el = document.createElement(input.tag) as HTMLElement & { updateComplete?: Promise<unknown> };
  if (input.lang) el.setAttribute('lang', input.lang);
  for (const [name, value] of Object.entries(input.attributes ?? {})) el.setAttribute(name, value);
  const reported: KithErrorDetail[] = [];
  el.addEventListener('kith-error', (event) => reported.push((event as CustomEvent<KithErrorDetail>).detail));
  try {
    Object.assign(el, input.properties ?? {});
    host().replaceChildren(el);
    await settled(el);
    const errorBox = el.shadowRoot?.querySelector<HTMLElement>('[part="error"]') ?? null;
    const text = el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    const outcome: Outcome = { reported, errorShown: errorBox !== null, text };

    expect(escaped(), 'nothing escaped the component').to.equal('');
    expect(reported.map((r) => r.code), 'no render crash caught by the safety net').not.to.include('render-failed');
    expect(outcome.errorShown, 'error state shown exactly when kith-error fired').to.equal(reported.length > 0);
    if (errorBox) {
      const box = errorBox.getBoundingClientRect();
      expect(box.width * box.height, 'the error state is visible').to.be.greaterThan(0);
      expect(errorBox.getAttribute('role')).to.equal('alert');
      const title = translate(input.lang ?? 'en', 'error.title');
      expect(errorBox.textContent, 'error state in the page language').to.include(title);
      const last = reported[reported.length - 1]!;
      for (const problem of last.problems) {
        expect(problem.code, 'each problem has a code').to.be.a('string').and.not.equal('');
        expect(problem.path, 'each problem has a path').to.be.a('string');
        expect(problem.message, 'each problem is worded, not a key').to.be.a('string').and.not.match(/^problem\./);
        expect(errorBox.textContent, 'each problem is on screen').to.include(problem.message.slice(0, 200));
      }
    }
    return outcome;
  } finally {
    host().replaceChildren();
  }
}
