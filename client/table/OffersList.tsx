// Offers on the table: those to me (accept / refuse), mine (withdraw), and public ones between others.
import type { Offer } from '../../game/index.ts';
import { nameOf, useTable } from './tableContext.ts';
import { termsText } from './words.ts';

export function OffersList() {
  const { G, s, me, conn } = useTable();
  const open = G.offers.filter((o) => o.round === G.round);
  if (open.length === 0) return <p className="muted">No offers yet this round.</p>;
  const line = (o: Offer) => (
    <>
      <strong>{nameOf(s, o.from)}</strong> → <strong>{nameOf(s, o.to)}</strong>
      {o.private && <span className="secret-tag">private</span>}: gives {termsText(s, o.give)}; asks for{' '}
      {termsText(s, o.ask)}.
    </>
  );
  return (
    <section aria-labelledby="offers-title" className="offers">
      <h3 id="offers-title">Offers this round</h3>
      <ul className="offer-list">
        {open.map((o) => (
          <li key={o.id} className={`offer status-${o.status}`} data-testid={`offer-${o.id}`}>
            <p>
              #{o.id} {line(o)}{' '}
              <span className="offer-status">
                {o.status === 'open' ? 'Open' : o.status.charAt(0).toUpperCase() + o.status.slice(1)}
              </span>
            </p>
            {o.status === 'open' && o.to === me && (
              <p className="actions">
                <button
                  type="button"
                  className="primary small"
                  onClick={() => conn.act('answerOffer', [o.id, true])}
                >
                  Accept offer #{o.id}
                </button>{' '}
                <button
                  type="button"
                  className="small"
                  onClick={() => conn.act('answerOffer', [o.id, false])}
                >
                  Refuse
                </button>
              </p>
            )}
            {o.status === 'open' && o.from === me && (
              <p className="actions">
                <button type="button" className="small" onClick={() => conn.act('withdrawOffer', [o.id])}>
                  Withdraw offer #{o.id}
                </button>
              </p>
            )}
          </li>
        ))}
      </ul>
      <p className="hint">
        An accepted deal moves the money at once; promises (no attacks, cantoning, consent) are only as good
        as the word of whoever gave them.
      </p>
    </section>
  );
}
