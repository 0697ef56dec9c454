// The UI catalogues are complete: English and Spanish have the same keys, placeholders, plurals and markup;
// every key the client code names exists; no translated screen keeps a hard-coded English string.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../client/i18n/en.ts';
import { es } from '../../client/i18n/es.ts';
import { type Message, placeholdersOf } from '../../client/i18n/format.ts';
import { setLang } from '../../client/i18n/i18n.ts';
import { serverErrorText } from '../../client/i18n/serverError.ts';
import { SERVER_ERROR_CODES } from '../../server/errorCodes.ts';

const ROOT = path.resolve('client');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(d.name) ? [p] : [];
  });
}

const tagsOf = (m: Message) =>
  [...(typeof m === 'string' ? [m] : Object.values(m)).join(' ').matchAll(/<(\w+)>/g)]
    .map((x) => x[1])
    .sort();

/** Keys kept the same in Spanish on purpose (names, codes, words both languages share). */
const SAME_IN_BOTH = new Set([
  'title.home',
  'order.on',
  'difficulty.normal',
  'create.botNormal',
  'phase.crisis',
  'chat.bot',
  'seats.bot',
  'spoilerKind.total',
  'whatif.type.total',
  'vars.spoiler.total',
  'vars.value.percent',
  'vars.value.timer',
  'summary.crisis',
  'chat.who',
  'controls.phase.crisis',
  'controls.word.crisis',
  'students.bot',
  'cdeb.no',
  // Templates of names and numbers only.
  'effect.track',
  'order.count',
  'order.plain',
  'whatif.tableSpoiler',
  'controls.timerOn',
  // Units of time both languages write alike.
  'clock.hm',
  'clock.m',
  'clock.s',
]);

