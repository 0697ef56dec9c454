// A cause of the ledger, a line of the history or an order's forecast in the player's language (the rules
// write them in English; client/i18n/lines.ts rewrites the sentence shapes it knows).
import type { Scenario } from '../../game/content/schema.ts';
import type { HistoryEntry } from '../../game/index.ts';
import { originalScenario } from '../i18n/content.ts';
import { getLang } from '../i18n/i18n.ts';
import { translateLine, translateReason } from '../i18n/lines.ts';

export function causeText(s: Scenario, cause: string): string {
  const lang = getLang();
  return lang === 'en' ? cause : translateLine(originalScenario(s), cause, lang);
}

export function historyText(s: Scenario, h: HistoryEntry): string {
  const lang = getLang();
  return lang === 'en' ? h.text : translateLine(originalScenario(s), h.text, lang);
}

/** A bot's reason (the advisor's plan) in the player's language. */
export function reasonText(s: Scenario, reason: string): string {
  const lang = getLang();
  return lang === 'en' ? reason : translateReason(originalScenario(s), reason, lang);
}
