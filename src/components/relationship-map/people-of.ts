import { isRecord } from '../../core/validation.js';
import type { PersonKind } from './model.js';

export interface MapPerson {
  id: string;
  name: string;
  kind: PersonKind;
  /** The map's focus person (the one the map is about). */
  focus: boolean;
}

/**
 * The people in a relationship map's data (`{focus, people}`, as the map's
 * `value`), for elements that link to a map: the plan editor's “who”, the
 * team's members. Tolerant: anyone it cannot read is left out (the map
 * reports its own problems).
 */
export function peopleOf(data: unknown): MapPerson[] {
  if (!isRecord(data) || !Array.isArray(data['people'])) return [];
  return data['people']
    .filter((p): p is Record<string, unknown> => isRecord(p) && typeof p['id'] === 'string' && typeof p['name'] === 'string')
    .map((p) => ({ id: p['id'] as string, name: p['name'] as string, kind: (typeof p['kind'] === 'string' ? p['kind'] : 'other') as PersonKind, focus: p['id'] === data['focus'] }));
}
