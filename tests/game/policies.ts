// Two fixed, scripted policies for golden whole-game tests. They read only the seat's view and pick one of
// its legal moves deterministically (no randomness), so a seed fixes the whole game. With nothing left to do
// (ready, waiting for the others) a seat waits (IDLE) instead of making offers for the sake of moving.
import { type LegalMove, legalMoves } from '../../game/legal.ts';
import type { SetupData } from '../../game/setup.ts';
import { type Agent, type GameRecord, type Policy, playMatch } from '../../game/sim/runner.ts';
import type { GameState, Order, RoleId } from '../../game/types.ts';
import { IDLE, SCENARIO, SEATS } from './harness.ts';

const WAIT: LegalMove = { move: IDLE, args: [] };

const ORDERS_PER_ROUND = SCENARIO.tuning.actionsPerRound;

function me(view: GameState, pid: string): { role: RoleId; r: GameState['roles'][string] } {
  const role = view.seats[Number(pid)]!;
  return { role, r: view.roles[role]! };
}

const orderOf = (m: LegalMove) => m.args[0] as Order;

/** The first legal addOrder whose order matches, preferring the largest count. */
function pickOrder(
  legal: readonly LegalMove[],
  ...wanted: Array<(o: Order) => boolean>
): LegalMove | undefined {
  for (const want of wanted) {
    const hits = legal.filter((m) => m.move === 'addOrder' && want(orderOf(m)));
    if (hits.length === 0) continue;
    return hits.reduce((a, b) => {
      const ca = 'count' in orderOf(a) ? (orderOf(a) as { count: number }).count : 0;
      const cb = 'count' in orderOf(b) ? (orderOf(b) as { count: number }).count : 0;
      return cb > ca ? b : a;
    });
  }
  return undefined;
}

const is =
  (type: Order['type'], extra: (o: Order) => boolean = () => true) =>
  (o: Order) =>
    o.type === type && extra(o);

function move(legal: readonly LegalMove[], name: string, test: (m: LegalMove) => boolean = () => true) {
  return legal.find((m) => m.move === name && test(m));
}

function common(
  view: GameState,
  pid: string,
  legal: readonly LegalMove[],
  honour: boolean,
): LegalMove | null {
  const { role } = me(view, pid);
  const crisis = move(legal, 'chooseCrisis');
  if (crisis) return crisis;
  const answer = move(legal, 'answerPledge', (m) => m.args[1] === honour) ?? move(legal, 'answerPledge');
  if (answer) return answer;
  const queued = view.secret[role]!.orders.length;
  if (queued >= ORDERS_PER_ROUND) return move(legal, 'submitOrders') ?? null;
  return null;
}

/**
 * Everyone keeps the deal: factions canton, disarm and reintegrate (and rebuild), the guarantors pledge
 * impartially, deploy monitors (UN) and peacekeepers (Regional Power) and honour their word, the spoiler
 * smuggles but does not fight. With the tuned data (Tension collapses at 11) crisis cards alone could push
 * Tension over the edge in a few seeds without peacekeepers; with two peacekept regions it stays low.
 */
