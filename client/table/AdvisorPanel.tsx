// "What would you do?": the hard bot's advice for my seat from my own view, with its reasons; the round's
// orders can be queued in one click, and taken advice is noted in the history for the debrief.
import { useEffect, useRef, useState } from 'react';
import type { Scenario } from '../../game/content/schema.ts';
import type { GameState, Order } from '../../game/index.ts';
import type { OfferInput, PledgeInput } from '../../game/legal.ts';
import { theRegion, theRole } from '../i18n/content.ts';
import { t as tr, useT } from '../i18n/i18n.ts';
import { keyed } from '../lib/keyed.ts';
import { type Advice, type AdviceStep, adviceNote, askAdvisor } from './advisor.ts';
import { reasonText } from './causeText.ts';
import { useTable } from './tableContext.ts';
import { orderText, termsText } from './words.ts';

export function stepText(s: Scenario, G: GameState, step: AdviceStep): string {
  const a = step.args;
  switch (step.move) {
    case 'addOrder':
      return orderText(s, a[0] as Order);
    case 'chooseCrisis': {
      const card = s.events.find((c) => c.id === G.crisis?.card);
      return tr('advisor.decide', {
        label: card?.choice?.options.find((o) => o.id === a[0])?.label ?? String(a[0]),
      });
    }
    case 'makePledge': {
      const p = a[0] as PledgeInput;
      return tr(p.trigger === 'attack' ? 'advisor.pledgeAttack' : 'advisor.pledgeViolation', {
        whom: p.protects === 'all' ? tr('pledge.whomEither') : theRole(s, p.protects),
        where:
          p.region === 'any'
            ? tr('pledge.whereAnywhere')
            : tr('pledge.whereIn', { region: theRegion(s, p.region) }),
        response: tr(`pledge.response.${p.response}`),
      });
    }
    case 'makeOffer': {
      const o = a[0] as OfferInput;
      return tr(o.private ? 'advisor.offerPrivate' : 'advisor.offer', {
        who: theRole(s, o.to),
        give: termsText(s, o.give),
        ask: termsText(s, o.ask),
      });
    }
    case 'answerOffer':
      return tr(a[1] ? 'advisor.accept' : 'advisor.refuse', { id: String(a[0]) });
    case 'withdrawOffer':
      return tr('advisor.withdrawOffer', { id: String(a[0]) });
    case 'answerPledge':
      return tr(a[1] ? 'advisor.honour' : 'advisor.break', { id: String(a[0]) });
    case 'withdrawPledge':
      return tr('advisor.withdrawPledge', { id: String(a[0]) });
    case 'announceExit':
      return tr('advisor.exit', { round: String(a[0]) });
    case 'ready':
      return tr('advisor.ready');
    case 'submitOrders':
      return tr('advisor.submit');
    case 'resumeWar':
      return tr('advisor.war');
    default:
      return step.move;
  }
}

export function AdvisorPanel() {
  const t = useT();
  const { G, ctx, s, me, myPid, conn } = useTable();
  const [advice, setAdvice] = useState<Advice | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const sending = useRef<{ steps: readonly AdviceStep[]; base: number; sent: number } | null>(null);
  const [, setTick] = useState(0);
  const queued = me ? (G.secret[me]?.orders.length ?? 0) : 0;
  const phase = String(ctx.phase);

  // Queue the plan's orders one after another: the next goes out when the last one is in the state.
  useEffect(() => {
    const q = sending.current;
    if (!q) return;
    const landed = queued - q.base;
    if (landed >= q.steps.length) {
      sending.current = null;
      setAdvice(null);
      setTick((n) => n + 1);
      return;
    }
    if (landed === q.sent) {
      const st = q.steps[q.sent]!;
      q.sent++;
      if (!conn.act(st.move, [...st.args, adviceNote(st.reason)])) {
        sending.current = null;
        setTick((n) => n + 1);
      }
    }
  }, [queued, conn]);

  if (!me || myPid === null || G.result) return null;
  const stale = advice && (advice.phase !== phase || advice.round !== G.round);
  const shown = stale ? null : advice;
  const ask = async () => {
    setBusy(true);
    setError(null);
    try {
      setAdvice(await askAdvisor(G, ctx, myPid));
    } catch (e) {
      setError(t('advisor.error', { error: (e as Error).message }));
    } finally {
      setBusy(false);
    }
  };
  const take = (steps: readonly AdviceStep[]) => {
    if (steps.length === 0) return;
    if (steps.every((st) => st.move === 'addOrder')) {
      sending.current = { steps, base: queued, sent: 0 };
      setTick((n) => n + 1);
      const st = steps[0]!;
      sending.current.sent = 1;
      if (!conn.act(st.move, [...st.args, adviceNote(st.reason)])) sending.current = null;
      return;
    }
    // A public move's note would be read by every seat, and the advisor's reasons may rest on what only
    // this seat knows (its agenda, its caches): only secret orders carry the note.
    const st = steps[0]!;
    if (conn.act(st.move, [...st.args])) setAdvice(null);
  };
  const orders = shown?.steps.filter((st) => st.move === 'addOrder') ?? [];
  return (
    <section className="advisor card inset" aria-labelledby="advisor-title" data-testid="advisor">
      <h3 id="advisor-title">{t('advisor.title')}</h3>
      {!shown && (
        <p>
          <button type="button" onClick={() => void ask()} disabled={busy} aria-busy={busy}>
            {busy ? t('advisor.thinking') : t('advisor.ask')}
          </button>{' '}
          <span className="muted">{t('advisor.whose')}</span>
        </p>
      )}
      {error && <p role="alert">{error}</p>}
      {shown && (
        <div data-testid="advice">
          {shown.steps.length === 0 ? (
            <p>{shown.steps.length === 0 && shown.closing ? t('advisor.hold') : t('advisor.wait')}</p>
          ) : (
            <ol className="advice-steps">
              {keyed(shown.steps).map(({ item: st, key }) => (
                <li key={key}>
                  <strong>{stepText(s, G, st)}</strong>
                  <span className="advice-reason"> — {reasonText(s, st.reason)}</span>
                </li>
              ))}
            </ol>
          )}
          {shown.closing && shown.steps.length > 0 && <p className="muted">{t('advisor.closing')}</p>}
          <p className="actions">
            {orders.length > 0 && orders.length === shown.steps.length ? (
              <button type="button" className="primary" onClick={() => take(orders)}>
                {t('advisor.queue', { count: orders.length })}
              </button>
            ) : shown.steps.length > 0 ? (
              <button type="button" className="primary" onClick={() => take(shown.steps)}>
                {t('advisor.do')}
              </button>
            ) : null}{' '}
            <button type="button" onClick={() => setAdvice(null)}>
              {t('advisor.dismiss')}
            </button>
          </p>
        </div>
      )}
    </section>
  );
}
