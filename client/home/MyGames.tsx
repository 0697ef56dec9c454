// Games this browser holds a seat in, to come back to after closing the tab.
import { useState } from 'react';
import { paths } from '../lib/router.ts';
import { heldSeats, releaseSeat } from '../lib/seatStore.ts';
import { Link } from '../ui/Link.tsx';

export function MyGames() {
  const [seats, setSeats] = useState(() => heldSeats().slice(0, 5));
  if (seats.length === 0) return null;
  return (
    <section className="card my-games" aria-labelledby="my-games-title">
      <h2 id="my-games-title">Your games</h2>
      <ul>
        {seats.map((s) => (
          <li key={s.matchID}>
            <Link to={paths.play(s.matchID)} className="button">
              Back to the table{s.joinCode ? ` ${s.joinCode}` : ''} as {s.name}
            </Link>
            {s.at && <span className="muted"> · joined {new Date(s.at).toLocaleString()}</span>}{' '}
            <button
              type="button"
              className="small"
              onClick={() => {
                releaseSeat(s.matchID);
                setSeats(heldSeats().slice(0, 5));
              }}
            >
              Forget
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
