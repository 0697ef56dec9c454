// The table: top bar, who is here, the crisis screen when a round begins, then the phase panel, the map and
// tracks, my role and the crisis card, history.
import { useState } from 'react';
import { theRole } from '../i18n/content.ts';
import { useT } from '../i18n/i18n.ts';
import { ConnectionBanner } from './ConnectionBanner.tsx';
import { CrisisCard, myCrisisDecision } from './CrisisCard.tsx';
import { FacilitatorBanner } from './FacilitatorBanner.tsx';
import { HistoryPanel } from './HistoryPanel.tsx';
import { MapView } from './MapView.tsx';
import type { MatchSnapshot } from './matchConnection.ts';
import { NoticeBar } from './NoticeBar.tsx';
import { PhasePanel } from './PhasePanel.tsx';
import { RoleCard } from './RoleCard.tsx';
import { SeatSummary } from './SeatSummary.tsx';
import { SeatsStrip } from './SeatsStrip.tsx';
import { TopBar } from './TopBar.tsx';
import { TracksPanel } from './TracksPanel.tsx';
import { useTable } from './tableContext.ts';
import { useRenderTiming } from './useRenderTiming.ts';
import { phaseLabel } from './words.ts';

export function TableBoard({ snap, code }: { snap: MatchSnapshot; code: string | null }) {
  const t = useT();
  const table = useTable();
  const { G, ctx, s, me, conn } = table;
  useRenderTiming(snap.stateID);
  // The crisis screen opens each round until the player closes it; a decision asked of me keeps it open.
  // It closes by itself when the secret orders begin; the summary on a phone can open it again.
  const [closedRound, setClosedRound] = useState(0);
  const [reopened, setReopened] = useState(0);
  const early = ctx.phase === 'crisis' || ctx.phase === 'negotiation';
  const crisisOpen =
    G.crisis !== null &&
    (myCrisisDecision(table) || reopened === G.round || (early && G.round > closedRound));
  // The advisor: in a class as the facilitator decides, otherwise in solo games (one person at the table).
  const people = table.seats.filter((m) => m.name && !m.data?.bot).length;
  const advisor = snap.advisor !== null && (snap.advisor.inClass ? snap.advisor.allowed : people <= 1);
  return (
    <div className="table-page">
      <TopBar connection={snap.connection} timer={snap.timer} code={code} />
      <ConnectionBanner connection={snap.connection} />
      <FacilitatorBanner snap={snap} onDismiss={() => conn.dismissBroadcast()} />
      <NoticeBar notice={snap.notice} onDismiss={() => conn.dismiss()} />
      <main className="table-grid" id="main">
        <h1 className="visually-hidden">{me ? t('board.h1Me', { who: theRole(s, me) }) : t('board.h1')}</h1>
        <p className="visually-hidden" aria-live="polite">
          {t('board.live', { round: G.round, phase: phaseLabel(String(ctx.phase)) })}
        </p>
        <SeatSummary crisisOpen={crisisOpen} onShowCrisis={() => setReopened(G.round)} />
        {crisisOpen && (
          <CrisisCard
            open
            onClose={() => {
              setClosedRound(G.round);
              setReopened(0);
            }}
          />
        )}
        <div className="col-left">
          <div className="board-row">
            <div className="area-side">
              <RoleCard />
              {!crisisOpen && <CrisisCard />}
            </div>
            <div className="area-board">
              <MapView G={G} me={me} />
              <TracksPanel />
            </div>
          </div>
          <SeatsStrip />
          <HistoryPanel />
        </div>
        <div className="col-right">
          <PhasePanel advisor={advisor} />
        </div>
      </main>
    </div>
  );
}
