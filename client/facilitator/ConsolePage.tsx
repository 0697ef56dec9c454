// /facilitator/CODE: the teacher's console of a class session. Every table live (pushed on the
// '/facilitator' socket), the students and their seats, controls per table and for all tables, and a god
// view of one table. The token comes from this browser's storage (kept when the class was created) or is
// asked for.
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { getScenario } from '../../game/scenario.ts';
import { useLocalScenario } from '../i18n/content.ts';
import { useT } from '../i18n/i18n.ts';
import { ApiError } from '../lib/api.ts';
import { paths } from '../lib/router.ts';
import { LanguageSwitch } from '../ui/LanguageSwitch.tsx';
import { Link } from '../ui/Link.tsx';
import { ControlsPanel } from './ControlsPanel.tsx';
import { GodView } from './GodView.tsx';
import { LessonClock } from './LessonClock.tsx';
import { SaveSetupPanel } from './SaveSetupPanel.tsx';
import { ScenarioPanel } from './ScenarioPanel.tsx';
import { SharePanel } from './SharePanel.tsx';
import { StudentsPanel } from './StudentsPanel.tsx';
import {
  control,
  forgetToken,
  normaliseClassCode,
  publicSession,
  type SessionSnapshot,
  seatStudent,
  storedToken,
  storeToken,
  type TableTarget,
} from './sessionApi.ts';
import { TableCard } from './TableCard.tsx';
import { TokenGate } from './TokenGate.tsx';
import { useLiveSession } from './useLiveSession.ts';
import './facilitator.css';

/** Runs one facilitator action, reports it in the console's status line; true when it worked. */
export type Act = (label: string, f: () => Promise<unknown>) => Promise<boolean>;

const isSnapshot = (x: unknown): x is SessionSnapshot =>
  typeof x === 'object' && x !== null && 'tables' in x && 'students' in x;

export function ConsoleHeader({
  code,
  children,
  lang = true,
}: {
  code: string;
  children?: ReactNode;
  /** The language switch (left out on the room's projector). */
  lang?: boolean;
}) {
  const t = useT();
  return (
    <header className="top-bar fac-top">
      <Link to={paths.home()} className="brand" aria-label={t('console.home')}>
        <span className="brand-mark" aria-hidden="true" />
        <span className="brand-text">Ceasefire</span>
      </Link>
      <div className="where">
        <span className="scenario-name">{t('console.class')}</span>
        <span className="code-inline fac-code">{code}</span>
      </div>
      <div className="top-right">
        {children}
        {lang && <LanguageSwitch />}
      </div>
    </header>
  );
}

export default function ConsolePage({ code: raw }: { code: string }) {
  const code = normaliseClassCode(raw);
  const [token, setToken] = useState<string | null>(() => storedToken(code));
  const [unknown, setUnknown] = useState<string | null>(null);
  const live = useLiveSession(code, token);
  const t = useT();

  // Does this class exist at all? (The public route answers without a token.)
  useEffect(() => {
    let on = true;
    publicSession(code).catch((e: unknown) => {
      if (on && e instanceof ApiError && e.status === 404) setUnknown(e.message);
    });
    return () => {
      on = false;
    };
  }, [code]);

  if (unknown) {
    return (
      <>
        <ConsoleHeader code={code} />
        <main className="page narrow">
          <h1>{t('console.noSuchClass')}</h1>
          <p role="alert">{unknown}</p>
          <Link to={paths.home()}>{t('console.startPage')}</Link>
        </main>
      </>
    );
  }

  if (!token || live.refused) {
    return (
      <>
        <ConsoleHeader code={code} />
        <TokenGate
          code={code}
          reason={
            live.refused
              ? live.refused.status === 403
                ? t('console.tokenRefused')
                : live.refused.message
              : null
          }
          onToken={(tok) => {
            storeToken(code, tok);
            setToken(tok);
          }}
        />
      </>
    );
  }

  return (
    <Console
      code={code}
      token={token}
      snapshot={live.snapshot}
      status={live.status}
      apply={live.apply}
      onForget={() => {
        forgetToken(code);
        setToken(null);
      }}
    />
  );
}

