// /facilitator/CODE/projector: the whole class on the room's screen, from the teacher's browser (it holds
// the token). Before the start: the class code and its QR code, and who has joined. While playing: every
// table's round, phase, timer and Tension. When every table is over: the outcome per table. Public
// information only (the live snapshot carries no hidden state; nothing secret is drawn from it).
import { useMemo, useState } from 'react';
import { getScenario } from '../../game/scenario.ts';
import { ConsoleHeader } from '../facilitator/ConsolePage.tsx';
import { normaliseClassCode, storedToken, storeToken, type TableSnap } from '../facilitator/sessionApi.ts';
import { TokenGate } from '../facilitator/TokenGate.tsx';
import { useLiveSession } from '../facilitator/useLiveSession.ts';
import { useLocalScenario } from '../i18n/content.ts';
import { paths } from '../lib/router.ts';
import { Countdown } from '../table/Countdown.tsx';
import { phaseLabel } from '../table/words.ts';
import { JoinBox } from './ProjectorPage.tsx';
import './projector.css';

const GRADE = { durable: 'Durable peace', fragile: 'Fragile peace', collapsed: 'Collapse' } as const;

function TableTile({ t, max }: { t: TableSnap; max: number }) {
  const people = t.seats.filter((s) => s.student).length;
  const timer =
    t.timer && t.timer.phase === t.phase && t.grade === null
      ? { phase: t.timer.phase, endsAt: t.timer.endsAt, round: t.timer.round, paused: false }
      : null;
  return (
    <li data-testid={`pj-table-${t.index + 1}`}>
      <h2>
        Table {t.index + 1}
        {t.demo ? ' · demonstration' : ''}
      </h2>
      {t.grade ? (
        <p className={`grade-text grade-${t.grade}`}>
          <strong>{GRADE[t.grade]}</strong>
        </p>
      ) : (
        <p>
          {t.started ? `Round ${Math.max(1, t.round)} of ${t.rounds}` : 'Waiting to start'}
          {t.started && t.phase ? ` · ${phaseLabel(t.phase) ?? t.phase}` : ''}
          {t.started && t.paused ? ' · paused' : ''}
        </p>
      )}
      <p>
        Tension {t.tension} / {max}
      </p>
      <p>
        {people} student{people === 1 ? '' : 's'}
      </p>
      {timer && <Countdown timer={timer} />}
    </li>
  );
}

export default function ClassProjectorPage({ code: raw }: { code: string }) {
  const code = normaliseClassCode(raw);
  const [token, setToken] = useState<string | null>(() => storedToken(code));
  const live = useLiveSession(code, token);
  const snap = live.snapshot;
  const s = useLocalScenario(useMemo(() => getScenario(snap?.scenario ?? 'fragileAccord'), [snap?.scenario]));

  if (!token || live.refused) {
    return (
      <>
        <ConsoleHeader code={code} />
        <TokenGate
          code={code}
          reason={live.refused?.message ?? null}
          onToken={(t) => {
            storeToken(code, t);
            setToken(t);
          }}
        />
      </>
    );
  }
  if (!snap) return <p aria-busy="true">Connecting to the class…</p>;

  const started = snap.tables.some((t) => t.started);
  const over = snap.tables.every((t) => t.grade !== null || (!t.started && !t.demo));
  const stage = !started ? 'lobby' : over ? 'debrief' : 'play';
  const joined = snap.students.filter((x) => x.joined);
  return (
    <div className="projector pj-room pj-class">
      <header className="pj-head">
        <div className="pj-title">
          <h1>Class {code}</h1>
          <p className="pj-where">
            {stage === 'lobby' ? 'Join now' : stage === 'play' ? 'Tables in play' : 'How did the peace hold?'}
          </p>
        </div>
        {stage !== 'lobby' && <JoinBox path={paths.classJoin(code)} code={code} label="Join the class" />}
      </header>
      <main className="pj-body">
        {stage === 'lobby' && (
          <section className="pj-class-join" aria-label="Join the class">
            <div>
              <p>Open the start page, choose “Join with a code” and type:</p>
              <p className="big-code" data-testid="pj-code">
                {code}
              </p>
              <p>
                {joined.length} student{joined.length === 1 ? '' : 's'} joined
                {joined.length > 0 ? `: ${joined.map((x) => x.name).join(', ')}` : ''}
              </p>
            </div>
            <JoinBox path={paths.classJoin(code)} code={code} label="Or scan" />
          </section>
        )}
        {stage !== 'lobby' && (
          <ul className="pj-tables">
            {snap.tables.map((t) => (
              <TableTile key={t.index} t={t} max={s.tuning.tensionMax} />
            ))}
          </ul>
        )}
      </main>
    </div>
  );
}
