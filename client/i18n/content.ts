// Scenario content in the player's language: English stays authored in the scenario data (game/ is pure);
// each text gets a stable key from its content ids (`role.government.name`), and a catalogue per scenario
// and language (client/i18n/content/) holds the translations. Uploaded scenarios without one stay English.
import type { Scenario } from '../../game/content/schema.ts';
import { contentCatalogues } from './content/index.ts';
import { contentTexts, mapContent } from './contentWalk.ts';
import { getLang, type Lang, useLang } from './i18n.ts';

export { contentTexts, mapContent };

const localized = new WeakMap<object, Map<Lang, Scenario>>();
const originals = new WeakMap<Scenario, Scenario>();

/** The scenario as authored (English) behind a translated one (itself if it is not translated). */
export function originalScenario(s: Scenario): Scenario {
  return originals.get(s) ?? s;
}

/** The scenario with its texts in a language (the English text where the catalogue has none). */
export function localizeScenario(s: Scenario, lang: Lang = getLang()): Scenario {
  const cat = contentCatalogues[lang]?.[s.id];
  if (!cat) return s;
  let byLang = localized.get(s);
  if (!byLang) {
    byLang = new Map();
    localized.set(s, byLang);
  }
  let hit = byLang.get(lang);
  if (!hit) {
    hit = mapContent(s, (k, v) => cat[k] ?? v);
    originals.set(hit, s);
    byLang.set(lang, hit);
  }
  return hit;
}

/** "the Government" / "el Gobierno": a role's name with its article, in the current language. */
export function theRole(s: Scenario, role: string, lang: Lang = getLang()): string {
  const name = s.roles.find((r) => r.id === role)?.name ?? role;
  return contentCatalogues[lang]?.[s.id]?.[`role.${role}.the`] ?? (lang === 'en' ? `the ${name}` : name);
}

/** "the North" / "el Norte": a region's name with its article, in the current language. */
export function theRegion(s: Scenario, region: string, lang: Lang = getLang()): string {
  const name = s.regions.find((r) => r.id === region)?.name ?? region;
  return contentCatalogues[lang]?.[s.id]?.[`region.${region}.the`] ?? (lang === 'en' ? `the ${name}` : name);
}

/** The scenario in the player's language; the component re-renders on a switch. */
export function useLocalScenario<S extends Scenario | null>(s: S): S {
  const lang = useLang();
  return (s ? localizeScenario(s, lang) : s) as S;
}
