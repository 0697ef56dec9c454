// The students who typed the class code: where each one sits, and ways to seat them — auto-assign, a
// seat picker per student (keyboard), or dragging a student onto a seat of a table.
import { useEffect, useId, useState } from 'react';
import type { Scenario } from '../../game/content/schema.ts';
import type { Act } from './ConsolePage.tsx';
import { autoSeat, type SessionSnapshot, type StudentSnap, seatStudent } from './sessionApi.ts';
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
    if (t.grade !== null) continue;
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
              return `Seated ${r.seated} student${r.seated === 1 ? '' : 's'}, table after table.`;
            })
          }
        >
          Auto-assign waiting students
        </button>
      </div>
      <p className="hint">
        Or choose a seat for a student below, or drag a student onto a seat of a table. A student seated on a
        bot’s seat takes it over.
      </p>
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
  const status = where ? (student.benched ? `${where} — a bot plays for now` : where) : 'Waiting for a seat';
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
