// "Join with a code": the code a host shares; the next page lists the seats.
import { type FormEvent, useId, useState } from 'react';
import { useT } from '../i18n/i18n.ts';
import { navigate, paths } from '../lib/router.ts';
import { Field } from '../ui/Field.tsx';

export function normaliseCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

export function JoinForm() {
  const t = useT();
  const id = useId();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const c = normaliseCode(code);
    if (c.length !== 6) {
      setError(t('joinForm.bad'));
      return;
    }
    navigate(paths.join(c));
  };
  return (
    <section className="card way way-join" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('joinForm.title')}</h2>
      <p className="muted">{t('joinForm.lead')}</p>
      <form onSubmit={submit}>
        <Field label={t('joinForm.code')}>
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
          {t('joinForm.submit')}
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
