// /play/MATCH: my seat at a table. Connects with the credentials this browser holds for the match.
import { lazy, Suspense, useMemo } from 'react';
import { getScenario } from '../../game/index.ts';
import { useLocalScenario } from '../i18n/content.ts';
import { useT } from '../i18n/i18n.ts';
import { paths } from '../lib/router.ts';
import { useScenarioReady } from '../lib/scenarios.ts';
import { heldSeat, releaseSeat } from '../lib/seatStore.ts';
import { Link } from '../ui/Link.tsx';
import { ConnectionBanner } from './ConnectionBanner.tsx';
import { TableBoard } from './TableBoard.tsx';
import { TableContext, type TableData } from './tableContext.ts';
import { useMatchConnection } from './useMatchConnection.ts';

const Debrief = lazy(() => import('../debrief/Debrief.tsx'));

export default function TablePage({ matchID }: { matchID: string }) {
  const t = useT();
  const held = heldSeat(matchID);
  if (!held) {
    return (
      <main className="page narrow">
        <h1>{t('page.noSeat')}</h1>
        <p>{t('page.noSeatBody')}</p>
        <p className="actions">
          <Link to={paths.watch(matchID)} className="button">
            {t('page.watch')}
          </Link>{' '}
          <Link to={paths.home()} className="button primary">
            {t('page.start')}
          </Link>
        </p>
      </main>
    );
  }
  return (
    <SeatedTable
      matchID={matchID}
      playerID={held.playerID}
      credentials={held.credentials}
      code={held.joinCode}
    />
  );
}

function SeatedTable({
  matchID,
  playerID,
  credentials,
  code,
}: {
  matchID: string;
  playerID: string;
  credentials: string;
  code: string | undefined;
}) {
  const t = useT();
  const [conn, snap] = useMatchConnection(matchID, playerID, credentials);
  const scenarioId = snap.G?.scenario ?? null;
  // An uploaded scenario is fetched from the server before the table renders.
  const ready = useScenarioReady(scenarioId);
  const s = useLocalScenario(
    useMemo(() => (scenarioId && ready ? getScenario(scenarioId) : null), [scenarioId, ready]),
  );
  const data = useMemo<TableData | null>(
    () =>
      snap.G && snap.ctx && s
        ? {
            G: snap.G,
            ctx: snap.ctx,
            s,
            me: snap.G.seats[Number(playerID)] ?? null,
            myPid: playerID,
            seats: snap.seats,
            chat: snap.chat,
            conn,
          }
        : null,
    [snap.G, snap.ctx, snap.seats, snap.chat, s, conn, playerID],
  );

  if (snap.seatLost) {
    return (
      <main className="page narrow">
        <h1>{t('page.seatLost')}</h1>
        <p role="alert">{snap.seatLost}</p>
        <p className="actions">
          <Link to={paths.watch(matchID, code)} className="button">
            {t('page.watch')}
          </Link>{' '}
          {code && (
            <Link to={paths.join(code)} className="button" onClick={() => releaseSeat(matchID)}>
              {t('page.another')}
            </Link>
          )}{' '}
          <Link to={paths.home()} className="button primary" onClick={() => releaseSeat(matchID)}>
            {t('page.start')}
          </Link>
        </p>
      </main>
    );
  }

  if (!data) {
    return (
      <main className="page narrow" aria-busy="true">
        <ConnectionBanner connection={snap.connection} />
        <p>{t('page.connecting')}</p>
      </main>
    );
  }

  return (
    <TableContext.Provider value={data}>
      {data.G.result ? (
        <Suspense fallback={<p className="page">{t('page.loadingDebrief')}</p>}>
          <Debrief connection={snap.connection} code={code ?? null} />
        </Suspense>
      ) : (
        <TableBoard snap={snap} code={code ?? null} />
      )}
    </TableContext.Provider>
  );
}
