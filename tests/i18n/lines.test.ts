// History lines, causes and order forecasts read in Spanish: bot games of every scenario write the rules' own English
// lines; each must match a Spanish pattern (client/i18n/lines.es.ts) and come out with no English left in it.
import { describe, expect, it } from 'vitest';
import { translateLine, translateReason, unknownReasonSentences } from '../../client/i18n/lines.ts';
import { decide } from '../../game/bots/index.ts';
import type { Scenario } from '../../game/content/schema.ts';
import { debriefOf } from '../../game/debrief.ts';
import { holdElectionsNow } from '../../game/end.ts';
import { forecastOrder } from '../../game/forecast.ts';
import { legalOrders } from '../../game/legal.ts';
import { getScenario, scenarioIds } from '../../game/scenario.ts';
import { finalResult } from '../../game/scoring.ts';
import { initialState } from '../../game/setup.ts';
import { type Agent, playMatch } from '../../game/sim/runner.ts';
import type { DraftState } from '../../game/state.ts';

const POLICIES = ['easy', 'normal', 'hard'] as const;
const GAMES = 8;

/** English words that never survive a correct translation (names and quoted player words aside). */
const ENGLISH = /\b(the|and|of|with|from|pledge|fighters?|round|rose|fell|monitors)\b/;

function lines(scenario: string) {
  const history = new Set<string>();
  const causes = new Set<string>();
  const forecasts = new Set<string>();
  const reasons = new Set<string>();
  const scores = new Set<string>();
  const seats = getScenario(scenario).roles.length;
  for (let g = 0; g < GAMES; g++) {
    const agents: Record<string, Agent> = {};
    for (let i = 0; i < seats; i++) {
      const policy = POLICIES[(g + i) % POLICIES.length]!;
      agents[String(i)] = (v, ctx, pid) => {
        // What the orders panel would forecast for every order the seat could give now (its own view).
        if (ctx.phase === 'orders' && g < 3) {
          const role = v.seats[Number(pid)]!;
          for (const o of legalOrders(v, role))
            for (const l of forecastOrder(v, role, o)) forecasts.add(l.text);
        }
        const d = decide(v, ctx, pid, { policy, seed: `lines${g}:${i}` });
        if (d) reasons.add(d.reason);
        return d;
      };
    }
    const r = playMatch(`lines-${scenario}-${g}`, agents, { setupData: { scenario } });
    // A bot's own reasons are its words (kept as written, under a translated "Round N, Role:").
    for (const h of r.state.history) if (h.step !== 'reason') history.add(h.text);
    for (const e of r.state.ledger) causes.add(e.cause);
    for (const sc of r.result.scores) for (const why of sc.reasons) scores.add(why);
    // The debrief's turning points: history lines, and the jumps of Tension it writes itself.
    for (const t of debriefOf(r.state).turningPoints) history.add(t);
  }
  return {
    history: [...history],
    causes: [...causes],
    forecasts: [...forecasts],
    reasons: [...reasons],
    scores: [...scores],
  };
}

/** Lines with no Spanish pattern (unknown), and Spanish lines with English left in them (mixed). */
function untranslated(s: Scenario, lines: readonly string[], english = ENGLISH) {
  return {
    unknown: lines.filter((l) => translateLine(s, l, 'es') === l),
    mixed: lines.map((l) => translateLine(s, l, 'es')).filter((l) => english.test(l)),
  };
}

/** The end screen's reasons: a clause left in English inside a translated sentence shows by these words. */
const SCORE_ENGLISH = new RegExp(
  `${ENGLISH.source}|\\b(outcome|credibility|needs|elections|collapsed?|peace|spoils|inducements?|objective|won|war|strength|approval|pledge)\\b`,
);

