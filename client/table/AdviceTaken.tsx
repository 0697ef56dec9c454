// For the debrief: which seats queued the advisor's orders, in which rounds (from the history notes).
import type { GameState } from '../../game/index.ts';
import { theRole } from '../i18n/content.ts';
import { useT } from '../i18n/i18n.ts';
import { Rich } from '../i18n/Rich.tsx';
import { ADVICE_NOTE } from './advisor.ts';
import { useTable } from './tableContext.ts';

const capitalize = (x: string) => x.charAt(0).toUpperCase() + x.slice(1);

export function adviceTaken(G: GameState): { role: string; rounds: number[]; orders: number }[] {
  const by = new Map<string, { rounds: Set<number>; orders: number }>();
  for (const h of G.history) {
    if (h.step !== 'reason' || !h.text.includes(`: ${ADVICE_NOTE}: `)) continue;
    const role = h.visibleTo?.[0];
    if (!role) continue;
    const e = by.get(role) ?? { rounds: new Set<number>(), orders: 0 };
    e.rounds.add(h.round);
    e.orders++;
    by.set(role, e);
  }
  return G.seats
    .filter((r) => by.has(r))
    .map((role) => {
      const e = by.get(role)!;
      return { role, rounds: [...e.rounds].sort((a, b) => a - b), orders: e.orders };
    });
}

export function AdviceTaken() {
  const tr = useT();
  const { G, s } = useTable();
  if (!G.result) return null;
  const taken = adviceTaken(G);
  if (taken.length === 0) return null;
  return (
    <section className="card advice-taken" aria-labelledby="advice-taken-title" data-testid="advice-taken">
      <h2 id="advice-taken-title">{tr('advice.title')}</h2>
      <ul>
        {taken.map((t) => (
          <li key={t.role}>
            <Rich
              k="advice.line"
              params={{
                who: capitalize(theRole(s, t.role)),
                orders: tr('advice.orders', { count: t.orders }),
                rounds: tr('advice.rounds', { count: t.rounds.length, list: t.rounds.join(', ') }),
              }}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
