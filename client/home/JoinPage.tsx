// /join/CODE: the seats of a table (free, bot, taken); type a name and sit down. A class code goes on to
// the class page (/class/CODE).
import { type FormEvent, useEffect, useId, useState } from 'react';
import { ApiError, type CodeInfo, joinByCode, lookupCode } from '../lib/api.ts';
import { KIND_LABEL, scenarios } from '../lib/catalogue.ts';
import { navigate, paths } from '../lib/router.ts';
import { heldSeat, holdSeat, hostedTable, lastName, rememberName } from '../lib/seatStore.ts';
import { Field } from '../ui/Field.tsx';
import { Link } from '../ui/Link.tsx';
import { normaliseCode } from './JoinForm.tsx';

function roleInfo(role: string | undefined) {
  for (const s of scenarios) {
    const r = s.roles.find((x) => x.id === role);
    if (r) return r;
  }
  return null;
}

export function JoinPage({ code: raw }: { code: string }) {
  const code = normaliseCode(raw);
  const id = useId();
  const [info, setInfo] = useState<CodeInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pick, setPick] = useState<string | null>(null);
  const [name, setName] = useState(lastName());
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    lookupCode(code)
      .then((i) => {
        if (!live) return;
        setInfo(i);
        const free = i.seats.find((s) => !s.name);
        setPick((p) => p ?? free?.playerID ?? null);
      })
      .catch(async (e: unknown) => {
        // Not a table's code: it may be a class code (the facilitator's session) — go to the class page.
        if (e instanceof ApiError && e.status === 404) {
          const res = await fetch(`/api/sessions/${encodeURIComponent(code)}/public`).catch(() => null);
          if (!live) return;
          if (res?.ok) return navigate(paths.classJoin(code), { replace: true });
        }
        if (live) setError(e instanceof ApiError ? e.message : 'The table could not be found.');
      });
    return () => {
      live = false;
    };
  }, [code]);

  const held = info ? heldSeat(info.matchID) : null;
  // The host (this browser created the table) may also take over a bot's seat.
  const hosted = info ? hostedTable(info.matchID) : null;

  const join = async (e: FormEvent) => {
    e.preventDefault();
    if (!info || pick === null) return;
    const playerName = name.trim();
    if (!playerName) {
      setError('Please type your name so the others know who you are.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      rememberName(playerName);
      const seat = await joinByCode(code, playerName, pick, hosted?.hostToken);
      holdSeat({ ...seat, name: playerName, joinCode: code });
      navigate(paths.play(seat.matchID));
    } catch (err) {
      setError(err instanceof ApiError ? err.message : 'The seat could not be taken.');
      setBusy(false);
      lookupCode(code).then(setInfo, () => undefined);
    }
  };

  return (
    <>
      <header className="site-header">
        <Link to={paths.home()} className="brand">
          <span className="brand-mark" aria-hidden="true" />
          <span>Ceasefire</span>
        </Link>
      </header>
      <main className="page narrow">
        <h1>
          Join table <span className="code-inline">{code}</span>
        </h1>
        {!info && !error && <p aria-busy="true">Looking for the table…</p>}
        {info && held && (
          <p className="notice">
            You already have a seat here.{' '}
            <Link to={paths.play(info.matchID)} className="button primary">
              Back to my seat
            </Link>
          </p>
        )}
        {info?.gameover && (
          <p className="notice">
            This game is over. <Link to={paths.watch(info.matchID, code)}>See the debrief</Link>.
          </p>
        )}
        {info && !info.gameover && info.kind === 'solo' && (
          <p className="notice">
            This is a solo game: nobody else can take a seat.{' '}
            <Link to={paths.watch(info.matchID, code)}>Watch it</Link>.
          </p>
        )}
        {info && !info.gameover && info.kind !== 'solo' && (
          <form onSubmit={join} className="card">
            <fieldset>
              <legend>Choose a seat</legend>
              <ul className="seat-list">
                {info.seats.map((s) => {
                  const r = roleInfo(s.role);
                  const taken = (Boolean(s.name) && !s.bot) || (Boolean(s.bot) && !hosted);
                  const status = s.bot
                    ? hosted
                      ? `Played by a bot (${s.bot.difficulty}) — you can take over`
                      : `Played by a bot (${s.bot.difficulty}) — only the table's host can give it to a person`
                    : taken
                      ? `Taken by ${s.name}`
                      : 'Free';
                  return (
                    <li key={s.playerID}>
                      <div className={`seat-pick${taken ? ' taken' : ''}`}>
                        <input
                          type="radio"
                          id={`${id}-seat-${s.playerID}`}
                          name={`${id}-seat`}
                          value={s.playerID}
                          disabled={taken}
                          checked={pick === s.playerID}
                          onChange={() => setPick(s.playerID)}
                          aria-describedby={`${id}-st-${s.playerID}`}
                        />
                        <span>
                          <label htmlFor={`${id}-seat-${s.playerID}`}>
                            <strong>{r?.name ?? s.role ?? `Seat ${s.playerID}`}</strong>
                          </label>{' '}
                          {r && <span className="kind">{KIND_LABEL[r.kind]}</span>}
                          <span className="seat-status" id={`${id}-st-${s.playerID}`}>
                            {status}
                          </span>
                          {r && <span className="role-goal">{r.objective}</span>}
                        </span>
                      </div>
                    </li>
                  );
                })}
              </ul>
            </fieldset>
            <Field label="Your name">
              <input
                value={name}
                maxLength={40}
                required
                autoComplete="nickname"
                onChange={(e) => setName(e.target.value)}
              />
            </Field>
            <button type="submit" className="primary" disabled={busy || pick === null}>
              {busy ? 'Joining…' : 'Sit down'}
            </button>
            <p className="hint">
              Or <Link to={paths.watch(info.matchID, code)}>watch without a seat</Link>.
            </p>
          </form>
        )}
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <p>
          <Link to={paths.home()}>← Start page</Link>
        </p>
      </main>
    </>
  );
}
