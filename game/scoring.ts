// Elections and collapse: the shared outcome grade, who won the elections, each role's public objective
// and secret agenda. A role wins when it meets both.
import type { Agenda, Scenario } from './content/schema.ts';
import { credibility } from './credibility.ts';
import { getScenario, rolesOfKind } from './scenario.ts';
import type { GameState, Grade, PrivateRoleState, Result, RoleId, Score, WarResult } from './types.ts';

/** Elections can be held only with enough readiness (seed 000: election monitoring, demilitarized politics). */
export const ELECTIONS_NEED = 3;
/** Credibility the UN must still have for a fragile peace to count as its success. */
export const UN_CREDIBILITY = 6;
/** Credibility a regional guarantor must still have at the end: its word has to count. */
export const REGIONAL_CREDIBILITY = 4;

/** Spoils a greedy spoiler must take by smuggling over the game (it wants the spoils, not the peace). */
export const GREEDY_SPOILS = 8;
/** Inducements a limited spoiler needs: a recognised place in the process, paid for twice. */
export const LIMITED_INDUCEMENTS = 2;
/** A spoiler "contained" at the end has at most this many active fighters (the Regional Power's aim). */
export const CONTAINED = 5;
/** The Movement becomes a real party with this much political strength. */
export const PARTY_STRENGTH = 5;

export function gradeOf(G: GameState, s: Scenario, collapsed: boolean): Grade {
  if (collapsed) return 'collapsed';
  const d = s.tuning.durable;
  const t = G.tracks;
  if (
    t.tension <= d.tensionAtMost &&
    t.ddr >= d.ddrAtLeast &&
    t.election >= d.electionAtLeast &&
    t.reform >= d.reformAtLeast &&
    t.expectations - t.reconstruction <= d.recoveryGapAtMost
  )
    return 'durable';
  return 'fragile';
}

/** Who wins the elections, if they are held: more political strength; the incumbent keeps power on a tie. */
export function electionWinner(G: GameState, s: Scenario, collapsed: boolean): RoleId | null {
  if (collapsed || G.tracks.election < ELECTIONS_NEED) return null;
  const [a, b] = rolesOfKind(s, 'faction');
  if (!a || !b) return null;
  return G.roles[b]!.political > G.roles[a]!.political ? b : a;
}

export function agendaMet(G: GameState, role: RoleId, a: Agenda): boolean {
  const me = G.roles[role]!;
  const c = a.condition;
  switch (c.kind) {
    case 'trackAtLeast':
      return G.tracks[c.track] >= c.value;
    case 'trackAtMost':
      return G.tracks[c.track] <= c.value;
    case 'fundsAtLeast':
      return me.funds >= c.value;
    case 'unitsAtLeast':
      return G.regions.reduce((n, r) => n + (r.units[role]?.active ?? 0), 0) >= c.value;
    case 'cachesAtLeast':
      return Object.values(G.secret[role]!.caches).reduce((n, v) => n + v, 0) >= c.value;
    case 'pledgesHonoured':
      return me.honoured >= c.value;
    case 'noPledgeBroken':
      return me.broken === 0;
    case 'pledgesKept':
      return me.broken === 0 && G.pledges.filter((p) => p.guarantor === role).length >= c.value;
    case 'approvalAtLeast':
      return me.approval >= c.value;
    case 'regionStable':
      return (G.regions.find((r) => r.id === c.region)?.stability ?? 0) >= c.value;
    case 'inducedAtLeast':
      return G.secret[role]!.induced >= c.value;
    case 'credibilityAtLeast':
      return credibility(me) >= c.value;
    case 'smuggledAtLeast':
      return G.secret[role]!.smuggled >= c.value;
    case 'politicalLead': {
      const others = rolesOfKind(getScenario(G.scenario), 'faction').filter((f) => f !== role);
      return others.every((o) => me.political > G.roles[o]!.political);
    }
  }
}

function spoilerUnits(G: GameState, s: Scenario): number {
  let n = 0;
  for (const sp of rolesOfKind(s, 'spoiler')) for (const r of G.regions) n += r.units[sp]?.active ?? 0;
  return n;
}

