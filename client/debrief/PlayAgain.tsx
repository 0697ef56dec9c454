// Play again: the server makes the next match with the same bots; I take the same seat in it.
import { LobbyClient } from 'boardgame.io/client';
import { useEffect, useState } from 'react';
import { useT } from '../i18n/i18n.ts';
import { ApiError, claimSeat, GAME_NAME, getMatch } from '../lib/api.ts';
import { navigate, paths } from '../lib/router.ts';
import { heldSeat, holdSeat, hostedTable, rememberHosted } from '../lib/seatStore.ts';
import { useTable } from '../table/tableContext.ts';

export function PlayAgain() {
  const t = useT();
  const { conn } = useTable();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [next, setNext] = useState(false);
  const held = heldSeat(conn.matchID);
  // Someone at the table may start the next game first: then this button joins it.
  useEffect(() => {
    let live = true;
    const look = () =>
      getMatch(conn.matchID).then(
        (m) => live && setNext(Boolean((m as { nextMatchID?: string }).nextMatchID)),
        () => undefined,
      );
    void look();
    const timer = window.setInterval(look, 5000);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, [conn.matchID]);
  if (!held) return null;
  const again = async () => {
    setBusy(true);
    setError(null);
    try {
      const again = (await new LobbyClient({ server: '' }).playAgain(GAME_NAME, held.matchID, {
        playerID: held.playerID,
        credentials: held.credentials,
      })) as { nextMatchID: string; playerID?: string; credentials?: string };
      const { nextMatchID } = again;
      // The server keeps my seat for me when it was free in the next game; otherwise I claim it.
      const seat =
        again.credentials && again.playerID
          ? { matchID: nextMatchID, playerID: again.playerID, credentials: again.credentials }
          : await claimSeat(nextMatchID, held.playerID, held.name);
      holdSeat({ ...seat, name: held.name });
      // The host of this game hosts the next one too (same host token).
      const hosted = hostedTable(held.matchID);
      if (hosted) rememberHosted({ matchID: nextMatchID, hostToken: hosted.hostToken });
      navigate(paths.play(nextMatchID));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : t('again.error'));
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" className="primary" onClick={again} disabled={busy}>
        {busy ? t('again.busy') : next ? t('again.next') : t('again.same')}
      </button>
      {error && (
        <span className="error" role="alert">
          {' '}
          {error}
        </span>
      )}
    </>
  );
}
