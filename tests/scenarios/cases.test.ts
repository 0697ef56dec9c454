// The 7-seat scenario (Crowded Peace) and the case-based one (Mozambique 1992–94): their setup as the
// brief describes it, security envy between two regional guarantors, whole bot games that keep the
// invariants, the model check's claim ids and exemptions, and the real case set against the table's end.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mostHardline } from '../../game/bots/guarantor.ts';
import type { PolicyName } from '../../game/bots/index.ts';
import { know } from '../../game/bots/knowledge.ts';
import { debriefOf, realCaseOf } from '../../game/debrief.ts';
import { getScenario, rolesOfKind, scenarioIds } from '../../game/scenario.ts';
import { agendaMet, gradeOf } from '../../game/scoring.ts';
import { initialState } from '../../game/setup.ts';
import { claimMatches, evaluate, failures, formatClaims } from '../../game/sim/check.ts';
import { playMatch } from '../../game/sim/runner.ts';
import type { GameSummary } from '../../game/sim/simulate.ts';
import type { DraftState } from '../../game/state.ts';
import type { GameState } from '../../game/types.ts';
import { checkedAgents as checked, QUIET_CARD, seeded, Table } from '../game/helpers.ts';

const crowded = getScenario('crowdedPeace');
const moz = getScenario('mozambique');

describe('Crowded Peace: seven seats', () => {
  it('is built in, with two spoilers (one the Movement’s own hardliners), two regional guarantors and the UN', () => {
    expect(scenarioIds()).toContain('crowdedPeace');
    expect(crowded.roles).toHaveLength(7);
    expect(rolesOfKind(crowded, 'faction')).toEqual(['government', 'movement']);
    expect(rolesOfKind(crowded, 'spoiler')).toEqual(['spoiler', 'hardliners']);
    const guarantors = crowded.roles.filter((r) => r.kind === 'guarantor');
    expect(guarantors.filter((g) => g.un).map((g) => g.id)).toEqual(['un']);
    expect(guarantors.filter((g) => !g.un).map((g) => g.id)).toEqual(['regional', 'coastal']);
    // A splinter of a signatory faction: the hardliners start only where the Movement's fighters are.
    const hardlinerRegions = crowded.regions.filter((r) => (r.units.hardliners?.active ?? 0) > 0);
    expect(hardlinerRegions.length).toBeGreaterThan(0);
    for (const r of hardlinerRegions) expect(r.units.movement?.active ?? 0).toBeGreaterThan(0);
    expect(crowded.minutes).toBeGreaterThanOrEqual(90);
  });

  it('deals the two spoilers different hidden types in every game', () => {
    for (let i = 0; i < 30; i++) {
      const G = initialState(crowded, { next: seeded(`deal-${i}`) }, { scenario: 'crowdedPeace' });
      const [a, b] = ['spoiler', 'hardliners'].map((r) => G.secret[r]!.spoilerType);
      expect(a).not.toBeNull();
      expect(a).not.toBe(b);
    }
  });
});

describe('security envy between the two regional guarantors', () => {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
  const seat = (role: string) => String(crowded.roles.findIndex((r) => r.id === role));
  const calm = {
    numPlayers: 7,
    setupData: { scenario: 'crowdedPeace' },
    deck: [QUIET_CARD, QUIET_CARD],
    tweak: (G: DraftState) => {
      G.roles.government!.fear = 5;
      G.roles.movement!.fear = 5;
    },
  };
  const pledge = (protects: string) => ({
    protects,
    region: 'any',
    trigger: 'attack',
    response: 'force',
    unEndorsed: false,
  });

  it('each one’s pledge to one side only raises the other side’s Fear', () => {
    const t = new Table(calm);
    expect(t.phase).toBe('negotiation');
    t.ok(seat('coastal'), 'makePledge', pledge('movement'));
    expect(t.G.roles.government!.fear).toBe(6);
    expect(t.G.roles.movement!.fear).toBe(5);
    expect(t.G.history.at(-1)!.text).toContain('security envy');
    t.ok(seat('regional'), 'makePledge', pledge('government'));
    expect(t.G.roles.movement!.fear).toBe(6);
    expect(t.G.roles.government!.fear).toBe(6);
    t.stop();
  });

  it('a UN-endorsed pledge of either is impartial: nobody envies it', () => {
    const t = new Table(calm);
    t.ok(seat('coastal'), 'makePledge', { ...pledge('movement'), unEndorsed: true });
    expect(t.G.roles.government!.fear).toBe(5);
    t.stop();
  });
});

