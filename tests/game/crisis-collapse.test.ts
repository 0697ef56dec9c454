// A crisis that asks a seat to decide is shown and answered before Tension can end the game: the card
// may push Tension to its maximum, and the decision may bring it back down (issue 10, item 5).
import { describe, expect, it } from 'vitest';
import type { Effect } from '../../game/content/schema.ts';
import { movesToFinishPhase } from '../../game/facilitator.ts';
import { applyInject } from '../../game/inject.ts';
import { legalMoves } from '../../game/legal.ts';
import type { DraftState } from '../../game/state.ts';
import { GOV, QUIET_CARD, rngOf, SCENARIO, Table } from './helpers.ts';

const MAX = SCENARIO.tuning.tensionMax;
const CARD = SCENARIO.events.find((c) => c.id === 'exCombatantRiot')!;
const tensionOf = (effects: readonly Effect[]) =>
  effects.reduce((n, f) => n + (f.kind === 'track' && f.track === 'tension' ? f.delta : 0), 0);
const CALMING = CARD.choice!.options.find((o) => tensionOf(o.effects) < 0)!;
const OTHER = CARD.choice!.options.find((o) => tensionOf(o.effects) >= 0)!;

/** Round 1 draws the riot card with Tension just low enough that the card itself reaches the maximum. */
function riotAtTheBrink(): Table {
  const lift = tensionOf(CARD.effects);
  const t = new Table({
    deck: [CARD.id, QUIET_CARD],
    tweak: (G: DraftState) => {
      G.tracks.tension = MAX - lift;
    },
  });
  expect(t.phase).toBe('crisis');
  expect(t.G.tracks.tension).toBe(MAX);
  return t;
}

describe('a crisis decision pending when the card brings Tension to its maximum', () => {
  it('the card data fits the test: it raises Tension, asks the Government, and one option calms', () => {
    expect(tensionOf(CARD.effects)).toBeGreaterThan(0);
    expect(CARD.choice!.role).toBe('government');
    expect(CALMING).toBeDefined();
    expect(OTHER).toBeDefined();
  });

  it('the game does not end before the decision: the chooser sees the question and may answer', () => {
    const t = riotAtTheBrink();
    expect(t.G.result).toBeNull();
    expect(t.ctx.gameover).toBeUndefined();
    const view = t.viewAs(GOV);
    expect(view.crisis).toEqual({ card: CARD.id, chooser: 'government', choice: null });
    expect(view.result).toBeNull();
    const options = legalMoves(view, t.ctx, GOV)
      .filter((m) => m.move === 'chooseCrisis')
      .map((m) => m.args[0]);
    expect(options.sort()).toEqual(CARD.choice!.options.map((o) => o.id).sort());
  });

  it('a decision that lowers Tension saves the ceasefire: the round goes on to negotiation', () => {
    const t = riotAtTheBrink();
    t.ok(GOV, 'chooseCrisis', CALMING.id);
    expect(t.G.tracks.tension).toBe(MAX + tensionOf(CALMING.effects));
    expect(t.G.result).toBeNull();
    expect(t.phase).toBe('negotiation');
  });

  it('a decision that leaves Tension at its maximum collapses the game right after it is made', () => {
    const t = riotAtTheBrink();
    t.ok(GOV, 'chooseCrisis', OTHER.id);
    expect(t.G.crisis!.choice).toBe(OTHER.id);
    expect(t.G.result?.grade).toBe('collapsed');
    expect(t.ctx.gameover).toBeDefined();
    const i = t.G.history.findIndex((h) => h.text.includes(`chose "${OTHER.label}"`));
    const end = t.G.history.findIndex((h) => h.phase === 'end' && h.text.includes(`Tension reached ${MAX}`));
    expect(i).toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(i);
  });

  it('a facilitator inject while the decision is pending does not end the game either', () => {
    const t = riotAtTheBrink();
    const G = structuredClone(t.G) as DraftState;
    applyInject(
      G,
      {
        custom: {
          title: 'Border shots',
          text: 'Shots at the border.',
          effects: [{ kind: 'track', track: 'tension', delta: 1 }],
        },
      },
      rngOf(1),
    );
    expect(G.result).toBeNull();
  });

  it('skipping the phase takes the first option, then the check runs', () => {
    const t = riotAtTheBrink();
    const moves = movesToFinishPhase(t.G, t.ctx);
    expect(moves).toEqual([{ playerID: GOV, move: 'chooseCrisis', args: [CARD.choice!.options[0]!.id] }]);
    t.ok(GOV, 'chooseCrisis', CARD.choice!.options[0]!.id);
    const first = CARD.choice!.options[0]!;
    expect(t.G.result === null).toBe(tensionOf(first.effects) < 0);
  });

  it('without a decision the check runs at once: a card with no choice that reaches the maximum collapses', () => {
    const card = SCENARIO.events.find((c) => !c.choice && tensionOf(c.effects) > 0)!;
    const t = new Table({
      deck: [card.id],
      tweak: (G: DraftState) => {
        G.tracks.tension = MAX - tensionOf(card.effects);
      },
    });
    expect(t.G.result?.grade).toBe('collapsed');
    expect(t.ctx.gameover).toBeDefined();
  });
});
