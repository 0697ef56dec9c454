// Turning points of this table and the questions its history calls for (game/debrief.ts), each prompt
// a paraphrase of the sources with its author and year.
import { useMemo } from 'react';
import { debriefOf } from '../../game/debrief.ts';
import { stripRound } from '../table/HistoryPanel.tsx';
import { useTable } from '../table/tableContext.ts';
import { SourceDetails } from '../ui/SourceNote.tsx';

const TOPIC: Readonly<Record<string, string>> = {
  commitment: 'Commitment',
  credibility: 'Credibility',
  spoilers: 'Spoilers',
  sequencing: 'Sequencing',
  expectations: 'Expectations',
  consent: 'Consent',
};

export function Discussion() {
  const { G } = useTable();
  const d = useMemo(() => debriefOf(G), [G]);
  return (
    <section className="card discussion" aria-labelledby="discuss-title">
      <h2 id="discuss-title">Talk it over</h2>
      {d.turningPoints.length > 0 && (
        <>
          <h3>Turning points</h3>
          <ul>
            {d.turningPoints.map((t) => (
              <li key={t}>{stripRound(t)}</li>
            ))}
          </ul>
        </>
      )}
      <h3>Questions for the debrief</h3>
      <ol className="prompts">
        {d.prompts.slice(0, 5).map((p) => (
          <li key={p.id}>
            <span className="kind">{TOPIC[p.topic] ?? p.topic}</span> {p.paraphrase}{' '}
            <span className="muted">— {p.cite}</span>
            <SourceDetails source={p.source} label="The passage" />
            <p className="prompt-question">
              <strong>{p.question}</strong>
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
