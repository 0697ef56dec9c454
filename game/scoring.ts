// Elections and collapse: the shared outcome grade, each role's objective and secret agenda.
import type { Agenda, Scenario } from './content/schema.ts';
import { credibility } from './credibility.ts';
import { getScenario, rolesOfKind } from './scenario.ts';
import type { GameState, Grade, PrivateRoleState, Result, RoleId, Score } from './types.ts';

/** Elections can be held only with enough readiness (seed 000: election monitoring, demilitarized politics). */
export const ELECTIONS_NEED = 3;

export function gradeOf(G: GameState, s: Scenario, collapsed: boolean): Grade {
  if (collapsed) return 'collapsed';
  const d = s.tuning.durable;
  const t = G.tracks;
  if (t.tension <= d.tensionAtMost && t.ddr >= d.ddrAtLeast && t.election >= d.electionAtLeast)
    return 'durable';
  return 'fragile';
}

function agendaMet(G: GameState, role: RoleId, a: Agenda): boolean {
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
    case 'approvalAtLeast':
      return me.approval >= c.value;
    case 'regionStable':
      return (G.regions.find((r) => r.id === c.region)?.stability ?? 0) >= c.value;
    case 'inducedAtLeast':
      return G.secret[role]!.induced >= c.value;
    case 'politicalLead': {
      const others = rolesOfKind(getScenario(G.scenario), 'faction').filter((f) => f !== role);
      return others.every((o) => me.political > G.roles[o]!.political);
    }
  }
}

/** Each role's public objective, as written on its card in the default scenario. */
function objective(G: GameState, s: Scenario, role: RoleId, grade: Grade, held: boolean): [boolean, string] {
  const me = G.roles[role]!;
  const peace = grade !== 'collapsed';
  const [first, second] = rolesOfKind(s, 'faction');
  switch (me.kind) {
    case 'faction': {
      if (role === first) {
        const other = G.roles[second!]!;
        const ok = peace && me.political >= other.political;
        return [
          ok,
          peace
            ? `political strength ${me.political} against ${other.political}`
            : 'the transition collapsed',
        ];
      }
      const ok = peace && held && me.political >= 5 && me.fear <= 6;
      return [
        ok,
        peace
          ? `political strength ${me.political} (needs 5), Fear ${me.fear} (needs 6 or less)${held ? '' : ', elections could not be held'}`
          : 'the transition collapsed',
      ];
    }
    case 'spoiler': {
      const type = G.secret[role]!.spoilerType;
      if (type === 'total') return [!peace, peace ? 'the peace held' : 'the deal collapsed, as it wanted'];
      if (type === 'greedy') return [me.funds >= 8, `ended with ${me.funds} cash (needs 8)`];
      const induced = G.secret[role]!.induced;
      return [
        peace && induced >= 2,
        `received ${induced} inducement(s) (needs 2) ${peace ? 'and peace held' : 'but the deal collapsed'}`,
      ];
    }
    case 'guarantor': {
      const un = s.roles.find((r) => r.id === role)?.un;
      if (un) {
        const cred = credibility(me);
        const ok = grade === 'durable' || (grade === 'fragile' && cred >= 6);
        return [ok, `outcome ${grade}, credibility ${cred}`];
      }
      return [
        peace && me.approval >= 4,
        `${peace ? 'no collapse' : 'collapse'}, domestic approval ${me.approval} (needs 4)`,
      ];
    }
  }
}

export function finalResult(G: GameState, cause: string, collapsed: boolean): Result {
  const s = getScenario(G.scenario);
  const grade = gradeOf(G, s, collapsed);
  const held = !collapsed && G.tracks.election >= ELECTIONS_NEED;
  const scores: Score[] = s.roles.map((rd) => {
    const [obj, why] = objective(G, s, rd.id, grade, held);
    const agenda = rd.agendas.find((a) => a.id === G.secret[rd.id]!.agenda)!;
    const ag = agendaMet(G, rd.id, agenda);
    return {
      role: rd.id,
      objective: obj,
      agenda: ag,
      points: (obj ? 10 : 0) + (ag ? agenda.points : 0),
      won: obj,
      reasons: [
        `Objective ${obj ? 'met' : 'missed'}: ${why}.`,
        `Secret agenda ${ag ? 'met' : 'missed'}: ${agenda.text}`,
      ],
    };
  });
  const revealed: Record<RoleId, PrivateRoleState> = {};
  for (const r of G.seats) revealed[r] = G.secret[r]!;
  return { grade, cause, scores, revealed };
}
