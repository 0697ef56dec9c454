// Every `source` in the scenario content quotes its seed verbatim (../shared/seeds/) or is an honest design note.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { prompts } from '../../game/content/prompts.ts';
import { isSeedSource, type Source, seedIds } from '../../game/content/schema.ts';
import { normaliseForQuote, scenarioSources, seedRefs } from '../../game/content/sources.ts';
import { getScenario, scenarioIds } from '../../game/scenario.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const seedsDir = path.resolve(repoRoot, '../shared/seeds');

/** The seed texts by id, read from the file whose name starts with the id and an underscore. */
function readSeeds(dir: string): Map<string, string> {
  if (!fs.existsSync(dir)) throw new Error(`the seed texts are not at ${dir} (expected ../shared/seeds/)`);
  const seeds = new Map<string, string>();
  for (const f of fs.readdirSync(dir)) {
    const m = /^(\d{3})_.*\.txt$/.exec(f);
    if (m) seeds.set(m[1]!, normaliseForQuote(fs.readFileSync(path.join(dir, f), 'utf8')));
  }
  return seeds;
}

/** The sources whose quote is not in its seed (or whose seed does not exist), each with why. */
function unquoted(
  sources: readonly { where: string; source: Source }[],
  seeds: Map<string, string>,
): string[] {
  const bad: string[] = [];
  for (const { where, source } of sources) {
    if (!isSeedSource(source)) continue;
    const text = seeds.get(source.seed);
    if (text === undefined) bad.push(`${where}: no seed file ${source.seed}_*.txt in ${seedsDir}`);
    else if (!text.includes(normaliseForQuote(source.quote)))
      bad.push(`${where}: not verbatim in seed ${source.seed}: “${source.quote}”`);
  }
  return bad;
}

const seeds = readSeeds(seedsDir);

describe('sources', () => {
  it('finds a seed file for every seed id the schema allows', () => {
    for (const id of seedIds) expect(seeds.has(id), `seed ${id}_*.txt in ${seedsDir}`).toBe(true);
  });

  for (const id of scenarioIds()) {
    it(`${id}: every quoted passage appears verbatim in its seed (whitespace and quote marks normalised)`, () => {
      const sources = scenarioSources(getScenario(id));
      expect(unquoted(sources, seeds)).toEqual([]);
      const backed = sources.filter((s) => isSeedSource(s.source));
      const bySeed = seedIds.map(
        (k) => `${seedRefs[k]} ${backed.filter((s) => 'seed' in s.source && s.source.seed === k).length}`,
      );
      console.log(
        `${id}: ${sources.length} sourced rules and cards: ${backed.length} seed-backed (${bySeed.join(', ')}), ${sources.length - backed.length} game-design choices`,
      );
    });
  }

  it('every debrief prompt quotes the passage its paraphrase rests on, verbatim', () => {
    expect(
      unquoted(
        prompts.map((p) => ({ where: `prompts.${p.id}`, source: p.source })),
        seeds,
      ),
    ).toEqual([]);
  });

  it('reports a quote that is not in the seed, a paraphrase, and an unknown seed, by id', () => {
    const fake = new Map([
      ['000', normaliseForQuote('Barbara Walter’s  commitment\nproblem, in   the seed.')],
    ]);
    const bad = unquoted(
      [
        { where: 'actions.ok', source: { seed: '000', quote: "Barbara Walter's commitment problem" } },
        { where: 'actions.paraphrase', source: { seed: '000', quote: 'Walter’s problem of commitment' } },
        { where: 'events.otherSeed', source: { seed: '003', quote: 'commitment problem, in the seed' } },
        { where: 'events.design', source: { design: 'a game-design choice, no quote to check' } },
      ],
      fake,
    );
    expect(bad).toHaveLength(2);
    expect(bad[0]).toMatch(/^actions\.paraphrase: not verbatim in seed 000/);
    expect(bad[1]).toMatch(/^events\.otherSeed: no seed file 003/);
  });
});
