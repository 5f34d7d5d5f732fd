import { checkArray, checkRecord, checkText, checkJson, checkId, checkDate, checkUniqueIds } from '../../core/checks.js';
import { isRecord, type LocalisedText, type ProblemDraft } from '../../core/validation.js';
import { isoDay } from '../../core/dates-and-hashes.js';

/**
 * Information-sharing agreements, pure: what a multi-agency team asks to
 * share (named agencies × kinds of information × purposes), what the
 * person chose, and the consent receipt that records it. The element
 * renders; this module knows nothing of the DOM.
 */

/** `consent`: the person chooses. `notice`: the lawful basis is not consent, so the person is told, not asked. */
export type AgreementMode = 'consent' | 'notice';

export interface Agency {
  id: string;
  name: LocalisedText;
  /** What the agency does, in plain words. */
  description: LocalisedText;
}

export interface Purpose {
  id: string;
  label: LocalisedText;
}

export interface InformationKind {
  id: string;
  label: LocalisedText;
}

export interface SharingConfig {
  /** The person the information is about. */
  subject: { name: string };
  agencies: Agency[];
  purposes: Purpose[];
  information: InformationKind[];
  /** When the agreement is looked at again (ISO date); the receipt expires then. */
  reviewOn: string;
  /** Why sharing is lawful without consent (needed for notice mode). */
  lawfulBasis?: LocalisedText;
  /** The version of the organisation's sharing policy this text belongs to. */
  policyVersion?: string;
}

/** Who is agreeing. A young person may decide for themselves when they understand what it means (Gillick competence). */
export const AGREED_BY = ['person', 'young-person', 'parent-carer', 'advocate'] as const;
export type AgreedByRole = (typeof AGREED_BY)[number];

/** How they are agreeing; a verbal agreement needs a named witness. */
export const METHODS = ['online', 'verbal', 'paper'] as const;
export type AgreementMethod = (typeof METHODS)[number];

/** Per agency, the kinds of information and the purposes the person agreed to. */
export type SharingChoices = Record<string, { information: string[]; purposes: string[] }>;

export const RECEIPT_SCHEMA_VERSION = 1;

/** The record of one agreement, acknowledgement or withdrawal. The host keeps it; the element keeps nothing. */
export interface ConsentReceipt {
  id: string;
  schemaVersion: typeof RECEIPT_SCHEMA_VERSION;
  mode: AgreementMode;
  subject: { name: string };
  agreedBy: { role: AgreedByRole; name: string };
  method: AgreementMethod;
  witness?: string;
  /** When it was recorded (ISO 8601). */
  timestamp: string;
  policyVersion: string;
  /** The language(s) the text was shown in, e.g. `en` or `cy en`. */
  language: string;
  /** `sha256-<hex>` of the exact text shown, so the host can prove what the person saw. */
  textHash: string;
  choices: SharingChoices;
  /** “Things I don't want shared”, in the person's own words. */
  exclusions: string;
  expiresOn: string;
  /** The receipt this one replaces (a change or a withdrawal). */
  supersedes?: string;
  /** True when this receipt withdraws everything. */
  withdrawn?: boolean;
}

function checkItems(problems: ProblemDraft[], value: unknown, path: string, textField: 'label' | 'name', described = false): boolean {
  if (!checkArray(problems, value, path, 1, 50)) return false;
  value.forEach((raw, index) => {
    const at = `${path}[${index}]`;
    if (!checkRecord(problems, raw, at)) return;
    checkId(problems, raw['id'], `${at}.id`);
    checkText(problems, raw[textField], `${at}.${textField}`);
    if (described) checkText(problems, raw['description'], `${at}.description`);
  });
  return checkUniqueIds(problems, value as { id?: unknown }[], path);
}

