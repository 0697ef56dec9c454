// Everything that happened, in plain language, newest round first (after the end, with the advice taken).
import { memo, useState } from 'react';
import type { Scenario } from '../../game/content/schema.ts';
import type { HistoryEntry } from '../../game/index.ts';
import { useT } from '../i18n/i18n.ts';
import { keyed } from '../lib/keyed.ts';
import { AdviceTaken } from './AdviceTaken.tsx';
import { historyText } from './causeText.ts';
import { useTable } from './tableContext.ts';

export function HistoryPanel() {
  const { G, s } = useTable();
  return (
    <>
      {G.result && <AdviceTaken />}
      <HistoryList history={G.history} current={G.result ? -1 : G.round} s={s} />
    </>
  );
}

const HistoryList = memo(function HistoryList({
  history,
  current,
  s,
}: {
  history: readonly HistoryEntry[];
  current: number;
  s: Scenario;
}) {
  const t = useT();
  const [all, setAll] = useState(false);
  const rounds = new Map<number, HistoryEntry[]>();
  for (const h of history) {
    const list = rounds.get(h.round) ?? [];
    list.push(h);
    rounds.set(h.round, list);
  }
  const ordered = [...rounds.entries()].sort((a, b) => b[0] - a[0]);
  const shown = all ? ordered : ordered.slice(0, 2);
  return (
    <section className="card history" aria-labelledby="history-title">
      <h2 id="history-title">{t('history.title')}</h2>
      {shown.map(([round, entries]) => (
        <div key={round} className="history-round">
          <h3>
            {round === 0
              ? t('history.before')
              : t(round === current ? 'history.roundNow' : 'history.round', { round })}
          </h3>
          <RoundEntries entries={entries} s={s} />
        </div>
      ))}
      {ordered.length > 2 && (
        <button type="button" className="link-button" onClick={() => setAll(!all)} aria-expanded={all}>
          {all ? t('history.latest') : t('history.all', { count: ordered.length })}
        </button>
      )}
    </section>
  );
});

/** "Round 3: the Government…" reads better without the repeated round under a round heading. */
export function stripRound(text: string): string {
  const rest = text.replace(/^(Round|Ronda) \d+[:,]\s*/, '');
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

const FOLD_AT = 14;

function RoundEntries({ entries, s }: { entries: readonly HistoryEntry[]; s: Scenario }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const list = keyed(entries);
  const hidden = open ? 0 : Math.max(0, list.length - FOLD_AT);
  return (
    <>
      <ul>
        {list.slice(0, 3).map(({ item: h, key }) => (
          <Entry key={key} h={h} s={s} />
        ))}
        {hidden > 0 && (
          <li className="fold-line">
            <button type="button" className="link-button" onClick={() => setOpen(true)}>
              {t('history.more', { count: hidden })}
            </button>
          </li>
        )}
        {list.slice(Math.max(3, 3 + hidden)).map(({ item: h, key }) => (
          <Entry key={key} h={h} s={s} />
        ))}
      </ul>
    </>
  );
}

function Entry({ h, s }: { h: HistoryEntry; s: Scenario }) {
  // A player's (usually a bot's) own explanation of its move: "Round 2, Movement: why…".
  const t = useT();
  if (h.step === 'reason') {
    const text = stripRound(historyText(s, h));
    const cut = text.indexOf(': ');
    return (
      <li className={`h-reason${h.visibleTo ? ' private' : ''}`}>
        {h.visibleTo && <span className="secret-tag">{t('history.private')}</span>}{' '}
        <span className="reason-who">
          {cut > 0 ? t('history.explains', { who: text.slice(0, cut) }) : t('history.why')}
        </span>{' '}
        {cut > 0 ? text.slice(cut + 2) : text}
      </li>
    );
  }
  return (
    <li className={`h-${h.phase}${h.visibleTo ? ' private' : ''}`}>
      {h.visibleTo && <span className="secret-tag">{t('history.private')}</span>}{' '}
      {stripRound(historyText(s, h))}
    </li>
  );
}
