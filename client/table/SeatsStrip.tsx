// Who sits where: person or bot, online or not, whose orders are in, and each role's public standing.
import { useState } from 'react';
import { credibility } from '../../game/index.ts';
import { theRole } from '../i18n/content.ts';
import { useT } from '../i18n/i18n.ts';
import { ApiError, botForEmptySeat } from '../lib/api.ts';
import { difficultyLabel } from '../lib/catalogue.ts';
import { hostedTable } from '../lib/seatStore.ts';
import { RoleIcon } from '../ui/RoleBadge.tsx';
import { lookOf, nameOf, useTable } from './tableContext.ts';

export function SeatsStrip() {
  const t = useT();
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
      setError(e instanceof ApiError ? e.message : t('seats.botError'));
    }
  };
  const phase = String(ctx.phase ?? '');
  return (
    <section className="card seats" aria-labelledby="seats-title">
      <h2 id="seats-title">{t('seats.title')}</h2>
      <ul className="seat-cards">
        {G.seats.map((role, i) => {
          const meta = seats.find((m) => m.id === i);
          const r = G.roles[role]!;
          const bot = meta?.data?.bot;
          const who = bot
            ? t('seats.bot', { difficulty: difficultyLabel(bot.difficulty) })
            : (meta?.name ?? t('seats.empty'));
          const online = bot ? true : Boolean(meta?.isConnected);
          let status = '';
          if (phase === 'crisis') status = G.crisis?.chooser === role ? t('seats.deciding') : '';
          else if (phase === 'negotiation') status = r.ready ? t('seats.doneNeg') : t('seats.negotiating');
          else if (phase === 'orders') status = r.ordersIn ? t('seats.ordersIn') : t('seats.choosing');
          else if (phase === 'review') status = r.ready ? t('seats.ready') : t('seats.reading');
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
                {role === me && <span className="you">{t('seats.you')}</span>}
              </div>
              <div className="seat-who">
                <span className={`conn-dot ${online ? 'on' : 'off'}`} aria-hidden="true" />
                {who}
                <span className="visually-hidden">{online ? t('seats.online') : t('seats.offline')}</span>
                {!bot && !online && meta?.name && (
                  <span className="offline-tag">{t('seats.offlineTag')}</span>
                )}
              </div>
              {status && (
                <div className={`seat-status${done ? ' done' : ''}`}>
                  <span aria-hidden="true">{done ? '✓ ' : '… '}</span>
                  {status}
                </div>
              )}
              {!bot && !meta?.name && hosted && (
                <button type="button" className="small" onClick={() => fill(String(i))}>
                  {t('seats.letBot', { who: theRole(s, role) })}
                </button>
              )}
              <div className="seat-stats">
                <span title={t('seats.fundsTitle')}>{t('seats.funds', { n: r.funds })}</span>
                {r.kind === 'faction' && (
                  <span title={t('seats.fearTitle')}>{t('seats.fear', { n: r.fear })}</span>
                )}
                {r.kind === 'faction' && (
                  <span title={t('seats.politicsTitle')}>{t('seats.politics', { n: r.political })}</span>
                )}
                {r.kind === 'guarantor' && (
                  <span title={t('seats.credTitle')}>{t('seats.cred', { n: credibility(r) })}</span>
                )}
                {r.kind === 'guarantor' && (
                  <span title={t('seats.approvalTitle')}>{t('seats.approval', { n: r.approval })}</span>
                )}
                {r.kind === 'spoiler' && (
                  <span title={t('seats.militancyTitle')}>
                    {t('seats.militancy', { n: r.militancy < 0 ? t('seats.hidden') : r.militancy })}
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
