// Leaving: hand my seat to a bot so the game goes on, or just go to the start page and come back later.
import { useState } from 'react';
import { useT } from '../i18n/i18n.ts';
import { ApiError, handToBot } from '../lib/api.ts';
import { navigate, paths } from '../lib/router.ts';
import { heldSeat, releaseSeat } from '../lib/seatStore.ts';
import { useTable } from './tableContext.ts';

export function LeaveSeat({ onClose }: { onClose: () => void }) {
  const t = useT();
  const { conn } = useTable();
  const [error, setError] = useState<string | null>(null);
  const held = heldSeat(conn.matchID);
  const toBot = async () => {
    if (!held) return;
    try {
      await handToBot(held.matchID, held.playerID, held.credentials, 'normal');
      releaseSeat(held.matchID);
      navigate(paths.watch(held.matchID, held.joinCode));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : t('leave.error'));
    }
  };
  return (
    <div className="leave-menu card" role="dialog" aria-label={t('leave.label')}>
      <p>{t('leave.body')}</p>
      <p className="actions">
        <button type="button" onClick={() => navigate(paths.home())}>
          {t('leave.home')}
        </button>{' '}
        <button type="button" onClick={toBot}>
          {t('leave.toBot')}
        </button>{' '}
        <button type="button" className="small" onClick={onClose}>
          {t('leave.stay')}
        </button>
      </p>
      {error && <p className="error">{error}</p>}
    </div>
  );
}
