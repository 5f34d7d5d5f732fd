import { html, nothing, type TemplateResult } from 'lit';
import { localText } from '../../core/validation.js';
import type { AgreementText } from './agreement-text.js';
import { sharesWith, type ConsentReceipt, type SharingConfig } from './model.js';
export { makeReceipt } from './receipt.js';
export { sharingReceiptEn as english } from '../../translations/en/sharing-receipt.js';

/*
 * The consent receipt, shown and made: fetched once there is a receipt to
 * show (the host passed one, or the person has just agreed), with its words.
 */

/** What the receipt's view needs from the element: its text, and what its buttons do. */
export interface ReceiptContext extends AgreementText {
  withdraw(agencyId?: string, informationId?: string): void;
  change(): void;
}

export function renderReceipt(c: ReceiptContext, config: SharingConfig, receipt: ConsentReceipt): TemplateResult {
  const notice = receipt.mode === 'notice';
  const name = receipt.subject.name;
  const open = !notice && !receipt.withdrawn;
  const chosen = <T extends { id: string }>(items: readonly T[], ids: readonly string[]): T[] => items.filter((item) => ids.includes(item.id));
  return html`<section class="receipt" part="receipt" aria-labelledby="receipt-title">
    <h2 id="receipt-title" tabindex="-1">${c.say(notice ? 'sharing.receipt.noticeTitle' : 'sharing.receipt.title', { name })}</h2>
    <p class="receipt-id">${c.say('sharing.receipt.id', { id: receipt.id })}</p>
    <p>${c.say('sharing.receipt.when', (lang) => ({ date: c.date(lang, receipt.timestamp) }))}</p>
    <p>
      ${c.say(notice ? 'sharing.receipt.told' : 'sharing.receipt.by', (lang) => ({
        name: receipt.agreedBy.name,
        role: c.tIn(lang, `sharing.role.${receipt.agreedBy.role}`),
        method: c.tIn(lang, `sharing.method.${receipt.method}`),
      }))}
    </p>
    ${receipt.witness ? html`<p>${c.say('sharing.receipt.witness', { witness: receipt.witness })}</p>` : nothing}
    ${receipt.withdrawn
      ? html`<p><strong>${c.say('sharing.receipt.withdrawn')}</strong></p>`
      : html`<ul>
          ${config.agencies.map((agency) => {
            const choice = receipt.choices[agency.id];
            if (!choice || !sharesWith(receipt.choices, agency.id)) {
              return html`<li>${c.say('sharing.receipt.nothingWith', (lang) => ({ agency: localText(agency.name, lang) }))}</li>`;
            }
            return html`<li>
              ${c.say('sharing.receipt.sharedWith', (lang) => ({
                agency: localText(agency.name, lang),
                information: c.labels(lang, chosen(config.information, choice.information)),
                purposes: c.labels(lang, chosen(config.purposes, choice.purposes)),
              }))}
              ${open
                ? html`<div class="buttons withdraw no-print">
                    ${config.information
                      .filter((kind) => choice.information.includes(kind.id))
                      .map(
                        (kind) =>
                          html`<button type="button" class="button small" @click=${() => c.withdraw(agency.id, kind.id)}>
                            ${c.t('sharing.withdrawItem', { agency: localText(agency.name, c.lang), information: localText(kind.label, c.lang) })}
                          </button>`,
                      )}
                  </div>`
                : nothing}
            </li>`;
          })}
        </ul>`}
    ${receipt.exclusions ? html`<p>${c.say('sharing.receipt.exclusions', { exclusions: receipt.exclusions })}</p>` : nothing}
    <p>${c.say('sharing.receipt.expires', (lang) => ({ date: c.date(lang, receipt.expiresOn) }))}</p>
    <p class="hash">${c.say('sharing.receipt.hash', { hash: receipt.textHash })}</p>
    <div class="buttons no-print">
      <button type="button" class="button" @click=${() => window.print()}>${c.say('sharing.print')}</button>
      ${open
        ? html`<button type="button" class="button" part="change" @click=${c.change}>${c.say('sharing.change')}</button>
            <button type="button" class="button" part="withdraw-all" @click=${() => c.withdraw()}>${c.say('sharing.withdrawAll')}</button>`
        : nothing}
    </div>
  </section>`;
}
