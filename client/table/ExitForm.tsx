// A guarantor announces when it will leave: relief at home, worry among the factions.
import { type FormEvent, useState } from 'react';
import { Field } from '../ui/Field.tsx';
import { useTable } from './tableContext.ts';

export function ExitForm() {
  const { G, conn } = useTable();
  const [round, setRound] = useState(Math.min(G.options.rounds, G.round + 2));
  const choices = [];
  for (let r = G.round + 1; r <= G.options.rounds; r++) choices.push(r);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    conn.act('announceExit', [round]);
  };
  if (choices.length === 0) return <p className="muted">It is too late to announce an exit.</p>;
  return (
    <form onSubmit={submit}>
      <p className="hint">
        Approval at home rises by 2, but both factions’ Fear rises by 1. You cannot take it back.
      </p>
      <Field label="Leave after round" className="inline">
        <select value={round} onChange={(e) => setRound(Number(e.target.value))}>
          {choices.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </Field>
      <button type="submit">Announce the exit</button>
    </form>
  );
}
