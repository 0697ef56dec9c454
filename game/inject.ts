// Facilitator injects: a crisis card from the deck, or a custom one written on the spot, applied mid-round.

import { z } from 'zod';
import type { Effect } from './content/schema.ts';
import { EffectSchema } from './content/schema.ts';
import { applyEffects, selectRoles } from './effects.ts';
import { checkTension } from './end.ts';
import { choicePending } from './legal.ts';
import { getScenario } from './scenario.ts';
import { type DraftState, log, type Rng } from './state.ts';
import type { GameState } from './types.ts';

export const CustomInjectSchema = z.object({
  title: z.string().trim().min(3).max(80),
  text: z.string().trim().min(5).max(400),
  effects: z.array(EffectSchema).max(6).default([]),
});
export type CustomInject = z.input<typeof CustomInjectSchema>;

export type Inject = { readonly card: string } | { readonly custom: CustomInject };

/** Why this inject cannot be applied, or null. */
export function checkInject(G: GameState, inject: unknown): string | null {
  if (G.result) return 'The game is over.';
  if (typeof inject !== 'object' || inject === null) return 'An inject names a card or gives a custom text.';
  if ('card' in inject) {
    const s = getScenario(G.scenario);
    const card = s.events.find((e) => e.id === (inject as { card: unknown }).card);
    if (!card) return `There is no crisis card "${String((inject as { card: unknown }).card)}".`;
    const waiting = choicePending(G);
    if (card.choice && waiting)
      return `The ${s.roles.find((r) => r.id === waiting)?.name ?? waiting} has still to decide on the current crisis: wait for that decision, or skip the phase.`;
    return null;
  }
  if ('custom' in inject) {
    const parsed = CustomInjectSchema.safeParse((inject as { custom: unknown }).custom);
    if (!parsed.success)
      return parsed.error.issues.map((i) => `${i.path.join('.') || 'custom'}: ${i.message}`).join('; ');
    return null;
  }
  return 'An inject names a card or gives a custom text.';
}

/**
 * The deterministic random an inject draws from, keyed by a string (the server uses `matchID:stateID`,
 * and logs the key with the inject so a replay draws the same numbers). Never Math.random.
 */
export function injectRng(key: string): Rng {
  let h = 2166136261;
  for (const ch of key) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return {
    next: () => {
      h = (h + 0x6d2b79f5) >>> 0;
      let t = h;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
  };
}

/** Apply a (checked) inject to a draft of the state; the history records it for the debrief. */
export function applyInject(G: DraftState, inject: Inject, rng: Rng): void {
  const s = getScenario(G.scenario);
  let title: string;
  let text: string;
  let effects: readonly Effect[];
  if ('card' in inject) {
    const card = s.events.find((e) => e.id === inject.card)!;
    ({ title, text } = card);
    effects = card.effects;
  } else {
    const c = CustomInjectSchema.parse(inject.custom);
    ({ title, text, effects } = c);
  }
  const notes = applyEffects(G, s, effects, rng, `facilitator inject: ${title}`);
  log(
    G,
    'crisis',
    `Round ${G.round} — facilitator inject "${title}": ${text}${notes.length ? ` (${notes.join('; ')})` : ''}`,
  );
  // A card that asks a decision asks it now, of its role, in whatever phase the table is in.
  if ('card' in inject) {
    const card = s.events.find((e) => e.id === inject.card)!;
    const chooser = card.choice ? (selectRoles(s, card.choice.role)[0] ?? null) : null;
    if (card.choice && chooser) {
      G.crisis = { card: card.id, chooser, choice: null };
      log(
        G,
        'crisis',
        `The ${s.roles.find((r) => r.id === chooser)?.name ?? chooser} must decide: ${card.choice.prompt}`,
      );
    }
  }
  checkTension(G);
}
