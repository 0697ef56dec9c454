// Round, phase, connection, the facilitator's countdown and the way out.
import { useState } from 'react';
import { paths } from '../lib/router.ts';
import { Link } from '../ui/Link.tsx';
import { ConnectionPill } from './ConnectionBanner.tsx';
import { Countdown } from './Countdown.tsx';
import { LeaveSeat } from './LeaveSeat.tsx';
import type { Connection, TimerInfo } from './matchConnection.ts';
import { useTable } from './tableContext.ts';
import { PHASE_HINT, PHASE_LABEL } from './words.ts';

export function TopBar({
  connection,
  timer,
  code,
}: {
  connection: Connection;
  timer: TimerInfo | null;
  code: string | null;
}) {
  const { G, ctx, s } = useTable();
  const [menu, setMenu] = useState(false);
  const phase = String(ctx.phase ?? '');
  return (
    <header className="top-bar">
      <Link to={paths.home()} className="brand" aria-label="Ceasefire start page">
        <span className="brand-mark" aria-hidden="true" />
        <span className="brand-text">Ceasefire</span>
      </Link>
      <div className="where">
        <span className="scenario-name">{s.name}</span>
        <span className="round" data-testid="round">
          Round {Math.max(1, G.round)} of {G.options.rounds}
        </span>
        <span className={`phase phase-${phase}`} title={PHASE_HINT[phase]} data-testid="phase">
          {PHASE_LABEL[phase] ?? phase}
        </span>
      </div>
      <div className="top-right">
        {timer && timer.phase === phase && <Countdown timer={timer} />}
        <ConnectionPill connection={connection} />
        {code && (
          <span className="pill code-pill" title="Join code of this table">
            Code <strong>{code}</strong>
          </span>
        )}
        <button type="button" className="small" aria-expanded={menu} onClick={() => setMenu(!menu)}>
          Leave…
        </button>
      </div>
      {menu && <LeaveSeat onClose={() => setMenu(false)} />}
    </header>
  );
}
