// The students who typed the class code: where each one sits, and ways to seat them — auto-assign, a
// seat picker per student (keyboard), or dragging a student onto a seat of a table.
import { type ChangeEvent, useEffect, useId, useState } from 'react';
import type { Scenario } from '../../game/content/schema.ts';
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
  const id = useId();
  const free = freeSeats(snapshot);
  const waiting = snapshot.students.filter((s) => s.playerID === null);
  const roleAt = (table: number, pid: string) =>
    roleName(scenario, snapshot.tables[table]?.seats.find((x) => x.playerID === pid)?.role ?? null);

  return (
    <section className="card fac-students" aria-labelledby={`${id}-t`}>
      <h2 id={`${id}-t`}>
        Students <span className="muted">({snapshot.students.length})</span>
      </h2>
      {snapshot.students.length === 0 ? (
        <p className="muted" role="status">
          Nobody has joined yet. Students type the class code <strong>{code}</strong> on the start page.
        </p>
      ) : (
        <p className="hint" role="status">
          {waiting.length === 0
            ? 'Everyone is seated.'
            : `${waiting.length} waiting for a seat. ${free.length} free seat${free.length === 1 ? '' : 's'} (bots’ seats included).`}
        </p>
      )}
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={waiting.length === 0 || free.length === 0}
          onClick={() =>
            act('Auto-assign', async () => {
              const r = await autoSeat(code, token);
              return `Seated ${r.seated} student${r.seated === 1 ? '' : 's'}, evenly across the tables.`;
            })
          }
        >
          Auto-assign waiting students
        </button>
      </div>
      <p className="hint">
        Auto-assign spreads students evenly and fills the roles in the order below. Or choose a seat for a
        student, or drag a student onto a seat of a table. A student seated on a bot’s seat takes it over.
        Students who arrive after the start join the emptiest table.
      </p>
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
                ? `Table ${s.table + 1} · ${roleAt(s.table, s.playerID)}`
                : null
            }
            scenario={scenario}
            onSeat={(table, pid) =>
              act(`${s.name} seated at table ${table + 1}.`, () => seatStudent(code, token, s.id, table, pid))
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
  const id = useId();
  const [choice, setChoice] = useState('');
  // Once the student sits somewhere else (this picker, a drag, auto-assign), the old choice is stale.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the seat changes
  useEffect(() => setChoice(''), [where]);
  const seatText = where
    ? student.benched
      ? `${where} — a bot plays for now`
      : where
    : 'Waiting for a seat';
  const status = student.joined ? seatText : `${seatText} · not signed in yet`;
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
          const [t, pid] = choice.split(':');
          if (t !== undefined && pid !== undefined && choice) onSeat(Number(t), pid);
        }}
      >
        <label htmlFor={`${id}-seat`} className="visually-hidden">
          Seat for {student.name}
        </label>
        <select id={`${id}-seat`} value={choice} onChange={(e) => setChoice(e.target.value)}>
          <option value="">{where ? 'Move to…' : 'Choose a seat…'}</option>
          {free.map((f) => (
            <option key={`${f.table}:${f.playerID}`} value={`${f.table}:${f.playerID}`}>
              Table {f.table + 1} — {roleName(scenario, f.role)}
              {f.bot ? ' (bot)' : ''}
            </option>
          ))}
        </select>
        <button type="submit" className="small" disabled={!choice}>
          Seat
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
  const id = useId();
  const move = (i: number, by: -1 | 1) => {
    const next = [...order];
    const [r] = next.splice(i, 1);
    next.splice(i + by, 0, r!);
    void act(`Roles are filled in this order: ${next.map((x) => roleName(scenario, x)).join(', ')}.`, () =>
      setRoleOrder(code, token, next),
    );
  };
  return (
    <details className="fold fac-role-order">
      <summary id={`${id}-t`}>Which roles students get first</summary>
      <ol aria-labelledby={`${id}-t`}>
        {order.map((r, i) => (
          <li key={r} data-testid={`role-order-${i + 1}`}>
            <span>{roleName(scenario, r)}</span>
            <button
              type="button"
              className="small"
              disabled={i === 0}
              onClick={() => move(i, -1)}
              aria-label={`Move ${roleName(scenario, r)} up`}
            >
              Up
            </button>
            <button
              type="button"
              className="small"
              disabled={i === order.length - 1}
              onClick={() => move(i, 1)}
              aria-label={`Move ${roleName(scenario, r)} down`}
            >
              Down
            </button>
          </li>
        ))}
      </ol>
    </details>
  );
}

/** A class list, pasted or from a CSV file: the names wait to be seated and to sign in. */
function RosterImport({ code, token, act }: { code: string; token: string; act: Act }) {
  const id = useId();
  const [text, setText] = useState('');
  const file = async (e: ChangeEvent<HTMLInputElement>) => {
    const f = e.target.files?.[0];
    if (f) setText(await f.text());
  };
  return (
    <details className="fold fac-roster">
      <summary>Import a class list</summary>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const ok = await act('Roster', async () => {
            const r = await importRoster(code, token, text);
            return `Added ${r.added} name${r.added === 1 ? '' : 's'} from the list. Each student types the same name to sign in.`;
          });
          if (ok) setText('');
        }}
      >
        <label htmlFor={`${id}-names`}>Names, one a line (or a CSV with a “name” column)</label>
        <textarea id={`${id}-names`} rows={5} value={text} onChange={(e) => setText(e.target.value)} />
        <label htmlFor={`${id}-file`}>Or a CSV file</label>
        <input id={`${id}-file`} type="file" accept=".csv,.txt,text/csv,text/plain" onChange={file} />
        <button type="submit" className="small" disabled={text.trim().length === 0}>
          Add these names
        </button>
      </form>
    </details>
  );
}
