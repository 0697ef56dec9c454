// A guarantor announces when it will leave: relief at home, worry among the factions.
import { type FormEvent, useState } from 'react';
import { useT } from '../i18n/i18n.ts';
import { Field } from '../ui/Field.tsx';
import { useTable } from './tableContext.ts';

export function ExitForm() {
  const t = useT();
  const { G, conn } = useTable();
  const [round, setRound] = useState(Math.min(G.options.rounds, G.round + 2));
  const choices = [];
  for (let r = G.round + 1; r <= G.options.rounds; r++) choices.push(r);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    conn.act('announceExit', [round]);
  };
  if (choices.length === 0) return <p className="muted">{t('exit.late')}</p>;
  return (
    <form onSubmit={submit}>
      <p className="hint">{t('exit.hint')}</p>
      <Field label={t('exit.after')} className="inline">
        <select value={round} onChange={(e) => setRound(Number(e.target.value))}>
          {choices.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </Field>
      <button type="submit">{t('exit.submit')}</button>
    </form>
  );
}
