// "What would you do?": the hard bot's advice for my seat from my own view, with its reasons; the round's
// orders can be queued in one click, and taken advice is noted in the history for the debrief.
import { useEffect, useRef, useState } from 'react';
import type { Scenario } from '../../game/content/schema.ts';
import type { GameState, Order } from '../../game/index.ts';
import type { OfferInput, PledgeInput } from '../../game/legal.ts';
import { keyed } from '../lib/keyed.ts';
import { type Advice, type AdviceStep, adviceNote, askAdvisor } from './advisor.ts';
import { nameOf, regionNameOf, useTable } from './tableContext.ts';
import { orderText, termsText } from './words.ts';

export function stepText(s: Scenario, G: GameState, step: AdviceStep): string {
  const a = step.args;
  switch (step.move) {
    case 'addOrder':
      return orderText(s, a[0] as Order);
    case 'chooseCrisis': {
      const card = s.events.find((c) => c.id === G.crisis?.card);
      return `Decide: ${card?.choice?.options.find((o) => o.id === a[0])?.label ?? String(a[0])}`;
    }
    case 'makePledge': {
      const p = a[0] as PledgeInput;
      const whom = p.protects === 'all' ? 'either faction' : `the ${nameOf(s, p.protects)}`;
      const where = p.region === 'any' ? 'anywhere' : `in the ${regionNameOf(s, p.region)}`;
      const trig = p.trigger === 'attack' ? 'attacks' : 'violates the ceasefire against';
      return `Pledge publicly: if anyone ${trig} ${whom} ${where}, you respond with ${p.response}`;
    }
    case 'makeOffer': {
      const o = a[0] as OfferInput;
      return `Offer the ${nameOf(s, o.to)} ${termsText(s, o.give)} for ${termsText(s, o.ask)}${o.private ? ' (private)' : ''}`;
    }
    case 'answerOffer':
      return `${a[1] ? 'Accept' : 'Refuse'} offer #${String(a[0])}`;
    case 'withdrawOffer':
      return `Withdraw offer #${String(a[0])}`;
    case 'answerPledge':
      return `${a[1] ? 'Honour' : 'Break'} pledge #${String(a[0])}`;
    case 'withdrawPledge':
      return `Withdraw pledge #${String(a[0])}`;
    case 'announceExit':
      return `Announce you leave after round ${String(a[0])}`;
    case 'ready':
      return 'Move on: say you are ready';
    case 'submitOrders':
      return 'Send your orders';
    case 'resumeWar':
      return 'Resume the war';
    default:
      return step.move;
  }
}

export function AdvisorPanel() {
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
      setError(`The advisor could not answer: ${(e as Error).message}`);
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
      <h3 id="advisor-title">Advisor</h3>
      {!shown && (
        <p>
          <button type="button" onClick={() => void ask()} disabled={busy} aria-busy={busy}>
            {busy ? 'Thinking…' : 'What would you do?'}
          </button>{' '}
          <span className="muted">The hard bot's advice, from what you can see.</span>
        </p>
      )}
      {error && <p role="alert">{error}</p>}
      {shown && (
        <div data-testid="advice">
          {shown.steps.length === 0 ? (
            <p>
              {shown.steps.length === 0 && shown.closing
                ? 'No order is worth its cost now: send your orders (hold).'
                : 'Nothing to do now: wait for the others.'}
            </p>
          ) : (
            <ol className="advice-steps">
              {keyed(shown.steps).map(({ item: st, key }) => (
                <li key={key}>
                  <strong>{stepText(s, G, st)}</strong>
                  <span className="advice-reason"> — {st.reason}</span>
                </li>
              ))}
            </ol>
          )}
          {shown.closing && shown.steps.length > 0 && <p className="muted">And {shown.closing}</p>}
          <p className="actions">
            {orders.length > 0 && orders.length === shown.steps.length ? (
              <button type="button" className="primary" onClick={() => take(orders)}>
                Queue {orders.length === 1 ? 'this order' : `these ${orders.length} orders`}
              </button>
            ) : shown.steps.length > 0 ? (
              <button type="button" className="primary" onClick={() => take(shown.steps)}>
                Do this
              </button>
            ) : null}{' '}
            <button type="button" onClick={() => setAdvice(null)}>
              Dismiss
            </button>
          </p>
        </div>
      )}
    </section>
  );
}
