import { describe, expect, it } from 'vitest';
import { prompts } from '../../game/content/prompts.ts';
import { applyInject, checkInject } from '../../game/inject.ts';
import { getScenario } from '../../game/scenario.ts';
import { initialState } from '../../game/setup.ts';
import type { DraftState } from '../../game/state.ts';

const rng = () => {
  let x = 7;
  return {
    next: () => {
      x = (x * 16807) % 2147483647;
      return (x - 1) / 2147483646;
    },
  };
};
const fresh = () => structuredClone(initialState(getScenario(), rng())) as DraftState;

describe('facilitator injects', () => {
  it('applies a deck card and records it in the history', () => {
    const G = fresh();
    const card = getScenario().events.find((e) =>
      e.effects.some((f) => f.kind === 'track' && f.track === 'tension'),
    )!;
    expect(checkInject(G, { card: card.id })).toBeNull();
    const before = G.history.length;
    applyInject(G, { card: card.id }, rng());
    expect(G.history.length).toBe(before + 1);
    expect(G.history.at(-1)!.text).toContain(card.title);
  });

  it('applies a custom inject with its effects', () => {
    const G = fresh();
    const custom = {
      title: 'Radio hoax',
      text: 'A fake broadcast claims the army is mobilising.',
      effects: [{ kind: 'fear', role: 'movement', delta: 2 }],
    };
    expect(checkInject(G, { custom })).toBeNull();
    const fear = G.roles.movement!.fear;
    applyInject(G, { custom } as never, rng());
    expect(G.roles.movement!.fear).toBe(fear + 2);
    expect(G.history.at(-1)!.text).toContain('Radio hoax');
  });

  it('collapses the table when an inject pushes Tension to its maximum', () => {
    const G = fresh();
    applyInject(
      G,
      {
        custom: {
          title: 'Massacre',
          text: 'A massacre is reported.',
          effects: [{ kind: 'track', track: 'tension', delta: 40 }],
        },
      } as never,
      rng(),
    );
    expect(G.result?.grade).toBe('collapsed');
  });

  it('refuses unknown cards and malformed custom injects with a reason naming the field', () => {
    const G = fresh();
    expect(checkInject(G, { card: 'nope' })).toMatch(/no crisis card "nope"/);
    expect(checkInject(G, { custom: { title: 'x', text: 'short' } })).toMatch(/title/);
    expect(
      checkInject(G, {
        custom: {
          title: 'Bad effect',
          text: 'Some text here',
          effects: [{ kind: 'track', track: 'joy', delta: 1 }],
        },
      }),
    ).toMatch(/effects\.0\.track/);
    expect(checkInject(G, 42)).toMatch(/names a card/);
  });
});

describe('debrief prompts', () => {
  it('cover the five themes the debrief needs, each citing an author and year from the seeds', () => {
    const topics = new Set(prompts.map((p) => p.topic));
    for (const t of ['commitment', 'credibility', 'spoilers', 'sequencing', 'expectations'])
      expect(topics).toContain(t);
    for (const p of prompts)
      expect(p.cite).toMatch(
        /(Walter|Dowty|Stedman|Doyle|Pelcovits|Call|Freeman|Zartman|Rothchild).*\(\d{4}\)/,
      );
  });
});
