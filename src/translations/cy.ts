import type { Translation } from './en.js';
import { coreCy } from './cy/core.js';
import { stagesCy } from './cy/stages.js';
import { consentCy } from './cy/consent.js';
import { stageBadgeCy } from './cy/stage-badge.js';
import { strengthsRadarCy } from './cy/strengths-radar.js';
import { relationshipMapCy } from './cy/relationship-map.js';
import { relationshipMapFormsCy } from './cy/relationship-map-forms.js';
import { relationshipMapComparisonCy } from './cy/relationship-map-comparison.js';
import { cookieBannerCy } from './cy/cookie-banner.js';
import { cookiePreferencesCy } from './cy/cookie-preferences.js';
import { consentGateCy } from './cy/consent-gate.js';
import { sharingAgreementCy } from './cy/sharing-agreement.js';
import { planEditorCy } from './cy/plan-editor.js';
import { planGoalsCy } from './cy/plan-goals.js';
import { planCoEditingCy } from './cy/plan-co-editing.js';
import { planHintsCy } from './cy/plan-hints.js';
import { sharingReceiptCy } from './cy/sharing-receipt.js';
import { sharingNoticeCy } from './cy/sharing-notice.js';
import { sharingMissingCy } from './cy/sharing-missing.js';
import { relationshipCheckCy } from './cy/relationship-check.js';
import { relationshipCheckTrendsCy } from './cy/relationship-check-trends.js';
import { teamAroundCy } from './cy/team-around.js';
import { teamAroundEditingCy } from './cy/team-around-editing.js';
import { storyCy } from './cy/story.js';
import { learningViewCy } from './cy/learning-view.js';
import { radarAggregateCy } from './cy/radar-aggregate.js';
import { planDraftsCy } from './cy/plan-drafts.js';

/**
 * Welsh (cy): every part, each typed against its English part, so a
 * missing key fails the type check; a test also checks keys and
 * `{placeholders}` at run time.
 */
export const cy: Translation = { ...coreCy, ...stagesCy, ...consentCy, ...stageBadgeCy, ...strengthsRadarCy, ...radarAggregateCy, ...relationshipMapCy, ...relationshipMapFormsCy, ...relationshipMapComparisonCy, ...cookieBannerCy, ...cookiePreferencesCy, ...consentGateCy, ...sharingAgreementCy, ...sharingReceiptCy, ...sharingNoticeCy, ...sharingMissingCy, ...relationshipCheckCy, ...relationshipCheckTrendsCy, ...teamAroundCy, ...teamAroundEditingCy, ...storyCy, ...learningViewCy, ...planEditorCy, ...planGoalsCy, ...planCoEditingCy, ...planHintsCy, ...planDraftsCy };
