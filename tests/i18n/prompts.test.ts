// The debrief's discussion prompts read in Spanish: every prompt has its paraphrase and question translated,
// the quoted passage and citation stay as written, and English shows the prompt as authored.
import { describe, expect, it } from 'vitest';
import { promptsEs } from '../../client/i18n/content/prompts.es.ts';
import { localPrompt } from '../../client/i18n/prompts.ts';
import { prompts } from '../../game/content/prompts.ts';

describe('debrief prompts in Spanish', () => {
  it('every prompt has a Spanish paraphrase and question, and nothing else changes', () => {
    expect(prompts.length).toBeGreaterThan(5);
    for (const p of prompts) {
      const es = localPrompt(p, 'es');
      expect(es.paraphrase, p.id).not.toBe(p.paraphrase);
      expect(es.question, p.id).not.toBe(p.question);
      expect(es.question.endsWith('?'), p.id).toBe(true);
      expect({ ...es, paraphrase: p.paraphrase, question: p.question }).toEqual(p);
      expect(localPrompt(p, 'en')).toBe(p);
    }
  });

  it('no translation is kept for a prompt that no longer exists', () => {
    const ids = new Set(prompts.map((p) => p.id));
    expect(Object.keys(promptsEs).filter((id) => !ids.has(id))).toEqual([]);
  });
});
