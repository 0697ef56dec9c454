// The students who typed the class code: where each one sits, and ways to seat them — auto-assign, a
// seat picker per student (keyboard), or dragging a student onto a seat of a table.

import { type ChangeEvent, useEffect, useId, useState } from 'react';
import type { Scenario } from '../../game/content/schema.ts';
import { useT } from '../i18n/i18n.ts';
import { Rich } from '../i18n/Rich.tsx';
import type { Act } from './ConsolePage.tsx';
import {
  autoSeat,
  importRoster,
  type SessionSnapshot,
  type StudentSnap,
  seatStudent,
  setRoleOrder,
} from './sessionApi.ts';
import { roleName, STUDENT_MIME } from './TableCard.tsx';

interface Free {
  readonly table: number;
  readonly playerID: string;
  readonly role: string | null;
  readonly bot: boolean;
}

export function freeSeats(snapshot: SessionSnapshot): Free[] {
  const out: Free[] = [];
  for (const t of snapshot.tables) {
    if (t.grade !== null || t.demo) continue;
    for (const s of t.seats)
      if (!s.student && (s.bot || !s.name))
        out.push({ table: t.index, playerID: s.playerID, role: s.role, bot: s.bot });
  }
  return out;
}

export function StudentsPanel({
  code,
  token,
  snapshot,
  scenario,
  act,
}: {
  code: string;
  token: string;
  snapshot: SessionSnapshot;
  scenario: Scenario;
  act: Act;
}) {
  const t = useT();
  const id = useId();
  const free = freeSeats(snapshot);
  const waiting = snapshot.students.filter((s) => s.playerID === null);
  const roleAt = (table: number, pid: string) =>
    roleName(scenario, snapshot.tables[table]?.seats.find((x) => x.playerID === pid)?.role ?? null);

  return (
    <section className="card fac-students" aria-labelledby={`${id}-t`}>
      <h2 id={`${id}-t`}>
        <Rich
          k="students.title"
          params={{ n: snapshot.students.length }}
          tags={{ span: (x) => <span className="muted">{x}</span> }}
        />
      </h2>
      {snapshot.students.length === 0 ? (
        <p className="muted" role="status">
          <Rich k="students.none" params={{ code }} />
        </p>
      ) : (
        <p className="hint" role="status">
          {waiting.length === 0
            ? t('students.allSeated')
            : t('students.waiting', {
                count: waiting.length,
                free: t('students.freeSeats', { count: free.length }),
              })}
        </p>
      )}
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={waiting.length === 0 || free.length === 0}
          onClick={() =>
            act(t('students.autoLabel'), async () => {
              const r = await autoSeat(code, token);
              return t('students.autoDone', { count: r.seated });
            })
          }
        >
          {t('students.auto')}
        </button>
      </div>
      <p className="hint">{t('students.hint')}</p>
      <RoleOrder code={code} token={token} order={snapshot.roleOrder} scenario={scenario} act={act} />
      <RosterImport code={code} token={token} act={act} />
      <ul className="fac-student-list">
        {snapshot.students.map((s) => (
          <StudentRow
            key={s.id}
            student={s}
            free={free}
            where={
              s.table !== null && s.playerID !== null
                ? t('students.where', { n: s.table + 1, role: roleAt(s.table, s.playerID) })
                : null
            }
            scenario={scenario}
            onSeat={(table, pid) =>
              act(t('students.seated', { name: s.name, n: table + 1 }), () =>
                seatStudent(code, token, s.id, table, pid),
              )
            }
          />
        ))}
      </ul>
    </section>
  );
}