/** Each role's public objective, as written on its card: met or not, and why in plain words. */
function objective(
  G: GameState,
  s: Scenario,
  role: RoleId,
  grade: Grade,
  winner: RoleId | null,
  war: WarResult | null,
): [boolean, string] {
  const me = G.roles[role]!;
  const peace = grade !== 'collapsed';
  const [first] = rolesOfKind(s, 'faction');
  switch (me.kind) {
    case 'faction': {
      if (war?.resumer === role)
        return [
          war.resumerWon,
          war.resumerWon ? 'it restarted the war and won it' : 'it restarted the war and lost',
        ];
      if (war) return [false, 'the war resumed'];
      if (!peace) return [false, 'the transition collapsed'];
      if (winner === null) return [false, 'the elections could not be held'];
      if (role === first)
        return [
          winner === role,
          winner === role ? 'it won the elections and kept power' : 'it lost the elections',
        ];
      const ok = me.political >= PARTY_STRENGTH && me.fear <= 6;
      return [
        ok,
        `political strength ${me.political} (needs ${PARTY_STRENGTH}), Fear ${me.fear} (needs 6 or less)${winner === role ? '; it won the elections' : ''}`,
      ];
    }
    case 'spoiler': {
      const sec = G.secret[role]!;
      if (sec.spoilerType === 'total')
        return [!peace, peace ? 'the peace held' : 'the deal collapsed, as it wanted'];
      if (sec.spoilerType === 'greedy')
        return [sec.smuggled >= GREEDY_SPOILS, `took ${sec.smuggled} in spoils (needs ${GREEDY_SPOILS})`];
      return [
        peace && sec.induced >= LIMITED_INDUCEMENTS,
        `received ${sec.induced} inducement(s) (needs ${LIMITED_INDUCEMENTS}) ${peace ? 'and peace held' : 'but the deal collapsed'}`,
      ];
    }
    case 'guarantor': {
      if (s.roles.find((r) => r.id === role)?.un) {
        const cred = credibility(me);
        // A fragile peace is the UN's only if its word was given (seed 003: credibility comes from "clear
        // signaling and consistent policy over time"): a pledge made, or peacekeepers still deployed.
        // A UN that stood behind nothing keeps its credibility untouched, and that is not a way to win.
        const stood =
          G.pledges.some((p) => p.guarantor === role) ||
          G.regions.some((r) => (r.peacekeepers[role] ?? 0) > 0);
        const ok = grade === 'durable' || (grade === 'fragile' && cred >= UN_CREDIBILITY && stood);
        return [
          ok,
          `outcome ${grade}, credibility ${cred}${grade === 'fragile' && !stood ? ', and it made no pledge and keeps no peacekeepers' : ''}`,
        ];
      }
      // Its word must still count at the end (seed 003: credibility comes from "consistent policy over
      // time"): a guarantor that stood behind nothing has none, and free-riding is not a way to win.
      const units = spoilerUnits(G, s);
      const cred = credibility(me);
      return [
        peace && me.approval >= 4 && cred >= REGIONAL_CREDIBILITY && units <= CONTAINED,
        `${peace ? 'no collapse' : 'collapse'}, domestic approval ${me.approval} (needs 4), credibility ${cred} (needs ${REGIONAL_CREDIBILITY}), spoiler fighters ${units} (needs ${CONTAINED} or fewer)`,
      ];
    }
  }
}

export function finalResult(
  G: GameState,
  cause: string,
  collapsed: boolean,
  war: WarResult | null = null,
): Result {
  const s = getScenario(G.scenario);
  const grade = gradeOf(G, s, collapsed);
  const winner = electionWinner(G, s, collapsed);
  const scores: Score[] = s.roles.map((rd) => {
    const [obj, why] = objective(G, s, rd.id, grade, winner, war);
    const agenda = rd.agendas.find((a) => a.id === G.secret[rd.id]!.agenda)!;
    const ag = agendaMet(G, rd.id, agenda);
    return {
      role: rd.id,
      objective: obj,
      agenda: ag,
      points: (obj ? 10 : 0) + (ag ? agenda.points : 0),
      won: obj && ag,
      reasons: [
        `Objective ${obj ? 'met' : 'missed'}: ${why}.`,
        `Secret agenda ${ag ? 'met' : 'missed'}: ${agenda.text}`,
        obj && ag ? 'Both met: a win.' : 'A win needs both the objective and the secret agenda.',
      ],
    };
  });
  const revealed: Record<RoleId, PrivateRoleState> = {};
  for (const r of G.seats) revealed[r] = G.secret[r]!;
  return { grade, cause, electionWinner: winner, war, scores, revealed };
}
