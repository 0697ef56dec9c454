// "Save this class setup" in the console: the class's setup under a name, kept on the server for the
// teacher's setup key (made on the first save, shown once here and kept by this browser).
import { type FormEvent, useId, useState } from 'react';
import { useT } from '../i18n/i18n.ts';
import { ApiError } from '../lib/api.ts';
import { Field } from '../ui/Field.tsx';
import { saveSetup, storedSetupKey, storeSetupKey } from './setupsApi.ts';

export function SaveSetupPanel({ code, token }: { code: string; token: string }) {
  const t = useT();
  const id = useId();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [newKey, setNewKey] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return setError(t('setups.needName'));
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const out = await saveSetup(code, token, name.trim(), storedSetupKey());
      if (out.teacherKey) {
        storeSetupKey(out.teacherKey);
        setNewKey(out.teacherKey);
      }
      setDone(t('setups.saved', { name: out.setup.name }));
      setName('');
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('common.genericError'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card fac-save-setup" aria-labelledby={`${id}-t`}>
      <h2 id={`${id}-t`}>{t('setups.saveTitle')}</h2>
      <p className="hint">{t('setups.saveLead')}</p>
      <form onSubmit={submit}>
        <Field label={t('setups.name')}>
          <input value={name} maxLength={80} onChange={(e) => setName(e.target.value)} />
        </Field>
        <button type="submit" disabled={busy}>
          {busy ? t('setups.saving') : t('setups.save')}
        </button>
      </form>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {done && (
        <p className="notice" role="status" data-testid="setup-saved">
          {done}
        </p>
      )}
      {newKey && (
        <div className="setup-key">
          <h3>{t('setups.keyTitle')}</h3>
          <p>
            <code className="token" data-testid="setup-key">
              {newKey}
            </code>
          </p>
          <p className="hint">{t('setups.keyLead')}</p>
        </div>
      )}
    </section>
  );
}