describe('UI catalogues', () => {
  const enKeys = Object.keys(en).sort();
  const esKeys = Object.keys(es).sort();

  it('Spanish has exactly the English keys', () => {
    expect(esKeys.filter((k) => !(k in en))).toEqual([]);
    expect(enKeys.filter((k) => !(k in es))).toEqual([]);
  });

  it('every Spanish message has the same placeholders, plural shape and markup as the English one', () => {
    const bad: string[] = [];
    for (const k of enKeys) {
      const e = (en as Record<string, Message>)[k]!;
      const s = (es as Record<string, Message>)[k]!;
      if (placeholdersOf(e).join() !== placeholdersOf(s).join())
        bad.push(`${k}: {${placeholdersOf(e)}} vs {${placeholdersOf(s)}}`);
      if (typeof e !== typeof s) bad.push(`${k}: plural in one language only`);
      if (tagsOf(e).join() !== tagsOf(s).join()) bad.push(`${k}: markup ${tagsOf(e)} vs ${tagsOf(s)}`);
    }
    expect(bad).toEqual([]);
  });

  it('no Spanish message is empty or left in English (except a few on purpose)', () => {
    const same = enKeys.filter(
      (k) =>
        JSON.stringify((en as Record<string, Message>)[k]) ===
        JSON.stringify((es as Record<string, Message>)[k]),
    );
    expect(same.filter((k) => !SAME_IN_BOTH.has(k))).toEqual([]);
    expect(esKeys.filter((k) => JSON.stringify((es as Record<string, Message>)[k]).length <= 2)).toEqual([]);
  });

  it('every key named in the client code exists in both catalogues', () => {
    const used = new Map<string, string>();
    // t('key'), tIn(lang, 'key'), <Rich k="key" />, and keys built with a template: t(`kind.${x}`) → prefix.
    const literal = /\b(?:t|tIn\([^,]+,)\(\s*'([a-zA-Z][\w.-]*)'|\bk="([\w.-]+)"|\bk=\{'([\w.-]+)'\}/g;
    const prefixed = /\bt\(\s*`([\w.-]+)\$\{/g;
    const prefixes: string[] = [];
    for (const f of sourceFiles(ROOT)) {
      const src = fs.readFileSync(f, 'utf8');
      for (const m of src.matchAll(literal)) used.set((m[1] ?? m[2] ?? m[3])!, path.relative(ROOT, f));
      for (const m of src.matchAll(prefixed)) prefixes.push(m[1]!);
    }
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter(([k]) => !(k in en) || !(k in es)).map(([k, f]) => `${k} (${f})`);
    expect(missing).toEqual([]);
    for (const p of prefixes)
      expect(
        enKeys.some((k) => k.startsWith(p)),
        `keys starting ${p}`,
      ).toBe(true);
  });
});

/** Screens already drawn from the catalogue: no English text may be written into their markup. */
const TRANSLATED = [
  'App.tsx',
  'home',
  'table',
  'ui',
  'briefs',
  // The debrief's screens; debrief/references.ts is the bibliography (titles as published).
  'debrief/Debrief.tsx',
  'debrief/Discussion.tsx',
  'debrief/Charts.tsx',
  'debrief/LineChart.tsx',
  'debrief/PlayAgain.tsx',
  'projector',
  'class',
  'facilitator/WhatIfPanel.tsx',
  'facilitator/ConsolePage.tsx',
  'facilitator/RunClassForm.tsx',
  'facilitator/ScenarioPanel.tsx',
  'facilitator/ScenarioUpload.tsx',
  'lessons',
  'facilitator/LessonClock.tsx',
  'facilitator/SaveSetupPanel.tsx',
  'facilitator/SavedSetups.tsx',
  'facilitator/TokenGate.tsx',
  'facilitator/SharePanel.tsx',
  'facilitator/ControlsPanel.tsx',
  'facilitator/StudentsPanel.tsx',
  'facilitator/TableCard.tsx',
  'facilitator/GodView.tsx',
  'facilitator/ClassDebriefPage.tsx',
  'facilitator/sessionApi.ts',
  'facilitator/useLiveSession.ts',
  'ui/VariablesFields.tsx',
  'ui/VariablesNote.tsx',
];

describe("the server's refusals in the player's language", () => {
  it('every code the server refuses with has its own message in each language', () => {
    for (const code of SERVER_ERROR_CODES) {
      const key = `serverError.${code}` as keyof typeof en;
      expect(en[key], code).toBeTruthy();
      expect(es[key], code).toBeTruthy();
      expect(es[key], code).not.toBe(en[key]);
    }
  });

  it("English keeps the server's sentence; Spanish says the code's message; a rules refusal reads as at the table", () => {
    const refusal = { code: 'seat_taken', message: 'Player 2 not available' };
    try {
      setLang('en');
      expect(serverErrorText(refusal)).toBe('Player 2 not available');
      expect(serverErrorText({ code: 'seat_taken' })).toBe(en['serverError.seat_taken']);
      setLang('es');
      expect(serverErrorText(refusal)).toBe('Ese asiento ya está ocupado.');
      expect(serverErrorText({ code: 'NOT_ENOUGH_FUNDS', message: 'You have 1 funds; this needs 2.' })).toBe(
        es['moveError.NOT_ENOUGH_FUNDS'],
      );
      // A code this client does not know (a newer server): the server's sentence rather than nothing.
      expect(serverErrorText({ code: 'brand_new', message: 'Something new.' })).toBe('Something new.');
      expect(serverErrorText({})).toBe(es['common.genericError']);
    } finally {
      setLang('en');
    }
  });
});

describe('translated screens have no hard-coded English', () => {
  // JSX text between tags, and text attributes shown to people (label, title, placeholder, alt, aria-*).
  const jsxText = />([^<>{}`]*[A-Za-z]{3,}[^<>{}`]*)</g;
  const attr = /\b(?:label|title|placeholder|alt|aria-label|legend)="([^"]*[A-Za-z]{3,}[^"]*)"/g;
  // A sentence in a string literal of code (an error message set in a handler, say).
  const literal = /['`]([A-Z][a-z]+(?: [a-z’]+){2,}[^'`]*)['`]/g;
  const files = TRANSLATED.flatMap((p) => {
    const full = path.join(ROOT, p);
    return fs.statSync(full).isDirectory() ? sourceFiles(full) : [full];
  });

  it.each(files.map((f) => [path.relative(ROOT, f), f]))('%s', (_name, file) => {
    const src = fs
      .readFileSync(file, 'utf8')
      // Comments and type parameters are not shown.
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '')
      .replace(/^import .*$/gm, '');
    const found = [...src.matchAll(jsxText), ...src.matchAll(attr), ...src.matchAll(literal)]
      .map((m) => m[1]!.trim())
      // Arrow functions and comparisons in code look like text between > and <; keep only prose.
      .filter((s) => /^[A-Z][a-z]+( [a-z]+)+/.test(s) || /^[a-z]+ [a-z]+ [a-z]+/.test(s));
    expect(found).toEqual([]);
  });
});