function StudentRow({
  student,
  free,
  where,
  scenario,
  onSeat,
}: {
  student: StudentSnap;
  free: readonly Free[];
  where: string | null;
  scenario: Scenario;
  onSeat: (table: number, playerID: string) => void;
}) {
  const t = useT();
  const id = useId();
  const [choice, setChoice] = useState('');
  // Once the student sits somewhere else (this picker, a drag, auto-assign), the old choice is stale.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the seat changes
  useEffect(() => setChoice(''), [where]);
  const seatText = where
    ? student.benched
      ? t('students.benched', { where })
      : where
    : t('students.waitingSeat');
  const status = student.joined ? seatText : t('students.notSignedIn', { status: seatText });
  return (
    <li
      className={`fac-student${where ? '' : ' waiting'}`}
      draggable
      onDragStart={(e) => {
        e.dataTransfer.setData(STUDENT_MIME, student.id);
        e.dataTransfer.setData('text/plain', student.id);
        e.dataTransfer.effectAllowed = 'move';
      }}
      data-testid={`student-${student.name}`}
    >
      <span className="drag-handle" aria-hidden="true">
        ⠿
      </span>
      <span className="fac-student-name">
        <strong>{student.name}</strong>
        <span className="small-text">{status}</span>
      </span>
      <form
        className="fac-student-seat"
        onSubmit={(e) => {
          e.preventDefault();
          const [tb, pid] = choice.split(':');
          if (tb !== undefined && pid !== undefined && choice) onSeat(Number(tb), pid);
        }}
      >
        <label htmlFor={`${id}-seat`} className="visually-hidden">
          {t('students.seatFor', { name: student.name })}
        </label>
        <select id={`${id}-seat`} value={choice} onChange={(e) => setChoice(e.target.value)}>
          <option value="">{where ? t('students.moveTo') : t('students.choose')}</option>
          {free.map((f) => (
            <option key={`${f.table}:${f.playerID}`} value={`${f.table}:${f.playerID}`}>
              {t('students.option', { n: f.table + 1, role: roleName(scenario, f.role) })}
              {f.bot ? t('students.bot') : ''}
            </option>
          ))}
        </select>
        <button type="submit" className="small" disabled={!choice}>
          {t('students.seat')}
        </button>
      </form>
    </li>
  );
}

/** The order of importance auto-assign fills roles in; moved with Up / Down buttons. */
function RoleOrder({
  code,
  token,
  order,
  scenario,
  act,
}: {
  code: string;
  token: string;
  order: readonly string[];
  scenario: Scenario;
  act: Act;
}) {
  const t = useT();
  const id = useId();
  const move = (i: number, by: -1 | 1) => {
    const next = [...order];
    const [r] = next.splice(i, 1);
    next.splice(i + by, 0, r!);
    void act(t('students.orderDone', { list: next.map((x) => roleName(scenario, x)).join(', ') }), () =>
      setRoleOrder(code, token, next),
    );
  };
  return (
    <details className="fold fac-role-order">
      <summary id={`${id}-t`}>{t('students.orderTitle')}</summary>
      <ol aria-labelledby={`${id}-t`}>
        {order.map((r, i) => (
          <li key={r} data-testid={`role-order-${i + 1}`}>
            <span>{roleName(scenario, r)}</span>
            <button
              type="button"
              className="small"
              disabled={i === 0}
              onClick={() => move(i, -1)}
              aria-label={t('students.up', { role: roleName(scenario, r) })}
            >
              {t('students.upShort')}
            </button>
            <button
              type="button"
              className="small"
              disabled={i === order.length - 1}
              onClick={() => move(i, 1)}
              aria-label={t('students.down', { role: roleName(scenario, r) })}
            >
              {t('students.downShort')}
            </button>
          </li>
        ))}
      </ol>
    </details>
  );
}

/** A class list, pasted or from a CSV file: the names wait to be seated and to sign in. */
function RosterImport({ code, token, act }: { code: string; token: string; act: Act }) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState('');
  const file = async (e: ChangeEvent<HTMLInputElement>) => {
    const f = e.target.files?.[0];
    if (f) setText(await f.text());
  };
  return (
    <details className="fold fac-roster">
      <summary>{t('roster.title')}</summary>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const ok = await act(t('roster.label'), async () => {
            const r = await importRoster(code, token, text);
            return t('roster.done', { count: r.added });
          });
          if (ok) setText('');
        }}
      >
        <label htmlFor={`${id}-names`}>{t('roster.names')}</label>
        <textarea id={`${id}-names`} rows={5} value={text} onChange={(e) => setText(e.target.value)} />
        <label htmlFor={`${id}-file`}>{t('roster.file')}</label>
        <input id={`${id}-file`} type="file" accept=".csv,.txt,text/csv,text/plain" onChange={file} />
        <button type="submit" className="small" disabled={text.trim().length === 0}>
          {t('roster.add')}
        </button>
      </form>
    </details>
  );
}
