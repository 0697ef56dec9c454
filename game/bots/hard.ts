// The hard policy: the normal flowchart plus a bounded search at the decisions that matter most.
import type { Legal } from './common.ts';
import type { Knowledge } from './knowledge.ts';
import type { BotOptions, Decision } from './types.ts';

export function hardDecide(
  _k: Knowledge,
  _legal: Legal,
  _opts: BotOptions,
  _normal: (k: Knowledge, legal: Legal) => Decision | null,
): Decision | null {
  return null;
}
