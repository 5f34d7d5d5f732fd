import { problemWording } from './localize.js';

/**
 * Fetches every part these elements render from modules of their own (the
 * plan editor's goals, the map's comparison…), so a server can render them
 * whole: a browser waits for such parts, a server render cannot. Call it
 * once, with `loadLanguage` for any language other than English, before
 * rendering on a server: `await prepare(KithPlanEditor, KithRelationshipMap)`.
 */
export async function prepare(...elements: readonly { lazyParts?: readonly { ready(): Promise<unknown> | null }[] }[]): Promise<void> {
  // The problems' wording too: an element whose input has problems shows them.
  await Promise.all([problemWording.ready(), ...elements.flatMap((element) => (element.lazyParts ?? []).map((part) => part.ready()))]);
}
