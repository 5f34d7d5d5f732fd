import { html, type TemplateResult } from 'lit';
import { localText } from '../../core/validation.js';
import type { AgreementText } from './agreement-text.js';
import type { SharingConfig } from './model.js';
export { sharingNoticeEn as english } from '../../translations/en/sharing-notice.js';

/*
 * The notice (mode="notice", when the lawful basis is not consent): what
 * will be shared, with whom and why. Fetched, with its words, only by
 * agreements that are notices; most are agreements to choose.
 */

export function renderNotice(c: AgreementText, config: SharingConfig): TemplateResult {
  const name = config.subject.name;
  return html`<h2>${c.say('sharing.title', { name })}</h2>
    <p>${c.say('sharing.notice.intro', { name })}</p>
    <p class="statement-main">
      ${c.say('sharing.notice.statement', (lang) => ({
        information: c.labels(lang, config.information),
        agencies: c.labels(lang, config.agencies),
        reason: localText(config.lawfulBasis ?? '', lang),
      }))}
    </p>
    <p>${c.say('sharing.notice.purposes', (lang) => ({ purposes: c.labels(lang, config.purposes) }))}</p>
    <h3>${c.say('sharing.notice.services')}</h3>
    <dl>
      ${config.agencies.map((agency) => html`<dt>${c.sayText(agency.name)}</dt><dd>${c.sayText(agency.description)}</dd>`)}
    </dl>
    <p>${c.say('sharing.notice.questions')}</p>
    <p>${c.say('sharing.review', (lang) => ({ date: c.date(lang, config.reviewOn) }))}</p>`;
}
