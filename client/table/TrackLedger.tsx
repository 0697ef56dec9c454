// A track's causes from the rules' ledger (G.ledger, as this seat may see it): tap or press "Why?" on a
// track to read, round by round, what moved it and by how much.
import type { TrackId } from '../../game/index.ts';
import { explainRound } from '../../game/ledger.ts';
import { num, signed, useT } from '../i18n/i18n.ts';
import { keyed } from '../lib/keyed.ts';
import { causeText } from './causeText.ts';
import { useTable } from './tableContext.ts';
import { trackLabel } from './words.ts';

export function TrackLedger({ track }: { track: TrackId }) {
  const t = useT();
  const { G, s } = useTable();
  const rounds = [...new Set(G.ledger.filter((e) => e.key === track).map((e) => e.round))].sort(
    (a, b) => b - a,
  );
  if (rounds.length === 0) return null;
  const label = trackLabel(track);
  return (
    <details className="track-ledger" data-testid={`ledger-${track}`}>
      <summary>
        {t('ledger.why')} <span className="visually-hidden">{t('ledger.whatChanged', { label })}</span>
      </summary>
      <ul>
        {rounds.map((r) => {
          const x = explainRound(G, track, r);
          return (
            <li key={r}>
              {r === 0 ? t('ledger.before') : t('ledger.round', { round: r })}: {num(x.before)} →{' '}
              <strong>{num(x.after)}</strong>
              {x.causes.length > 0 && (
                <ul>
                  {keyed(x.causes.map((c) => `${signed(c.delta)} ${causeText(s, c.cause)}`)).map(
                    ({ item, key }) => (
                      <li key={key}>{item}</li>
                    ),
                  )}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
