// Checks the default crisis deck: valid per schema, known roles and regions only, enough choices, every card sourced.
import { describe, expect, it } from 'vitest';
import { events } from '../game/content/events';
import { type CrisisCard, CrisisCardSchema, type Effect } from '../game/content/schema';

const roles = new Set([
  'government',
  'movement',
  'spoiler',
  'un',
  'regional',
  'all',
  'factions',
  'guarantors',
  'spoilers',
]);
const regions = new Set([
  'capital',
  'north',
  'south',
  'mines',
  'border',
  'delta',
  'highlands',
  'all',
  'spoils',
  'random',
  'unmonitored',
]);

const cards: CrisisCard[] = events.map((e) => CrisisCardSchema.parse(e));
const allEffects = (c: CrisisCard): Effect[] => [
  ...c.effects,
  ...(c.choice?.options.flatMap((o) => o.effects) ?? []),
];

describe('crisis deck', () => {
  it('parses every card with the schema', () => {
    for (const e of events) {
      const r = CrisisCardSchema.safeParse(e);
      expect(r.success, `${e.id}: ${r.error?.message}`).toBe(true);
    }
  });

  it('has at least 24 unique ids', () => {
    const ids = cards.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(24);
  });

  it('references only scenario roles and regions (or selectors)', () => {
    for (const c of cards) {
      if (c.choice) expect(roles.has(c.choice.role), `${c.id} choice role ${c.choice.role}`).toBe(true);
      for (const f of allEffects(c)) {
        if ('role' in f) expect(roles.has(f.role), `${c.id}: role ${f.role}`).toBe(true);
        if ('region' in f) expect(regions.has(f.region), `${c.id}: region ${f.region}`).toBe(true);
      }
    }
  });

  it('has at least 8 cards that ask a role to choose among 2-3 distinct options', () => {
    const withChoice = cards.filter((c) => c.choice);
    expect(withChoice.length).toBeGreaterThanOrEqual(8);
    for (const c of withChoice) {
      const options = c.choice!.options;
      expect(options.length).toBeGreaterThanOrEqual(2);
      expect(options.length).toBeLessThanOrEqual(3);
      expect(new Set(options.map((o) => o.id)).size).toBe(options.length);
      for (const o of options) expect(o.effects.length, `${c.id}.${o.id} has no effect`).toBeGreaterThan(0);
    }
  });

  it('traces every card to a seed passage or an honest design note', () => {
    // The quotes themselves are checked against the seed texts in tests/game/sources.test.ts.
    for (const c of cards)
      expect('quote' in c.source || 'design' in c.source, `${c.id}: ${JSON.stringify(c.source)}`).toBe(true);
  });

  it('keeps deltas small enough for the 0..20 tension and 0..10 tracks', () => {
    for (const c of cards)
      for (const f of allEffects(c))
        if ('delta' in f) expect(Math.abs(f.delta), `${c.id}: ${f.kind} ${f.delta}`).toBeLessThanOrEqual(3);
  });

  it('refuses a bad card with a message naming the field path', () => {
    const bad = {
      id: 'badCard',
      title: 'Bad card',
      text: 'This card uses a track that does not exist.',
      source: { design: 'a card made up for this test only' },
      effects: [{ kind: 'track', track: 'happiness', delta: 1 }],
    };
    const r = CrisisCardSchema.safeParse(bad);
    expect(r.success).toBe(false);
    const issue = r.error?.issues[0];
    expect(issue?.path).toEqual(['effects', 0, 'track']);
    expect(`${issue?.path.join('.')}: ${issue?.message}`).toMatch(/^effects\.0\.track: /);
  });
});
