import * as Y from 'yjs';

export interface PeerLink {
  /** Hold updates in both directions (as when the signal drops). */
  offline(): void;
  /** Deliver everything held, then pass updates straight through again. */
  online(): void;
  readonly isOnline: boolean;
}

const PEER = Symbol('peer');

/**
 * Two Y.Docs kept in sync in the page, as a provider would: each update of
 * one is applied to the other. Used by the side-by-side co-editing story
 * and the co-editing tests; `offline()` holds updates back to show edits
 * made apart merging when the link comes back.
 */
export function wirePeers(a: Y.Doc, b: Y.Doc): PeerLink {
  let online = true;
  const held: [Y.Doc, Uint8Array][] = [];
  const forward = (to: Y.Doc) => (update: Uint8Array, origin: unknown) => {
    if (origin === PEER) return;
    if (online) Y.applyUpdate(to, update, PEER);
    else held.push([to, update]);
  };
  a.on('update', forward(b));
  b.on('update', forward(a));
  // Start in step: whatever either already holds.
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a), PEER);
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b), PEER);
  return {
    offline() {
      online = false;
    },
    online() {
      online = true;
      for (const [to, update] of held.splice(0)) Y.applyUpdate(to, update, PEER);
    },
    get isOnline() {
      return online;
    },
  };
}
