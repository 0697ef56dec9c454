// Round, phase, connection, the facilitator's countdown and the way out.
import { useState } from 'react';
import { useT } from '../i18n/i18n.ts';
import { Rich } from '../i18n/Rich.tsx';
import { paths } from '../lib/router.ts';
import { LanguageSwitch } from '../ui/LanguageSwitch.tsx';
import { Link } from '../ui/Link.tsx';
import { ConnectionPill } from './ConnectionBanner.tsx';
import { Countdown } from './Countdown.tsx';
import { LeaveSeat } from './LeaveSeat.tsx';
import type { Connection, TimerInfo } from './matchConnection.ts';
import { useTable } from './tableContext.ts';
import { phaseHint, phaseLabel } from './words.ts';

export function TopBar({
  connection,
  timer,
  code,
}: {
  connection: Connection;
  timer: TimerInfo | null;
  code: string | null;
}) {
  const t = useT();
  const { G, ctx, s } = useTable();
  const [menu, setMenu] = useState(false);
  const phase = String(ctx.phase ?? '');
  return (
    <header className="top-bar">
      <Link to={paths.home()} className="brand" aria-label={t('top.home')}>
        <span className="brand-mark" aria-hidden="true" />
        <span className="brand-text">Ceasefire</span>
      </Link>
      <div className="where">
        <span className="scenario-name">{s.name}</span>
        <span className="round" data-testid="round">
          {t('top.round', { round: Math.max(1, G.round), rounds: G.options.rounds })}
        </span>
        <span className={`phase phase-${phase}`} title={phaseHint(phase)} data-testid="phase">
          {phaseLabel(phase)}
        </span>
      </div>
      <div className="top-right">
        {timer && timer.phase === phase && <Countdown timer={timer} />}
        <ConnectionPill connection={connection} />
        <LanguageSwitch />
        {code && (
          <span className="pill code-pill" title={t('top.codeTitle')}>
            <Rich k="top.code" params={{ code }} />
          </span>
        )}
        <button type="button" className="small" aria-expanded={menu} onClick={() => setMenu(!menu)}>
          {t('top.leave')}
        </button>
      </div>
      {menu && <LeaveSeat onClose={() => setMenu(false)} />}
    </header>
  );
}
