// What an order is known to do before it is sent: effects and risks computed from the rules' own functions
// (exposure, monitoring, DDR points, pledges in force), from the seat's own view only.
import type { Scenario } from './content/schema.ts';
import { monitored, total } from './legal.ts';
import { ddrProgress, exposure, JOBS_GAP, UNREST_GAP } from './resolve.ts';
import { actionDef, getScenario, otherFaction, rolesOfKind } from './scenario.ts';
import { regionName, roleName } from './state.ts';
import type { GameState, Order, RegionState, RoleId } from './types.ts';

export type ForecastTone = 'good' | 'risk' | 'info';

/** One known consequence of an order: a stable code (for translations), its English text and tone. */
export interface ForecastLine {
  readonly tone: ForecastTone;
  readonly code: string;
  readonly text: string;
}

function line(tone: ForecastTone, code: string, text: string): ForecastLine {
  return { tone, code, text };
}

/** The state as it would be with only this order's unit changes applied (for exposure and DDR). */
function withUnits(G: GameState, role: RoleId, order: Order): GameState {
  if (!('region' in order)) return G;
  const regions = G.regions.map((r) => {
    const u = r.units[role];
    if (!u) return r;
    const next = { ...u };
    const n = 'count' in order ? order.count : 0;
    if (order.type === 'canton' && r.id === order.region) {
      const k = Math.min(n, next.active);
      next.active -= k;
      next.cantoned += k;
    } else if (order.type === 'disarm' && r.id === order.region) {
      const k = Math.min(n, next.cantoned);
      next.cantoned -= k;
      next.disarmed += k;
    } else if (order.type === 'rearm' && r.id === order.region) {
      const c = Math.min(n, next.cantoned);
      const d = Math.min(n - c, next.disarmed);
      next.cantoned -= c;
      next.disarmed -= d;
      next.active += c + d;
    } else if (order.type === 'move') {
      const from = G.regions.find((x) => x.id === order.region)?.units[role]?.active ?? 0;
      const k = Math.min(order.count, from);
      if (r.id === order.region) next.active -= k;
      if (r.id === order.to) next.active += k;
    } else return r;
    return { ...r, units: { ...r.units, [role]: next } } as RegionState;
  });
  return { ...G, regions };
}

/** Pledges in force that protect a faction in a region (what a violation there would trigger). */
function pledgesFor(G: GameState, victim: RoleId, region: string, kind: 'attack' | 'violation') {
  return G.pledges.filter(
    (p) =>
      p.status === 'active' &&
      (p.protects === victim || p.protects === 'all') &&
      (p.region === 'any' || p.region === region) &&
      (kind === 'attack' || p.trigger === 'violation'),
  );
}

function exposureLines(G: GameState, s: Scenario, role: RoleId, order: Order): ForecastLine[] {
  const before = exposure(G, s, role);
  const after = exposure(withUnits(G, role, order), s, role);
  if (after.units <= before.units) return [];
  const where = after.regions.map((r) => regionName(s, r)).join(', ');
  const covered = G.pledges.some(
    (p) =>
      p.status === 'active' &&
      (p.protects === role || p.protects === 'all') &&
      p.weight > 0 &&
      (p.region === 'any' || after.regions.includes(p.region)),
  );
  if (covered)
    return [
      line(
        'info',
        'exposureCovered',
        `Your camps within reach of armed rivals (${where}) are covered by a pledge in force: it lowers your Fear once it has stood a round.`,
      ),
    ];
  return [
    line(
      'risk',
      'exposure',
      `Your exposure rises to ${after.units} demobilized fighter(s) within reach of armed rivals, unwatched and unprotected (${where})${after.units >= 2 ? ': your Fear rises by 1 each round it stays so' : ''}.`,
    ),
  ];
}

function verifyLine(s: Scenario, r: RegionState, who: string, what: string): ForecastLine {
  return monitored(r)
    ? line(
        'good',
        'verified',
        `Monitors in ${regionName(s, r.id)} will verify it: Fear of ${who} falls by 1.`,
      )
    : line(
        'risk',
        'unverified',
        `No monitors in ${regionName(s, r.id)}, so ${who} cannot verify that you ${what}.`,
      );
}

