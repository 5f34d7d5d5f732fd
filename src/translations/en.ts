import type { CatalogueOf } from './types.js';
import { coreEn } from './en/core.js';
import { problemsEn } from './en/problems.js';
import { monthsEn } from './en/months.js';
import { stagesEn } from './en/stages.js';
import { consentEn } from './en/consent.js';
import { stageBadgeEn } from './en/stage-badge.js';
import { strengthsRadarEn } from './en/strengths-radar.js';
import { relationshipMapEn } from './en/relationship-map.js';
import { relationshipMapFormsEn } from './en/relationship-map-forms.js';
import { relationshipMapComparisonEn } from './en/relationship-map-comparison.js';
import { cookieBannerEn } from './en/cookie-banner.js';
import { cookiePreferencesEn } from './en/cookie-preferences.js';
import { consentGateEn } from './en/consent-gate.js';
import { sharingAgreementEn } from './en/sharing-agreement.js';
import { planEditorEn } from './en/plan-editor.js';
import { planGoalsEn } from './en/plan-goals.js';
import { planCoEditingEn } from './en/plan-co-editing.js';
import { planHintsEn } from './en/plan-hints.js';
import { sharingReceiptEn } from './en/sharing-receipt.js';
import { sharingNoticeEn } from './en/sharing-notice.js';
import { sharingMissingEn } from './en/sharing-missing.js';
import { relationshipCheckEn } from './en/relationship-check.js';
import { relationshipCheckTrendsEn } from './en/relationship-check-trends.js';
import { teamAroundEn } from './en/team-around.js';
import { teamAroundEditingEn } from './en/team-around-editing.js';
import { storyEn } from './en/story.js';
import { learningViewEn } from './en/learning-view.js';
import { radarAggregateEn } from './en/radar-aggregate.js';
import { planDraftsEn } from './en/plan-drafts.js';

/**
 * English (en-GB): the source catalogue, the union of every part. Each part
 * lives in en/<part>.ts so a component bundles only its own strings and the
 * core ones. Every user-facing string, including aria labels and generated
 * sentences, is a whole sentence template (never joined from fragments).
 */
export const en = { ...coreEn, ...problemsEn, ...monthsEn, ...stagesEn, ...consentEn, ...stageBadgeEn, ...strengthsRadarEn, ...radarAggregateEn, ...relationshipMapEn, ...relationshipMapFormsEn, ...relationshipMapComparisonEn, ...cookieBannerEn, ...cookiePreferencesEn, ...consentGateEn, ...sharingAgreementEn, ...sharingReceiptEn, ...sharingNoticeEn, ...sharingMissingEn, ...relationshipCheckEn, ...relationshipCheckTrendsEn, ...teamAroundEn, ...teamAroundEditingEn, ...storyEn, ...learningViewEn, ...planEditorEn, ...planGoalsEn, ...planCoEditingEn, ...planHintsEn, ...planDraftsEn };

export type TranslationKey = keyof typeof en;

/** A complete catalogue: every English key, each a message. */
export type Translation = CatalogueOf<typeof en>;