/** Broken invariants of a state during play (numbers in range, nothing negative). */
function invariants(G: GameState): string[] {
  const s = getScenario(G.scenario);
  const bad: string[] = [];
  const count = (n: number) => Number.isInteger(n) && n >= 0;
  for (const r of G.regions) {
    for (const [role, u] of Object.entries(r.units))
      if (!count(u.active) || !count(u.cantoned) || !count(u.disarmed)) bad.push(`${r.id} ${role} units`);
    if (r.stability < 0 || r.stability > 5) bad.push(`${r.id} stability ${r.stability}`);
  }
  for (const [t, v] of Object.entries(G.tracks))
    if (v < 0 || v > (t === 'tension' ? s.tuning.tensionMax : s.tuning.trackMax)) bad.push(`track ${t} ${v}`);
  for (const role of G.seats) {
    const r = G.roles[role]!;
    if (!count(r.funds)) bad.push(`${role} funds ${r.funds}`);
    for (const k of ['fear', 'approval', 'will', 'militancy', 'capability'] as const)
      if (r[k] < 0 || r[k] > 10) bad.push(`${role} ${k} ${r[k]}`);
    if (G.secret[role]!.orders.length > s.tuning.actionsPerRound) bad.push(`${role} too many orders`);
  }
  return bad;
}

/** Agents that throw if a bot picks a move outside its legal moves. */

describe.each(['crowdedPeace', 'mozambique'])('whole games of %s', (id) => {
  const s = getScenario(id);
  it('seeded bots of every level play to an end with only legal moves; invariants hold at every step', () => {
    const levels: PolicyName[] = ['normal', 'hard', 'easy', 'normal', 'random', 'normal', 'hard'];
    const grades = new Set<string>();
    for (let i = 0; i < 6; i++) {
      const seed = `${id}-case-${i}`;
      const problems: string[] = [];
      const rec = playMatch(
        seed,
        checked(
          seed,
          s.roles.map((_, seat) => levels[(seat + i) % levels.length]!),
        ),
        {
          setupData: { scenario: id },
          onStep: ({ G }) => {
            if (problems.length < 10) problems.push(...invariants(G));
          },
        },
      );
      expect(problems).toEqual([]);
      const G = rec.state;
      grades.add(rec.result.grade);
      if (rec.result.grade !== 'collapsed') {
        expect(G.round).toBe(s.tuning.rounds);
        expect(rec.result.grade).toBe(gradeOf(G, s, false));
      }
      for (const x of rec.result.scores) {
        const agenda = s.roles
          .find((r) => r.id === x.role)!
          .agendas.find((a) => a.id === G.secret[x.role]!.agenda)!;
        expect(x.agenda).toBe(agendaMet(G, x.role, agenda));
        expect(x.won).toBe(x.objective && x.agenda);
      }
    }
    expect(grades.size).toBeGreaterThan(0);
  });
});

describe('Mozambique 1992–94: a case-based scenario', () => {
  it('follows the documented case: FRELIMO and RENAMO, ONUMOZ, Zimbabwe, no total spoiler', () => {
    expect(scenarioIds()).toContain('mozambique');
    expect(moz.roles.map((r) => r.name)).toEqual([
      'FRELIMO Government',
      'RENAMO Movement',
      'Armed Bands',
      'UN Mission (ONUMOZ)',
      'Zimbabwean Force',
    ]);
    expect(moz.roles.find((r) => r.kind === 'spoiler')!.types).toEqual(['limited', 'greedy']);
    expect(moz.actions.some((a) => a.type === 'sanction')).toBe(false);
    expect(moz.events.map((e) => e.id)).toEqual(expect.arrayContaining(['trustFund', 'boycottEve']));
    const rc = moz.realCase!;
    expect(rc.outcome).toBe('durable');
    expect(rc.text).toMatch(/Rome/);
    expect(rc.text).toMatch(/Sant’Egidio/);
    expect(rc.text).toMatch(/ONUMOZ/);
    expect(rc.text).toMatch(/trust fund/);
    expect(rc.sources.length).toBeGreaterThanOrEqual(3);
    // Its claims list says why the total-spoiler claim does not apply.
    expect(moz.claims.map((c) => c.claim)).toContain('spoiler-type:total');
  });

  it('the debrief sets the real outcome against the table’s, for a finished table and a running one', () => {
    const seen = new Set<boolean>();
    for (let i = 0; i < 8 && seen.size < 2; i++) {
      const seed = `moz-debrief-${i}`;
      const rec = playMatch(
        seed,
        checked(
          seed,
          moz.roles.map(() => 'normal'),
        ),
        {
          setupData: { scenario: 'mozambique' },
        },
      );
      const d = debriefOf(rec.state);
      expect(d.realCase).toMatchObject({
        name: moz.realCase!.name,
        outcome: 'durable',
        table: rec.result.grade,
        same: rec.result.grade === 'durable',
      });
      seen.add(d.realCase!.same!);
      expect(Object.keys(d.spoilerTypes)).toEqual(['spoiler']);
    }
    expect(seen).toEqual(new Set([true, false]));
    expect(realCaseOf(moz, null)).toMatchObject({ outcome: 'durable', table: null, same: null });
    expect(realCaseOf({ ...moz, realCase: undefined }, 'durable')).toBeNull();
  });
});

