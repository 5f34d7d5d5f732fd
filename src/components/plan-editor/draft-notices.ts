import { html, nothing } from 'lit';
import type { TextContext } from '../../core/localize.js';
export { planDraftsEn as english } from '../../translations/en/plan-drafts.js';

/**
 * What the editor says about kept drafts: changes brought back (with a way
 * to throw them away) and unreadable ones set aside. Part of the drafts
 * chunk (drafts.ts), with its words, fetched only when `storage` is given.
 * (That storage refused is said by the editor itself: it is also what it
 * says when this chunk could not be fetched.)
 */
export function renderDraftNotices(restored: boolean, setAside: string, c: Pick<TextContext, 't'>, discard: () => void): unknown {
  return html`${restored
    ? html`<div class="notice success" role="status">
        <p>${c.t('plan.draftRestored')}</p>
        <button type="button" class="button" @click=${discard}>${c.t('plan.draftDiscard')}</button>
      </div>`
    : nothing}
  ${setAside ? html`<div class="notice" role="status"><p>${c.t('plan.draftSetAside', { key: setAside })}</p></div>` : nothing}`;
}
