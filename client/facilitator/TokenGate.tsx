// The console of a class this browser did not create: it needs the facilitator token (shown to the teacher
// in the console where the class was created). Students land here by mistake; the page tells them where to go.
import { type FormEvent, useId, useState } from 'react';
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
  const id = useId();
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(reason);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const t = token.trim();
    if (!t) {
      setError('Paste the facilitator token of this class.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await getSession(code, t);
      onToken(t);
    } catch (err) {
      setError(
        err instanceof ApiError
          ? err.status === 403
            ? 'Wrong facilitator token: the server refused it (403).'
            : err.message
          : 'The token could not be checked.',
      );
      setBusy(false);
    }
  };

  return (
    <main className="page narrow">
      <h1>
        Facilitator console <span className="code-inline">{code}</span>
      </h1>
      <section className="card" aria-labelledby={`${id}-t`}>
        <h2 id={`${id}-t`}>This console needs the facilitator token</h2>
        <p>
          Only the teacher who runs class <strong>{code}</strong> can open its console. This browser does not
          hold the class’s token. If you created the class on another device, open the console there and copy
          the token from “Open this console on another device”.
        </p>
        <form onSubmit={submit}>
          <Field label="Facilitator token">
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
            {busy ? 'Checking…' : 'Open the console'}
          </button>
        </form>
        {error && (
          <p className="error" role="alert" id={`${id}-err`}>
            {error}
          </p>
        )}
      </section>
      <p className="notice">
        Are you a student? <Link to={paths.classJoin(code)}>Join class {code}</Link> instead.
      </p>
    </main>
  );
}
