// My role card: public objective, secret agenda, private resources. A spectator sees no card.
import { credibility } from '../../game/index.ts';
import { RoleIcon } from '../ui/RoleBadge.tsx';
import { SourceNote } from '../ui/SourceNote.tsx';
import { lookOf, regionNameOf, useTable } from './tableContext.ts';
import { agendaText } from './words.ts';

export function RoleCard() {
  const { G, s, me } = useTable();
  if (!me) return null;
  const def = s.roles.find((r) => r.id === me)!;
  const r = G.roles[me]!;
  const sec = G.secret[me];
  const caches = Object.entries(sec?.caches ?? {}).filter(([, n]) => n > 0);
  const look = lookOf(s, me);
  const agenda = sec?.agenda ? def.agendas.find((a) => a.id === sec.agenda) : undefined;
  const spoilerType = sec?.spoilerType ? s.spoilerTypes.find((t) => t.name === sec.spoilerType) : null;
  return (
    <section className="card role-card" aria-labelledby="role-title" style={{ borderTopColor: look.color }}>
      <h2 id="role-title">
        <RoleIcon look={look} size={20} /> You are the {def.name}
      </h2>
      <dl className="role-facts">
        <dt>Public objective</dt>
        <dd>{def.objective}</dd>
        <dt>
          Secret agenda <span className="secret-tag">only you see this</span>
        </dt>
        <dd data-testid="my-agenda">{sec?.agenda ? agendaText(s, me, sec.agenda) : '—'}</dd>
        {spoilerType && (
          <>
            <dt>
              Your hidden type <span className="secret-tag">secret</span>
            </dt>
            <dd data-testid="my-spoiler-type">
              <strong>{spoilerType.name}</strong>: {spoilerType.text}
            </dd>
          </>
        )}
      </dl>
      <h3>Your resources</h3>
      <ul className="resources">
        <li title="Spend funds on orders; income arrives every round">
          Funds <strong>{r.funds}</strong> <span className="muted">(+{def.income} a round)</span>
        </li>
        {r.kind === 'faction' && (
          <>
            <li title={`At ${s.tuning.fearBlocksDdr} or more your commanders refuse to canton or disarm`}>
              Fear <strong>{r.fear}</strong>/10{' '}
              {r.fear >= s.tuning.fearBlocksDdr && <span className="warn-text">— too afraid to disarm</span>}
            </li>
            <li title="Counts at the elections">
              Political strength <strong>{r.political}</strong>
            </li>
            <li>
              Reintegrated fighters <strong>{r.reintegrated}</strong>
            </li>
          </>
        )}
        {r.kind === 'guarantor' && (
          <>
            <li title="Mean of capability, will and approval, plus kept pledges, minus three per broken one">
              Credibility <strong>{credibility(r)}</strong>/10
            </li>
            <li>
              Capability <strong>{r.capability}</strong> · Will <strong>{r.will}</strong> · Approval at home{' '}
              <strong>{r.approval}</strong>
            </li>
            <li>
              Pledges honoured <strong>{r.honoured}</strong> · broken <strong>{r.broken}</strong>
            </li>
            {r.exitRound !== null && <li>You announced you leave after round {r.exitRound}.</li>}
          </>
        )}
        {r.kind === 'spoiler' && (
          <>
            <li title="How many violent orders your commanders will carry out">
              Militancy <strong>{r.militancy}</strong>/10
            </li>
            <li>
              Recruits <strong>{r.recruits}</strong>
            </li>
          </>
        )}
        {caches.length > 0 && (
          <li className="secret-line">
            Hidden caches (secret): {caches.map(([reg, n]) => `${regionNameOf(s, reg)} ${n}`).join(', ')}
          </li>
        )}
      </ul>
      <details>
        <summary>Your powers and fears</summary>
        <p>
          <strong>Powers:</strong> {def.powers}
        </p>
        <p>
          <strong>Fears:</strong> {def.fears}
        </p>
      </details>
      <details className="source-details">
        <summary>Where your role comes from</summary>
        <SourceNote source={def.source} />
        {agenda && (
          <>
            <p className="small-text">Your secret agenda:</p>
            <SourceNote source={agenda.source} />
          </>
        )}
      </details>
    </section>
  );
}
