import { now } from '../../core/clock.js';
import { writeJson, type StorageAdapter } from '../../core/storage.js';
import { isRecord, parseJson, type ProblemDraft } from '../../core/validation.js';
import { isPlanFor, type Plan } from './model.js';
import type { PlanTemplate } from './templates.js';
// The notices about drafts, with their words, arrive with the drafts.
export { renderDraftNotices, english } from './draft-notices.js';

/**
 * Drafts of a plan kept in the host's storage adapter, so a reload or a
 * crash loses nothing. Fetched only by editors given `storage`, so the
 * editor's entry does not carry it.
 */

/** A kept draft: the plan and when it was kept. */
export interface Draft {
  savedAt: string;
  plan: Plan;
}

export class DraftKeeper {
  /** Storage refused the last write (the page says so once). */
  refused = false;
  /** An unreadable draft could not be copied aside, so no draft is written over it. */
  private blocked = false;

  constructor(
    private readonly storage: StorageAdapter,
    private readonly warn: (problem: ProblemDraft) => void,
  ) {}

  /**
   * The kept draft, if it is one this version can read for this template.
   * Anything else under the key (an older or newer schema, another
   * template's plan, something another script wrote) is a person's words
   * we cannot read, so it is never overwritten: it is copied aside, and
   * `setAside` says where. If it cannot be copied, drafts are not kept at all.
   */
  read(key: string, template: PlanTemplate): { draft: Draft | null; setAside: string } {
    this.blocked = false;
    const raw = this.storage.get(key);
    if (raw === null) return { draft: null, setAside: '' };
    const { value } = parseJson(raw, 'storage');
    const isPlan = isPlanFor(template);
    if (isRecord(value) && typeof value['savedAt'] === 'string' && isPlan(value['plan'])) return { draft: value as unknown as Draft, setAside: '' };
    const aside = `${key}/unreadable/${now().getTime()}`;
    if (this.storage.set(aside, raw) && this.storage.get(aside) === raw) {
      this.warn({ code: 'draft-unreadable', path: 'storage', params: { key: aside } });
      return { draft: null, setAside: aside };
    }
    this.blocked = true;
    this.refused = true;
    this.warn({ code: 'draft-not-kept', path: 'storage' });
    return { draft: null, setAside: '' };
  }

  /** Keeps a draft; when storage refuses, says so once (the plan is still safe in the page). */
  keep(key: string, plan: Plan): void {
    // An unreadable draft that could not be copied aside stays where it is.
    if (this.blocked) return;
    const kept = writeJson(this.storage, key, { savedAt: now().toISOString(), plan } satisfies Draft);
    if (!kept && !this.refused) this.warn({ code: 'draft-not-kept', path: 'storage' });
    this.refused = !kept;
  }

  forget(key: string): void {
    this.storage.remove(key);
  }
}
