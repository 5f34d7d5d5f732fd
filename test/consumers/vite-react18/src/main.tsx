// React 18 sets only attributes on custom elements, so objects go through the
// @lit/react wrappers (kith-ui/react), which set them as properties.
import { StrictMode, useState, version } from 'react';
import { createRoot } from 'react-dom/client';
import { KithStageBadge, KithStrengthsRadar } from 'kith-ui/react';
import { wellbeingInstrument, type Reading, type StageBand } from 'kith-ui';

const scores = Object.fromEntries(wellbeingInstrument.scales.map((scale, i) => [scale.id, 3 + (i % 4)]));
const readings: Reading[] = [{ id: 'now', date: '2026-11-01', perspective: 'person', completedBy: 'together', scores }];
const stages: StageBand[] = [
  { from: 1, to: 4, label: 'Finding it hard' },
  { from: 5, to: 10, label: 'Getting there' },
];

function App() {
  const [last, setLast] = useState('');
  const [current, setCurrent] = useState(readings);
  const first = wellbeingInstrument.scales[0]!.id;
  return (
    <main data-react={version}>
      <h1>Family help</h1>
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
      <KithStageBadge score={current[0]!.scores[first] ?? null} stages={stages} />
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
void customElements.whenDefined('kith-strengths-radar').then(() => {
  requestAnimationFrame(() => ((window as { kithConsumerReady?: boolean }).kithConsumerReady = true));
});
