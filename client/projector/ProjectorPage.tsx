// /watch/MATCH: the public board for a classroom wall, sized for 1920x1080 without scrolling: the map, and
// one panel at a time (tracks, crisis, pledges, seats, latest events) rotating every ROTATE_MS, in large
// type. A spectator connection sees no secrets. A class table shows the class code and its QR code (the
// way in for the room), never the table's own join code, which would bypass the class seating.
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { getScenario } from '../../game/index.ts';
import { useLocalScenario } from '../i18n/content.ts';
import { type MessageKey, t, useT } from '../i18n/i18n.ts';
import { absolute, paths } from '../lib/router.ts';
import { useScenarioReady } from '../lib/scenarios.ts';
import { ConnectionBanner, ConnectionPill } from '../table/ConnectionBanner.tsx';
import { Countdown } from '../table/Countdown.tsx';
import { CrisisCard } from '../table/CrisisCard.tsx';
import { historyText } from '../table/causeText.ts';
import { FacilitatorBanner } from '../table/FacilitatorBanner.tsx';
import { stripRound } from '../table/HistoryPanel.tsx';
import { MapView } from '../table/MapView.tsx';
import { PledgesList } from '../table/PledgesList.tsx';
import { SeatsStrip } from '../table/SeatsStrip.tsx';
import { TracksPanel } from '../table/TracksPanel.tsx';
import { TableContext, type TableData, useTable } from '../table/tableContext.ts';
import { useMatchConnection } from '../table/useMatchConnection.ts';
import { phaseLabel } from '../table/words.ts';
import { Link } from '../ui/Link.tsx';
import './projector.css';

const Debrief = lazy(() => import('../debrief/Debrief.tsx'));
const QrCode = lazy(() => import('../ui/QrCode.tsx'));

export const ROTATE_MS = 12_000;

type PanelId = 'tracks' | 'crisis' | 'pledges' | 'seats' | 'events';
const PANEL_LABEL = {
  tracks: 'pj.panel.tracks',
  crisis: 'pj.panel.crisis',
  pledges: 'pj.panel.pledges',
  seats: 'pj.panel.seats',
  events: 'pj.panel.events',
} as const satisfies Record<PanelId, MessageKey>;
const panelLabel = (p: PanelId) => t(PANEL_LABEL[p]);

/** The class a table belongs to (public: GET /api/matches/:id/status), or null for a table on its own. */
function useClassOf(matchID: string): { code: string; table: number } | null | undefined {
  const [found, setFound] = useState<{ code: string; table: number } | null | undefined>(undefined);
  useEffect(() => {
    let on = true;
    fetch(`/api/matches/${encodeURIComponent(matchID)}/status`)
      .then((r) => (r.ok ? r.json() : null))
      .then((b: { classCode?: string; table?: number } | null) => {
        if (on) setFound(b?.classCode ? { code: b.classCode, table: b.table ?? 0 } : null);
      })
      .catch(() => on && setFound(null));
    return () => {
      on = false;
    };
  }, [matchID]);
  return found;
}

