// On a phone, what a player needs before acting, above the action panel: my role and its key numbers,
// the crisis of the round, and the key national tracks. Hidden on wide screens (the full cards are in view).
import { credibility } from '../../game/index.ts';
import { trackMax } from '../../game/state.ts';
import { RoleIcon } from '../ui/RoleBadge.tsx';
import { lookOf, nameOf, useTable } from './tableContext.ts';
import { trackLabel } from './words.ts';

const KEY_TRACKS = ['tension', 'ddr', 'election', 'reconstruction', 'expectations'] as const;

export function SeatSummary({ crisisOpen, onShowCrisis }: { crisisOpen: boolean; onShowCrisis: () => void }) {
  const { G, ctx, s, me } = useTable();
  if (!me) return null;
  const r = G.roles[me]!;
  const def = s.roles.find((x) => x.id === me);
  const card = G.crisis ? s.events.find((c) => c.id === G.crisis!.card) : null;
  const chooser = G.crisis?.chooser ?? null;
  const choice = card?.choice?.options.find((o) => o.id === G.crisis?.choice);
  const pending = chooser !== null && !choice && ctx.phase === 'crisis';
  const facts: string[] = [`Funds ${r.funds}`];
  if (r.kind === 'faction') facts.push(`Fear ${r.fear}/10`, `Political strength ${r.political}`);
  if (r.kind === 'guarantor') facts.push(`Credibility ${credibility(r)}/10`, `Approval ${r.approval}`);
  if (r.kind === 'spoiler') facts.push(`Militancy ${r.militancy}/10`, `Recruits ${r.recruits}`);
  return (
    <section className="card seat-summary" aria-labelledby="summary-title" data-testid="seat-summary">
      <h2 id="summary-title" className="visually-hidden">
        At a glance
      </h2>
      <p className="summary-role" data-testid="summary-role">
        <RoleIcon look={lookOf(s, me)} size={16} /> <strong>You are the {def?.name ?? me}</strong>
        <span className="summary-facts"> · {facts.join(' · ')}</span> <a href="#role-title">Role card</a>
      </p>
      {card && (
        <p className="summary-crisis" data-testid="summary-crisis">
          <strong>Crisis:</strong> {card.title}
          {chooser &&
            (pending
              ? chooser === me
                ? ' — you must decide'
                : ` — the ${nameOf(s, chooser)} is deciding`
              : choice
                ? ` — decision: ${choice.label}`
                : '')}
          {!crisisOpen && (
            <>
              {' '}
              <button type="button" className="link-button" onClick={onShowCrisis}>
                Show the crisis
              </button>
            </>
          )}
        </p>
      )}
      <ul className="summary-tracks" data-testid="summary-tracks" aria-label="Key national tracks">
        {KEY_TRACKS.filter((t) => t in G.tracks).map((t) => {
          const max = trackMax(s, t);
          const danger = t === 'tension' && G.tracks[t] >= max * 0.75;
          return (
            <li key={t} className={danger ? 'danger' : ''}>
              {trackLabel(t)} <strong>{G.tracks[t]}</strong>/{max}
              {t === 'tension' && danger ? <span className="warn-text"> (collapse at {max})</span> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
