// "Play solo": pick a role and a difficulty; bots take every other seat.
import { type FormEvent, useId, useState } from 'react';
import { useT } from '../i18n/i18n.ts';
import { ApiError, botFor, createTable, type Difficulty } from '../lib/api.ts';
import { allScenarios, kindLabel, scenarioSummary } from '../lib/catalogue.ts';
import { navigate, paths } from '../lib/router.ts';
import { holdSeat, lastName, rememberHosted, rememberName } from '../lib/seatStore.ts';
import { Field } from '../ui/Field.tsx';
import { DifficultyPicker } from './DifficultyPicker.tsx';

export function SoloForm() {
  const t = useT();
  const [scenarioId, setScenarioId] = useState(allScenarios()[0]!.id);
  const scenario = scenarioSummary(scenarioId);
  const [role, setRole] = useState(scenario.roles[0]!.id);
  const [difficulty, setDifficulty] = useState<Difficulty>('normal');
  const [name, setName] = useState(lastName());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  const start = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const me = String(scenario.roles.findIndex((r) => r.id === role));
      const bots = Object.fromEntries(
        scenario.roles
          .map((_, i) => String(i))
          .filter((pid) => pid !== me)
          .map((pid) => [pid, botFor(difficulty)]),
      );
      const playerName = name.trim() || t('common.player');
      rememberName(name.trim());
      // A solo table seats me at creation and takes nobody else.
      const created = await createTable({
        scenario: scenario.id,
        numPlayers: scenario.roles.length,
        bots,
        solo: { playerID: me, name: playerName },
      });
      if (!created.seat) throw new ApiError(500, 'no_seat', t('solo.noSeat'));
      rememberHosted(created);
      holdSeat({ matchID: created.matchID, ...created.seat, name: playerName, joinCode: created.joinCode });
      navigate(paths.play(created.matchID));
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('common.genericError'));
      setBusy(false);
    }
  };

  return (
    <section className="card way" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('solo.title')}</h2>
      <p className="muted">{t('solo.lead')}</p>
      <form onSubmit={start}>
        <Field label={t('create.scenario')}>
          <select
            value={scenarioId}
            onChange={(e) => {
              const next = scenarioSummary(e.target.value);
              setScenarioId(next.id);
              if (!next.roles.some((r) => r.id === role)) setRole(next.roles[0]!.id);
            }}
          >
            {allScenarios().map((s) => (
              <option key={s.id} value={s.id}>
                {t('create.scenarioOption', { name: s.name, seats: s.roles.length, rounds: s.rounds })}
              </option>
            ))}
          </select>
        </Field>
        <fieldset>
          <legend>{t('solo.role')}</legend>
          <div className="role-choices">
            {scenario.roles.map((r) => (
              <div key={r.id} className="role-choice">
                <input
                  type="radio"
                  id={`${id}-role-${r.id}`}
                  name={`${id}-role`}
                  value={r.id}
                  checked={role === r.id}
                  onChange={() => setRole(r.id)}
                  aria-describedby={`${id}-goal-${r.id}`}
                />
                <span>
                  <label htmlFor={`${id}-role-${r.id}`}>
                    <strong>{r.name}</strong>
                  </label>{' '}
                  <span className="kind">{kindLabel(r.kind)}</span>
                  <span className="role-goal" id={`${id}-goal-${r.id}`}>
                    {r.objective}
                  </span>
                </span>
              </div>
            ))}
          </div>
        </fieldset>
        <DifficultyPicker name={`${id}-difficulty`} value={difficulty} onChange={setDifficulty} />
        <Field label={t('common.yourNameOptional')}>
          <input
            value={name}
            maxLength={40}
            autoComplete="nickname"
            onChange={(e) => setName(e.target.value)}
          />
        </Field>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('solo.busy') : t('solo.start')}
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
