import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { KithStrengthsRadar, KithRelationshipMap, KithCookieBanner, KithTeamAround, KithRelationshipCheck, KithStory } from 'kith-ui/react';
import { consentReady, getConsent } from 'kith-ui/define/cookie-banner';
import type {} from 'kith-ui/react/jsx';
import 'kith-ui/define/stage-badge';
import { wellbeingInstrument, type Person, type Reading, type Relationship, type StageBand, type StoryFrame, type Team } from 'kith-ui';

const scores = Object.fromEntries(wellbeingInstrument.scales.map((scale, i) => [scale.id, 3 + (i % 4)]));
const readings: Reading[] = [{ id: 'now', date: '2026-11-01', perspective: 'person', completedBy: 'together', scores }];
const people: Person[] = [
  { id: 'sam', name: 'Sam', kind: 'person' },
  { id: 'mum', name: 'Karen', kind: 'family', ring: 1 },
  { id: 'worker', name: 'Alex Rao', kind: 'professional', ring: 4 },
];
const relationships: Relationship[] = [{ id: 'r1', from: 'sam', to: 'mum', type: 'close' }];
const team: Team = {
  subject: { name: 'Sam' },
  members: [
    { id: 'alex', name: 'Alex Rao', kind: 'professional', lead: true, contact: { preferred: 'text' } },
    { id: 'pc', name: 'PC Private', kind: 'professional', private: true },
  ],
};
const frame: StoryFrame = {
  id: 'what-helped',
  version: '1',
  dyads: [],
  triads: [{ id: 'difference', label: 'What made the difference?', corners: ['my own effort', 'people around me', 'a service'] }],
};
const stages: StageBand[] = [
  { from: 1, to: 4, label: 'Finding it hard' },
  { from: 5, to: 10, label: 'Getting there' },
];

/** The choice as the page's own script reads it, before any element loads. */
function consentWords(): string {
  const choice = getConsent();
  return choice ? `analytics: ${choice.categories['analytics'] ? 'yes' : 'no'}` : 'not asked yet';
}

function App() {
  const [last, setLast] = useState('');
  const [current, setCurrent] = useState(readings);
  return (
    <main>
      {/* The wrapper's entry is the consent runtime: a returning visitor's banner stays hidden and unloaded. */}
      <KithCookieBanner serviceName="Family help" cookiesPage="/cookies" />
      <h1>Family help</h1>
      {/* The @lit/react wrapper: properties as props, events as typed callbacks. */}
      <KithStrengthsRadar
        instrument={wellbeingInstrument}
        readings={current}
        editable
        activeReading="now"
        onKithScoreChange={(event) => {
          const { readingId, scaleId, previous, value } = event.detail;
          setLast(`score ${scaleId} ${previous} → ${value}`);
          setCurrent((all) => all.map((r) => (r.id === readingId ? { ...r, scores: { ...r.scores, [scaleId]: value } } : r)));
        }}
      />
      <KithRelationshipMap people={people} relationships={relationships} focusId="sam" layout="force" />
      {/* React 19 with the raw element: properties set directly, typed by kith-ui/react/jsx. */}
      <kith-stage-badge score={current[0]!.scores[wellbeingInstrument.scales[0]!.id] ?? null} stages={stages}></kith-stage-badge>
      {/* The issue-24 wrappers: the team (family view: the private member left out) and the check, whose record arrives as a typed event. */}
      <KithTeamAround team={team} view="family" />
      <KithRelationshipCheck contactId="visit-1" onKithCheckSubmit={(event) => setLast(`check ${event.detail.record.contactId} sent`)} />
      {/* Issue 25: the story, its record arriving as a typed event. */}
      <KithStory frame={frame} personName="Sam" onKithStoryChange={(event) => setLast(`story ${event.detail.change}: ${event.detail.story.consent?.uses.join(', ')}`)} />
      <p id="consent">{consentWords()}</p>
      <p id="log" aria-live="polite">
        {last}
      </p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
void Promise.all([customElements.whenDefined('kith-strengths-radar'), consentReady]).then(() => {
  requestAnimationFrame(() => ((window as { kithConsumerReady?: boolean }).kithConsumerReady = true));
});
