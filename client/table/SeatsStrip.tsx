// Who sits where: person or bot, online or not, whose orders are in, and each role's public standing.
import { useState } from 'react';
import { credibility } from '../../game/index.ts';
import { ApiError, botForEmptySeat } from '../lib/api.ts';
import { hostedTable } from '../lib/seatStore.ts';
import { RoleIcon } from '../ui/RoleBadge.tsx';
import { lookOf, nameOf, useTable } from './tableContext.ts';

export function SeatsStrip() {
  const { G, ctx, s, seats, me, conn } = useTable();
  const [error, setError] = useState<string | null>(null);
  // Only the table's host (this browser created it) can put a bot in a seat.
  const hosted = hostedTable(conn.matchID);
  const fill = async (pid: string) => {
    setError(null);
    if (!hosted) return;
    try {
      await botForEmptySeat(conn.matchID, pid, 'normal', hosted.hostToken);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'A bot could not take the seat.');
    }
  };
  const phase = String(ctx.phase ?? '');
  return (
    <section className="card seats" aria-labelledby="seats-title">
      <h2 id="seats-title">At the table</h2>
      <ul className="seat-cards">
        {G.seats.map((role, i) => {
          const meta = seats.find((m) => m.id === i);
          const r = G.roles[role]!;
          const bot = meta?.data?.bot;
          const who = bot ? `Bot (${bot.difficulty})` : (meta?.name ?? 'Empty seat');
          const online = bot ? true : Boolean(meta?.isConnected);
          let status = '';
          if (phase === 'crisis') status = G.crisis?.chooser === role ? 'Deciding the crisis' : '';
          else if (phase === 'negotiation') status = r.ready ? 'Done negotiating' : 'Negotiating';
          else if (phase === 'orders') status = r.ordersIn ? 'Orders in' : 'Choosing orders';
          else if (phase === 'review') status = r.ready ? 'Ready' : 'Reading';
          const done = r.ready || (phase === 'orders' && r.ordersIn);
          const look = lookOf(s, role);
          return (
            <li
              key={role}
              className={`seat-card${role === me ? ' mine' : ''}`}
              style={{ borderTopColor: look.color }}
              data-testid={`seat-${role}`}
            >
              <div className="seat-head">
                <RoleIcon look={look} size={16} />
                <strong>{nameOf(s, role)}</strong>
                {role === me && <span className="you">you</span>}
              </div>
              <div className="seat-who">
                <span className={`conn-dot ${online ? 'on' : 'off'}`} aria-hidden="true" />
                {who}
                <span className="visually-hidden">{online ? ', online' : ', offline'}</span>
                {!bot && !online && meta?.name && <span className="offline-tag"> (offline)</span>}
              </div>
              {status && (
                <div className={`seat-status${done ? ' done' : ''}`}>
                  <span aria-hidden="true">{done ? '✓ ' : '… '}</span>
                  {status}
                </div>
              )}
              {!bot && !meta?.name && hosted && (
                <button type="button" className="small" onClick={() => fill(String(i))}>
                  Let a bot play the {nameOf(s, role)}
                </button>
              )}
              <div className="seat-stats">
                <span title="Funds (political capital, budget or cash)">Funds {r.funds}</span>
                {r.kind === 'faction' && <span title="Fear of the other faction (0–10)">Fear {r.fear}</span>}
                {r.kind === 'faction' && (
                  <span title="Political strength for the elections">Politics {r.political}</span>
                )}
                {r.kind === 'guarantor' && (
                  <span title="Credibility: capability, will and approval, plus its record of kept and broken pledges">
                    Credibility {credibility(r)}
                  </span>
                )}
                {r.kind === 'guarantor' && (
                  <span title="Domestic approval at home (0–10)">Approval {r.approval}</span>
                )}
                {r.kind === 'spoiler' && (
                  <span title="How committed to violence it is (0–10); others can only guess it from its actions">
                    Militancy {r.militancy < 0 ? 'hidden' : r.militancy}
                  </span>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
