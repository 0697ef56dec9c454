// The national tracks with the collapse threshold and the goals for a durable peace marked on each bar.
import { trackIds } from '../../game/content/schema.ts';
import type { TrackId } from '../../game/index.ts';
import { UNREST_GAP } from '../../game/resolve.ts';
import { trackMax } from '../../game/state.ts';
import { t, useT } from '../i18n/i18n.ts';
import { TrackLedger } from './TrackLedger.tsx';
import { useTable } from './tableContext.ts';
import { trackHint, trackLabel } from './words.ts';

export function TracksPanel({ large = false }: { large?: boolean }) {
  const tr = useT();
  const { G, s } = useTable();
  const d = s.tuning.durable;
  const goal: Partial<Record<TrackId, { at: number; text: string }>> = {
    tension: { at: d.tensionAtMost, text: tr('tracks.goalAtMost', { n: d.tensionAtMost }) },
    ddr: { at: d.ddrAtLeast, text: tr('tracks.goalAtLeast', { n: d.ddrAtLeast }) },
    election: { at: d.electionAtLeast, text: tr('tracks.goalAtLeast', { n: d.electionAtLeast }) },
  };
  const gap = G.tracks.expectations - G.tracks.reconstruction;
  return (
    <section className={`card tracks${large ? ' large' : ''}`} aria-labelledby="tracks-title">
      <h2 id="tracks-title">{tr('tracks.title')}</h2>
      <ul className="track-list">
        {trackIds.map((t) => {
          const max = trackMax(s, t);
          const v = G.tracks[t];
          const g = goal[t];
          const pct = (n: number) => `${Math.min(100, (n / max) * 100)}%`;
          const danger = t === 'tension' && v >= max * 0.75;
          return (
            <li key={t} className={`track track-${t}${danger ? ' danger' : ''}`} data-testid={`track-${t}`}>
              <div className="track-head">
                <span className="track-name" title={trackHint(t)}>
                  {trackLabel(t)}
                </span>
                <span className="track-value">
                  <strong>{v}</strong> / {max}
                  {t === 'tension' && (
                    <span className="collapse-note">{tr('tracks.collapseAt', { max })}</span>
                  )}
                </span>
              </div>
              <div className="bar" aria-hidden="true">
                {t === 'tension' && <span className="bar-danger" style={{ left: pct(max * 0.75) }} />}
                <span className="bar-fill" style={{ width: pct(v) }} />
                {g && <span className="bar-goal" style={{ left: pct(g.at) }} title={g.text} />}
              </div>
              {g && <div className="track-goal-text">{g.text}</div>}
              <TrackLedger track={t} />
            </li>
          );
        })}
      </ul>
      {gap > 0 && (
        <p className="hint warn-text">
          {tr('tracks.gap', { gap })}
          {gap > UNREST_GAP ? tr('tracks.gapRiot') : tr('tracks.gapWarn', { limit: UNREST_GAP })}
        </p>
      )}
      {G.modifiers.length > 0 && (
        <p className="hint">{tr('tracks.thisRound', { list: G.modifiers.map(modifierText).join('; ') })}</p>
      )}
    </section>
  );
}

function modifierText(m: string): string {
  return m === 'donorFatigue' || m === 'councilDeadlock' || m === 'electionDelay'
    ? t(`tracks.modifier.${m}`)
    : m;
}
