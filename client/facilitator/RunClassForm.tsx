// "Run a class" on the start page: several tables under one class code, each seat a student or a bot;
// then the facilitator's console opens with the class code in big letters for the students.
import { type FormEvent, useId, useState } from 'react';
import type { Variables } from '../../game/variables.ts';
import { useT } from '../i18n/i18n.ts';
import { ApiError } from '../lib/api.ts';
import { allScenarios, kindLabel, scenarioSummary } from '../lib/catalogue.ts';
import { navigate, paths } from '../lib/router.ts';
import { Field } from '../ui/Field.tsx';
import { Link } from '../ui/Link.tsx';
import { type VariableProblem, VariablesFields } from '../ui/VariablesFields.tsx';
import { finishAtFrom } from './clockTime.ts';
import { SavedSetups } from './SavedSetups.tsx';
import {
  issuesOf,
  readScenarioFile,
  ScenarioFileInput,
  type ScenarioIssue,
  ScenarioIssues,
  type ScenarioUploadFile,
} from './ScenarioUpload.tsx';
import { createSession, storedClasses, storeToken } from './sessionApi.ts';
import './runClass.css';

export const MAX_TABLES = 12;

export function RunClassForm() {
  const id = useId();
  const t = useT();
  const [scenarioId, setScenarioId] = useState(allScenarios()[0]!.id);
  const builtIn = scenarioSummary(scenarioId);
  /** A teacher's own scenario file, read but not yet checked by the server. */
  const [upload, setUpload] = useState<ScenarioUploadFile | null>(null);
  const [issues, setIssues] = useState<readonly ScenarioIssue[] | null>(null);
  const [fileKey, setFileKey] = useState(0);
  const scenario = upload ? { id: upload.data.id, roles: upload.roles } : builtIn;
  /** The lesson clock, "hh:mm" in the teacher's time zone (empty: none). */
  const [finishBy, setFinishBy] = useState('');
  const [tables, setTables] = useState('6');
  const [difficulty, setDifficulty] = useState('normal');
  /** `${table}:${playerID}` of the seats bots play from the start. */
  const [bots, setBots] = useState<ReadonlySet<string>>(new Set());
  const [variables, setVariables] = useState<Variables>({});
  const [varProblems, setVarProblems] = useState<readonly VariableProblem[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [mine] = useState(() => storedClasses().slice(0, 3));
  const n = Math.max(1, Math.min(MAX_TABLES, Math.floor(Number(tables)) || 1));
  const students = n * scenario.roles.length - [...bots].filter((k) => Number(k.split(':')[0]) < n).length;

  const toggle = (key: string) => {
    const next = new Set(bots);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    setBots(next);
  };

  const chooseFile = async (file: File | null) => {
    setIssues(null);
    setError(null);
    setUpload(null);
    if (!file) return;
    const read = await readScenarioFile(file, t);
    if (read.ok) setUpload(read.file);
    else setIssues(read.issues);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const count = Number(tables);
    if (!Number.isInteger(count) || count < 1 || count > MAX_TABLES) {
      setError(`Choose from 1 to ${MAX_TABLES} tables.`);
      return;
    }
    const finishAt = finishBy ? finishAtFrom(finishBy) : null;
    if (finishAt === 'bad') return setError(t('clock.bad'));
    if (finishAt === 'past') return setError(t('clock.past', { time: finishBy }));
    setBusy(true);
    setError(null);
    setIssues(null);
    setVarProblems(null);
    try {
      const perTable = Array.from({ length: count }, (_, table) =>
        scenario.roles.map((_, i) => String(i)).filter((pid) => bots.has(`${table}:${pid}`)),
      );
      const made = await createSession({
        tables: count,
        ...(upload ? { scenarioData: upload.data } : { scenario: builtIn.id }),
        bots: perTable,
        difficulty,
        ...(finishAt ? { finishAt } : {}),
        ...(!upload && Object.keys(variables).length > 0 ? { variables } : {}),
      });
      storeToken(made.code, made.facilitatorToken);
      navigate(`${paths.console(made.code)}?new=1`);
    } catch (err) {
      const found = issuesOf(err, t);
      if (err instanceof ApiError && err.code === 'bad_variables')
        setVarProblems(found ?? [{ path: 'variables', message: err.message }]);
      else if (found) setIssues(found);
      else setError(err instanceof ApiError ? err.message : t('runClass.failed'));
      setBusy(false);
    }
  };

  return (
    <section className="card way way-class" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('runClass.title')}</h2>
      <p className="muted">{t('runClass.intro')}</p>
      <form onSubmit={submit}>
        <Field label={t('create.scenario')}>
          <select
            value={scenarioId}
            disabled={upload !== null}
            onChange={(e) => {
              setScenarioId(e.target.value);
              setBots(new Set());
            }}
          >
            {allScenarios().map((s) => (
              <option key={s.id} value={s.id}>
                {t('create.scenarioOption', { name: s.name, seats: s.roles.length, rounds: s.rounds })}
              </option>
            ))}
          </select>
        </Field>
        <p className="hint">{builtIn.summary}</p>
        <fieldset className="upload">
          <legend>{t('upload.legend')}</legend>
          <p>
            {upload
              ? t('upload.chosen', { name: upload.name, file: upload.fileName })
              : t('upload.builtIn', { name: builtIn.name })}
          </p>
          <ScenarioFileInput key={fileKey} label={t('upload.label')} onFile={(f) => void chooseFile(f)} />
          {(upload || issues) && (
            <button
              type="button"
              onClick={() => {
                setUpload(null);
                setIssues(null);
                setFileKey((k) => k + 1);
              }}
            >
              {t('upload.clear')}
            </button>
          )}
          {issues && <ScenarioIssues issues={issues} />}
        </fieldset>
        {!upload && (
          <VariablesFields scenarioId={scenarioId} onChange={setVariables} problems={varProblems} />
        )}
        <Field label={t('runClass.tables', { seats: scenario.roles.length })}>
          <input
            type="number"
            min={1}
            max={MAX_TABLES}
            step={1}
            value={tables}
            onChange={(e) => setTables(e.target.value)}
            inputMode="numeric"
          />
        </Field>
        <p className="hint" aria-live="polite">
          {t('runClass.room', { count: students })}
        </p>
        <Field label={t('runClass.finishBy')}>
          <input
            type="time"
            value={finishBy}
            onChange={(e) => setFinishBy(e.target.value)}
            data-testid="finish-by"
          />
        </Field>
        <p className="hint">{t('runClass.finishHint')}</p>
        <details className="fold">
          <summary>{t('runClass.bots')}</summary>
          <p className="hint">{t('runClass.botsHint')}</p>
          <div className="table-scroll">
            <table className="bot-grid">
              <caption className="visually-hidden">{t('runClass.botsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('runClass.table')}</th>
                  {scenario.roles.map((r) => (
                    <th scope="col" key={r.id}>
                      {r.name}{' '}
                      <span className="kind">
                        {r.kind === 'faction' || r.kind === 'spoiler' || r.kind === 'guarantor'
                          ? kindLabel(r.kind)
                          : r.kind}
                      </span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {Array.from({ length: n }, (_, row) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: tables are numbered positions
                  <tr key={row}>
                    <th scope="row">{row + 1}</th>
                    {scenario.roles.map((r, i) => (
                      <td key={r.id}>
                        <input
                          type="checkbox"
                          checked={bots.has(`${row}:${i}`)}
                          onChange={() => toggle(`${row}:${i}`)}
                          aria-label={t('runClass.botSeat', { role: r.name, table: row + 1 })}
                        />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Field label={t('runClass.botLevel')}>
            <select value={difficulty} onChange={(e) => setDifficulty(e.target.value)}>
              <option value="easy">{t('difficulty.easy')}</option>
              <option value="normal">{t('difficulty.normal')}</option>
              <option value="hard">{t('difficulty.hard')}</option>
            </select>
          </Field>
        </details>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('runClass.creating') : t('runClass.create')}
        </button>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
      </form>
      <p className="hint">
        <Link to={paths.briefs()}>{t('runClass.briefs')}</Link>
        {t('runClass.briefsAfter')} · <Link to={paths.lessonPlan()}>{t('print.lessonPlan')}</Link> ·{' '}
        <Link to={paths.handout()}>{t('print.handout')}</Link>
      </p>
      <SavedSetups />
      {mine.length > 0 && (
        <p className="hint">
          {t('runClass.yours')}
          {mine.map((c, i) => (
            <span key={c.code}>
              {i > 0 && ', '}
              <Link to={paths.console(c.code)}>{c.code}</Link>
            </span>
          ))}
        </p>
      )}
    </section>
  );
}
