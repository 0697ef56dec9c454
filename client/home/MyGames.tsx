// Games this browser holds a seat in, to come back to after closing the tab.
import { useState } from 'react';
import { useLang, useT } from '../i18n/i18n.ts';
import { paths } from '../lib/router.ts';
import { heldSeats, releaseSeat } from '../lib/seatStore.ts';
import { Link } from '../ui/Link.tsx';

export function MyGames() {
  const t = useT();
  const lang = useLang();
  const [seats, setSeats] = useState(() => heldSeats().slice(0, 5));
  if (seats.length === 0) return null;
  return (
    <section className="card my-games" aria-labelledby="my-games-title">
      <h2 id="my-games-title">{t('myGames.title')}</h2>
      <ul>
        {seats.map((s) => (
          <li key={s.matchID}>
            <Link to={paths.play(s.matchID)} className="button">
              {s.joinCode
                ? t('myGames.backCode', { code: s.joinCode, name: s.name })
                : t('myGames.back', { name: s.name })}
            </Link>
            {s.at && (
              <span className="muted">
                {' · '}
                {t('myGames.joined', { when: new Date(s.at).toLocaleString(lang) })}
              </span>
            )}{' '}
            <button
              type="button"
              className="small"
              onClick={() => {
                releaseSeat(s.matchID);
                setSeats(heldSeats().slice(0, 5));
              }}
            >
              {t('myGames.forget')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
