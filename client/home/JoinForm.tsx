// "Join with a code": the code a host shares; the next page lists the seats.
import { type FormEvent, useId, useState } from 'react';
import { navigate, paths } from '../lib/router.ts';
import { Field } from '../ui/Field.tsx';

export function normaliseCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

export function JoinForm() {
  const id = useId();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const c = normaliseCode(code);
    if (c.length !== 6) {
      setError('A join code has 6 letters and digits, for example K7MQ2D.');
      return;
    }
    navigate(paths.join(c));
  };
  return (
    <section className="card way way-join" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Join with a code</h2>
      <p className="muted">Someone created a table or a class and gave you a 6-character code.</p>
      <form onSubmit={submit}>
        <Field label="Join code">
          <input
            className="code-input"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            maxLength={9}
            autoCapitalize="characters"
            autoComplete="off"
            spellCheck={false}
            placeholder="K7MQ2D"
            aria-describedby={error ? `${id}-err` : undefined}
          />
        </Field>
        <button type="submit" className="primary">
          Find the table
        </button>
        {error && (
          <p className="error" role="alert" id={`${id}-err`}>
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
