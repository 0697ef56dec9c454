// What the home page shows of the scenarios (names, roles, objectives) without loading the rules engine:
// the raw scenario content is plain data, so the first page stays small.
import { defaultScenario } from '../../game/content/default.ts';
import { t } from '../i18n/i18n.ts';

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
  readonly roles: readonly RoleSummary[];
}

const all = [defaultScenario];

export const scenarios: readonly ScenarioSummary[] = all.map((s) => ({
  id: s.id,
  name: s.name,
  summary: s.summary,
  rounds: s.tuning.rounds,
  roles: s.roles.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind,
    objective: r.objective,
    powers: r.powers,
  })),
}));

export function scenarioSummary(id: string): ScenarioSummary {
  return scenarios.find((s) => s.id === id) ?? scenarios[0]!;
}

/** A bot difficulty's label in the current language (an unknown level as it came). */
export function difficultyLabel(d: string): string {
  return d === 'easy' || d === 'normal' || d === 'hard' ? t(`difficulty.${d}`) : d;
}

/** A role kind's label in the current language. */
export function kindLabel(kind: RoleSummary['kind']): string {
  return t(`kind.${kind}`);
}
