// Review after a round: what happened, what changed and why, in words a student can read aloud.

import { trackIds } from '../../game/content/schema.ts';
import { causesSinceLastRound } from '../../game/ledger.ts';
import { honourCost } from '../../game/legal.ts';
import { theRole } from '../i18n/content.ts';
import { num, signed, t as tr, useT } from '../i18n/i18n.ts';
import { Rich } from '../i18n/Rich.tsx';
import { keyed } from '../lib/keyed.ts';
import { causeText, historyText } from './causeText.ts';
import { stripRound } from './HistoryPanel.tsx';
import { nameOf, useTable } from './tableContext.ts';
import { orderText, pledgeText, trackLabel } from './words.ts';

const TRACKS = trackIds;

export function ReviewPanel() {
  const t = useT();
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
    if (last && last.step === step) last.items.push(stripRound(historyText(s, h)));
    else steps.push({ step, items: [stripRound(historyText(s, h))] });
  }

  return (
    <div className="review" data-testid="review">
      {triggered.map((p) => {
        const c = honourCost(s, p);
        return (
          <section
            key={p.id}
            className="card inset needs-you"
            aria-label={t('review.triggeredLabel', { id: p.id })}
          >
            <p>
              {p.violator ? (
                <Rich k="review.triggeredBy" params={{ id: p.id, who: theRole(s, p.violator) }} />
              ) : (
                <Rich k="review.triggered" params={{ id: p.id }} />
              )}{' '}
              {pledgeText(s, p)}
            </p>
            <p>
              {c.funds ? t('review.honourFunds', { funds: c.funds }) : t('review.honourSetAside')}
              {c.approval ? t('review.honourApproval', { approval: c.approval }) : ''}
              {t('review.honourTail')}
            </p>
            <p className="actions">
              <button
                type="button"
                className="primary"
                onClick={() => conn.act('answerPledge', [p.id, true])}
              >
                {t('review.honour', { id: p.id })}
              </button>{' '}
              <button
                type="button"
                className="danger"
                onClick={() => conn.act('answerPledge', [p.id, false])}
              >
                {t('review.break')}
              </button>
            </p>
          </section>
        );
      })}

      {crisis.length > 0 && (
        <>
          <h3>{t('review.crisis')}</h3>
          <ul>
            {keyed(crisis.map((h) => stripRound(historyText(s, h)))).map(({ item, key }) => (
              <li key={key}>{item}</li>
            ))}
          </ul>
        </>
      )}
      {myOrders.length > 0 && (
        <p>
          <Rich k="review.yourOrders" params={{ list: myOrders.map((o) => orderText(s, o)).join('; ') }} />
        </p>
      )}
      <h3>{t('review.whatHappened', { round: G.round })}</h3>
      {steps.length === 0 && <p className="muted">{t('review.quiet')}</p>}
      {keyed(steps).map(({ item: st, key }) => (
        <div key={key} className="review-step">
          <h4>{stepLabel(st.step)}</h4>
          <ul>
            {keyed(st.items).map(({ item, key: k }) => (
              <li key={k}>{item}</li>
            ))}
          </ul>
        </div>
      ))}

      {changes.length > 0 && now && before && (
        <>
          <h3>{t('review.whatChanged')}</h3>
          <ul className="changes">
            {changes.map((k) => {
              const d = now.tracks[k] - before.tracks[k];
              const why = causesSinceLastRound(G, k, G.round);
              return (
                <li key={k} data-testid={`change-${k}`}>
                  {trackLabel(k)}: {num(before.tracks[k])} → <strong>{num(now.tracks[k])}</strong> (
                  {signed(d)}
                  {k === 'tension' ? (d > 0 ? t('review.more') : t('review.calmer')) : ''})
                  {why.length > 0 && (
                    <>: {why.map((c) => `${signed(c.delta)} ${causeText(s, c.cause)}`).join('; ')}</>
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
            <span aria-hidden="true">✓ </span>
            {t('review.ready')}{' '}
            {waiting.length > 0 ? t('orders.waitingFor', { list: waiting.join(', ') }) : ''}
          </p>
        ) : (
          me && (
            <button type="button" className="primary" onClick={() => conn.act('ready')}>
              {G.round >= G.options.rounds ? t('review.readyElections') : t('review.readyNext')}
            </button>
          )
        )}
      </div>
    </div>
  );
}

const STEPS = [
  'deployments',
  'monitoring',
  'ddr',
  'spoiler',
  'violations',
  'pledges',
  'economy',
  'tracks',
  'other',
];

function stepLabel(step: string): string {
  return STEPS.includes(step) ? tr(`step.${step as 'other'}`) : step;
}
