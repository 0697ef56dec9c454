// Standing public pledges (a guarantor may withdraw its own); past ones folded away.
import type { Pledge } from '../../game/index.ts';
import { useT } from '../i18n/i18n.ts';
import { useTable } from './tableContext.ts';
import { pledgeStatus, pledgeText } from './words.ts';

export function PledgesList() {
  const t = useT();
  const { G, s, me, conn, ctx } = useTable();
  const standing = G.pledges.filter((p) => p.status === 'active' || p.status === 'triggered');
  const past = G.pledges.filter((p) => !standing.includes(p));
  if (G.pledges.length === 0) return me ? null : <p className="muted">{t('pledges.none')}</p>;
  const item = (p: Pledge) => (
    <li key={p.id} className={`pledge status-${p.status}`}>
      <p>
        #{p.id} {pledgeText(s, p)} <span className="muted">{t('pledges.weight', { weight: p.weight })}</span>{' '}
        <span className="pledge-status">{pledgeStatus(p.status)}</span>
      </p>
      {p.guarantor === me && p.status === 'active' && ctx.phase === 'negotiation' && (
        <button type="button" className="small" onClick={() => conn.act('withdrawPledge', [p.id])}>
          {t('pledges.withdraw', { id: p.id })}
        </button>
      )}
    </li>
  );
  return (
    <section className="pledges" aria-labelledby="pledges-title">
      <h3 id="pledges-title">{t('pledges.title')}</h3>
      {standing.length === 0 ? (
        <p className="muted">{t('pledges.noneStanding')}</p>
      ) : (
        <ul className="pledge-list">{standing.map(item)}</ul>
      )}
      {past.length > 0 && (
        <details className="fold">
          <summary>{t('pledges.earlier', { count: past.length })}</summary>
          <ul className="pledge-list">{past.map(item)}</ul>
        </details>
      )}
    </section>
  );
}
