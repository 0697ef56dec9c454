// /watch/MATCH: the public board, large, for a classroom wall. A spectator connection sees no secrets.
import { lazy, Suspense, useMemo } from 'react';
import { getScenario } from '../../game/index.ts';
import { absolute, paths } from '../lib/router.ts';
import { ConnectionBanner, ConnectionPill } from '../table/ConnectionBanner.tsx';
import { Countdown } from '../table/Countdown.tsx';
import { CrisisCard } from '../table/CrisisCard.tsx';
import { FacilitatorBanner } from '../table/FacilitatorBanner.tsx';
import { HistoryPanel } from '../table/HistoryPanel.tsx';
import { MapView } from '../table/MapView.tsx';
import { PledgesList } from '../table/PledgesList.tsx';
import { SeatsStrip } from '../table/SeatsStrip.tsx';
import { TracksPanel } from '../table/TracksPanel.tsx';
import { TableContext, type TableData } from '../table/tableContext.ts';
import { useMatchConnection } from '../table/useMatchConnection.ts';
import { PHASE_LABEL } from '../table/words.ts';
import { Link } from '../ui/Link.tsx';

const Debrief = lazy(() => import('../debrief/Debrief.tsx'));

export default function ProjectorPage({ matchID, code }: { matchID: string; code: string | null }) {
  const [conn, snap] = useMatchConnection(matchID, null, undefined);
  const scenarioId = snap.G?.scenario ?? null;
  const s = useMemo(() => (scenarioId ? getScenario(scenarioId) : null), [scenarioId]);
  const data = useMemo<TableData | null>(
    () =>
      snap.G && snap.ctx && s
        ? { G: snap.G, ctx: snap.ctx, s, me: null, myPid: null, seats: snap.seats, chat: [], conn }
        : null,
    [snap.G, snap.ctx, snap.seats, s, conn],
  );
  if (snap.seatLost) {
    return (
      <main className="page narrow">
        <h1>This table cannot be shown</h1>
        <p role="alert">{snap.seatLost}</p>
        <Link to={paths.home()}>Start page</Link>
      </main>
    );
  }
  if (!data) {
    return (
      <main className="page narrow" aria-busy="true">
        <ConnectionBanner connection={snap.connection} />
        <p>Connecting to the table…</p>
      </main>
    );
  }
  const { G, ctx } = data;
  return (
    <TableContext.Provider value={data}>
      {G.result ? (
        <Suspense fallback={<p className="page">Loading the debrief…</p>}>
          <Debrief connection={snap.connection} code={code} />
        </Suspense>
      ) : (
        <div className="projector">
          <header className="projector-head">
            <h1>
              {data.s.name} — round {Math.max(1, G.round)} of {G.options.rounds}:{' '}
              <span className={`phase phase-${String(ctx.phase)}`}>
                {PHASE_LABEL[String(ctx.phase)] ?? ctx.phase}
              </span>
            </h1>
            <div className="top-right">
              {snap.timer && snap.timer.phase === ctx.phase && <Countdown timer={snap.timer} />}
              <ConnectionPill connection={snap.connection} />
              {code && (
                <span className="join-hint">
                  Join at <strong>{absolute(paths.join(code))}</strong> · code{' '}
                  <strong className="big-code">{code}</strong>
                </span>
              )}
            </div>
          </header>
          <ConnectionBanner connection={snap.connection} />
          <FacilitatorBanner snap={snap} />
          <main className="projector-grid">
            <div className="pj-map">
              <MapView G={G} me={null} />
            </div>
            <div className="pj-side">
              <TracksPanel large />
              <CrisisCard />
              <section className="card">
                <PledgesList />
              </section>
            </div>
            <div className="pj-seats">
              <SeatsStrip />
            </div>
            <div className="pj-history">
              <HistoryPanel />
            </div>
          </main>
        </div>
      )}
    </TableContext.Provider>
  );
}
