// "What happened in the real case" in the debrief: the scenario's real case, its outcome set against the
// table's (one table, or every table of a class), in the player's language.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getScenario } from '../../game/scenario.ts';

beforeAll(() => {
  const store = new Map<string, string>();
  (globalThis as { localStorage?: unknown }).localStorage = {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, v),
    removeItem: (k: string) => void store.delete(k),
  };
});

const load = async () => {
  const { RealCase } = await import('../../client/debrief/RealCase.tsx');
  const { localizeScenario } = await import('../../client/i18n/content.ts');
  const i18n = await import('../../client/i18n/i18n.ts');
  return { RealCase, localizeScenario, i18n };
};

afterEach(async () => {
  (await load()).i18n.setLang('en');
});

describe('the real case in the debrief', () => {
  it('shows Mozambique’s note and sets its durable peace against a table that collapsed', async () => {
    const { RealCase } = await load();
    const s = getScenario('mozambique');
    const html = renderToStaticMarkup(createElement(RealCase, { s, grades: ['collapsed'] }));
    expect(html).toContain('What happened in the real case');
    expect(html).toContain('Mozambique, General Peace Accord (Rome, 1992) and ONUMOZ (1992–94)');
    expect(html).toContain('The real transition ended durable; this table’s ended collapsed.');
    expect(html).toContain('ended differently from the real case');
    expect(html).toContain('Resolution 797');
    expect(html).toContain('Cameron Hume');
  });

  it('a table that ended as the real case did is told so; a running one is told the real outcome only', async () => {
    const { RealCase } = await load();
    const s = getScenario('mozambique');
    const same = renderToStaticMarkup(createElement(RealCase, { s, grades: ['durable'] }));
    expect(same).toContain('The table ended as the real case did');
    const running = renderToStaticMarkup(createElement(RealCase, { s, grades: [null] }));
    expect(running).toContain('this table is still playing');
    expect(running).not.toContain('ended differently');
  });

  it('the class debrief counts the tables that ended as the real case did', async () => {
    const { RealCase } = await load();
    const s = getScenario('mozambique');
    const html = renderToStaticMarkup(
      createElement(RealCase, { s, grades: ['durable', 'collapsed', 'durable', null] }),
    );
    expect(html).toContain('Tables that ended the same way: 2 of 3.');
  });

  it('reads in Spanish for a Spanish player', async () => {
    const { RealCase, localizeScenario, i18n } = await load();
    i18n.setLang('es');
    const s = localizeScenario(getScenario('mozambique'), 'es');
    const html = renderToStaticMarkup(createElement(RealCase, { s, grades: ['fragile'] }));
    expect(html).toContain('Qué pasó en el caso real');
    expect(html).toContain('Mozambique, Acuerdo General de Paz (Roma, 1992)');
    expect(html).toContain('Resultado de la transición real: duradera; el de esta mesa: frágil.');
  });

  it('every built-in scenario has a note to show', async () => {
    const { RealCase } = await load();
    for (const id of ['fragileAccord', 'firstSteps', 'crowdedPeace', 'mozambique']) {
      const s = getScenario(id);
      const html = renderToStaticMarkup(createElement(RealCase, { s, grades: ['fragile'] }));
      expect(html).toContain(s.realCase!.name.replace(/&/g, '&amp;'));
    }
  });
});
