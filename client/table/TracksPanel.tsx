// The national tracks with the collapse threshold and the goals for a durable peace marked on each bar.
import { trackIds } from '../../game/content/schema.ts';
import type { TrackId } from '../../game/index.ts';
import { UNREST_GAP } from '../../game/resolve.ts';
import { trackMax } from '../../game/state.ts';
import { TrackLedger } from './TrackLedger.tsx';
import { useTable } from './tableContext.ts';
import { TRACK_HINT, TRACK_LABEL } from './words.ts';

export function TracksPanel({ large = false }: { large?: boolean }) {
  const { G, s } = useTable();
  const d = s.tuning.durable;
  const goal: Partial<Record<TrackId, { at: number; text: string }>> = {
    tension: { at: d.tensionAtMost, text: `durable peace needs ${d.tensionAtMost} or less` },
    ddr: { at: d.ddrAtLeast, text: `durable peace needs ${d.ddrAtLeast} or more` },
    election: { at: d.electionAtLeast, text: `durable peace needs ${d.electionAtLeast} or more` },
  };
  const gap = G.tracks.expectations - G.tracks.reconstruction;
  return (
    <section className={`card tracks${large ? ' large' : ''}`} aria-labelledby="tracks-title">
      <h2 id="tracks-title">National tracks</h2>
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
                <span className="track-name" title={TRACK_HINT[t]}>
                  {TRACK_LABEL[t]}
                </span>
                <span className="track-value">
                  <strong>{v}</strong> / {max}
                  {t === 'tension' && <span className="collapse-note"> · collapse at {max}</span>}
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
          Expectations are {gap} ahead of reconstruction
          {gap > UNREST_GAP
            ? ': civilians are rioting, and Tension rises at the end of the round.'
            : `: more than ${UNREST_GAP} ahead and unrest raises Tension.`}
        </p>
      )}
      {G.modifiers.length > 0 && (
        <p className="hint">This round: {G.modifiers.map((m) => MODIFIER_TEXT[m] ?? m).join('; ')}.</p>
      )}
    </section>
  );
}

const MODIFIER_TEXT: Readonly<Record<string, string>> = {
  donorFatigue: 'donor fatigue halves reconstruction aid',
  councilDeadlock: 'the Security Council is deadlocked (no UN enforcement)',
  electionDelay: 'the election date is disputed',
};
