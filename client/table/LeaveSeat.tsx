// Leaving: hand my seat to a bot so the game goes on, or just go to the start page and come back later.
import { useState } from 'react';
import { ApiError, handToBot } from '../lib/api.ts';
import { navigate, paths } from '../lib/router.ts';
import { heldSeat, releaseSeat } from '../lib/seatStore.ts';
import { useTable } from './tableContext.ts';

export function LeaveSeat({ onClose }: { onClose: () => void }) {
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
      setError(e instanceof ApiError ? e.message : 'The seat could not be handed over.');
    }
  };
  return (
    <div className="leave-menu card" role="dialog" aria-label="Leave the table">
      <p>Your seat stays yours if you just close this page: come back with the same browser to continue.</p>
      <p className="actions">
        <button type="button" onClick={() => navigate(paths.home())}>
          Go to the start page
        </button>{' '}
        <button type="button" onClick={toBot}>
          Hand my seat to a bot
        </button>{' '}
        <button type="button" className="small" onClick={onClose}>
          Stay
        </button>
      </p>
      {error && <p className="error">{error}</p>}
    </div>
  );
}
