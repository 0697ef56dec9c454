// Messages between the what-if job manager (jobs.ts) and its worker thread (worker.ts).
import type { RunRecord, StoredState, WhatIfChange } from '../../game/sim/whatif.ts';
import type { GameState } from '../../game/types.ts';

export interface WorkerInput {
  /** The table's first state and its log, as the store keeps them. */
  readonly initial: StoredState;
  readonly log: readonly unknown[];
  /** The table's state now (checks the replay). */
  readonly final: GameState;
  readonly round: number;
  readonly change: WhatIfChange;
  readonly runs: number;
  readonly seed: string;
  readonly timeLimitMs: number;
}

export type WorkerMessage =
  | { readonly type: 'replayed' }
  | { readonly type: 'run'; readonly run: RunRecord }
  | { readonly type: 'finished'; readonly complete: boolean }
  | { readonly type: 'failed'; readonly code: string; readonly message: string };
