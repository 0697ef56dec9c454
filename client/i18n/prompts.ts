// Debrief prompts in the player's language: the paraphrase and question by prompt id (content/prompts.*.ts);
// the quoted passage and the citation stay as written. A prompt without a translation stays English.
import type { Prompt } from '../../game/content/prompts.ts';
import { promptsEs } from './content/prompts.es.ts';
import { getLang, type Lang } from './i18n.ts';

const byLang: Readonly<Partial<Record<Lang, typeof promptsEs>>> = { es: promptsEs };

export function localPrompt(p: Prompt, lang: Lang = getLang()): Prompt {
  const tr = byLang[lang]?.[p.id];
  return tr ? { ...p, paraphrase: tr.paraphrase, question: tr.question } : p;
}
