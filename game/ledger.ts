// Reading the cause ledger: the current value behind a ledger key, and the causes of its changes.
import { credibility } from './credibility.ts';
import type { GameState, LedgerEntry, TrackId } from './types.ts';

/** The number a ledger key stands for in this state (see LedgerEntry for the keys). */
export function ledgerValue(G: GameState, key: string): number {
  const [kind, id] = key.split(':') as [string, string | undefined];
  if (id === undefined) return G.tracks[kind as TrackId];
  if (kind === 'stability') return G.regions.find((r) => r.id === id)?.stability ?? 0;
  const r = G.roles[id];
  if (!r) return 0;
  switch (kind) {
    case 'fear':
      return r.fear;
    case 'funds':
      return r.funds;
    case 'approval':
      return r.approval;
    case 'will':
      return r.will;
    case 'capability':
      return r.capability;
    case 'militancy':
      return r.militancy;
    case 'credibility':
      return credibility(r);
    case 'units':
      return (
        G.regions.reduce((n, x) => {
          const u = x.units[id];
          return n + (u ? u.active + u.cantoned + u.disarmed : 0);
        }, 0) + r.reintegrated
      );
  }
  return 0;
}

/** Entries for one key (optionally one round), oldest first. */
export function causesOf(G: GameState, key: string, round?: number): LedgerEntry[] {
  return G.ledger.filter((e) => e.key === key && (round === undefined || e.round === round));
}

/** The change of one key in one round and its causes, summed by cause (for "Tension 3 -> 5: +2 ..."). */
export function explainRound(G: GameState, key: string, round: number) {
  const entries = causesOf(G, key, round);
  const by = new Map<string, number>();
  for (const e of entries) by.set(e.cause, (by.get(e.cause) ?? 0) + e.delta);
  const causes = [...by].filter(([, d]) => d !== 0).map(([cause, delta]) => ({ cause, delta }));
  const delta = entries.reduce((n, e) => n + e.delta, 0);
  const now = ledgerValue(G, key);
  // Changes recorded after this round (later rounds) are taken off to find where it stood.
  const later = G.ledger.filter((e) => e.key === key && e.round > round).reduce((n, e) => n + e.delta, 0);
  const after = now - later;
  return { key, round, before: after - delta, after, delta, causes };
}

/**
 * The causes of a key's change between the snapshot of round r−1 and that of round r (the review's
 * "What changed"): this round's entries before its review, and the previous round's review answers.
 */
export function causesSinceLastRound(G: GameState, key: string, round: number) {
  const by = new Map<string, number>();
  for (const e of G.ledger)
    if (
      e.key === key &&
      ((e.round === round && e.phase !== 'review') || (e.round === round - 1 && e.phase === 'review'))
    )
      by.set(e.cause, (by.get(e.cause) ?? 0) + e.delta);
  return [...by].filter(([, d]) => d !== 0).map(([cause, delta]) => ({ cause, delta }));
}
