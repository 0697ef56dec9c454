// "Create a table": choose the scenario and which seats are people or bots; then share the code.
import { type FormEvent, useId, useState } from 'react';
import { ApiError, botFor, type Created, createTable, type Difficulty } from '../lib/api.ts';
import { KIND_LABEL, scenarioSummary, scenarios } from '../lib/catalogue.ts';
import { rememberHosted } from '../lib/seatStore.ts';
import { Field } from '../ui/Field.tsx';
import { TableCreated } from './TableCreated.tsx';

type SeatChoice = 'human' | Difficulty;

export function CreateForm() {
  const id = useId();
  const [scenarioId, setScenarioId] = useState(scenarios[0]!.id);
  const scenario = scenarioSummary(scenarioId);
  const [choices, setChoices] = useState<Record<string, SeatChoice>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<Created | null>(null);

  const choiceOf = (role: string): SeatChoice => choices[role] ?? 'human';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const bots: Record<string, ReturnType<typeof botFor>> = {};
      scenario.roles.forEach((r, i) => {
        const c = choiceOf(r.id);
        if (c !== 'human') bots[String(i)] = botFor(c);
      });
      const made = await createTable({ scenario: scenario.id, numPlayers: scenario.roles.length, bots });
      rememberHosted(made);
      setCreated(made);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : 'Something went wrong. Please try again.');
    } finally {
      setBusy(false);
    }
  };

  if (created)
    return <TableCreated created={created} scenario={scenario} onAnother={() => setCreated(null)} />;

  return (
    <section className="card way" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Create a table</h2>
      <p className="muted">For friends, a class or a workshop. You get a code that others type in or scan.</p>
      <form onSubmit={submit}>
        <Field label="Scenario">
          <select value={scenarioId} onChange={(e) => setScenarioId(e.target.value)}>
            {scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} ({s.roles.length} seats, {s.rounds} rounds)
              </option>
            ))}
          </select>
        </Field>
        <p className="hint">{scenario.summary}</p>
        <fieldset>
          <legend>Who plays each seat?</legend>
          <div className="seat-config">
            {scenario.roles.map((r) => (
              <label key={r.id} className="seat-row">
                <span>
                  <strong>{r.name}</strong> <span className="kind">{KIND_LABEL[r.kind]}</span>
                </span>
                <select
                  value={choiceOf(r.id)}
                  onChange={(e) => setChoices({ ...choices, [r.id]: e.target.value as SeatChoice })}
                  aria-label={`Who plays the ${r.name}`}
                >
                  <option value="human">A person</option>
                  <option value="easy">Bot — easy</option>
                  <option value="normal">Bot — normal</option>
                  <option value="hard">Bot — hard</option>
                </select>
              </label>
            ))}
          </div>
        </fieldset>
        <p className="hint">
          As the host (this browser keeps your host key), you can later let a bot play a seat nobody took, or
          take a bot’s seat yourself.
        </p>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Creating…' : 'Create the table'}
        </button>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
