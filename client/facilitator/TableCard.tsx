// One table in the console: round, phase, countdown, Tension against its maximum, who is in (orders,
// ready, connection), chat volume; its controls; and its seats as drop targets for students.
import { type DragEvent, useMemo, useState } from 'react';
import type { Scenario } from '../../game/content/schema.ts';
import { roleLook } from '../lib/roleStyle.ts';
import { paths } from '../lib/router.ts';
import { Countdown } from '../table/Countdown.tsx';
import { phaseLabel } from '../table/words.ts';
import { RoleIcon } from '../ui/RoleBadge.tsx';
import type { Act } from './ConsolePage.tsx';
import { TableClock } from './LessonClock.tsx';
import { control, type SeatSnap, type TableSnap } from './sessionApi.ts';

export const GRADE_LABEL = {
  durable: 'Durable peace',
  fragile: 'Fragile peace',
  collapsed: 'Collapse',
} as const;

export const STUDENT_MIME = 'application/x-ceasefire-student';

export function roleName(s: Scenario, role: string | null): string {
  return s.roles.find((r) => r.id === role)?.name ?? role ?? '?';
}

export function TensionMeter({ value, max }: { value: number; max: number }) {
  const pct = Math.max(0, Math.min(100, (value / max) * 100));
  const danger = value >= max * 0.75;
  return (
    <div className={`tension-meter${danger ? ' danger' : ''}`}>
      <div className="track-head">
        <span>Tension</span>
        <span className="track-value" data-testid="fac-tension">
          {value} / {max}
          {value >= max ? ' — collapsed' : danger ? ' — close to collapse' : ''}
        </span>
      </div>
      <div className="bar track-tension" aria-hidden="true">
        <div className="bar-fill" style={{ width: `${pct}%` }} />
      </div>
    </div>
  );
}

function PauseIcon() {
  return (
    <svg width="10" height="10" viewBox="0 0 10 10" aria-hidden="true">
      <rect x="1" y="1" width="3" height="8" fill="currentColor" />
      <rect x="6" y="1" width="3" height="8" fill="currentColor" />
    </svg>
  );
}

function PlayIcon() {
  return (
    <svg width="10" height="10" viewBox="0 0 10 10" aria-hidden="true">
      <path d="M2 1 L9 5 L2 9 Z" fill="currentColor" />
    </svg>
  );
}

function seatStatus(phase: string | null, seat: SeatSnap): { text: string; done: boolean } {
  switch (phase) {
    case 'negotiation':
      return seat.ready ? { text: 'Done negotiating', done: true } : { text: 'Negotiating', done: false };
    case 'orders':
      return seat.ordersIn ? { text: 'Orders in', done: true } : { text: 'No orders yet', done: false };
    case 'review':
      return seat.ready ? { text: 'Ready', done: true } : { text: 'Reading', done: false };
    default:
      return { text: '', done: false };
  }
}

