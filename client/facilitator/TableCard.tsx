// One table in the console: round, phase, countdown, Tension against its maximum, who is in (orders,
// ready, connection), chat volume; its controls; and its seats as drop targets for students.
import { type DragEvent, useMemo, useState } from 'react';
import type { Scenario } from '../../game/content/schema.ts';
import { theRole } from '../i18n/content.ts';
import { t, useT } from '../i18n/i18n.ts';
import { Rich } from '../i18n/Rich.tsx';
import { roleLook } from '../lib/roleStyle.ts';
import { paths } from '../lib/router.ts';
import { Countdown } from '../table/Countdown.tsx';
import { phaseLabel } from '../table/words.ts';
import { RoleIcon } from '../ui/RoleBadge.tsx';
import type { Act } from './ConsolePage.tsx';
import { TableClock } from './LessonClock.tsx';
import { control, type SeatSnap, type TableSnap } from './sessionApi.ts';

/** A table's outcome in the current language. */
export function gradeLabel(grade: 'durable' | 'fragile' | 'collapsed'): string {
  return t(`debrief.grade.${grade}`);
}

export const STUDENT_MIME = 'application/x-ceasefire-student';

export function roleName(s: Scenario, role: string | null): string {
  return s.roles.find((r) => r.id === role)?.name ?? role ?? '?';
}

