// Links from a plan to a strengths radar, a relationship map and the team
// around the family: the scales a goal can be linked to and the people an
// action can be given to. Pure; its own module, fetched only by editors that
// are linked to something.
import { isRecord, localText, type LocalisedText } from '../../core/validation.js';
import { peopleOf } from '../relationship-map/people-of.js';

export interface ScaleOption {
  id: string;
  label: LocalisedText;
  /** The latest score given on this scale, with its date and stage. */
  latest?: { score: number; date: string; stage?: LocalisedText };
}

export interface PersonOption {
  id: string;
  name: string;
}

function isText(value: unknown): value is LocalisedText {
  return typeof value === 'string' || (isRecord(value) && Object.values(value).every((each) => typeof each === 'string'));
}

/**
 * The scales a goal can link to, from a radar's data (`{instrument,
 * readings}`), each with its latest score and stage. Tolerant: anything it
 * cannot read is left out (the radar reports its own problems).
 */
export function scaleOptions(data: unknown): ScaleOption[] {
  if (!isRecord(data) || !isRecord(data['instrument']) || !Array.isArray(data['instrument']['scales'])) return [];
  const stages = Array.isArray(data['instrument']['stages']) ? data['instrument']['stages'].filter(isRecord) : [];
  const readings = (Array.isArray(data['readings']) ? data['readings'].filter(isRecord) : [])
    .filter((r) => typeof r['date'] === 'string' && isRecord(r['scores']))
    .sort((a, b) => String(b['date']).localeCompare(String(a['date'])));
  return data['instrument']['scales'].filter((scale): scale is Record<string, unknown> => isRecord(scale) && typeof scale['id'] === 'string' && isText(scale['label'])).map((scale) => {
    const option: ScaleOption = { id: scale['id'] as string, label: scale['label'] as LocalisedText };
    for (const reading of readings) {
      const score = (reading['scores'] as Record<string, unknown>)[option.id];
      if (typeof score !== 'number') continue;
      const stage = stages.find((s) => typeof s['from'] === 'number' && typeof s['to'] === 'number' && score >= s['from'] && score <= s['to'] && isText(s['label']));
      option.latest = { score, date: String(reading['date']).slice(0, 10), ...(stage ? { stage: stage['label'] as LocalisedText } : {}) };
      break;
    }
    return option;
  });
}

/**
 * The people an action can be given to: a map's people (`{people}`), then
 * the team's members (`{members}`) who are not on the map. A member linked
 * to a map person (`mapPersonId`) is that person, under the map's id.
 */
export function personOptions(map: unknown, team?: unknown): PersonOption[] {
  const options: PersonOption[] = peopleOf(map).map(({ id, name }) => ({ id, name }));
  const members = isRecord(team) && Array.isArray(team['members']) ? team['members'].filter(isRecord) : [];
  for (const member of members) {
    const id = typeof member['mapPersonId'] === 'string' ? member['mapPersonId'] : member['id'];
    if (typeof id !== 'string' || typeof member['name'] !== 'string' || options.some((option) => option.id === id)) continue;
    options.push({ id, name: member['name'] });
  }
  return options;
}

/** The lowest-scoring linked scales first: where goals are most often set. */
export function lowestScales(options: readonly ScaleOption[], count = 3): ScaleOption[] {
  return options.filter((o) => o.latest).sort((a, b) => a.latest!.score - b.latest!.score).slice(0, count);
}

/** A scale's label in a language (for selects and summaries). */
export function scaleLabel(option: ScaleOption, lang: string): string {
  return localText(option.label, lang);
}
