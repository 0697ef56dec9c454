// A faction may go back to war at any moment; it ends the game in collapse, so we ask twice.
import { useState } from 'react';
import { useT } from '../i18n/i18n.ts';
import { Rich } from '../i18n/Rich.tsx';
import { useTable } from './tableContext.ts';

export function ResumeWar() {
  const t = useT();
  const { conn } = useTable();
  const [confirm, setConfirm] = useState(false);
  return (
    <details className="fold danger-zone">
      <summary>{t('war.summary')}</summary>
      <p>
        <Rich k="war.body" />
      </p>
      {confirm ? (
        <p className="actions">
          <button type="button" className="danger" onClick={() => conn.act('resumeWar')}>
            {t('war.yes')}
          </button>{' '}
          <button type="button" onClick={() => setConfirm(false)}>
            {t('war.no')}
          </button>
        </p>
      ) : (
        <button type="button" onClick={() => setConfirm(true)}>
          {t('war.ask')}
        </button>
      )}
    </details>
  );
}
