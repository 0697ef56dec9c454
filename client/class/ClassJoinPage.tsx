// /class/CODE: a student's way into a class session. Type your name, then wait for the facilitator to seat
// you (this page asks the server every 1.5 s) or pick a free seat yourself. Once seated, the table opens
// right here with the seat's credentials stored where the table page reads them (seatStore); the page
// keeps asking, so when the facilitator hands the seat to a bot and back, the new credentials are used.
import { type FormEvent, lazy, Suspense, useCallback, useEffect, useId, useState } from 'react';
import { t, useT } from '../i18n/i18n.ts';
import { Rich } from '../i18n/Rich.tsx';
import { ApiError } from '../lib/api.ts';
import { allScenarios } from '../lib/catalogue.ts';
import { paths } from '../lib/router.ts';
import { heldSeat, holdSeat, lastName, rememberName } from '../lib/seatStore.ts';
import { Field } from '../ui/Field.tsx';
import { Link } from '../ui/Link.tsx';
import { SiteHeader } from '../ui/SiteHeader.tsx';
import { ClassVariablesNote } from '../ui/VariablesNote.tsx';
import {
  forgetStudent,
  myStatus,
  pickSeat,
  type StudentIdentity,
  type StudentStatus,
  signIn,
  storedStudent,
  storeStudent,
} from './classApi.ts';
import './class.css';

const TablePage = lazy(() => import('../table/TablePage.tsx'));

export const POLL_MS = 1500;

interface FreeSeat {
  readonly table: number;
  readonly playerID: string;
  readonly role: string | null;
  readonly bot: boolean;
  /** The role's name as written in an uploaded scenario (built-in roles are named here, translated). */
  readonly roleName?: string;
}

function roleName(role: string | null): string {
  for (const s of allScenarios()) {
    const r = s.roles.find((x) => x.id === role);
    if (r) return r.name;
  }
  return role ?? t('class.aSeat');
}

async function fetchPublic(code: string): Promise<{ tables: number; freeSeats: FreeSeat[] }> {
  const res = await fetch(`/api/sessions/${encodeURIComponent(code)}/public`);
  const data = (await res.json().catch(() => ({}))) as {
    tables?: number;
    freeSeats?: FreeSeat[];
    message?: string;
    error?: string;
  };
  if (!res.ok) throw new ApiError(res.status, data.error ?? 'error', data.message ?? `HTTP ${res.status}`);
  return { tables: data.tables ?? 0, freeSeats: data.freeSeats ?? [] };
}

