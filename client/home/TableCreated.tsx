// After creating a table: the join code in big letters, a QR code of the join link, and a seat for the host.
import { lazy, Suspense, useId, useState } from 'react';
import { ApiError, type Created, claimSeat } from '../lib/api.ts';
import type { ScenarioSummary } from '../lib/catalogue.ts';
import { absolute, navigate, paths } from '../lib/router.ts';
import { holdSeat, lastName, rememberName } from '../lib/seatStore.ts';
import { Field } from '../ui/Field.tsx';
import { Link } from '../ui/Link.tsx';

const QrCode = lazy(() => import('../ui/QrCode.tsx'));

export function TableCreated({
  created,
  scenario,
  onAnother,
}: {
  created: Created;
  scenario: ScenarioSummary;
  onAnother: () => void;
}) {
  const id = useId();
  const joinLink = absolute(paths.join(created.joinCode));
  const [name, setName] = useState(lastName());
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  const sit = async (playerID: string) => {
    setError(null);
    try {
      const playerName = name.trim() || 'Host';
      rememberName(name.trim());
      // The host may also take a seat the form gave to a bot.
      const seat = await claimSeat(created.matchID, playerID, playerName, created.hostToken);
      holdSeat({ ...seat, name: playerName, joinCode: created.joinCode });
      navigate(paths.play(created.matchID));
    } catch (err) {
      setError(err instanceof ApiError ? err.message : 'That seat could not be taken.');
    }
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(joinLink);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  return (
    <section className="card way created" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Your table is ready</h2>
      <p>Players open this site and type the code, or scan the QR code:</p>
      <p className="join-code">
        <span className="visually-hidden">Join code: </span>
        <span data-testid="join-code">{created.joinCode}</span>
      </p>
      <div className="qr-wrap">
        <Suspense fallback={<div className="qr-placeholder">QR code…</div>}>
          <QrCode text={joinLink} label={`QR code for the join link ${joinLink}`} />
        </Suspense>
      </div>
      <p className="join-link">
        <a href={joinLink}>{joinLink}</a>{' '}
        <button type="button" className="small" onClick={copy}>
          {copied ? 'Copied' : 'Copy link'}
        </button>
      </p>
      <p>
        <Link to={paths.watch(created.matchID, created.joinCode)}>Open the projector view</Link> for a
        classroom wall (shows only the public board).
      </p>
      <h3>Take a seat yourself</h3>
      <Field label="Your name">
        <input
          value={name}
          maxLength={40}
          autoComplete="nickname"
          onChange={(e) => setName(e.target.value)}
        />
      </Field>
      <ul className="seat-buttons">
        {scenario.roles.map((r, i) => (
          <li key={r.id}>
            <button type="button" onClick={() => sit(String(i))}>
              Sit as {r.name}
            </button>
          </li>
        ))}
      </ul>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="button" className="link-button" onClick={onAnother}>
        Create another table
      </button>
    </section>
  );
}