/** The way in, with a QR code of the link. */
export function JoinBox({ path, code, label }: { path: string; code: string; label: string }) {
  const t = useT();
  const link = absolute(path);
  return (
    <div className="pj-join" data-testid="pj-join">
      <div>
        <p className="pj-join-label">{label}</p>
        <p className="big-code" data-testid="pj-code">
          {code}
        </p>
        <p className="pj-join-link">{link.replace(/^https?:\/\//, '')}</p>
      </div>
      <Suspense fallback={<div className="qr-placeholder">QR…</div>}>
        <QrCode text={link} label={t('pj.qr', { link })} size={170} />
      </Suspense>
    </div>
  );
}

function LatestEvents() {
  useT();
  const { G, s } = useTable();
  const last = G.history.slice(-4).reverse();
  return (
    <ol className="pj-events">
      {last.map((h, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the latest four, fixed for a render
        <li key={i}>
          <span className="pj-event-round">R{h.round}</span> {stripRound(historyText(s, h))}
        </li>
      ))}
    </ol>
  );
}

function RotatingPanel({ panels }: { panels: readonly PanelId[] }) {
  const t = useT();
  const [n, setN] = useState(0);
  useEffect(() => {
    const timer = window.setInterval(() => setN((x) => x + 1), ROTATE_MS);
    return () => window.clearInterval(timer);
  }, []);
  const current = panels[n % panels.length] ?? 'tracks';
  return (
    <section
      className="pj-panel"
      aria-label={panelLabel(current)}
      data-testid="pj-panel"
      data-panel={current}
    >
      <header className="pj-panel-head">
        <h2>{panelLabel(current)}</h2>
        <ol className="pj-dots" aria-label={t('pj.panels')}>
          {panels.map((p, i) => (
            <li key={p}>
              <button
                type="button"
                className={p === current ? 'on' : ''}
                aria-current={p === current}
                aria-label={t('pj.show', { panel: panelLabel(p) })}
                onClick={() => setN(i)}
              />
            </li>
          ))}
        </ol>
      </header>
      <div className="pj-panel-body">
        {current === 'tracks' && <TracksPanel large />}
        {current === 'crisis' && <CrisisCard />}
        {current === 'pledges' && <PledgesList />}
        {current === 'seats' && <SeatsStrip />}
        {current === 'events' && <LatestEvents />}
      </div>
    </section>
  );
}

export default function ProjectorPage({ matchID, code }: { matchID: string; code: string | null }) {
  const t = useT();
  const [conn, snap] = useMatchConnection(matchID, null, undefined);
  const klass = useClassOf(matchID);
  const scenarioId = snap.G?.scenario ?? null;
  const ready = useScenarioReady(scenarioId);
  const s = useLocalScenario(
    useMemo(() => (scenarioId && ready ? getScenario(scenarioId) : null), [scenarioId, ready]),
  );
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
        <h1>{t('pj.cannotShow')}</h1>
        <p role="alert">{snap.seatLost}</p>
        <Link to={paths.home()}>{t('page.start')}</Link>
      </main>
    );
  }
  if (!data || klass === undefined) {
    return (
      <main className="page narrow" aria-busy="true">
        <ConnectionBanner connection={snap.connection} />
        <p>{t('page.connecting')}</p>
      </main>
    );
  }
  const { G, ctx } = data;
  // A class table is joined by the class code only; a table on its own by its code.
  const join = klass
    ? { path: paths.classJoin(klass.code), code: klass.code, label: t('pj.joinClass') }
    : code
      ? { path: paths.join(code), code, label: t('pj.joinTable') }
      : null;
  const panels: PanelId[] = [
    'tracks',
    ...(G.crisis ? (['crisis'] as const) : []),
    'pledges',
    'seats',
    'events',
  ];
  return (
    <TableContext.Provider value={data}>
      {G.result ? (
        <Suspense fallback={<p className="page">{t('page.loadingDebrief')}</p>}>
          <Debrief connection={snap.connection} code={klass ? null : code} />
        </Suspense>
      ) : (
        <div className="projector pj-room">
          <header className="pj-head">
            <div className="pj-title">
              <h1>
                {klass ? t('pj.tableOf', { n: klass.table }) : ''}
                {data.s.name}
              </h1>
              <p className="pj-where">
                {t('pj.round', { round: Math.max(1, G.round), rounds: G.options.rounds })}
                <span className={`phase phase-${String(ctx.phase)}`} data-testid="phase">
                  {phaseLabel(String(ctx.phase)) ?? ctx.phase}
                </span>
              </p>
            </div>
            <div className="pj-status">
              {snap.timer && snap.timer.phase === ctx.phase && <Countdown timer={snap.timer} />}
              <ConnectionPill connection={snap.connection} />
            </div>
            {join && <JoinBox {...join} />}
          </header>
          <ConnectionBanner connection={snap.connection} />
          <FacilitatorBanner snap={snap} />
          <main className="pj-body">
            <div className="pj-map">
              <MapView G={G} me={null} />
            </div>
            <RotatingPanel panels={panels} />
          </main>
        </div>
      )}
    </TableContext.Provider>
  );
}