export function TableCard({
  code,
  token,
  table,
  finishAt = null,
  scenario,
  act,
  onGodView,
  onDropStudent,
}: {
  code: string;
  token: string;
  table: TableSnap;
  /** The class's lesson clock (finish by, ms since the epoch): show the rounds that fit at this table. */
  finishAt?: number | null;
  scenario: Scenario;
  act: Act;
  onGodView: (index: number) => void;
  onDropStudent: (studentId: string, table: number, playerID: string) => void;
}) {
  const n = table.index + 1;
  const [over, setOver] = useState<string | null>(null);
  const roleIds = useMemo(() => scenario.roles.map((r) => r.id), [scenario]);
  const timer = useMemo(
    () =>
      table.timer
        ? { phase: table.timer.phase, endsAt: table.timer.endsAt, round: table.timer.round, paused: false }
        : null,
    [table.timer],
  );
  const ended = table.grade !== null;
  const people = table.seats.filter((s) => s.student || (s.name && !s.bot)).length;
  const crisis = scenario.events.find((e) => e.id === table.crisis);
  const phase = table.phase ?? '';
  const run = (label: string, action: Parameters<typeof control>[3]) =>
    act(label, () => control(code, token, table.index, action));

  const drop = (e: DragEvent, pid: string) => {
    e.preventDefault();
    setOver(null);
    const id = e.dataTransfer.getData(STUDENT_MIME) || e.dataTransfer.getData('text/plain');
    if (id) onDropStudent(id, table.index, pid);
  };

  return (
    <section
      className={`card fac-table${table.paused ? ' is-paused' : ''}${ended ? ' is-ended' : ''}`}
      aria-labelledby={`fac-table-${n}`}
      data-testid={`fac-table-${n}`}
    >
      <header className="fac-table-head">
        <h2 id={`fac-table-${n}`}>Table {n}</h2>
        {ended ? (
          <span className={`pill grade-pill grade-${table.grade}`}>Ended: {GRADE_LABEL[table.grade!]}</span>
        ) : table.paused ? (
          <span className="pill paused-pill" data-testid="paused-pill">
            <PauseIcon /> Paused
          </span>
        ) : (
          <span className="pill running-pill">
            <PlayIcon /> Running
          </span>
        )}
        {table.demo && (
          <span className="pill demo-pill" data-testid="demo-pill">
            Demonstration · bots only
          </span>
        )}
        {timer && timer.phase === phase && !ended && <Countdown timer={timer} />}
      </header>
      {!table.started && !table.demo && people === 0 && (
        <p className="hint" data-testid="no-students">
          No student yet: this table waits. Seat someone, or make it a bots-only demonstration.
        </p>
      )}
      <p className="fac-where">
        <span data-testid="fac-round">
          Round {Math.max(1, table.round)} of {table.rounds}
        </span>{' '}
        ·{' '}
        <span className={`phase phase-${phase}`} data-testid="fac-phase">
          {ended ? 'Game over' : (phaseLabel(phase) ?? phase)}
        </span>
      </p>
      {crisis && !ended && (
        <p className="fac-crisis small-text">
          Crisis: <strong>{crisis.title}</strong>
        </p>
      )}
      <TableClock table={table} finishAt={finishAt} />
      <TensionMeter value={table.tension} max={scenario.tuning.tensionMax} />
      <p className="fac-stats small-text">
        <span data-testid="chat-count">
          {table.chatCount} chat message{table.chatCount === 1 ? '' : 's'}
        </span>{' '}
        · {table.connections} connection{table.connections === 1 ? '' : 's'} open
        {Object.keys(table.durations).length > 0 && (
          <>
            {' '}
            · timers:{' '}
            {Object.entries(table.durations)
              .map(([p, secs]) => `${phaseLabel(p) ?? p} ${secs}s`)
              .join(', ')}
          </>
        )}
      </p>
      <ul className="fac-seats" aria-label={`Seats at table ${n}`}>
        {table.seats.map((seat) => {
          const look = roleLook(roleIds, seat.role ?? '');
          const st = seatStatus(table.phase, seat);
          const student = seat.student;
          const who = student
            ? student.benched
              ? `${student.name} (a bot plays for now)`
              : student.name
            : seat.bot
              ? 'Bot'
              : (seat.name ?? 'Empty seat');
          const online = seat.bot || seat.connected;
          const nobody = !seat.bot && !student && !seat.name;
          const rName = roleName(scenario, seat.role);
          return (
            <li
              key={seat.playerID}
              className={`fac-seat${over === seat.playerID ? ' drop-over' : ''}`}
              onDragOver={(e) => {
                if (ended || ![...e.dataTransfer.types].includes(STUDENT_MIME)) return;
                e.preventDefault();
                e.dataTransfer.dropEffect = 'move';
                setOver(seat.playerID);
              }}
              onDragLeave={() => setOver(null)}
              onDrop={(e) => drop(e, seat.playerID)}
              data-testid={`fac-seat-${n}-${seat.playerID}`}
            >
              <span className="fac-seat-role">
                <RoleIcon look={look} />
                <strong>{rName}</strong>
              </span>
              <span className="fac-seat-who">
                <span className="fac-seat-name">{who}</span>
                <span className="fac-seat-line">
                  {nobody ? (
                    <span className="fac-conn">nobody yet</span>
                  ) : (
                    <span className={`fac-conn ${online ? 'on' : 'off'}`}>
                      <span className={`conn-dot ${online ? 'on' : 'off'}`} aria-hidden="true" />
                      {seat.bot ? 'bot' : seat.connected ? 'online' : 'offline'}
                    </span>
                  )}
                  {st.text && (
                    <span className={`fac-seat-status${st.done ? ' done' : ''}`}>
                      {' · '}
                      {st.done && <span aria-hidden="true">✓ </span>}
                      {st.text}
                    </span>
                  )}
                  {seat.credibility !== null && <span> · credibility {seat.credibility}</span>}
                </span>
              </span>
              <span className="fac-seat-act">
                {!ended &&
                  (student?.benched ? (
                    <button
                      type="button"
                      className="small"
                      onClick={() =>
                        run(`${student.name} is back at table ${n}.`, {
                          action: 'human',
                          playerID: seat.playerID,
                        })
                      }
                    >
                      Back to {student.name}
                    </button>
                  ) : !seat.bot ? (
                    <button
                      type="button"
                      className="small"
                      onClick={() =>
                        run(`A bot plays the ${rName} at table ${n}.`, {
                          action: 'bot',
                          playerID: seat.playerID,
                        })
                      }
                      aria-label={`Bot takes over the ${rName} at table ${n}`}
                    >
                      Bot takes over
                    </button>
                  ) : null)}
              </span>
            </li>
          );
        })}
      </ul>
      {!ended && (
        <div className="actions fac-table-actions">
          {!table.started ? (
            <button
              type="button"
              className="primary"
              onClick={() => run(`Table ${n} started.`, { action: 'start' })}
              aria-label={`Start table ${n}`}
            >
              Start
            </button>
          ) : table.paused ? (
            <button
              type="button"
              className="primary"
              onClick={() => run(`Table ${n} resumed.`, { action: 'resume' })}
              aria-label={`Resume table ${n}`}
            >
              Resume
            </button>
          ) : (
            <button
              type="button"
              onClick={() => run(`Table ${n} paused.`, { action: 'pause' })}
              aria-label={`Pause table ${n}`}
            >
              Pause
            </button>
          )}
          {!table.started && (people === 0 || table.demo) && (
            <button
              type="button"
              onClick={() =>
                run(
                  table.demo
                    ? `Table ${n} is a class table again.`
                    : `Table ${n} is a bots-only demonstration: Start lets the bots play it.`,
                  { action: 'demo', on: !table.demo },
                )
              }
            >
              {table.demo ? 'Back to a class table' : 'Make it a bots-only demonstration'}
            </button>
          )}
          <button
            type="button"
            onClick={() => {
              if (
                window.confirm(
                  `Skip the ${(phaseLabel(phase) ?? phase).toLowerCase()} phase at table ${n}? Missing orders become “hold”, everyone is marked done, and a decision nobody made goes to that seat’s bot.`,
                )
              )
                void run(`Table ${n}: phase skipped.`, { action: 'skip' });
            }}
            aria-label={`Skip phase at table ${n}`}
          >
            Skip phase
          </button>
          <button type="button" onClick={() => onGodView(table.index)} aria-label={`God view of table ${n}`}>
            God view
          </button>
          <a
            className="button"
            href={paths.watch(table.matchID)}
            target="_blank"
            rel="noreferrer"
            aria-label={`Projector of table ${n} (opens a new tab)`}
          >
            Projector
          </a>
        </div>
      )}
      {ended && (
        <div className="actions fac-table-actions">
          <button type="button" onClick={() => onGodView(table.index)} aria-label={`God view of table ${n}`}>
            God view
          </button>
        </div>
      )}
    </section>
  );
}
