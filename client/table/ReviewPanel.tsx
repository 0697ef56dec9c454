// Review after a round: what happened, what changed and why, in words a student can read aloud.

import { trackIds } from '../../game/content/schema.ts';
import type { TrackId } from '../../game/index.ts';
import { causesSinceLastRound } from '../../game/ledger.ts';
import { honourCost } from '../../game/legal.ts';
import { keyed } from '../lib/keyed.ts';
import { stripRound } from './HistoryPanel.tsx';
import { nameOf, useTable } from './tableContext.ts';
import { orderText, pledgeText, TRACK_LABEL } from './words.ts';

const TRACKS = trackIds;

export function ReviewPanel() {
  const { G, s, me, conn } = useTable();
  const entries = G.history.filter((h) => h.round === G.round && h.phase === 'resolution');
  const crisis = G.history.filter((h) => h.round === G.round && h.phase === 'crisis');
  const myOrders = me ? (G.secret[me]?.lastOrders ?? []) : [];
  const now = G.snapshots.find((x) => x.round === G.round);
  const before = G.snapshots.find((x) => x.round === G.round - 1);
  const changes = now && before ? TRACKS.filter((t) => now.tracks[t] !== before.tracks[t]) : [];
  const triggered = me ? G.pledges.filter((p) => p.guarantor === me && p.status === 'triggered') : [];
  const mine = me ? G.roles[me] : null;
  const waiting = G.seats.filter((r) => !G.roles[r]!.ready && r !== me).map((r) => nameOf(s, r));

  const steps: { step: string; items: string[] }[] = [];
  for (const h of entries) {
    const step = h.step ?? 'other';
    const last = steps[steps.length - 1];
    if (last && last.step === step) last.items.push(stripRound(h.text));
    else steps.push({ step, items: [stripRound(h.text)] });
  }

  return (
    <div className="review" data-testid="review">
      {triggered.map((p) => {
        const c = honourCost(s, p);
        return (
          <section key={p.id} className="card inset needs-you" aria-label={`Pledge #${p.id} was triggered`}>
            <p>
              <strong>Your pledge #{p.id} was triggered</strong>
              {p.violator ? ` by the ${nameOf(s, p.violator)}` : ''}. {pledgeText(s, p)}
            </p>
            <p>
              Honouring it {c.funds ? `costs ${c.funds} funds` : 'spends the funds you set aside for it'}
              {c.approval ? ` and ${c.approval} approval at home (casualties)` : ''}; the pledge stays in
              force. Breaking it collapses your credibility and frightens those you promised to protect.
            </p>
            <p className="actions">
              <button
                type="button"
                className="primary"
                onClick={() => conn.act('answerPledge', [p.id, true])}
              >
                Honour pledge #{p.id}
              </button>{' '}
              <button
                type="button"
                className="danger"
                onClick={() => conn.act('answerPledge', [p.id, false])}
              >
                Break it
              </button>
            </p>
          </section>
        );
      })}

      {crisis.length > 0 && (
        <>
          <h3>The crisis</h3>
          <ul>
            {keyed(crisis.map((h) => stripRound(h.text))).map(({ item, key }) => (
              <li key={key}>{item}</li>
            ))}
          </ul>
        </>
      )}
      {myOrders.length > 0 && (
        <p>
          <strong>Your orders were:</strong> {myOrders.map((o) => orderText(s, o)).join('; ')}.
        </p>
      )}
      <h3>What happened in round {G.round}</h3>
      {steps.length === 0 && <p className="muted">A quiet round: nothing was resolved.</p>}
      {keyed(steps).map(({ item: st, key }) => (
        <div key={key} className="review-step">
          <h4>{STEP_LABEL[st.step] ?? st.step}</h4>
          <ul>
            {keyed(st.items).map(({ item: t, key: k }) => (
              <li key={k}>{t}</li>
            ))}
          </ul>
        </div>
      ))}

      {changes.length > 0 && now && before && (
        <>
          <h3>What changed</h3>
          <ul className="changes">
            {changes.map((t) => {
              const d = now.tracks[t] - before.tracks[t];
              const why = causesSinceLastRound(G, t, G.round);
              return (
                <li key={t} data-testid={`change-${t}`}>
                  {TRACK_LABEL[t]}: {before.tracks[t]} → <strong>{now.tracks[t]}</strong> (
                  {d > 0 ? `+${d}` : d}
                  {t === 'tension' ? (d > 0 ? ', more dangerous' : ', calmer') : ''})
                  {why.length > 0 && (
                    <>: {why.map((c) => `${c.delta > 0 ? `+${c.delta}` : c.delta} ${c.cause}`).join('; ')}</>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}

      <div className="ready-bar">
        {mine?.ready ? (
          <p role="status">
            <span aria-hidden="true">✓ </span>Ready.{' '}
            {waiting.length > 0 ? `Waiting for: ${waiting.join(', ')}.` : ''}
          </p>
        ) : (
          me && (
            <button type="button" className="primary" onClick={() => conn.act('ready')}>
              {G.round >= G.options.rounds ? 'Ready for the elections' : 'Ready for the next round'}
            </button>
          )
        )}
      </div>
    </div>
  );
}

const STEP_LABEL: Readonly<Record<string, string>> = {
  deployments: 'Deployments',
  monitoring: 'Monitoring',
  ddr: 'Disarmament (DDR)',
  spoiler: 'Spoiler actions',
  violations: 'Violations',
  pledges: 'Pledges and responses',
  economy: 'Economy',
  tracks: 'National tracks',
  other: 'Other',
};
