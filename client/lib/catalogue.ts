// What the home page shows of the scenarios (names, roles, objectives) without loading the rules engine:
// the raw scenario content is plain data, so the first page stays small. Texts are in the player's language.
import { crowdedPeace } from '../../game/content/crowded.ts';
import { defaultScenario } from '../../game/content/default.ts';
import { mozambique } from '../../game/content/mozambique.ts';
import type { Scenario } from '../../game/content/schema.ts';
import { firstSteps } from '../../game/content/teaching.ts';
import { localizeScenario } from '../i18n/content.ts';
import { getLang, type Lang, t } from '../i18n/i18n.ts';

export interface RoleSummary {
  readonly id: string;
  readonly name: string;
  readonly kind: 'faction' | 'spoiler' | 'guarantor';
  readonly objective: string;
  readonly powers: string;
}

export interface ScenarioSummary {
  readonly id: string;
  readonly name: string;
  readonly summary: string;
  readonly rounds: number;
  /** About how long a game takes, in minutes. */
  readonly minutes: number | null;
  readonly roles: readonly RoleSummary[];
}

/** Every built-in scenario, in the registry's order (tests/scenarios/forms.test.ts keeps them in step). */
const all = [defaultScenario, firstSteps, crowdedPeace, mozambique];
const byLang = new Map<Lang, readonly ScenarioSummary[]>();

function summaries(lang: Lang): readonly ScenarioSummary[] {
  const hit = byLang.get(lang);
  if (hit) return hit;
  const made = all.map((raw) => {
    // The raw data has every text field the parsed scenario has, so the same translation applies.
    const s = localizeScenario(raw as unknown as Scenario, lang);
    return {
      id: s.id,
      name: s.name,
      summary: s.summary,
      rounds: raw.tuning.rounds,
      minutes: raw.minutes ?? null,
      roles: s.roles.map((r) => ({
        id: r.id,
        name: r.name,
        kind: r.kind,
        objective: r.objective,
        powers: r.powers,
      })),
    };
  });
  byLang.set(lang, made);
  return made;
}

/** The scenarios in the current language (call from a component that uses `useT()`). */
export function allScenarios(): readonly ScenarioSummary[] {
  return summaries(getLang());
}

export function scenarioSummary(id: string): ScenarioSummary {
  const list = allScenarios();
  return list.find((s) => s.id === id) ?? list[0]!;
}

/** A built-in scenario's content in the current language (null for another id), without loading the rules. */
export function scenarioContent(id: string): Scenario | null {
  const raw = all.find((s) => s.id === id);
  return raw ? localizeScenario(raw as unknown as Scenario, getLang()) : null;
}

/** A bot difficulty's label in the current language (an unknown level as it came). */
export function difficultyLabel(d: string): string {
  return d === 'easy' || d === 'normal' || d === 'hard' ? t(`difficulty.${d}`) : d;
}

/** A role kind's label in the current language. */
export function kindLabel(kind: RoleSummary['kind']): string {
  return t(`kind.${kind}`);
}
