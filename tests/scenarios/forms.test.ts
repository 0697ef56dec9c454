// Every built-in scenario can be picked where a game starts: the catalogue the start page reads lists the
// registry's scenarios, and the solo, table and class forms each offer every one of them.
import { createElement, type FunctionComponent } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { getScenario, scenarioIds } from '../../game/scenario.ts';

beforeAll(() => {
  // The forms read the player's last name and stored classes from localStorage.
  const store = new Map<string, string>();
  (globalThis as { localStorage?: unknown }).localStorage = {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, v),
    removeItem: (k: string) => void store.delete(k),
  };
});

describe('the scenarios a teacher or player can choose', () => {
  it('the start page catalogue lists every built-in scenario, with its seats and rounds', async () => {
    const { allScenarios } = await import('../../client/lib/catalogue.ts');
    expect(allScenarios().map((s) => s.id)).toEqual(scenarioIds());
    for (const s of allScenarios()) {
      const full = getScenario(s.id);
      expect(s.roles.map((r) => r.id)).toEqual(full.roles.map((r) => r.id));
      expect(s.rounds).toBe(full.tuning.rounds);
    }
  });

  it.each([
    ['solo', '../../client/home/SoloForm.tsx', 'SoloForm'],
    ['create a table', '../../client/home/CreateForm.tsx', 'CreateForm'],
    ['run a class', '../../client/facilitator/RunClassForm.tsx', 'RunClassForm'],
  ])('the %s form offers every built-in scenario', async (_, path, name) => {
    const mod = (await import(path)) as Record<string, FunctionComponent>;
    const html = renderToStaticMarkup(createElement(mod[name]!));
    const values = [...html.matchAll(/<option value="([^"]+)"/g)].map((m) => m[1]);
    for (const id of scenarioIds()) expect(values).toContain(id);
    expect(html).toContain('Crowded Peace (7 seats, 8 rounds)');
    expect(html).toContain('Mozambique 1992–94 (5 seats, 8 rounds)');
  });
});
