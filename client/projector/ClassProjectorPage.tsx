// /facilitator/CODE/projector: the whole class on the room's screen, from the teacher's browser (it holds
// the token). Before the start: the class code and its QR code, and who has joined. While playing: every
// table's round, phase, timer and Tension. When every table is over: the outcome per table. In every stage,
// the lesson clock when the class has one. Public information only (the live snapshot carries no hidden
// state; nothing secret is drawn from it).
import { useMemo, useState } from 'react';
import { getScenario } from '../../game/scenario.ts';
import { ConsoleHeader } from '../facilitator/ConsolePage.tsx';
import { normaliseClassCode, storedToken, storeToken, type TableSnap } from '../facilitator/sessionApi.ts';
import { TokenGate } from '../facilitator/TokenGate.tsx';
import { useLiveSession } from '../facilitator/useLiveSession.ts';
import { useLocalScenario } from '../i18n/content.ts';
import { useT } from '../i18n/i18n.ts';
import { paths } from '../lib/router.ts';
import { Countdown } from '../table/Countdown.tsx';
import { phaseLabel } from '../table/words.ts';
import { ProjectorClock } from './ProjectorClock.tsx';
import { JoinBox } from './ProjectorPage.tsx';
import './projector.css';

function TableTile({ t: tb, max }: { t: TableSnap; max: number }) {
  const t = useT();
  const people = tb.seats.filter((s) => s.student).length;
  const timer =
    tb.timer && tb.timer.phase === tb.phase && tb.grade === null
      ? { phase: tb.timer.phase, endsAt: tb.timer.endsAt, round: tb.timer.round, paused: false }
      : null;
  return (
    <li data-testid={`pj-table-${tb.index + 1}`}>
      <h2>
        {t('pj.table', { n: tb.index + 1 })}
        {tb.demo ? t('pj.demo') : ''}
      </h2>
      {tb.grade ? (
        <p className={`grade-text grade-${tb.grade}`}>
          <strong>{t(`debrief.grade.${tb.grade}`)}</strong>
        </p>
      ) : (
        <p>
          {tb.started
            ? t('pj.roundOf', { round: Math.max(1, tb.round), rounds: tb.rounds })
            : t('pj.waiting')}
          {tb.started && tb.phase ? ` · ${phaseLabel(tb.phase) ?? tb.phase}` : ''}
          {tb.started && tb.paused ? t('pj.paused') : ''}
        </p>
      )}
      <p>{t('pj.tension', { value: tb.tension, max })}</p>
      <p>{t('pj.students', { count: people })}</p>
      {timer && <Countdown timer={timer} />}
    </li>
  );
}

export default function ClassProjectorPage({ code: raw }: { code: string }) {
  const t = useT();
  const code = normaliseClassCode(raw);
  const [token, setToken] = useState<string | null>(() => storedToken(code));
  const live = useLiveSession(code, token);
  const snap = live.snapshot;
  const s = useLocalScenario(useMemo(() => getScenario(snap?.scenario ?? 'fragileAccord'), [snap?.scenario]));

  if (!token || live.refused) {
    return (
      <>
        <ConsoleHeader code={code} lang={false} />
        <TokenGate
          code={code}
          reason={live.refused?.message ?? null}
          onToken={(tok) => {
            storeToken(code, tok);
            setToken(tok);
          }}
        />
      </>
    );
  }
  if (!snap) return <p aria-busy="true">{t('pj.connectingClass')}</p>;

  const started = snap.tables.some((x) => x.started);
  const over = snap.tables.every((x) => x.grade !== null || (!x.started && !x.demo));
  const stage = !started ? 'lobby' : over ? 'debrief' : 'play';
  const joined = snap.students.filter((x) => x.joined);
  return (
    <div className="projector pj-room pj-class">
      <header className="pj-head">
        <div className="pj-title">
          <h1>{t('pj.class', { code })}</h1>
          <p className="pj-where">{t(`pj.stage.${stage}`)}</p>
        </div>
        <ProjectorClock clock={snap.clock} />
        {stage !== 'lobby' && <JoinBox path={paths.classJoin(code)} code={code} label={t('pj.joinClass')} />}
      </header>
      <main className="pj-body">
        {stage === 'lobby' && (
          <section className="pj-class-join" aria-label={t('pj.joinClass')}>
            <div>
              <p>{t('pj.howToJoin')}</p>
              <p className="big-code" data-testid="pj-code">
                {code}
              </p>
              <p>
                {t('pj.joined', { count: joined.length })}
                {joined.length > 0 ? `: ${joined.map((x) => x.name).join(', ')}` : ''}
              </p>
            </div>
            <JoinBox path={paths.classJoin(code)} code={code} label={t('pj.orScan')} />
          </section>
        )}
        {stage !== 'lobby' && (
          <ul className="pj-tables">
            {snap.tables.map((x) => (
              <TableTile key={x.index} t={x} max={s.tuning.tensionMax} />
            ))}
          </ul>
        )}
      </main>
    </div>
  );
}
