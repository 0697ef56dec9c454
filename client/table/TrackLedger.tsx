// A track's causes from the rules' ledger (G.ledger, as this seat may see it): tap or press "Why?" on a
// track to read, round by round, what moved it and by how much.
import type { TrackId } from '../../game/index.ts';
import { explainRound } from '../../game/ledger.ts';
import { keyed } from '../lib/keyed.ts';
import { useTable } from './tableContext.ts';
import { TRACK_LABEL } from './words.ts';

const sign = (d: number) => (d > 0 ? `+${d}` : String(d));

export function TrackLedger({ track }: { track: TrackId }) {
  const { G } = useTable();
  const rounds = [...new Set(G.ledger.filter((e) => e.key === track).map((e) => e.round))].sort(
    (a, b) => b - a,
  );
  if (rounds.length === 0) return null;
  const label = TRACK_LABEL[track] ?? track;
  return (
    <details className="track-ledger" data-testid={`ledger-${track}`}>
      <summary>
        Why? <span className="visually-hidden">What changed {label}</span>
      </summary>
      <ul>
        {rounds.map((r) => {
          const x = explainRound(G, track, r);
          return (
            <li key={r}>
              {r === 0 ? 'Before the first round' : `Round ${r}`}: {x.before} → <strong>{x.after}</strong>
              {x.causes.length > 0 && (
                <ul>
                  {keyed(x.causes.map((c) => `${sign(c.delta)} ${c.cause}`)).map(({ item, key }) => (
                    <li key={key}>{item}</li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
