// "My saved setups" under "Run a class": the setups this browser's setup key opens, each started again
// as a new class (its console opens), duplicated or deleted; and a way to paste the key on a new device.
import { type FormEvent, useCallback, useEffect, useId, useState } from 'react';
import { useT } from '../i18n/i18n.ts';
import { ApiError } from '../lib/api.ts';
import { navigate, paths } from '../lib/router.ts';
import { Field } from '../ui/Field.tsx';
import { storeToken } from './sessionApi.ts';
import {
  deleteSetup,
  duplicateSetup,
  listSetups,
  type SetupSummary,
  startSetup,
  storedSetupKey,
  storeSetupKey,
} from './setupsApi.ts';

export function SavedSetups() {
  const t = useT();
  const id = useId();
  const [key, setKey] = useState<string | null>(() => storedSetupKey());
  const [list, setList] = useState<readonly SetupSummary[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [pasted, setPasted] = useState('');

  const load = useCallback(async (k: string) => {
    const out = await listSetups(k);
    setList(out.setups);
  }, []);

  useEffect(() => {
    if (!key) return;
    load(key).catch((e: unknown) =>
      setMessage({ text: e instanceof ApiError ? e.message : t('common.genericError'), error: true }),
    );
  }, [key, load, t]);

  const run = async (f: () => Promise<string | null>) => {
    setBusy(true);
    setMessage(null);
    try {
      const text = await f();
      if (text) setMessage({ text, error: false });
    } catch (e) {
      setMessage({ text: e instanceof ApiError ? e.message : t('common.genericError'), error: true });
    } finally {
      setBusy(false);
    }
  };

  const openKey = (e: FormEvent) => {
    e.preventDefault();
    const k = pasted.trim();
    if (!k) return setMessage({ text: t('setups.keyEmpty'), error: true });
    void run(async () => {
      await load(k);
      storeSetupKey(k);
      setKey(k);
      setPasted('');
      return null;
    });
  };

  return (
    <section className="saved-setups" aria-labelledby={`${id}-t`} aria-busy={busy}>
      <h3 id={`${id}-t`}>{t('setups.title')}</h3>
      {key && list === null && <p className="hint">{t('setups.loading')}</p>}
      {key && list?.length === 0 && <p className="hint">{t('setups.empty')}</p>}
      {list && list.length > 0 && (
        <ul className="setup-list">
          {list.map((s) => (
            <li key={s.id} data-testid="saved-setup">
              <strong>{s.name}</strong>{' '}
              <span className="hint">
                {t('setups.tables', { count: s.tables })} · {t('setups.names', { count: s.students })}
                {s.lessonMinutes ? ` · ${t('setups.clockLength', { m: s.lessonMinutes })}` : ''}
              </span>
              <span className="actions">
                <button
                  type="button"
                  className="primary small"
                  disabled={busy}
                  aria-label={t('setups.startLabel', { name: s.name })}
                  onClick={() =>
                    void run(async () => {
                      const made = await startSetup(key!, s.id);
                      storeToken(made.code, made.facilitatorToken);
                      navigate(`${paths.console(made.code)}?new=1`);
                      return null;
                    })
                  }
                >
                  {t('setups.start')}
                </button>
                <button
                  type="button"
                  className="small"
                  disabled={busy}
                  aria-label={t('setups.duplicateLabel', { name: s.name })}
                  onClick={() =>
                    void run(async () => {
                      const out = await duplicateSetup(key!, s.id);
                      await load(key!);
                      return t('setups.duplicated', { name: out.setup.name });
                    })
                  }
                >
                  {t('setups.duplicate')}
                </button>
                <button
                  type="button"
                  className="small"
                  disabled={busy}
                  aria-label={t('setups.deleteLabel', { name: s.name })}
                  onClick={() => {
                    if (!window.confirm(t('setups.confirmDelete', { name: s.name }))) return;
                    void run(async () => {
                      await deleteSetup(key!, s.id);
                      await load(key!);
                      return t('setups.deleted', { name: s.name });
                    });
                  }}
                >
                  {t('setups.delete')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {message && (
        <p className={message.error ? 'error' : 'notice'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      <details className="fold">
        <summary>{t('setups.useKey')}</summary>
        <form onSubmit={openKey}>
          <Field label={t('setups.keyField')}>
            <input
              type="password"
              autoComplete="off"
              spellCheck={false}
              value={pasted}
              onChange={(e) => setPasted(e.target.value)}
            />
          </Field>
          <button type="submit" disabled={busy}>
            {t('setups.keySubmit')}
          </button>
        </form>
      </details>
    </section>
  );
}