export const cooperative: Policy = (view, ctx, pid, legal) => {
  const done = common(view, pid, legal, true);
  if (done) return done;
  const { role, r } = me(view, pid);
  const ready = move(legal, 'ready');
  const submit = move(legal, 'submitOrders')!;
  if (ctx.phase === 'negotiation') {
    if (r.kind === 'guarantor') {
      const standing = view.pledges.filter((p) => p.guarantor === role && p.status === 'active').length;
      if (standing === 0) {
        const pledge = move(
          legal,
          'makePledge',
          (m) =>
            (m.args[0] as { protects: string; region: string; response: string }).protects === 'all' &&
            (m.args[0] as { region: string }).region === 'any' &&
            (m.args[0] as { response: string }).response === 'force',
        );
        if (pledge) return pledge;
      }
    }
    return ready ?? WAIT;
  }
  if (ctx.phase === 'orders') {
    const gapOk = view.tracks.expectations - view.tracks.reconstruction < 4;
    const queued = view.secret[role]!.orders;
    const already = (o: Order) =>
      queued.some(
        (q) => q.type === o.type && ('region' in q ? 'region' in o && q.region === o.region : true),
      );
    let pick: LegalMove | undefined;
    if (r.kind === 'faction')
      pick = pickOrder(
        legal,
        ...(gapOk ? [is('reintegrate')] : [is('reconstruct', (o) => !already(o))]),
        is('disarm'),
        is('canton'),
        is('reconstruct', (o) => !already(o)),
        is('campaign', (o) => !already(o)),
      );
    else if (role === 'un')
      pick = pickOrder(
        legal,
        // Monitors in a new region each order (not three to the same one).
        is(
          'monitors',
          (o) => 'region' in o && !already(o) && !view.regions.find((x) => x.id === o.region)!.monitors.un,
        ),
        is('mandate', (o) => !already(o)),
        is('aid', (o) => !already(o)),
      );
    else if (r.kind === 'guarantor')
      pick = pickOrder(
        legal,
        // Peacekeepers in two regions: each round with two peacekept regions eases Tension.
        is(
          'peacekeepers',
          (o) =>
            'region' in o &&
            !already(o) &&
            view.regions.filter((x) => x.peacekeepers[role]).length < 2 &&
            !view.regions.find((x) => x.id === o.region)!.peacekeepers[role],
        ),
        is('aid', (o) => !already(o)),
        is('sanction', (o) => !already(o)),
        is('socialize', (o) => !already(o)),
      );
    else
      pick = pickOrder(
        legal,
        is('smuggle', (o) => !already(o)),
      );
    return pick ?? submit;
  }
  return ready ?? WAIT;
};

/**
 * Nobody trusts anybody: factions hide caches and attack each other, the spoiler attacks and intimidates,
 * the guarantors make one-sided promises and break them.
 */
export const hawkish: Policy = (view, ctx, pid, legal) => {
  const done = common(view, pid, legal, false);
  if (done) return done;
  const { role, r } = me(view, pid);
  const ready = move(legal, 'ready');
  const submit = move(legal, 'submitOrders')!;
  if (ctx.phase === 'negotiation') {
    if (r.kind === 'guarantor' && view.pledges.every((p) => p.guarantor !== role)) {
      const pledge = move(
        legal,
        'makePledge',
        (m) => (m.args[0] as { protects: string }).protects === (role === 'un' ? 'movement' : 'government'),
      );
      if (pledge) return pledge;
    }
    return ready ?? WAIT;
  }
  if (ctx.phase === 'orders') {
    const queued = view.secret[role]!.orders;
    const already = (o: Order) => queued.some((q) => JSON.stringify(q) === JSON.stringify(o));
    const enemy = r.kind === 'faction' ? (role === 'government' ? 'movement' : 'government') : 'government';
    let pick: LegalMove | undefined;
    // One attack a round on the old enemy, then insurance: caches, recruits, intimidation.
    const attacking = queued.some((q) => q.type === 'attack');
    if (r.kind === 'faction' || r.kind === 'spoiler')
      pick = pickOrder(
        legal,
        is('attack', (o) => !attacking && 'target' in o && o.target === enemy),
        is('cache', (o) => !already(o)),
        is('intimidate', (o) => !already(o)),
        is('recruit', (o) => !already(o)),
      );
    else
      pick = pickOrder(
        legal,
        is('enforce', (o) => !already(o)),
        is('coerce', (o) => !already(o)),
      );
    return pick ?? submit;
  }
  return ready ?? WAIT;
};

/** Play a whole game on game/sim/runner.ts's playMatch, every seat with this policy. */
export function play(seed: string, policy: Policy, setupData: SetupData = {}): GameRecord {
  const agent: Agent = (view, ctx, pid) => {
    const legal = legalMoves(view, ctx, pid);
    if (legal.length === 0) return null;
    const m = policy(view, ctx, pid, legal, () => 0);
    return m.move === IDLE ? null : m;
  };
  return playMatch(seed, Object.fromEntries(SEATS.map((p) => [p, agent])), { setupData });
}

export const everyone = (p: Policy): Record<string, Policy> => ({ '0': p, '1': p, '2': p, '3': p, '4': p });
