// "Create a table": choose the scenario and which seats are people or bots; then share the code.
import { type FormEvent, useId, useState } from 'react';
import { checkVariables, type Variables } from '../../game/variables.ts';
import { useT } from '../i18n/i18n.ts';
import { ApiError, botFor, type Created, createTable, type Difficulty } from '../lib/api.ts';
import { allScenarios, kindLabel, scenarioContent, scenarioSummary } from '../lib/catalogue.ts';
import { rememberHosted } from '../lib/seatStore.ts';
import { Field } from '../ui/Field.tsx';
import { type VariableProblem, VariablesFields } from '../ui/VariablesFields.tsx';
import { TableCreated } from './TableCreated.tsx';

type SeatChoice = 'human' | Difficulty;

export function CreateForm() {
  const t = useT();
  const id = useId();
  const [scenarioId, setScenarioId] = useState(allScenarios()[0]!.id);
  const scenario = scenarioSummary(scenarioId);
  const [choices, setChoices] = useState<Record<string, SeatChoice>>({});
  const [variables, setVariables] = useState<Variables>({});
  const [problems, setProblems] = useState<readonly VariableProblem[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<Created | null>(null);

  const choiceOf = (role: string): SeatChoice => choices[role] ?? 'human';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    // The same check the server makes, listed by path before anything is created.
    const content = scenarioContent(scenario.id);
    const found = content ? checkVariables(content, variables) : [];
    setProblems(found.map((i) => ({ path: i.path.join('.') || 'variables', message: i.message })));
    if (found.length > 0) return;
    setBusy(true);
    setError(null);
    try {
      const bots: Record<string, ReturnType<typeof botFor>> = {};
      scenario.roles.forEach((r, i) => {
        const c = choiceOf(r.id);
        if (c !== 'human') bots[String(i)] = botFor(c);
      });
      const made = await createTable({
        scenario: scenario.id,
        numPlayers: scenario.roles.length,
        bots,
        ...(Object.keys(variables).length > 0 ? { variables } : {}),
      });
      rememberHosted(made);
      setCreated(made);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('common.genericError'));
    } finally {
      setBusy(false);
    }
  };

  if (created)
    return <TableCreated created={created} scenario={scenario} onAnother={() => setCreated(null)} />;

  return (
    <section className="card way" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('create.title')}</h2>
      <p className="muted">{t('create.lead')}</p>
      <form onSubmit={submit}>
        <Field label={t('create.scenario')}>
          <select value={scenarioId} onChange={(e) => setScenarioId(e.target.value)}>
            {allScenarios().map((s) => (
              <option key={s.id} value={s.id}>
                {t('create.scenarioOption', { name: s.name, seats: s.roles.length, rounds: s.rounds })}
              </option>
            ))}
          </select>
        </Field>
        <p className="hint">{scenario.summary}</p>
        <fieldset>
          <legend>{t('create.who')}</legend>
          <div className="seat-config">
            {scenario.roles.map((r) => (
              <label key={r.id} className="seat-row">
                <span>
                  <strong>{r.name}</strong> <span className="kind">{kindLabel(r.kind)}</span>
                </span>
                <select
                  value={choiceOf(r.id)}
                  onChange={(e) => setChoices({ ...choices, [r.id]: e.target.value as SeatChoice })}
                  aria-label={t('create.whoPlays', { role: r.name })}
                >
                  <option value="human">{t('create.person')}</option>
                  <option value="easy">{t('create.botEasy')}</option>
                  <option value="normal">{t('create.botNormal')}</option>
                  <option value="hard">{t('create.botHard')}</option>
                </select>
              </label>
            ))}
          </div>
        </fieldset>
        <VariablesFields scenarioId={scenario.id} onChange={setVariables} problems={problems} />
        <p className="hint">{t('create.hostHint')}</p>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('create.busy') : t('create.submit')}
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