export default function ClassJoinPage({ code: raw }: { code: string }) {
  const t = useT();
  const code = raw.toUpperCase().replace(/[\s-]/g, '');
  const [who, setWho] = useState<StudentIdentity | null>(() => storedStudent(code));
  const [status, setStatus] = useState<StudentStatus | null>(null);
  const [pub, setPub] = useState<{ tables: number; freeSeats: FreeSeat[] } | null>(null);
  const [missing, setMissing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  // The class exists? (and its free seats, while this student waits)
  const seated = status?.seat ?? null;
  useEffect(() => {
    if (seated) return;
    let live = true;
    const load = () =>
      fetchPublic(code).then(
        (p) => {
          if (!live) return;
          setPub(p);
          setMissing(null);
        },
        (e: unknown) => {
          if (!live) return;
          if (e instanceof ApiError && e.status === 404) setMissing(e.message);
        },
      );
    void load();
    const timer = window.setInterval(load, POLL_MS * 2);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, [code, seated]);

  // Where am I? Every POLL_MS, for as long as this page is open.
  const refresh = useCallback(async () => {
    if (!who) return;
    try {
      const s = await myStatus(code, who);
      if (s.seat) {
        const held = heldSeat(s.seat.matchID);
        if (!held || held.credentials !== s.seat.credentials || held.playerID !== s.seat.playerID)
          holdSeat({
            matchID: s.seat.matchID,
            playerID: s.seat.playerID,
            credentials: s.seat.credentials,
            name: s.name,
          });
      }
      setStatus((prev) =>
        prev &&
        prev.benched === s.benched &&
        prev.seat?.credentials === s.seat?.credentials &&
        prev.seat?.matchID === s.seat?.matchID
          ? prev
          : s,
      );
      setError(null);
    } catch (e) {
      if (e instanceof ApiError && (e.status === 403 || e.status === 404)) {
        forgetStudent(code);
        setWho(null);
        setStatus(null);
        setError(t('class.signInLost'));
      }
      // Offline: keep the last known state and try again on the next tick.
    }
  }, [code, who, t]);

  useEffect(() => {
    if (!who) return;
    void refresh();
    const timer = window.setInterval(() => void refresh(), POLL_MS);
    return () => window.clearInterval(timer);
  }, [who, refresh]);

  if (seated) {
    return (
      <Suspense
        fallback={
          <main className="page loading" aria-busy="true">
            <p>{t('common.loadingTable')}</p>
          </main>
        }
      >
        <TablePage
          key={`${seated.matchID}:${seated.playerID}:${seated.credentials}`}
          matchID={seated.matchID}
        />
      </Suspense>
    );
  }

  return (
    <>
      <SiteHeader />
      <main className="page narrow class-join">
        <h1>
          <Rich
            k="class.title"
            params={{ code }}
            tags={{ code: (c) => <span className="code-inline">{c}</span> }}
          />
        </h1>
        <ClassVariablesNote code={code} />
        {missing ? (
          <>
            <p className="error" role="alert">
              {missing}
            </p>
            <p>
              {t('class.checkCode')}
              <Link to={paths.home()}>{t('class.typeAgain')}</Link>.
            </p>
          </>
        ) : !who ? (
          <NameForm
            code={code}
            onSignedIn={(w) => {
              storeStudent(code, w);
              setWho(w);
            }}
          />
        ) : (
          <Waiting
            code={code}
            who={who}
            status={status}
            freeSeats={pub?.freeSeats ?? []}
            onPicked={() => void refresh()}
            onSignOut={() => {
              forgetStudent(code);
              setWho(null);
              setStatus(null);
            }}
          />
        )}
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
      </main>
    </>
  );
}

function NameForm({ code, onSignedIn }: { code: string; onSignedIn: (w: StudentIdentity) => void }) {
  const t = useT();
  const [name, setName] = useState(lastName());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const n = name.trim();
    if (!n) {
      setError(t('class.needName'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      rememberName(n);
      onSignedIn(await signIn(code, n));
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('class.joinError'));
      setBusy(false);
    }
  };
  return (
    <form className="card" onSubmit={submit}>
      <p>{t('class.nameLead')}</p>
      <Field label={t('common.yourName')}>
        <input
          value={name}
          maxLength={40}
          required
          autoComplete="nickname"
          onChange={(e) => setName(e.target.value)}
        />
      </Field>
      <button type="submit" className="primary" disabled={busy}>
        {busy ? t('join.busy') : t('class.join')}
      </button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

function Waiting({
  code,
  who,
  status,
  freeSeats,
  onPicked,
  onSignOut,
}: {
  code: string;
  who: StudentIdentity;
  status: StudentStatus | null;
  freeSeats: readonly FreeSeat[];
  onPicked: () => void;
  onSignOut: () => void;
}) {
  const t = useT();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const pick = async (f: FreeSeat) => {
    setBusy(true);
    setError(null);
    try {
      await pickSeat(code, who, f.table, f.playerID);
      onPicked();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('class.seatError'));
    } finally {
      setBusy(false);
    }
  };
  const byTable = new Map<number, FreeSeat[]>();
  for (const f of freeSeats) byTable.set(f.table, [...(byTable.get(f.table) ?? []), f]);
  return (
    <>
      {status?.benched ? (
        <section className="card notice-card" aria-labelledby={`${id}-bench`}>
          <h2 id={`${id}-bench`}>{t('class.benchTitle')}</h2>
          <p role="status">{t('class.benchText')}</p>
        </section>
      ) : (
        <section className="card notice-card" aria-labelledby={`${id}-wait`}>
          <h2 id={`${id}-wait`}>{t('class.hello', { name: who.name })}</h2>
          <p role="status" aria-live="polite">
            <span className="wait-dot" aria-hidden="true" /> {t('class.waiting')}
          </p>
        </section>
      )}
      {!status?.benched && freeSeats.length > 0 && (
        <section className="card" aria-labelledby={`${id}-free`}>
          <h2 id={`${id}-free`}>{t('class.freeTitle')}</h2>
          <p className="hint">{t('class.freeHint')}</p>
          {[...byTable.entries()].map(([table, seats]) => (
            <div key={table} className="free-table">
              <h3>{t('class.table', { n: table + 1 })}</h3>
              <ul className="seat-buttons">
                {seats.map((f) => (
                  <li key={f.playerID}>
                    <button type="button" disabled={busy} onClick={() => pick(f)}>
                      {f.roleName ?? roleName(f.role)}
                      {f.bot ? t('class.botPlaying') : ''}
                      <span className="visually-hidden">{t('class.atTable', { n: table + 1 })}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ))}
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
        </section>
      )}
      <p className="hint">
        {t('class.notYou', { name: who.name })}
        <button type="button" className="link-button" onClick={onSignOut}>
          {t('class.otherName')}
        </button>
      </p>
    </>
  );
}