/** The known effects and risks of one order for the seat giving it. */
export function forecastOrder(G: GameState, role: RoleId, order: Order): ForecastLine[] {
  const s = getScenario(G.scenario);
  const out: ForecastLine[] = [];
  const def = actionDef(s, order.type);
  const r = 'region' in order ? G.regions.find((x) => x.id === order.region) : undefined;
  const isFaction = G.roles[role]?.kind === 'faction';
  const other = isFaction ? roleName(s, otherFaction(s, role)) : '';
  const ddrDelta = () => ddrProgress(withUnits(G, role, order), s) - ddrProgress(G, s);
  switch (order.type) {
    case 'canton':
    case 'disarm': {
      const d = ddrDelta();
      if (d > 0) out.push(line('good', 'ddr', `DDR progress +${d}.`));
      if (r) out.push(verifyLine(s, r, `the ${other}`, order.type === 'canton' ? 'cantoned' : 'disarmed'));
      out.push(...exposureLines(G, s, role, order));
      if (
        order.type === 'canton' &&
        r &&
        Object.entries(r.units).some(([w, u]) => w !== role && u.active > 0)
      )
        out.push(line('risk', 'noDefence', 'Cantoned fighters cannot defend themselves if attacked here.'));
      break;
    }
    case 'reintegrate': {
      const gap = G.tracks.expectations - G.tracks.reconstruction;
      if (gap >= JOBS_GAP)
        out.push(
          line(
            'risk',
            'noJobs',
            `No jobs: reconstruction is ${gap} behind expectations (${JOBS_GAP} or more), so reintegration will fail this round.`,
          ),
        );
      else
        out.push(
          line(
            'good',
            'political',
            `Political strength +${order.count}; each reintegrated member lets one campaign win a vote.`,
          ),
        );
      break;
    }
    case 'rearm': {
      out.push(line('risk', 'tension', 'Tension +1: fighters leaving the camps break the accord.'));
      if (r && monitored(r))
        out.push(line('risk', 'seen', `Monitors will see it: Fear of the ${other} rises by 2.`));
      for (const p of pledgesFor(G, otherFaction(s, role), order.region, 'violation'))
        out.push(
          line(
            'risk',
            'trigger',
            `It would trigger the ${roleName(s, p.guarantor)}'s pledge #${p.id} (${p.response}) against you.`,
          ),
        );
      const d = ddrDelta();
      if (d < 0) out.push(line('risk', 'ddr', `DDR progress ${d}.`));
      break;
    }
    case 'cache':
      out.push(
        r && monitored(r)
          ? line(
              'risk',
              'caught',
              `Monitors in ${regionName(s, r.id)} will catch it: Tension +1, Fear of the ${other} +1.`,
            )
          : line(
              'info',
              'hidden',
              'Nobody watches there: the cache stays secret until monitors arrive (then Tension +1).',
            ),
      );
      break;
    case 'attack': {
      const spoiler = G.roles[role]?.kind === 'spoiler';
      out.push(
        line(
          'risk',
          'tension',
          `Tension +${spoiler ? 1 : 2}; Fear of the ${roleName(s, order.target)} +2; stability here -1.`,
        ),
      );
      if (r) {
        out.push(
          monitored(r)
            ? line('risk', 'seen', 'Monitors are there: everyone will know it was you.')
            : line(
                'info',
                'rumour',
                `No monitors: rumours name the attacker, wrongly ${s.tuning.falseRumourPercent}% of the time.`,
              ),
        );
        const shield = total(r.peacekeepers);
        if (shield > 0) out.push(line('risk', 'shield', `Peacekeepers there stop up to ${shield} hit(s).`));
      }
      for (const p of pledgesFor(G, order.target, order.region, 'attack'))
        if (p.guarantor !== role)
          out.push(
            line(
              'risk',
              'trigger',
              `It would trigger the ${roleName(s, p.guarantor)}'s pledge #${p.id}: ${p.response === 'force' ? 'its forces may strike 2 of your units' : 'sanctions may cost you 2 funds'}.`,
            ),
          );
      break;
    }
    case 'campaign': {
      const me = G.roles[role]!;
      out.push(line('good', 'election', 'Election readiness +1.'));
      out.push(
        me.campaigned < me.reintegrated
          ? line('good', 'political', 'Political strength +1 (you have reintegrated members to campaign).')
          : line(
              'risk',
              'noMembers',
              'No new votes: a party needs members, and you have no reintegrated fighter left to campaign.',
            ),
      );
      break;
    }
    case 'reconstruct':
    case 'aid': {
      const fatigue = order.type === 'aid' && G.modifiers.includes('donorFatigue');
      out.push(
        fatigue
          ? line('risk', 'fatigue', 'Donor fatigue: stability +1 here, but no reconstruction.')
          : line('good', 'reconstruction', 'Reconstruction +1 and stability +1 here.'),
      );
      const gap = G.tracks.expectations + 1 - G.tracks.reconstruction - (fatigue ? 0 : 1);
      if (gap > UNREST_GAP)
        out.push(
          line(
            'risk',
            'unrest',
            `Expectations still ${gap} ahead of reconstruction after this round: unrest raises Tension.`,
          ),
        );
      break;
    }
    case 'move': {
      const to = G.regions.find((x) => x.id === order.to);
      const seen = (r && monitored(r)) || (to && monitored(to));
      out.push(
        seen
          ? line('info', 'seen', 'Monitors at one end will see the move.')
          : line('info', 'unseen', 'No monitors at either end: only you will know.'),
      );
      for (const f of rolesOfKind(s, 'faction')) {
        if (f === role) continue;
        const before = exposure(G, s, f).units;
        const after = exposure(withUnits(G, role, order), s, f).units;
        if (after > before)
          out.push(
            line(
              'risk',
              'threat',
              `The ${roleName(s, f)}'s camps come within your reach (${after} exposed): its Fear may rise.`,
            ),
          );
      }
      break;
    }
    case 'monitors':
      out.push(
        line(
          'good',
          'monitors',
          `Verification in ${regionName(s, order.region)}: DDR there is verified, attacks are attributed, hidden caches are found.`,
        ),
      );
      break;
    case 'coerce':
    case 'induce':
    case 'socialize': {
      const by = s.spoilerTypes
        .map(
          (t) => `${t.name}: militancy ${t[order.type].militancy >= 0 ? '+' : ''}${t[order.type].militancy}`,
        )
        .join(', ');
      out.push(line('info', 'byType', `Works on the spoiler by its hidden type (${by}).`));
      if (order.type === 'coerce') out.push(line('risk', 'approval', 'Approval at home -1.'));
      break;
    }
    case 'smuggle':
      if (r) out.push(line('good', 'spoils', `Up to ${r.spoils} in spoils (halved if a patrol comes).`));
      break;
    case 'intimidate':
      out.push(line('good', 'intimidate', 'Stability here -1 and election readiness -1.'));
      break;
    default:
      break;
  }
  if (def.cost > 0) out.push(line('info', 'cost', `Costs ${def.cost} funds.`));
  return out;
}
