// Fixed strategies for the balance checks: a seat that always gives one kind of order, or guarantors
// that never pledge / always break / always honour. Each wraps the seat's normal bot and changes only
// that one habit, so a check compares it game by game with the normal bot on the same deals.
import type { Ctx } from 'boardgame.io';
import { Legal } from '../bots/common.ts';
import { hashSeed, mulberry32 } from '../bots/rng.ts';
import type { Decision } from '../bots/types.ts';
import type { GameState, Order, OrderType } from '../types.ts';
import type { Agent } from './runner.ts';

/**
 * `fixed:TYPE` (always that order, as many as allowed), `pledges:none|break|honour`, or `newcomer`: a
 * human-like sensible player (issue 10) — the seat's normal plan, but it forgets an order one time in
 * five (it stops queuing and sends what it has) and never restarts the war.
 */
export type Variant = `fixed:${OrderType}` | 'pledges:none' | 'pledges:break' | 'pledges:honour' | 'newcomer';

export function isVariant(v: string): v is Variant {
  return (
    /^fixed:[a-z]+$/.test(v) || ['pledges:none', 'pledges:break', 'pledges:honour', 'newcomer'].includes(v)
  );
}

/** How often a newcomer stops queuing orders early. */
export const NEWCOMER_FORGETS = 0.2;

/** Wrap a seat's agent with a fixed habit. */
export function withVariant(agent: Agent, variant: Variant): Agent {
  if (variant === 'newcomer') return newcomer(agent);
  if (variant.startsWith('fixed:')) {
    const type = variant.slice('fixed:'.length) as OrderType;
    return (view, ctx, pid) =>
      ctx.phase === 'orders' ? fixedOrders(view, ctx, pid, type) : agent(view, ctx, pid);
  }
  return (view, ctx, pid) => {
    const d = agent(view, ctx, pid);
    if (!d) return d;
    const legal = new Legal(view, ctx, pid);
    if (variant === 'pledges:none' && (d.move === 'makePledge' || d.move === 'renewPledge')) {
      const ready = legal.check('ready', []);
      return ready ? { ...ready, reason: 'This guarantor makes no pledges.' } : d;
    }
    if (d.move === 'answerPledge' && variant !== 'pledges:none') {
      const honour = variant === 'pledges:honour';
      const m =
        legal.check('answerPledge', [d.args[0], honour]) ?? legal.check('answerPledge', [d.args[0], false]);
      return m ? { ...m, reason: honour ? 'Always honour.' : 'Always break.' } : d;
    }
    return d;
  };
}

/** Queue as many orders of one type as the rules allow (the first legal ones), then send them. */
function fixedOrders(view: GameState, ctx: Ctx, pid: string, type: OrderType): Decision | null {
  const legal = new Legal(view, ctx, pid);
  const submit = legal.check('submitOrders', []);
  if (!submit) return null;
  if (type !== 'hold') {
    const m = legal.moves.find((x) => x.move === 'addOrder' && (x.args[0] as Order).type === type);
    if (m) return { move: m.move, args: m.args, reason: `Always ${type}.` };
  }
  return { ...submit, reason: `Always ${type}.` };
}

/** A sensible newcomer: the normal plan, minus an order now and then, and never a resumed war. */
function newcomer(agent: Agent): Agent {
  return (view, ctx, pid) => {
    const d = agent(view, ctx, pid);
    if (!d) return d;
    const legal = new Legal(view, ctx, pid);
    if (d.move === 'resumeWar') {
      const ready = legal.check('ready', []);
      return ready ? { ...ready, reason: 'A newcomer does not restart a war.' } : null;
    }
    if (d.move === 'addOrder') {
      const role = view.seats[Number(pid)]!;
      const queued = view.secret[role]?.orders.length ?? 0;
      const draw = mulberry32(
        hashSeed(`${view.scenario}|${view.discard.join(',')}|${pid}|${view.round}|${queued}`),
      )();
      const submit = legal.check('submitOrders', []);
      if (queued > 0 && draw < NEWCOMER_FORGETS && submit)
        return { ...submit, reason: 'A newcomer sends the orders it has.' };
    }
    return d;
  };
}
