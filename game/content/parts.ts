// Building blocks other scenarios borrow from the default one: its action catalogue, roles, agendas,
// regions and crisis cards by id (a missing id is a programming error, so it throws).
import type { z } from 'zod';
import { defaultScenario } from './default.ts';
import { type CrisisCardInput, events } from './events.ts';
import type { ScenarioSchema } from './schema.ts';

export type ScenarioInput = z.input<typeof ScenarioSchema>;
type Input = ScenarioInput;
export type RoleInput = Input['roles'][number];
export type RegionInput = Input['regions'][number];
export type AgendaInput = RoleInput['agendas'][number];
export type ActionInput = Input['actions'][number];

function byId<T>(list: readonly T[], key: (t: T) => string, id: string, what: string): T {
  const hit = list.find((x) => key(x) === id);
  if (!hit) throw new Error(`The default scenario has no ${what} "${id}"`);
  return structuredClone(hit);
}

/** Crisis cards of the default deck, by id, in the order given. */
export function cards(...ids: string[]): CrisisCardInput[] {
  return ids.map((id) => byId(events, (e) => e.id, id, 'crisis card'));
}

/** The whole default action catalogue. */
export function defaultActions(): ActionInput[] {
  return structuredClone(defaultScenario.actions);
}

/** The default action catalogue without these order types (e.g. the spoiler's, where there is none). */
export function actionsWithout(...types: string[]): ActionInput[] {
  return structuredClone(defaultScenario.actions.filter((a) => !types.includes(a.type)));
}

/** A role of the default scenario, to change. */
export function baseRole(id: string): RoleInput {
  return byId(defaultScenario.roles, (r) => r.id, id, 'role');
}

/** An agenda of a default role, to change. */
export function baseAgenda(role: string, id: string): AgendaInput {
  return byId(baseRole(role).agendas, (a) => a.id, id, `agenda of ${role}`);
}

/** A region of the default map, to change. */
export function baseRegion(id: string): RegionInput {
  return byId(defaultScenario.regions, (r) => r.id, id, 'region');
}

/** The three hidden spoiler types and their answers to custodian strategies. */
export function spoilerTypes(): Input['spoilerTypes'] {
  return structuredClone(defaultScenario.spoilerTypes);
}

/** The orders that only make sense against a spoiler or its neighbour patron. */
export const SPOILER_ORDERS = [
  'recruit',
  'smuggle',
  'intimidate',
  'induce',
  'socialize',
  'coerce',
  'sanction',
];