function Console({
  code,
  token,
  snapshot,
  status,
  apply,
  onForget,
}: {
  code: string;
  token: string;
  snapshot: SessionSnapshot | null;
  status: 'connecting' | 'live' | 'reconnecting';
  apply: (s: SessionSnapshot) => void;
  onForget: () => void;
}) {
  const [share, setShare] = useState(() => new URLSearchParams(window.location.search).has('new'));
  const [message, setMessage] = useState<{ text: string; tone: 'ok' | 'error'; n: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const [target, setTarget] = useState<TableTarget>('all');
  const [god, setGod] = useState<number | null>(null);
  const counter = useRef(0);
  const t = useT();
  const scenario = useLocalScenario(
    useMemo(() => getScenario(snapshot?.scenario ?? 'fragileAccord'), [snapshot?.scenario]),
  );

  const act: Act = useCallback(
    async (label, f) => {
      setBusy(true);
      try {
        const out = await f();
        if (isSnapshot(out)) apply(out);
        const text = typeof out === 'string' ? out : isSnapshot(out) && out.notice ? out.notice : label;
        setMessage({ text, tone: 'ok', n: ++counter.current });
        return true;
      } catch (e) {
        setMessage({
          text: e instanceof ApiError ? e.message : t('console.failed'),
          tone: 'error',
          n: ++counter.current,
        });
        return false;
      } finally {
        setBusy(false);
      }
    },
    [apply, t],
  );

  const openGod = (i: number) => {
    setGod(i);
    window.setTimeout(() => document.getElementById('god-view')?.focus(), 50);
  };

  const all = (label: string, action: 'start' | 'pause' | 'resume') =>
    act(label, () => control(code, token, 'all', { action }));

  const seated = snapshot?.students.filter((s) => s.playerID !== null).length ?? 0;

  return (
    <div className="fac-page" aria-busy={busy}>
      <ConsoleHeader code={code}>
        <span className={`pill conn-${status === 'live' ? 'online' : status}`} role="status">
          <span className="dot" aria-hidden="true" />
          {status === 'live'
            ? t('console.live')
            : status === 'connecting'
              ? t('console.connecting')
              : t('console.reconnecting')}
        </span>
        <button type="button" className="small" aria-expanded={share} onClick={() => setShare(!share)}>
          {share ? t('console.hideCode') : t('console.showCode')}
        </button>
        <a
          href={paths.classProjector(code)}
          className="button small-button"
          target="_blank"
          rel="noreferrer"
          aria-label={t('console.projectorLabel')}
        >
          {t('console.projector')}
        </a>
        <Link to={paths.classDebrief(code)} className="button small-button">
          {t('console.debrief')}
        </Link>
        <Link to={paths.briefs(snapshot?.scenario)} className="button small-button">
          {t('console.briefs')}
        </Link>
        <Link to={paths.lessonPlan()} className="button small-button">
          {t('print.lessonPlan')}
        </Link>
      </ConsoleHeader>
      <div className="notice-slot fac-message" role="status" aria-live="polite">
        {message && (
          <div
            key={message.n}
            className={`banner ${message.tone === 'ok' ? 'info' : 'error'}`}
            data-testid="fac-message"
          >
            <span>{message.text}</span>
            <button type="button" className="small" onClick={() => setMessage(null)}>
              {t('console.ok')}
            </button>
          </div>
        )}
      </div>
      <main className="page fac-main" id="main">
        <h1 className="visually-hidden">{t('console.heading', { code })}</h1>
        {share && <SharePanel code={code} token={token} />}
        {!snapshot ? (
          <p aria-busy="true">{t('console.connectingClass')}</p>
        ) : (
          <>
            <section className="card fac-all" aria-labelledby="fac-all-t">
              <h2 id="fac-all-t">{t('console.allTables')}</h2>
              <p className="hint">
                {t('console.tables', { count: snapshot.tables.length })} ·{' '}
                {t('console.seated', { seated, count: snapshot.students.length })} {t('console.startHint')}
              </p>
              <div className="actions">
                <button type="button" className="primary" onClick={() => all(t('console.started'), 'start')}>
                  {t('console.startAll')}
                </button>
                <button type="button" onClick={() => all(t('console.paused'), 'pause')}>
                  {t('console.pauseAll')}
                </button>
                <button type="button" onClick={() => all(t('console.resumed'), 'resume')}>
                  {t('console.resumeAll')}
                </button>
                <button
                  type="button"
                  className="danger"
                  onClick={() => {
                    if (window.confirm(t('console.endConfirm')))
                      void act(t('console.ended'), () =>
                        control(code, token, 'all', { action: 'endNow', confirm: true }),
                      );
                  }}
                >
                  {t('console.endAll')}
                </button>
              </div>
              <LessonClock code={code} token={token} clock={snapshot.clock ?? null} act={act} />
              <AdvisorSwitch
                on={snapshot.tables.length > 0 && snapshot.tables.every((tb) => tb.advisor === true)}
                onChange={(allow) =>
                  act(allow ? t('console.advisorOn') : t('console.advisorOff'), () =>
                    control(code, token, 'all', { action: 'advisor', allow }),
                  )
                }
              />
            </section>
            <div className="fac-layout">
              <div className="fac-tables">
                {snapshot.tables.map((tb) => (
                  <TableCard
                    key={tb.index}
                    code={code}
                    token={token}
                    table={tb}
                    finishAt={snapshot.clock?.finishAt ?? null}
                    scenario={scenario}
                    act={act}
                    onGodView={openGod}
                    onDropStudent={(studentId, table, pid) => {
                      const name =
                        snapshot.students.find((s) => s.id === studentId)?.name ?? t('console.student');
                      void act(t('console.seatedAt', { name, table: table + 1 }), () =>
                        seatStudent(code, token, studentId, table, pid),
                      );
                    }}
                  />
                ))}
              </div>
              <div className="fac-side">
                <StudentsPanel code={code} token={token} snapshot={snapshot} scenario={scenario} act={act} />
                <ScenarioPanel
                  code={code}
                  token={token}
                  snapshot={snapshot}
                  name={scenario.name}
                  apply={apply}
                />
                <ControlsPanel
                  code={code}
                  token={token}
                  snapshot={snapshot}
                  scenario={scenario}
                  act={act}
                  target={target}
                  onTarget={setTarget}
                />
                <SaveSetupPanel code={code} token={token} />
              </div>
            </div>
            {god !== null && (
              <GodView
                code={code}
                token={token}
                tables={snapshot.tables}
                index={god}
                onIndex={setGod}
                scenario={scenario}
              />
            )}
          </>
        )}
        <p className="hint">
          {t('console.holdsToken', { code })}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              if (window.confirm(t('console.forgetConfirm', { code }))) onForget();
            }}
          >
            {t('console.forget')}
          </button>
        </p>
      </main>
    </div>
  );
}

/** The class-wide choice whether students may ask the advisor (the hard bot's advice from their own view). */
function AdvisorSwitch({ on, onChange }: { on: boolean; onChange: (allow: boolean) => void }) {
  const t = useT();
  return (
    <p className="advisor-switch">
      <label>
        <input type="checkbox" checked={on} onChange={(e) => onChange(e.target.checked)} />{' '}
        {t('console.advisorSwitch')}
      </label>
    </p>
  );
}
