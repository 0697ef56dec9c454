// Every public pledge and its status; a guarantor may withdraw its own standing pledges.
import { useTable } from './tableContext.ts';
import { PLEDGE_STATUS, pledgeText } from './words.ts';

export function PledgesList() {
  const { G, s, me, conn, ctx } = useTable();
  const shown = G.pledges.filter(
    (p) => p.status === 'active' || p.status === 'triggered' || p.round === G.round,
  );
  if (shown.length === 0) return null;
  return (
    <section className="pledges" aria-labelledby="pledges-title">
      <h3 id="pledges-title">Public pledges</h3>
      <ul className="pledge-list">
        {shown.map((p) => (
          <li key={p.id} className={`pledge status-${p.status}`}>
            <p>
              #{p.id} {pledgeText(s, p)} <span className="muted">Weight {p.weight}.</span>{' '}
              <span className="pledge-status">{PLEDGE_STATUS[p.status]}</span>
            </p>
            {p.guarantor === me && p.status === 'active' && ctx.phase === 'negotiation' && (
              <button type="button" className="small" onClick={() => conn.act('withdrawPledge', [p.id])}>
                Withdraw pledge #{p.id}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
