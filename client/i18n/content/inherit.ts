// A scenario built from another's parts reads alike in Spanish: every text whose English words are the
// same as a text of an already translated scenario takes that translation; the rest is the scenario's own.
import { contentTexts } from '../contentWalk.ts';

type Catalogue = Readonly<Record<string, string>>;

/**
 * The catalogue of `scenario`: its own entries, then, for every other text, the translation a base
 * scenario gives the same English words (any key). Texts found nowhere stay missing (the content test
 * names them).
 */
export function inheritCatalogue(
  scenario: unknown,
  bases: ReadonlyArray<readonly [data: unknown, es: Catalogue]>,
  own: Catalogue,
): Catalogue {
  const known = new Map<string, string>();
  for (const [data, es] of bases)
    for (const [k, en] of contentTexts(data)) {
      const t = es[k];
      if (t && !known.has(en)) known.set(en, t);
    }
  const out: Record<string, string> = {};
  for (const [k, en] of contentTexts(scenario)) {
    const t = own[k] ?? known.get(en);
    if (t) out[k] = t;
  }
  return out;
}
