// The console of a class this browser did not create: it needs the facilitator token (shown to the teacher
// in the console where the class was created). Students land here by mistake; the page tells them where to go.

import { type FormEvent, useId, useState } from 'react';
import { useT } from '../i18n/i18n.ts';
import { Rich } from '../i18n/Rich.tsx';
import { ApiError } from '../lib/api.ts';
import { paths } from '../lib/router.ts';
import { Field } from '../ui/Field.tsx';
import { Link } from '../ui/Link.tsx';
import { getSession } from './sessionApi.ts';

export function TokenGate({
  code,
  reason,
  onToken,
}: {
  code: string;
  reason: string | null;
  onToken: (token: string) => void;
}) {
  const t = useT();
  const id = useId();
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(reason);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const tok = token.trim();
    if (!tok) {
      setError(t('gate.needToken'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await getSession(code, tok);
      onToken(tok);
    } catch (err) {
      setError(
        err instanceof ApiError
          ? err.status === 403
            ? t('gate.wrongToken')
            : err.message
          : t('gate.checkError'),
      );
      setBusy(false);
    }
  };

  return (
    <main className="page narrow">
      <h1>
        <Rich
          k="gate.title"
          params={{ code }}
          tags={{ code: (c) => <span className="code-inline">{c}</span> }}
        />
      </h1>
      <section className="card" aria-labelledby={`${id}-t`}>
        <h2 id={`${id}-t`}>{t('gate.subtitle')}</h2>
        <p>
          <Rich k="gate.text" params={{ code }} />
        </p>
        <form onSubmit={submit}>
          <Field label={t('gate.token')}>
            <input
              type="password"
              value={token}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => setToken(e.target.value)}
              aria-describedby={error ? `${id}-err` : undefined}
            />
          </Field>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('gate.checking') : t('gate.open')}
          </button>
        </form>
        {error && (
          <p className="error" role="alert" id={`${id}-err`}>
            {error}
          </p>
        )}
      </section>
      <p className="notice">
        {t('gate.student')}
        <Link to={paths.classJoin(code)}>{t('gate.joinClass', { code })}</Link>
        {t('gate.instead')}
      </p>
    </main>
  );
}
