// Every scenario's texts have a Spanish entry: the walk of the content finds every text (nothing new in the
// data slips past it), each has a translation, no translation is stale, and the table shows them translated.
import { describe, expect, it } from 'vitest';
import { contentCatalogues } from '../../client/i18n/content/index.ts';
import { contentTexts, localizeScenario, theRegion, theRole } from '../../client/i18n/content.ts';
import { getScenario, scenarioIds } from '../../game/scenario.ts';

/** Texts the same in both languages on purpose (place names both languages share), or `scenario:key`. */
const SAME_IN_BOTH = new Set([
  'region.capital.name',
  'region.delta.name',
  'mozambique:scenario.name',
  'mozambique:region.highlands.name',
]);

/** Every string in the data with its path, except verbatim quotes of the seed texts and cited references. */
function allStrings(x: unknown, path: string, out: Array<[string, string]>): Array<[string, string]> {
  if (typeof x === 'string') out.push([path, x]);
  else if (Array.isArray(x))
    x.forEach((v, i) => {
      allStrings(v, `${path}[${i}]`, out);
    });
  else if (x && typeof x === 'object')
    for (const [k, v] of Object.entries(x))
      if (k !== 'quote' && k !== 'sources') allStrings(v, `${path}.${k}`, out);
  return out;
}

describe.each(scenarioIds())('scenario %s in Spanish', (id) => {
  const s = getScenario(id);
  const texts = contentTexts(s);
  const es = contentCatalogues.es?.[id] ?? {};

  it('the walk finds every text of the data (anything with a space in it is prose)', () => {
    const known = new Set(texts.values());
    const missed = allStrings(s, id, []).filter(([, v]) => v.includes(' ') && !known.has(v));
    expect(missed).toEqual([]);
    expect(texts.size).toBeGreaterThan(20);
  });

  it('every text has a Spanish entry, none is empty or left in English', () => {
    const missing = [...texts.keys()].filter((k) => !es[k]?.trim());
    expect(missing).toEqual([]);
    const same = [...texts]
      .filter(([k, v]) => es[k] === v && !SAME_IN_BOTH.has(k) && !SAME_IN_BOTH.has(`${id}:${k}`))
      .map(([k]) => k);
    expect(same).toEqual([]);
  });

  it('the catalogue has no entry the data no longer has', () => {
    expect(Object.keys(es).filter((k) => !texts.has(k))).toEqual([]);
  });

  it('the translated scenario keeps every id and number, and only its texts change', () => {
    const t = localizeScenario(s, 'es');
    expect(t).not.toBe(s);
    expect(t.roles.map((r) => r.id)).toEqual(s.roles.map((r) => r.id));
    expect(t.tuning).toEqual(s.tuning);
    expect(t.events.map((e) => e.effects)).toEqual(s.events.map((e) => e.effects));
    expect(t.roles[0]!.name).toBe(es[`role.${s.roles[0]!.id}.name`]);
    expect(localizeScenario(s, 'en')).toBe(s);
  });
});

describe('names with their article', () => {
  const s = getScenario('fragileAccord');
  it('English puts "the" before; Spanish takes the catalogue form', () => {
    expect(theRole(s, 'government', 'en')).toBe('the Government');
    expect(theRole(s, 'government', 'es')).toBe('el Gobierno');
    expect(theRegion(s, 'mines', 'es')).toBe('las Minas');
    expect(theRole(s, 'un', 'es')).toBe('la Misión de la ONU');
  });
});
