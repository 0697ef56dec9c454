// Where a rule comes from, readably: the seed's short reference and its quote, or the design note.
import type { Scenario, SeedId, Source } from './schema.ts';

/** Short references for the seed texts in ../shared/seeds/ (the number starts the file name). */
export const seedRefs: Readonly<Record<SeedId, string>> = {
  '000': 'Freeman 2003 (seed 000)',
  '003': 'Security guarantees overview (seed 003)',
};

/** Full titles, for a reader who wants to look a seed up. */
export const seedTitles: Readonly<Record<SeedId, string>> = {
  '000': 'Jill Freeman, “Security Guarantees”, Beyond Intractability, November 2003',
  '003': '“Security Guarantees”, an overview of guarantees between states (no author named)',
};

/**
 * The form in which a quote is compared with its seed: runs of whitespace become one space, curly quotes
 * and apostrophes become straight ones, and the ends are trimmed. Nothing else is forgiven.
 */
export function normaliseForQuote(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every sourced rule and card of a scenario, each with a path naming it (e.g. `actions.canton`). */
export function scenarioSources(s: Scenario): { readonly where: string; readonly source: Source }[] {
  return [
    ...s.roles.flatMap((r) => [
      { where: `roles.${r.id}`, source: r.source },
      ...r.agendas.map((a) => ({ where: `roles.${r.id}.agendas.${a.id}`, source: a.source })),
    ]),
    ...s.regions.map((r) => ({ where: `regions.${r.id}`, source: r.source })),
    ...s.actions.map((a) => ({ where: `actions.${a.type}`, source: a.source })),
    ...s.spoilerTypes.map((t) => ({ where: `spoilerTypes.${t.name}`, source: t.source })),
    ...s.events.map((e) => ({ where: `events.${e.id}`, source: e.source })),
  ];
}
