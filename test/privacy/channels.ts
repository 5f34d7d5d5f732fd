// Every channel a reader or a host can reach, read as text, and the canary
// search over them. A canary is a string generated into a protected field;
// found anywhere it must not be, it fails with the channel that carried it.
import { executeServerCommand } from '@web/test-runner-commands';
import { render } from 'lit';
import { everyElement } from '../helpers.js';
import { PRIVACY_VIEWS, type PrivacyView } from './views.js';

export interface Channel {
  /** Where the text was read: “shadow DOM text”, “aria-label on <g>”, “exportSVG()”… */
  name: string;
  text: string;
}

/** The text of the element and every shadow root inside it (hidden parts included: a copy or a reader may reach them). */
function deepText(root: Element): string {
  return everyElement(root)
    .flatMap((element) => [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent ?? ''))
    .join(' ');
}

/** Every attribute of the element, its light DOM and every shadow root inside. */
function attributeChannels(root: Element): Channel[] {
  return everyElement(root).flatMap((element) => [...element.attributes].map((attribute) => ({ name: `${attribute.name} on <${element.localName}>`, text: attribute.value })));
}

/**
 * What a screen reader can announce on the whole page (Chromium's
 * accessibility tree), or nothing where the engine's driver cannot read it.
 */
export async function accessibilityTree(): Promise<Channel[]> {
  const { text } = await executeServerCommand<{ text: string | null }, undefined>('kith-a11y-tree');
  return text === null ? [] : [{ name: 'accessibility tree', text }];
}

/** The view rendered on the server (@lit-labs/ssr in Node) with the same data. */
export async function serverRendered(view: PrivacyView, data: unknown): Promise<Channel[]> {
  const { html } = await executeServerCommand<{ html: string }, { name: PrivacyView; data: unknown }>('kith-ssr-view', { name: view, data });
  return [{ name: 'server-rendered HTML', text: html }];
}

export interface Mounted<T extends HTMLElement> {
  el: T;
  form: HTMLFormElement;
  /** Every `kith-*` event the element fired, with its detail, from mounting on. */
  events: { type: string; detail: unknown }[];
}

/** Mounts a view in a form, as a host page would, recording every Kith event. */
export async function mountView<T extends HTMLElement>(view: PrivacyView, data: unknown): Promise<Mounted<T>> {
  const form = document.createElement('form');
  const events: Mounted<T>['events'] = [];
  const record = (event: Event) => {
    if (event.type.startsWith('kith-')) events.push({ type: event.type, detail: (event as CustomEvent).detail });
  };
  for (const type of KITH_EVENTS) form.addEventListener(type, record);
  document.body.append(form);
  render(PRIVACY_VIEWS[view](data as never), form);
  const el = form.firstElementChild as T & { updateComplete?: Promise<unknown>; whenReady?: () => Promise<unknown> };
  await el.updateComplete;
  await el.whenReady?.();
  await el.updateComplete;
  return { el, form, events };
}

/** Every event a Kith element fires (the `@fires` of custom-elements.json). */
const KITH_EVENTS = ['kith-error', 'kith-score-change', 'kith-map-change', 'kith-plan-change', 'kith-consent-change', 'kith-consent-receipt', 'kith-team-change', 'kith-check-submit', 'kith-story-change'];

/** The channels of a mounted element: its DOM text and attributes, the form value, the events so far. */
export function pageChannels(mounted: Mounted<HTMLElement>): Channel[] {
  const { el, form, events } = mounted;
  return [
    { name: 'shadow and light DOM text', text: deepText(el) },
    ...attributeChannels(el),
    ...[...new FormData(form)].map(([key, value]) => ({ name: `form value “${key}”`, text: String(value) })),
    ...events.map((event) => ({ name: `${event.type} detail`, text: JSON.stringify(event.detail) ?? '' })),
  ];
}

/** The canaries found, each as “canary in channel”: an empty list when the rule holds. */
export function leaks(channels: readonly Channel[], canaries: readonly string[]): string[] {
  return channels.flatMap((channel) => canaries.filter((canary) => channel.text.includes(canary)).map((canary) => `“${canary}” in ${channel.name}`));
}
