// After creating a table: the join code in big letters, a QR code of the join link, and a seat for the host.
import { lazy, Suspense, useId, useState } from 'react';
import { useT } from '../i18n/i18n.ts';
import { ApiError, type Created, claimSeat } from '../lib/api.ts';
import type { ScenarioSummary } from '../lib/catalogue.ts';
import { absolute, navigate, paths } from '../lib/router.ts';
import { holdSeat, lastName, rememberName } from '../lib/seatStore.ts';
import { Field } from '../ui/Field.tsx';
import { Link } from '../ui/Link.tsx';

const QrCode = lazy(() => import('../ui/QrCode.tsx'));

export function TableCreated({
  created,
  scenario,
  onAnother,
}: {
  created: Created;
  scenario: ScenarioSummary;
  onAnother: () => void;
}) {
  const t = useT();
  const id = useId();
  const joinLink = absolute(paths.join(created.joinCode));
  const [name, setName] = useState(lastName());
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  const sit = async (playerID: string) => {
    setError(null);
    try {
      const playerName = name.trim() || t('common.host');
      rememberName(name.trim());
      // The host may also take a seat the form gave to a bot.
      const seat = await claimSeat(created.matchID, playerID, playerName, created.hostToken);
      holdSeat({ ...seat, name: playerName, joinCode: created.joinCode });
      navigate(paths.play(created.matchID));
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('created.seatError'));
    }
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(joinLink);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  return (
    <section className="card way created" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('created.title')}</h2>
      <p>{t('created.lead')}</p>
      <p className="join-code">
        <span className="visually-hidden">{t('created.codeLabel')}</span>
        <span data-testid="join-code">{created.joinCode}</span>
      </p>
      <div className="qr-wrap">
        <Suspense fallback={<div className="qr-placeholder">{t('common.qrLoading')}</div>}>
          <QrCode text={joinLink} label={t('created.qrLabel', { link: joinLink })} />
        </Suspense>
      </div>
      <p className="join-link">
        <a href={joinLink}>{joinLink}</a>{' '}
        <button type="button" className="small" onClick={copy}>
          {copied ? t('common.copied') : t('common.copyLink')}
        </button>
      </p>
      <p>
        <Link to={paths.watch(created.matchID, created.joinCode)}>{t('created.projector')}</Link>
        {t('created.projectorHint')}
      </p>
      <h3>{t('created.sitTitle')}</h3>
      <Field label={t('common.yourName')}>
        <input
          value={name}
          maxLength={40}
          autoComplete="nickname"
          onChange={(e) => setName(e.target.value)}
        />
      </Field>
      <ul className="seat-buttons">
        {scenario.roles.map((r, i) => (
          <li key={r.id}>
            <button type="button" onClick={() => sit(String(i))}>
              {t('created.sitAs', { role: r.name })}
            </button>
          </li>
        ))}
      </ul>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="button" className="link-button" onClick={onAnother}>
        {t('created.another')}
      </button>
    </section>
  );
}
