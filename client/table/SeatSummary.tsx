// On a phone, what a player needs before acting, above the action panel: my role and its key numbers,
// the crisis of the round, and the key national tracks. Hidden on wide screens (the full cards are in view).
import { credibility } from '../../game/index.ts';
import { trackMax } from '../../game/state.ts';
import { theRole } from '../i18n/content.ts';
import { useT } from '../i18n/i18n.ts';
import { RoleIcon } from '../ui/RoleBadge.tsx';
import { lookOf, useTable } from './tableContext.ts';
import { trackLabel } from './words.ts';

const KEY_TRACKS = ['tension', 'ddr', 'election', 'reconstruction', 'expectations'] as const;

export function SeatSummary({ crisisOpen, onShowCrisis }: { crisisOpen: boolean; onShowCrisis: () => void }) {
  const tr = useT();
  const { G, ctx, s, me } = useTable();
  if (!me) return null;
  const r = G.roles[me]!;
  const def = s.roles.find((x) => x.id === me);
  const card = G.crisis ? s.events.find((c) => c.id === G.crisis!.card) : null;
  const chooser = G.crisis?.chooser ?? null;
  const choice = card?.choice?.options.find((o) => o.id === G.crisis?.choice);
  const pending = chooser !== null && !choice && ctx.phase === 'crisis';
  const facts: string[] = [tr('summary.funds', { n: r.funds })];
  if (r.kind === 'faction')
    facts.push(tr('summary.fear', { n: r.fear }), tr('summary.political', { n: r.political }));
  if (r.kind === 'guarantor')
    facts.push(tr('summary.cred', { n: credibility(r) }), tr('summary.approval', { n: r.approval }));
  if (r.kind === 'spoiler')
    facts.push(tr('summary.militancy', { n: r.militancy }), tr('summary.recruits', { n: r.recruits }));
  return (
    <section className="card seat-summary" aria-labelledby="summary-title" data-testid="seat-summary">
      <h2 id="summary-title" className="visually-hidden">
        {tr('summary.title')}
      </h2>
      <p className="summary-role" data-testid="summary-role">
        <RoleIcon look={lookOf(s, me)} size={16} />{' '}
        <strong>{def ? tr('role.youAre', { who: theRole(s, me) }) : me}</strong>
        <span className="summary-facts"> · {facts.join(' · ')}</span>{' '}
        <a href="#role-title">{tr('summary.roleCard')}</a>
      </p>
      {card && (
        <p className="summary-crisis" data-testid="summary-crisis">
          <strong>{tr('summary.crisis')}</strong> {card.title}
          {chooser &&
            (pending
              ? chooser === me
                ? tr('summary.youDecide')
                : tr('summary.deciding', { who: theRole(s, chooser) })
              : choice
                ? tr('summary.decision', { label: choice.label })
                : '')}
          {!crisisOpen && (
            <>
              {' '}
              <button type="button" className="link-button" onClick={onShowCrisis}>
                {tr('summary.showCrisis')}
              </button>
            </>
          )}
        </p>
      )}
      <ul className="summary-tracks" data-testid="summary-tracks" aria-label={tr('summary.tracks')}>
        {KEY_TRACKS.filter((t) => t in G.tracks).map((t) => {
          const max = trackMax(s, t);
          const danger = t === 'tension' && G.tracks[t] >= max * 0.75;
          return (
            <li key={t} className={danger ? 'danger' : ''}>
              {trackLabel(t)} <strong>{G.tracks[t]}</strong>/{max}
              {t === 'tension' && danger ? (
                <span className="warn-text">{tr('summary.collapseAt', { max })}</span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