describe('the model check on several spoilers and exempted claims', () => {
  const game = (i: number, types: Record<string, string>, winners: string[]): GameSummary => ({
    index: i,
    grade: 'fragile',
    rounds: 8,
    winners,
    moves: 100,
    spoilerType: Object.values(types)[0] ?? null,
    spoilerTypes: types,
    agendas: {},
    pledgesMade: 0,
    pledgesTriggered: 0,
    pledgesBroken: 0,
    war: null,
    fear: {},
    tension: 3,
  });

  it('counts every spoiler seat for its own type', () => {
    const N = [
      game(0, { spoiler: 'limited', hardliners: 'total' }, ['hardliners']),
      game(1, { spoiler: 'total', hardliners: 'greedy' }, ['spoiler', 'hardliners']),
      game(2, { spoiler: 'greedy', hardliners: 'limited' }, []),
    ];
    const claims = evaluate({ normal: N }, { scenario: 'crowdedPeace' });
    const total = claims.find((c) => c.id === 'spoiler-type:total')!;
    expect(total.figure).toContain('(2/2 seats)');
    const limited = claims.find((c) => c.id === 'spoiler-type:limited')!;
    expect(limited.figure).toContain('(0/2 seats)');
    expect(limited.pass).toBe(false);
    expect(limited.exempt).toBeUndefined();
  });

  it('a claim that does not apply is N/A with its reason; a documented known failure still fails', () => {
    const N = [game(0, { spoiler: 'greedy' }, [])];
    const claims = evaluate({ normal: N }, { scenario: 'mozambique' });
    const total = claims.find((c) => c.id === 'spoiler-type:total')!;
    expect(total.exempt).toBe(moz.claims[0]!.reason);
    expect(failures(claims)).not.toContain(total);
    const greedy = claims.find((c) => c.id === 'spoiler-type:greedy')!;
    expect(greedy.exempt).toBeUndefined();
    expect(failures(claims)).toContain(greedy);
    expect(formatClaims(claims)).toMatch(/N\/A +a total spoiler wins/);
    const war = claims.find((c) => c.id === 'war:won')!;
    expect(war.known).toBeDefined();
    expect(war.exempt).toBeUndefined();
    expect(failures(claims)).toContain(war);
    expect(formatClaims(claims)).toMatch(/; 1 do not apply to this scenario/);
  });

  it('exemption patterns match one claim id or every id under a prefix', () => {
    expect(claimMatches('spoiler-type:*', 'spoiler-type:total')).toBe(true);
    expect(claimMatches('spoiler-type:total', 'spoiler-type:greedy')).toBe(false);
    expect(claimMatches('fixed:un:sanction', 'fixed:un:sanction')).toBe(true);
  });
});

describe('guarantor bots with several spoilers', () => {
  it('answer the spoiler that looks most hardline: the one the public evidence blames', () => {
    const G = initialState(
      crowded,
      { next: seeded('hardline') },
      {
        scenario: 'crowdedPeace',
      },
    ) as unknown as DraftState;
    G.round = 2;
    const un = String(crowded.roles.findIndex((r) => r.id === 'un'));
    const judge = () =>
      mostHardline(know(G as GameState, { phase: 'orders' } as never, un, 'normal', 'x', undefined)!);
    // Nothing known: the first seat of equals.
    expect(judge()).toBe('spoiler');
    G.history.push({
      round: 2,
      phase: 'resolution',
      step: 'violations',
      text: 'Monitors confirm: the Movement Hardliners attacked the Government in the South.',
    } as never);
    expect(judge()).toBe('hardliners');
  });
});
