// Offers this round: those to me first (accept / refuse), then mine (withdraw), then everything else folded.
import type { Offer } from '../../game/index.ts';
import { nameOf, useTable } from './tableContext.ts';
import { termsText } from './words.ts';

const STATUS: Readonly<Record<Offer['status'], string>> = {
  open: 'Open',
  accepted: 'Accepted',
  refused: 'Refused',
  withdrawn: 'Withdrawn',
  expired: 'Expired',
};

export function OffersList() {
  const { G, s, me, conn } = useTable();
  const round = G.offers.filter((o) => o.round === G.round);
  const toMe = round.filter((o) => o.status === 'open' && o.to === me);
  const mine = round.filter((o) => o.status === 'open' && o.from === me);
  const rest = round.filter((o) => !toMe.includes(o) && !mine.includes(o));

  const line = (o: Offer) => (
    <p>
      #{o.id} <strong>{nameOf(s, o.from)}</strong> → <strong>{nameOf(s, o.to)}</strong>
      {o.private && <span className="secret-tag">private</span>}: gives {termsText(s, o.give)}; asks for{' '}
      {termsText(s, o.ask)}. <span className="offer-status">{STATUS[o.status]}</span>
    </p>
  );

  return (
    <section aria-labelledby="offers-title" className="offers">
      <h3 id="offers-title">Offers this round</h3>
      {round.length === 0 && <p className="muted">No offers yet this round.</p>}
      {toMe.length > 0 && (
        <ul className="offer-list to-me">
          {toMe.map((o) => (
            <li key={o.id} className="offer needs-you" data-testid={`offer-${o.id}`}>
              {line(o)}
              <p className="actions">
                <button
                  type="button"
                  className="primary small"
                  onClick={() => conn.act('answerOffer', [o.id, true])}
                >
                  Accept offer #{o.id}
                </button>
                <button
                  type="button"
                  className="small"
                  onClick={() => conn.act('answerOffer', [o.id, false])}
                >
                  Refuse offer #{o.id}
                </button>
              </p>
            </li>
          ))}
        </ul>
      )}
      {mine.length > 0 && (
        <ul className="offer-list">
          {mine.map((o) => (
            <li key={o.id} className="offer" data-testid={`offer-${o.id}`}>
              {line(o)}
              <button type="button" className="small" onClick={() => conn.act('withdrawOffer', [o.id])}>
                Withdraw offer #{o.id}
              </button>
            </li>
          ))}
        </ul>
      )}
      {rest.length > 0 && (
        <details className="fold" open={rest.length <= 4}>
          <summary>Other offers this round ({rest.length})</summary>
          <ul className="offer-list">
            {rest.map((o) => (
              <li key={o.id} className={`offer status-${o.status}`} data-testid={`offer-${o.id}`}>
                {line(o)}
              </li>
            ))}
          </ul>
        </details>
      )}
      <p className="hint">
        An accepted deal moves the money at once; promises (no attacks, cantoning, consent) are only as good
        as the word of whoever gave them.
      </p>
    </section>
  );
}
