// The console's scenario card: which scenario the class plays and, until a table starts, an upload that
// deals every table again on the teacher's own scenario (the server's problems listed with their paths).
import { useId, useState } from 'react';
import { useT } from '../i18n/i18n.ts';
import { ApiError } from '../lib/api.ts';
import { ensureScenario } from '../lib/scenarios.ts';
import { VariablesNote } from '../ui/VariablesNote.tsx';
import {
  issuesOf,
  readScenarioFile,
  ScenarioFileInput,
  type ScenarioIssue,
  ScenarioIssues,
} from './ScenarioUpload.tsx';
import { replaceScenario, type SessionSnapshot } from './sessionApi.ts';

export function ScenarioPanel({
  code,
  token,
  snapshot,
  name,
  apply,
}: {
  code: string;
  token: string;
  snapshot: SessionSnapshot;
  /** The scenario's name (as written in an uploaded file). */
  name: string;
  apply: (s: SessionSnapshot) => void;
}) {
  const t = useT();
  const id = useId();
  const started = snapshot.tables.some((x) => x.started);
  const [issues, setIssues] = useState<readonly ScenarioIssue[] | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [fileKey, setFileKey] = useState(0);

  const upload = async (file: File | null) => {
    setIssues(null);
    setStatus(null);
    if (!file) return;
    const read = await readScenarioFile(file, t);
    if (!read.ok) {
      setIssues(read.issues);
      return;
    }
    setBusy(true);
    setStatus(t('upload.console.busy'));
    try {
      const snap = await replaceScenario(code, token, read.file.data);
      // The console renders the new scenario's roles: the browser fetches it first.
      await ensureScenario(snap.scenario);
      apply(snap);
      setStatus(t('upload.console.done', { name: read.file.name }));
      setFileKey((k) => k + 1);
    } catch (err) {
      const found = issuesOf(err, t);
      setStatus(found ? null : err instanceof ApiError ? err.message : t('common.genericError'));
      if (found) setIssues(found);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card fac-scenario" aria-labelledby={`${id}-t`}>
      <h2 id={`${id}-t`}>{t('upload.console.title')}</h2>
      <p>{t('upload.console.current', { name })}</p>
      <VariablesNote scenarioKey={snapshot.scenario} variables={snapshot.variables} reveal />
      {started ? (
        <p className="hint">{t('upload.console.started')}</p>
      ) : (
        <>
          <ScenarioFileInput
            key={fileKey}
            label={t('upload.console.label')}
            disabled={busy}
            onFile={(f) => void upload(f)}
          />
          <p className="hint">{t('upload.console.note')}</p>
        </>
      )}
      {status && (
        <p role="status" aria-live="polite">
          {status}
        </p>
      )}
      {issues && <ScenarioIssues issues={issues} />}
    </section>
  );
}
