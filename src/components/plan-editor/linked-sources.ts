import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lazy } from '../../core/lazy.js';
import type { Linked } from './view-context.js';

type LinksModule = typeof import('./links.js');

const NO_LINKS: Linked = { scales: [], people: [], lowest: [] };

/** An element's data, or the data itself. */
function dataOf(source: unknown, field: 'data' | 'value'): unknown {
  return source instanceof HTMLElement ? (source as HTMLElement & Record<string, unknown>)[field] : source;
}

/**
 * The radar, map and team a plan is linked to (elements, or their data):
 * reads the scales a goal can link to and the people an action can be given to, and
 * reads them again whenever a linked element changes. The reading itself is
 * in the links chunk, fetched only by editors linked to something.
 */
export class LinkedSources implements ReactiveController {
  linked: Linked = NO_LINKS;
  private watched: [EventTarget, string][] = [];
  private radar: unknown;
  private map: unknown;
  private team: unknown;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly links: Lazy<LinksModule>,
  ) {
    host.addController(this);
  }

  /** Links to these (null or undefined: not linked). */
  watch(radar: unknown, map: unknown, team: unknown): void {
    this.unwatch();
    this.radar = radar;
    this.map = map;
    this.team = team;
    this.read();
    for (const [source, event] of [[radar, 'kith-score-change'], [map, 'kith-map-change'], [team, 'kith-team-change']] as const) {
      if (!(source instanceof EventTarget)) continue;
      source.addEventListener(event, this.read);
      this.watched.push([source, event]);
      // An element set before its first update has no data yet: read it again once it has.
      void (source as { updateComplete?: Promise<unknown> }).updateComplete?.then(this.read);
    }
  }

  hostDisconnected(): void {
    this.unwatch();
  }

  private unwatch(): void {
    for (const [source, event] of this.watched) source.removeEventListener(event, this.read);
    this.watched = [];
  }

  private read = (): void => {
    const read = this.links.value;
    const scales = read ? read.scaleOptions(dataOf(this.radar, 'data')) : [];
    this.linked = read ? { scales, people: read.personOptions(dataOf(this.map, 'value'), dataOf(this.team, 'value')), lowest: read.lowestScales(scales) } : NO_LINKS;
    this.host.requestUpdate();
  };
}
