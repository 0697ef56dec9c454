// Offers this round: those to me first (accept / refuse), then mine (withdraw), then everything else folded.
import type { Offer } from '../../game/index.ts';
import { useT } from '../i18n/i18n.ts';
import { nameOf, useTable } from './tableContext.ts';
import { termsText } from './words.ts';

export function OffersList() {
  const t = useT();
  const { G, s, me, conn } = useTable();
  const round = G.offers.filter((o) => o.round === G.round);
  const toMe = round.filter((o) => o.status === 'open' && o.to === me);
  const mine = round.filter((o) => o.status === 'open' && o.from === me);
  const rest = round.filter((o) => !toMe.includes(o) && !mine.includes(o));

  const line = (o: Offer) => (
    <p>
      #{o.id} <strong>{nameOf(s, o.from)}</strong> → <strong>{nameOf(s, o.to)}</strong>
      {o.private && <span className="secret-tag">{t('offers.private')}</span>}
      {t('offers.line', { give: termsText(s, o.give), ask: termsText(s, o.ask) })}
      <span className="offer-status">{t(`offers.status.${o.status}`)}</span>
    </p>
  );

  return (
    <section aria-labelledby="offers-title" className="offers">
      <h3 id="offers-title">{t('offers.title')}</h3>
      {round.length === 0 && <p className="muted">{t('offers.none')}</p>}
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
                  {t('offers.accept', { id: o.id })}
                </button>
                <button
                  type="button"
                  className="small"
                  onClick={() => conn.act('answerOffer', [o.id, false])}
                >
                  {t('offers.refuse', { id: o.id })}
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
                {t('offers.withdraw', { id: o.id })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {rest.length > 0 && (
        <details className="fold" open={rest.length <= 4}>
          <summary>{t('offers.other', { count: rest.length })}</summary>
          <ul className="offer-list">
            {rest.map((o) => (
              <li key={o.id} className={`offer status-${o.status}`} data-testid={`offer-${o.id}`}>
                {line(o)}
              </li>
            ))}
          </ul>
        </details>
      )}
      <p className="hint">{t('offers.hint')}</p>
    </section>
  );
}
