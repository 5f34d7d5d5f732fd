import 'kith-ui/define/strengths-radar';
import 'kith-ui/define/plan-editor';
// The banner's entry is the consent runtime: it fetches the banner's element only when it must ask.
import { consentReady, getConsent, onConsentChange } from 'kith-ui/define/cookie-banner';
import 'kith-ui/themes/default.css';
import { wellbeingInstrument, type KithPlanEditor, type KithStrengthsRadar, type Reading } from 'kith-ui';

const radar = document.querySelector<KithStrengthsRadar>('#radar')!;
const log = document.querySelector<HTMLParagraphElement>('#log')!;
const scores = Object.fromEntries(wellbeingInstrument.scales.map((scale, i) => [scale.id, 3 + (i % 4)]));
const readings: Reading[] = [{ id: 'now', date: '2026-11-01', perspective: 'person', completedBy: 'together', scores }];
radar.instrument = wellbeingInstrument;
radar.readings = readings;
radar.addEventListener('kith-score-change', (event) => {
  // Typed through HTMLElementEventMap: detail is ScoreChangeDetail.
  const { scaleId, previous, value } = event.detail;
  log.textContent = `score ${scaleId} ${previous} → ${value}`;
});
const consent = document.querySelector<HTMLParagraphElement>('#consent')!;
const showConsent = (): void => {
  const choice = getConsent();
  consent.textContent = choice ? `analytics: ${choice.categories['analytics'] ? 'yes' : 'no'}` : 'not asked yet';
};
showConsent();
onConsentChange(showConsent);
await consentReady;
await radar.updateComplete;
// The plan editor fetches its template on first use: the page is ready once it has drawn the plan.
await document.querySelector<KithPlanEditor>('kith-plan-editor')!.whenReady();
(window as { kithConsumerReady?: boolean }).kithConsumerReady = true;
