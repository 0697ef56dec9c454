// The debrief of one table, derived from its final (or current) state: outcome, curves, pledges, the
// spoiler and how it was treated, turning points, and the discussion prompts its history calls for.
import { type Prompt, prompts } from './content/prompts.ts';
import type { Scenario } from './content/schema.ts';
import { pledgeWeight } from './credibility.ts';
import { getScenario, rolesOfKind } from './scenario.ts';
import type { GameState, Grade, RoundSnapshot, SpoilerType } from './types.ts';

export interface TableDebrief {
  readonly round: number;
  readonly grade: Grade | null;
  readonly cause: string | null;
  readonly tension: readonly { round: number; value: number }[];
  readonly snapshots: readonly RoundSnapshot[];
  readonly pledges: {
    readonly made: number;
    readonly honoured: number;
    readonly broken: number;
    readonly withdrawn: number;
  };
  readonly spoiler: {
    readonly type: SpoilerType | null;
    readonly induced: number;
    readonly coerced: number;
    readonly socialized: number;
  };
  /** Every spoiler's hidden type by role id (a scenario may deal several spoilers different types). */
  readonly spoilerTypes: Readonly<Record<string, SpoilerType | null>>;
  /** The real peace process the scenario follows, its outcome set against the table's. */
  readonly realCase: RealCaseComparison | null;
  readonly turningPoints: readonly string[];
  readonly prompts: readonly Prompt[];
  readonly winners: readonly string[];
}

export interface RealCaseComparison {
  readonly name: string;
  readonly text: string;
  readonly sources: readonly string[];
  /** How the real transition ended, in the game's grades. */
  readonly outcome: Grade;
  /** How this table's ended (null while the game runs). */
  readonly table: Grade | null;
  /** Whether the table ended as the real case did (null while the game runs). */
  readonly same: boolean | null;
}

/** The scenario's real case set against a table's grade (null for a scenario without a note). */
export function realCaseOf(s: Scenario, grade: Grade | null): RealCaseComparison | null {
  const rc = s.realCase;
  if (!rc) return null;
  return {
    name: rc.name,
    text: rc.text,
    sources: rc.sources,
    outcome: rc.outcome,
    table: grade,
    same: grade === null ? null : grade === rc.outcome,
  };
}

const count = (G: GameState, re: RegExp) => G.history.filter((h) => re.test(h.text)).length;

/** The state's tracks and role values as a round snapshot (for the state a game ended in). */
function snapshotNow(G: GameState): RoundSnapshot {
  const s = getScenario(G.scenario);
  const of = (kind: 'faction' | 'guarantor', f: (r: GameState['roles'][string]) => number) =>
    Object.fromEntries(rolesOfKind(s, kind).map((r) => [r, f(G.roles[r]!)]));
  return {
    round: G.round,
    tracks: { ...G.tracks },
    fear: of('faction', (r) => r.fear),
    approval: of('guarantor', (r) => r.approval),
    credibility: of('guarantor', (r) => pledgeWeight(r, 'force')),
  };
}

/**
 * One account of the rounds for the debrief, its charts and its exports: the snapshots taken after each
 * resolution, and, when the game is over, the state it ended in (a collapse in a crisis, a broken pledge
 * in review, elections called early) as that round's final point, so every place shows the same end.
 */
export function roundsOf(G: GameState): RoundSnapshot[] {
  const snaps = [...G.snapshots];
  if (!G.result || G.round === 0) return snaps;
  const end = snapshotNow(G);
  const last = snaps.at(-1);
  if (last && last.round === G.round) {
    if (JSON.stringify(last) === JSON.stringify(end)) return snaps;
    snaps[snaps.length - 1] = end;
    return snaps;
  }
  return [...snaps, end];
}

