// Standing public pledges (a guarantor may withdraw its own); past ones folded away.
import type { Pledge } from '../../game/index.ts';
import { useTable } from './tableContext.ts';
import { pledgeStatus, pledgeText } from './words.ts';

export function PledgesList() {
  const { G, s, me, conn, ctx } = useTable();
  const standing = G.pledges.filter((p) => p.status === 'active' || p.status === 'triggered');
  const past = G.pledges.filter((p) => !standing.includes(p));
  if (G.pledges.length === 0) return me ? null : <p className="muted">No public pledges yet.</p>;
  const item = (p: Pledge) => (
    <li key={p.id} className={`pledge status-${p.status}`}>
      <p>
        #{p.id} {pledgeText(s, p)} <span className="muted">Weight {p.weight}.</span>{' '}
        <span className="pledge-status">{pledgeStatus(p.status)}</span>
      </p>
      {p.guarantor === me && p.status === 'active' && ctx.phase === 'negotiation' && (
        <button type="button" className="small" onClick={() => conn.act('withdrawPledge', [p.id])}>
          Withdraw pledge #{p.id}
        </button>
      )}
    </li>
  );
  return (
    <section className="pledges" aria-labelledby="pledges-title">
      <h3 id="pledges-title">Public pledges</h3>
      {standing.length === 0 ? (
        <p className="muted">No pledge stands right now.</p>
      ) : (
        <ul className="pledge-list">{standing.map(item)}</ul>
      )}
      {past.length > 0 && (
        <details className="fold">
          <summary>Earlier pledges ({past.length})</summary>
          <ul className="pledge-list">{past.map(item)}</ul>
        </details>
      )}
    </section>
  );
}