/** Checks a host's config: every problem at once, each with a path. Notice mode needs a lawful basis. */
export function validateConfig(input: unknown, mode: AgreementMode, today: Date): { config: SharingConfig | null; problems: ProblemDraft[] } {
  const problems: ProblemDraft[] = [];
  if (!checkRecord(problems, input, 'config') || !checkJson(problems, input, 'config')) return { config: null, problems };
  if (checkRecord(problems, input['subject'], 'config.subject')) checkText(problems, input['subject']['name'], 'config.subject.name');
  checkItems(problems, input['agencies'], 'config.agencies', 'name', true);
  checkItems(problems, input['purposes'], 'config.purposes', 'label');
  checkItems(problems, input['information'], 'config.information', 'label');
  if (checkDate(problems, input['reviewOn'], 'config.reviewOn') && (input['reviewOn'] as string).slice(0, 10) < isoDay(today)) {
    problems.push({ code: 'date-passed', path: 'config.reviewOn' });
  }
  if (mode === 'notice' || input['lawfulBasis'] !== undefined) checkText(problems, input['lawfulBasis'], 'config.lawfulBasis');
  if (input['policyVersion'] !== undefined && typeof input['policyVersion'] !== 'string') problems.push({ code: 'not-text', path: 'config.policyVersion' });
  return { config: problems.length > 0 ? null : (input as unknown as SharingConfig), problems };
}

/** Everything the config asks to share: what notice mode tells the person will happen. */
export function everything(config: SharingConfig): SharingChoices {
  const information = config.information.map((kind) => kind.id);
  const purposes = config.purposes.map((purpose) => purpose.id);
  return Object.fromEntries(config.agencies.map((agency) => [agency.id, { information: [...information], purposes: [...purposes] }]));
}

/** Nothing shared with anyone. */
export function nothingShared(config: SharingConfig): SharingChoices {
  return Object.fromEntries(config.agencies.map((agency) => [agency.id, { information: [], purposes: [] }]));
}

/** Whether anything at all may be shared with an agency: at least one kind of information for at least one purpose. */
export function sharesWith(choices: SharingChoices, agencyId: string): boolean {
  const choice = choices[agencyId];
  return !!choice && choice.information.length > 0 && choice.purposes.length > 0;
}

/** The choices with one kind of information (or, with no `informationId`, everything) withdrawn from an agency. */
export function withdrawItem(choices: SharingChoices, agencyId: string, informationId?: string): SharingChoices {
  const choice = choices[agencyId];
  if (!choice) return choices;
  const information = informationId === undefined ? [] : choice.information.filter((id) => id !== informationId);
  return { ...choices, [agencyId]: { information, purposes: information.length > 0 ? choice.purposes : [] } };
}

/** Toggles one id in a list, keeping the config's order. */
export function toggle(list: readonly string[], id: string, on: boolean, order: readonly { id: string }[]): string[] {
  const set = new Set(list);
  if (on) set.add(id);
  else set.delete(id);
  return order.map((item) => item.id).filter((each) => set.has(each));
}

/** What is still missing before the person can submit: who, how, and a witness for a verbal agreement. */
export interface AgreementDraft {
  role?: AgreedByRole;
  name: string;
  method?: AgreementMethod;
  witness: string;
}

export type DraftProblem = 'role' | 'name' | 'method' | 'witness';

/** The field each missing answer is fixed in (the first choice of a group of radios). */
export const FIELD_OF: Readonly<Record<DraftProblem, string>> = { role: `role-${AGREED_BY[0]}`, name: 'agreed-name', method: `method-${METHODS[0]}`, witness: 'witness' };

export function draftProblems(draft: AgreementDraft): DraftProblem[] {
  const missing: DraftProblem[] = [];
  if (!draft.role) missing.push('role');
  if (draft.name.trim() === '') missing.push('name');
  if (!draft.method) missing.push('method');
  if (draft.method === 'verbal' && draft.witness.trim() === '') missing.push('witness');
  return missing;
}

/** True for a value shaped like a receipt we wrote (e.g. one the host kept and passes back). */
export function isReceipt(value: unknown): value is ConsentReceipt {
  if (!isRecord(value)) return false;
  const { id, schemaVersion, mode, agreedBy, method, textHash: hash, choices, timestamp } = value;
  return (
    typeof id === 'string' &&
    schemaVersion === RECEIPT_SCHEMA_VERSION &&
    (mode === 'consent' || mode === 'notice') &&
    isRecord(agreedBy) &&
    AGREED_BY.includes(agreedBy['role'] as AgreedByRole) &&
    METHODS.includes(method as AgreementMethod) &&
    typeof hash === 'string' &&
    hash.startsWith('sha256-') &&
    typeof timestamp === 'string' &&
    isRecord(choices) &&
    Object.values(choices).every((choice) => isRecord(choice) && Array.isArray(choice['information']) && Array.isArray(choice['purposes']))
  );
}
