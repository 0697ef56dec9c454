// Turning points of this table and the questions its history calls for (game/debrief.ts), each prompt
// a paraphrase of the sources with its author and year.
import { useMemo } from 'react';
import { debriefOf } from '../../game/debrief.ts';
import { useT } from '../i18n/i18n.ts';
import { localPrompt } from '../i18n/prompts.ts';
import { causeText } from '../table/causeText.ts';
import { stripRound } from '../table/HistoryPanel.tsx';
import { useTable } from '../table/tableContext.ts';
import { SourceDetails } from '../ui/SourceNote.tsx';

export function Discussion() {
  const t = useT();
  const { G, s } = useTable();
  const d = useMemo(() => debriefOf(G), [G]);
  return (
    <section className="card discussion" aria-labelledby="discuss-title">
      <h2 id="discuss-title">{t('discuss.title')}</h2>
      {d.turningPoints.length > 0 && (
        <>
          <h3>{t('discuss.turning')}</h3>
          <ul>
            {d.turningPoints.map((x) => (
              <li key={x}>{stripRound(causeText(s, x))}</li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('discuss.questions')}</h3>
      <ol className="prompts">
        {d.prompts
          .slice(0, 5)
          .map((x) => localPrompt(x))
          .map((p) => (
            <li key={p.id}>
              <span className="kind">{t(`topic.${p.topic}`)}</span> {p.paraphrase}{' '}
              <span className="muted">— {p.cite}</span>
              <SourceDetails source={p.source} label={t('discuss.passage')} />
              <p className="prompt-question">
                <strong>{p.question}</strong>
              </p>
            </li>
          ))}
      </ol>
    </section>
  );
}
