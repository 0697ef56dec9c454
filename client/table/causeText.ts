// A cause of the ledger or a line of the history in the player's language (the rules record them in English).
import type { HistoryEntry } from '../../game/index.ts';
import { getLang } from '../i18n/i18n.ts';

export function causeText(cause: string): string {
  if (getLang() === 'en') return cause;
  return cause;
}

export function historyText(h: HistoryEntry): string {
  if (getLang() === 'en') return h.text;
  return h.text;
}
