// /join/CODE: the seats of a table (free, bot, taken); type a name and sit down. A class code goes on to
// the class page (/class/CODE).
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useT } from '../i18n/i18n.ts';
import { Rich } from '../i18n/Rich.tsx';
import { ApiError, type CodeInfo, joinByCode, lookupCode } from '../lib/api.ts';
import { allScenarios, difficultyLabel, kindLabel } from '../lib/catalogue.ts';
import { navigate, paths } from '../lib/router.ts';
import { heldSeat, holdSeat, hostedTable, lastName, rememberName } from '../lib/seatStore.ts';
import { Field } from '../ui/Field.tsx';
import { Link } from '../ui/Link.tsx';
import { SiteHeader } from '../ui/SiteHeader.tsx';
import { VariablesNote } from '../ui/VariablesNote.tsx';
import { normaliseCode } from './JoinForm.tsx';

function roleInfo(role: string | undefined) {
  for (const s of allScenarios()) {
    const r = s.roles.find((x) => x.id === role);
    if (r) return r;
  }
  return null;
}

export function JoinPage({ code: raw }: { code: string }) {
  const t = useT();
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
        if (live) setError(e instanceof ApiError ? e.message : t('join.notFound'));
      });
    return () => {
      live = false;
    };
  }, [code, t]);

  const held = info ? heldSeat(info.matchID) : null;
  // The host (this browser created the table) may also take over a bot's seat.
  const hosted = info ? hostedTable(info.matchID) : null;

  const join = async (e: FormEvent) => {
    e.preventDefault();
    if (!info || pick === null) return;
    const playerName = name.trim();
    if (!playerName) {
      setError(t('join.needName'));
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
      setError(err instanceof ApiError ? err.message : t('join.seatError'));
      setBusy(false);
      lookupCode(code).then(setInfo, () => undefined);
    }
  };

  return (
    <>
      <SiteHeader />
      <main className="page narrow">
        <h1>
          <Rich
            k="join.title"
            params={{ code }}
            tags={{ code: (c) => <span className="code-inline">{c}</span> }}
          />
        </h1>
        {!info && !error && <p aria-busy="true">{t('join.looking')}</p>}
        {info && <VariablesNote scenarioKey={info.scenario} variables={info.variables} />}
        {info && held && (
          <p className="notice">
            {t('join.held')}{' '}
            <Link to={paths.play(info.matchID)} className="button primary">
              {t('join.backToSeat')}
            </Link>
          </p>
        )}
        {info?.gameover && (
          <p className="notice">
            {t('join.over')} <Link to={paths.watch(info.matchID, code)}>{t('join.seeDebrief')}</Link>.
          </p>
        )}
        {info && !info.gameover && info.kind === 'solo' && (
          <p className="notice">
            {t('join.solo')} <Link to={paths.watch(info.matchID, code)}>{t('join.watchIt')}</Link>.
          </p>
        )}
        {info && !info.gameover && info.kind !== 'solo' && (
          <form onSubmit={join} className="card">
            <fieldset>
              <legend>{t('join.chooseSeat')}</legend>
              <ul className="seat-list">
                {info.seats.map((s) => {
                  const r = roleInfo(s.role);
                  const taken = (Boolean(s.name) && !s.bot) || (Boolean(s.bot) && !hosted);
                  const status = s.bot
                    ? hosted
                      ? t('join.botHost', { difficulty: difficultyLabel(s.bot.difficulty) })
                      : t('join.botOther', { difficulty: difficultyLabel(s.bot.difficulty) })
                    : taken
                      ? t('join.takenBy', { name: s.name ?? '' })
                      : t('join.free');
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
                            <strong>{r?.name ?? s.role ?? t('join.seatN', { n: s.playerID })}</strong>
                          </label>{' '}
                          {r && <span className="kind">{kindLabel(r.kind)}</span>}
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
            <Field label={t('common.yourName')}>
              <input
                value={name}
                maxLength={40}
                required
                autoComplete="nickname"
                onChange={(e) => setName(e.target.value)}
              />
            </Field>
            <button type="submit" className="primary" disabled={busy || pick === null}>
              {busy ? t('join.busy') : t('join.submit')}
            </button>
            <p className="hint">
              {t('join.or')}
              <Link to={paths.watch(info.matchID, code)}>{t('join.watch')}</Link>.
            </p>
          </form>
        )}
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <p>
          <Link to={paths.home()}>{t('common.startPage')}</Link>
        </p>
      </main>
    </>
  );
}