describe.each(scenarioIds())('history and causes of %s in Spanish', (id) => {
  const s = getScenario(id);
  const { history, causes, forecasts, reasons, scores } = lines(id);

  it('every history line of the games has a Spanish pattern, and no English is left', () => {
    expect(history.length).toBeGreaterThan(30);
    expect(untranslated(s, history)).toEqual({ unknown: [], mixed: [] });
  });

  it('every forecast of an order has a Spanish pattern, and no English is left', () => {
    expect(forecasts.length).toBeGreaterThan(15);
    expect(untranslated(s, forecasts)).toEqual({ unknown: [], mixed: [] });
  });

  it("every bot's reason (the advisor's plan) reads in Spanish, sentence by sentence, with no English left", () => {
    expect(reasons.length).toBeGreaterThan(30);
    const unknown = reasons.flatMap((r) => unknownReasonSentences(s, r, 'es'));
    expect([...new Set(unknown)]).toEqual([]);
    // The clauses of a strike's reason are read one by one inside a sentence: none may stay English.
    const english = new RegExp(`${ENGLISH.source}|\\b(attack|promise|defend|raises|every|sampled|won)\\b`);
    const mixed = reasons.map((r) => translateReason(s, r, 'es')).filter((r) => english.test(r));
    expect(mixed).toEqual([]);
  });

  it("every reason for a role's score on the end screen has a Spanish pattern, and no English is left", () => {
    expect(scores.length).toBeGreaterThan(10);
    expect(untranslated(s, scores, SCORE_ENGLISH)).toEqual({ unknown: [], mixed: [] });
  });

  it('every cause of the ledger has a Spanish pattern, and no English is left', () => {
    expect(causes.length).toBeGreaterThan(20);
    expect(untranslated(s, causes)).toEqual({ unknown: [], mixed: [] });
  });
});

describe('one line read back', () => {
  const s = getScenario('fragileAccord');
  it('rewrites names with articles, numbers, content and contractions', () => {
    expect(
      translateLine(
        s,
        'Round 3: the Government cantoned 2 fighter(s) in the North; monitors verified it. Fear of the Movement fell to 5.',
        'es',
      ),
    ).toBe(
      'Ronda 3: el Gobierno acantonó a 2 combatiente(s) en el Norte; los observadores lo verificaron. El Miedo del Movimiento bajó a 5.',
    );
    expect(translateLine(s, 'Ambush at the mines', 'es')).toBe('Emboscada en las minas');
    // A turning point the debrief writes itself (game/debrief.ts).
    expect(translateLine(s, 'Round 3: Tension jumped from 3 to 7.', 'es')).toBe(
      'Ronda 3: La Tensión saltó de 3 a 7.',
    );
    expect(translateLine(s, 'orders: campaign, rebuild', 'es')).toBe('órdenes: hacer campaña, reconstruir');
    expect(translateLine(s, 'Round 2: something the rules never wrote', 'es')).toBe(
      'Round 2: something the rules never wrote',
    );
    expect(translateLine(s, 'Round 3: the Government patrolled the North.', 'en')).toBe(
      'Round 3: the Government patrolled the North.',
    );
  });

  it("reads every shape of the end screen's reasons: each spoiler type, a collapse, a war won and lost", () => {
    const whys = new Set<string>();
    for (const type of ['limited', 'greedy', 'total'] as const)
      for (const collapsed of [false, true])
        for (const won of [null, true, false]) {
          const G = structuredClone(initialState(s, { next: () => 0.5 })) as DraftState;
          G.secret.spoiler!.spoilerType = type;
          const war =
            won === null
              ? null
              : {
                  resumer: 'government',
                  opponent: 'movement',
                  strength: 5,
                  opposing: 4,
                  intervention: 0,
                  resumerWon: won,
                };
          for (const sc of finalResult(G, 'the end', collapsed, war).scores)
            for (const why of sc.reasons) whys.add(why);
        }
    // Among them the UN's fragile peace with no word given (no pledge, no peacekeepers).
    expect([...whys].some((w) => w.includes('made no pledge'))).toBe(true);
    expect(untranslated(s, [...whys], SCORE_ENGLISH)).toEqual({ unknown: [], mixed: [] });
  });

  it("reads a bot's line in the history and the advisor's note sentence by sentence; a person's words stay", () => {
    expect(
      translateLine(
        s,
        "Round 2, Movement: Followed the advisor's advice: Campaign as a party: political strength 1 against 0 for the Government.",
        'es',
      ),
    ).toBe(
      'Ronda 2, Movimiento: Siguió el consejo del asesor: Hacer campaña como partido: fuerza política 1 frente a 0 del Gobierno.',
    );
    expect(translateLine(s, 'Round 2, Movement: We trust nobody.', 'es')).toBe(
      'Ronda 2, Movimiento: We trust nobody.',
    );
  });

  it('reads the elections called early by the facilitator or the lesson clock (game/end.ts)', () => {
    const G = structuredClone(initialState(s, { next: () => 0.5 })) as DraftState;
    G.round = 4;
    for (const by of ['facilitator', 'clock', 'deadline'] as const) {
      const g = structuredClone(G);
      holdElectionsNow(g, by);
      for (const text of [g.history.at(-1)!.text, g.result!.cause]) {
        const es = translateLine(s, text, 'es');
        expect(es).toMatch(/^Ronda 4: /);
        expect(es).not.toMatch(ENGLISH);
      }
    }
  });
});