export function TensionMeter({ value, max }: { value: number; max: number }) {
  const t = useT();
  const pct = Math.max(0, Math.min(100, (value / max) * 100));
  const danger = value >= max * 0.75;
  return (
    <div className={`tension-meter${danger ? ' danger' : ''}`}>
      <div className="track-head">
        <span>{t('tcard.tension')}</span>
        <span className="track-value" data-testid="fac-tension">
          {value} / {max}
          {value >= max ? t('tcard.collapsed') : danger ? t('tcard.close') : ''}
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
      return seat.ready
        ? { text: t('tcard.doneNegotiating'), done: true }
        : { text: t('tcard.negotiating'), done: false };
    case 'orders':
      return seat.ordersIn
        ? { text: t('tcard.ordersIn'), done: true }
        : { text: t('tcard.noOrders'), done: false };
    case 'review':
      return seat.ready ? { text: t('tcard.ready'), done: true } : { text: t('tcard.reading'), done: false };
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
  const t = useT();
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
        <h2 id={`fac-table-${n}`}>{t('tcard.title', { n })}</h2>
        {ended ? (
          <span className={`pill grade-pill grade-${table.grade}`}>
            {t('tcard.ended', { grade: gradeLabel(table.grade!) })}
          </span>
        ) : table.paused ? (
          <span className="pill paused-pill" data-testid="paused-pill">
            <PauseIcon /> {t('tcard.paused')}
          </span>
        ) : (
          <span className="pill running-pill">
            <PlayIcon /> {t('tcard.running')}
          </span>
        )}
        {table.demo && (
          <span className="pill demo-pill" data-testid="demo-pill">
            {t('tcard.demo')}
          </span>
        )}
        {timer && timer.phase === phase && !ended && <Countdown timer={timer} />}
      </header>
      {!table.started && !table.demo && people === 0 && (
        <p className="hint" data-testid="no-students">
          {t('tcard.noStudents')}
        </p>
      )}
      <p className="fac-where">
        <span data-testid="fac-round">
          {t('tcard.round', { round: Math.max(1, table.round), rounds: table.rounds })}
        </span>{' '}
        ·{' '}
        <span className={`phase phase-${phase}`} data-testid="fac-phase">
          {ended ? t('tcard.over') : (phaseLabel(phase) ?? phase)}
        </span>
      </p>
      {crisis && !ended && (
        <p className="fac-crisis small-text">
          <Rich k="tcard.crisis" params={{ title: crisis.title }} />
        </p>
      )}
      <TableClock table={table} finishAt={finishAt} />
      <TensionMeter value={table.tension} max={scenario.tuning.tensionMax} />
      <p className="fac-stats small-text">
        <span data-testid="chat-count">{t('tcard.chats', { count: table.chatCount })}</span>
        {t('tcard.connections', { count: table.connections })}
        {Object.keys(table.durations).length > 0 &&
          t('tcard.timers', {
            list: Object.entries(table.durations)
              .map(([p, secs]) => `${phaseLabel(p) ?? p} ${secs}s`)
              .join(', '),
          })}
      </p>
      <ul className="fac-seats" aria-label={t('tcard.seats', { n })}>
        {table.seats.map((seat) => {
          const look = roleLook(roleIds, seat.role ?? '');
          const st = seatStatus(table.phase, seat);
          const student = seat.student;
          const who = student
            ? student.benched
              ? t('tcard.benched', { name: student.name })
              : student.name
            : seat.bot
              ? t('tcard.bot')
              : (seat.name ?? t('tcard.empty'));
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
                    <span className="fac-conn">{t('tcard.nobody')}</span>
                  ) : (
                    <span className={`fac-conn ${online ? 'on' : 'off'}`}>
                      <span className={`conn-dot ${online ? 'on' : 'off'}`} aria-hidden="true" />
                      {seat.bot
                        ? t('tcard.botConn')
                        : seat.connected
                          ? t('tcard.online')
                          : t('tcard.offline')}
                    </span>
                  )}
                  {st.text && (
                    <span className={`fac-seat-status${st.done ? ' done' : ''}`}>
                      {' · '}
                      {st.done && <span aria-hidden="true">✓ </span>}
                      {st.text}
                    </span>
                  )}
                  {seat.credibility !== null && (
                    <span>{t('tcard.credibility', { n: seat.credibility })}</span>
                  )}
                </span>
              </span>
              <span className="fac-seat-act">
                {!ended &&
                  (student?.benched ? (
                    <button
                      type="button"
                      className="small"
                      onClick={() =>
                        run(t('tcard.backDone', { name: student.name, n }), {
                          action: 'human',
                          playerID: seat.playerID,
                        })
                      }
                    >
                      {t('tcard.backTo', { name: student.name })}
                    </button>
                  ) : !seat.bot ? (
                    <button
                      type="button"
                      className="small"
                      onClick={() =>
                        run(t('tcard.botDone', { role: theRole(scenario, seat.role ?? ''), n }), {
                          action: 'bot',
                          playerID: seat.playerID,
                        })
                      }
                      aria-label={t('tcard.botAria', { role: theRole(scenario, seat.role ?? ''), n })}
                    >
                      {t('tcard.botTakes')}
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
              onClick={() => run(t('tcard.startDone', { n }), { action: 'start' })}
              aria-label={t('tcard.startAria', { n })}
            >
              {t('tcard.start')}
            </button>
          ) : table.paused ? (
            <button
              type="button"
              className="primary"
              onClick={() => run(t('tcard.resumeDone', { n }), { action: 'resume' })}
              aria-label={t('tcard.resumeAria', { n })}
            >
              {t('tcard.resume')}
            </button>
          ) : (
            <button
              type="button"
              onClick={() => run(t('tcard.pauseDone', { n }), { action: 'pause' })}
              aria-label={t('tcard.pauseAria', { n })}
            >
              {t('tcard.pause')}
            </button>
          )}
          {!table.started && (people === 0 || table.demo) && (
            <button
              type="button"
              onClick={() =>
                run(table.demo ? t('tcard.demoOff', { n }) : t('tcard.demoOn', { n }), {
                  action: 'demo',
                  on: !table.demo,
                })
              }
            >
              {table.demo ? t('tcard.toClass') : t('tcard.toDemo')}
            </button>
          )}
          <button
            type="button"
            onClick={() => {
              if (
                window.confirm(
                  t('tcard.skipConfirm', { phase: (phaseLabel(phase) ?? phase).toLowerCase(), n }),
                )
              )
                void run(t('tcard.skipDone', { n }), { action: 'skip' });
            }}
            aria-label={t('tcard.skipAria', { n })}
          >
            {t('tcard.skip')}
          </button>
          <button type="button" onClick={() => onGodView(table.index)} aria-label={t('tcard.godAria', { n })}>
            {t('tcard.god')}
          </button>
          <a
            className="button"
            href={paths.watch(table.matchID)}
            target="_blank"
            rel="noreferrer"
            aria-label={t('tcard.projectorAria', { n })}
          >
            {t('tcard.projector')}
          </a>
        </div>
      )}
      {ended && (
        <div className="actions fac-table-actions">
          <button type="button" onClick={() => onGodView(table.index)} aria-label={t('tcard.godAria', { n })}>
            {t('tcard.god')}
          </button>
        </div>
      )}
    </section>
  );
}