/** The debrief of a table. `full` is the facilitator's unfiltered state (the spoiler's type shows). */
export function debriefOf(G: GameState): TableDebrief {
  const s = getScenario(G.scenario);
  const spoilerRole = s.roles.find((r) => r.kind === 'spoiler')?.id;
  const triggered = new Set<Prompt['trigger']>(['always']);
  if (G.result?.grade === 'collapsed') triggered.add('collapsed');
  if (G.pledges.some((p) => p.status === 'broken')) triggered.add('pledgeBroken');
  if (G.pledges.some((p) => p.honouredTimes > 0)) triggered.add('pledgeHonoured');
  const induced = count(G, /offered the spoiler money/);
  if (induced > 0) triggered.add('spoilerInduced');
  if (G.tracks.ddr < s.tuning.durable.ddrAtLeast) triggered.add('ddrLow');
  if (count(G, /expected more from peace/) > 0) triggered.add('expectationsGap');
  // A rumour of the resolution (an unwatched attack, unverified movements), not a card's title.
  if (count(G, /rumours blame|A rumour spreads|a rumoured /) > 0) triggered.add('unmonitoredRumour');
  const rounds = roundsOf(G);

  const turningPoints: string[] = [];
  let prev = rounds[0]?.tracks.tension ?? 0;
  for (const snap of rounds) {
    if (snap.tracks.tension - prev >= 3)
      turningPoints.push(`Round ${snap.round}: Tension jumped from ${prev} to ${snap.tracks.tension}.`);
    prev = snap.tracks.tension;
  }
  for (const h of G.history)
    if (
      /broke pledge|honoured pledge|resumed the war|collapsed|Monitors found|rumour is false/.test(h.text) &&
      !h.visibleTo
    )
      turningPoints.push(h.text);

  const ranked = [...prompts].sort((a, b) => Number(b.trigger !== 'always') - Number(a.trigger !== 'always'));
  return {
    round: G.round,
    grade: G.result?.grade ?? null,
    cause: G.result?.cause ?? null,
    tension: rounds.map((x) => ({ round: x.round, value: x.tracks.tension })),
    snapshots: rounds,
    pledges: {
      made: G.pledges.length,
      honoured: G.pledges.filter((p) => p.honouredTimes > 0).length,
      broken: G.pledges.filter((p) => p.status === 'broken').length,
      withdrawn: G.pledges.filter((p) => p.status === 'withdrawn').length,
    },
    spoiler: {
      type: spoilerRole ? (G.secret[spoilerRole]?.spoilerType ?? null) : null,
      induced,
      coerced: count(G, /coerced the spoiler/),
      socialized: count(G, /engaged the spoiler/),
    },
    spoilerTypes: Object.fromEntries(
      rolesOfKind(s, 'spoiler').map((r) => [r, G.secret[r]?.spoilerType ?? null]),
    ),
    realCase: realCaseOf(s, G.result?.grade ?? null),
    turningPoints: turningPoints.slice(0, 12),
    prompts: ranked.filter((p) => triggered.has(p.trigger)),
    winners: G.result?.scores.filter((x) => x.won).map((x) => x.role) ?? [],
  };
}

/** CSV rows of every track per round (one table); the header comes from `csvHeader`. */
export function csvHeader(G: GameState): string[] {
  const s = getScenario(G.scenario);
  return [
    'table',
    'round',
    'tension',
    'ddr',
    'reform',
    'election',
    'reconstruction',
    'expectations',
    ...s.roles.filter((r) => r.kind === 'faction').map((r) => `fear_${r.id}`),
    ...s.roles.filter((r) => r.kind === 'guarantor').map((r) => `approval_${r.id}`),
  ];
}

export function csvRows(G: GameState, table: number | string): string[][] {
  const s = getScenario(G.scenario);
  return roundsOf(G).map((x) => [
    String(table),
    String(x.round),
    ...(['tension', 'ddr', 'reform', 'election', 'reconstruction', 'expectations'] as const).map((t) =>
      String(x.tracks[t]),
    ),
    ...s.roles.filter((r) => r.kind === 'faction').map((r) => String(x.fear[r.id] ?? '')),
    ...s.roles.filter((r) => r.kind === 'guarantor').map((r) => String(x.approval[r.id] ?? '')),
  ]);
}
