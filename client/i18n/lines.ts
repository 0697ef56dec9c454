// History lines and ledger causes in the player's language. The rules write them in English (game/ stays
// pure and the lead's rule text is the source); here each known sentence shape is matched by a pattern
// (lines.es.ts) whose slots are read back as roles, regions, numbers and scenario texts, and rewritten.
// A line no pattern knows stays in English; tests/i18n/lines.test.ts plays bot games and fails on one.
import type { Scenario } from '../../game/content/schema.ts';
import { ADVICE_NOTE } from '../table/advisor.ts';
import { contentCatalogues } from './content/index.ts';
import { contentTexts, theRegion, theRole } from './content.ts';
import { contractSpanish, formatNumber } from './format.ts';
import { type Lang, tIn } from './i18n.ts';
import { effectPatternsEs, linePatternsEs, type Pattern } from './lines.es.ts';
import { reasonPatternsEs, whyPatternsEs } from './reasons.es.ts';

interface Compiled {
  readonly re: RegExp;
  readonly slots: readonly string[];
  readonly out: string;
}

interface Ctx {
  readonly s: Scenario;
  readonly lang: Lang;
  /** English scenario text → translated text. */
  readonly content: ReadonlyMap<string, string>;
  readonly lines: readonly Compiled[];
  readonly effects: readonly Compiled[];
  /** The bots' reasons, sentence by sentence, and the clauses of a strike's reason (reasons.es.ts). */
  readonly reasons: readonly Compiled[];
  readonly why: readonly Compiled[];
}

const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (xs: readonly string[]) =>
  [...xs]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join('|') || '(?!)';

/** The regex of a slot: `{r}` a role ("the Government"), `{r|bare}` ("Government"), `{g}` a region, … */
function slotRe(s: Scenario, type: string, form: string | undefined, content: readonly string[]): string {
  const roles = alt(s.roles.map((r) => r.name));
  const regions = alt(s.regions.map((r) => r.name));
  switch (type) {
    case 'r':
      return form === 'bare' ? `(${roles})` : form === 'The' ? `The (${roles})` : `the (${roles})`;
    case 'id':
      return `(${alt(s.roles.map((r) => r.id))}|factions|guarantors|spoilers|all)`;
    case 'g':
      return form === 'bare' ? `(${regions})` : `the (${regions})`;
    case 'gs':
      return `((?:${regions})(?:, (?:${regions}))*)`;
    case 'rs':
      return `((?:${roles})(?:, (?:${roles}))*)`;
    case 't':
      return '(tension|ddr|reform|election|reconstruction|expectations)';
    case 'whom':
      return `(either faction|the (?:${roles}))`;
    case 'where':
      return `(anywhere|in the (?:${regions}))`;
    case 'resp':
      return '(force|sanctions)';
    case 'grade':
      return '(durable|fragile|collapsed)';
    case 'c':
      return `(${alt(content)})`;
    case 'n':
      return '(-?\\d+(?:\\.\\d+)?)';
    case 'd':
      return '([+-]?\\d+)';
    default:
      return '(.+?)';
  }
}

function compile(s: Scenario, p: Pattern, content: readonly string[]): Compiled {
  const slots: string[] = [];
  let re = '';
  let last = 0;
  for (const m of p[0].matchAll(/\{(\w+)(?:\|(\w+))?\}/g)) {
    re += esc(p[0].slice(last, m.index));
    const name = m[1]!;
    slots.push(name);
    re += slotRe(s, name.replace(/\d+$/, ''), m[2], content);
    last = m.index + m[0].length;
  }
  re += esc(p[0].slice(last));
  return { re: new RegExp(`^${re}$`), slots, out: p[1] };
}

const cache = new WeakMap<Scenario, Map<Lang, Ctx>>();

function ctxFor(s: Scenario, lang: Lang): Ctx | null {
  const cat = contentCatalogues[lang]?.[s.id];
  if (lang === 'en') return null;
  let byLang = cache.get(s);
  if (!byLang) {
    byLang = new Map();
    cache.set(s, byLang);
  }
  const hit = byLang.get(lang);
  if (hit) return hit;
  const content = new Map<string, string>();
  if (cat) for (const [k, v] of contentTexts(s)) if (cat[k]) content.set(v, cat[k]!);
  const texts = [...content.keys()];
  const made: Ctx = {
    s,
    lang,
    content,
    lines: linePatternsEs.map((p) => compile(s, p, texts)),
    effects: effectPatternsEs.map((p) => compile(s, p, texts)),
    reasons: reasonPatternsEs.map((p) => compile(s, p, texts)),
    why: whyPatternsEs.map((p) => compile(s, p, texts)),
  };
  byLang.set(lang, made);
  return made;
}

const roleId = (c: Ctx, name: string) => c.s.roles.find((r) => r.name === name)?.id ?? name;
const regionId = (c: Ctx, name: string) => c.s.regions.find((r) => r.name === name)?.id ?? name;
const bareRole = (c: Ctx, name: string) =>
  contentCatalogues[c.lang]?.[c.s.id]?.[`role.${roleId(c, name)}.name`] ?? name;
const bareRegion = (c: Ctx, name: string) =>
  contentCatalogues[c.lang]?.[c.s.id]?.[`region.${regionId(c, name)}.name`] ?? name;

/** A slot's value in the target language; `form` is how the translation wants it (article or bare). */
function render(c: Ctx, type: string, form: string | undefined, v: string): string {
  switch (type) {
    case 'r': {
      if (form === 'bare') return bareRole(c, v);
      const the = theRole(c.s, roleId(c, v), c.lang);
      return form === 'The' ? the.charAt(0).toUpperCase() + the.slice(1) : the;
    }
    case 'id': {
      const r = c.s.roles.find((x) => x.id === v);
      if (r) return form === 'bare' ? bareRole(c, r.name) : theRole(c.s, r.id, c.lang);
      return translate(c, v, c.effects) ?? v;
    }
    case 'g':
      return form === 'bare' ? bareRegion(c, v) : theRegion(c.s, regionId(c, v), c.lang);
    case 'gs':
      return v
        .split(', ')
        .map((x) => bareRegion(c, x))
        .join(', ');
    case 'rs':
      return v
        .split(', ')
        .map((x) => bareRole(c, x))
        .join(', ');
    case 't':
      return tIn(c.lang, `track.${v as 'tension'}`).toLowerCase();
    case 'grade':
      return tIn(c.lang, `grade.${v as 'durable'}`);
    case 'n':
      return formatNumber(c.lang, Number(v));
    case 'd':
      return v;
    case 'c':
      return c.content.get(v) ?? v;
    case 'whom':
      return v === 'either faction'
        ? (translate(c, v, c.effects) ?? v)
        : theRole(c.s, roleId(c, v.slice(4)), c.lang);
    case 'where':
      return v === 'anywhere' ? (translate(c, v, c.effects) ?? v) : (translate(c, v, c.effects) ?? v);
    case 'resp':
      return translate(c, v, c.effects) ?? v;
    case 'terms':
      return v
        .split(', ')
        .map((x) => translate(c, x, c.effects) ?? x)
        .join(', ');
    case 'set':
      return v
        .split(' and ')
        .map((x) => translate(c, x, c.effects) ?? x)
        .join(' y ');
    case 'eff':
      return v
        .split('; ')
        .map((x) => translate(c, x, c.effects) ?? x)
        .join('; ');
    case 'ord':
      return v
        .split(', ')
        .map((x) => {
          const a = c.s.actions.find((y) => y.label.toLowerCase() === x);
          const tr = a ? c.content.get(a.label) : undefined;
          return tr ? tr.charAt(0).toLowerCase() + tr.slice(1) : x;
        })
        .join(', ');
    case 'line':
      return translate(c, v, c.lines) ?? v;
    case 'why':
      return v
        .split(', ')
        .map((x) => translate(c, x, c.why) ?? x)
        .join(', ');
    default:
      return v;
  }
}

function translate(c: Ctx, text: string, table: readonly Compiled[]): string | null {
  for (const p of table) {
    const m = p.re.exec(text);
    if (!m) continue;
    const values = new Map(p.slots.map((name, i) => [name, m[i + 1] ?? '']));
    const out = p.out.replace(/\{(\w+)(?:\|(\w+))?\}/g, (whole, name: string, form?: string) => {
      const v = values.get(name);
      return v === undefined ? whole : render(c, name.replace(/\d+$/, ''), form, v);
    });
    return contractSpanish(out);
  }
  return null;
}

/** A history line or a cause in `lang` (the English as written when no pattern knows it). */
export function translateLine(s: Scenario, text: string, lang: Lang): string {
  const c = ctxFor(s, lang);
  if (!c) return text;
  // "Round 3: …" and "Round 3 crisis — …" keep their round; the rest is one sentence.
  const round = /^Round (\d+)(: | crisis — |, )(.*)$/s.exec(text);
  if (round) {
    const [, n, sep, rest] = round;
    if (sep === ', ') {
      // A player's own note: "Round 2, Movement: why…" (the reason is the player's or bot's own words).
      const cut = rest!.indexOf(': ');
      const who = cut > 0 ? rest!.slice(0, cut) : '';
      const isRole = c.s.roles.some((r) => r.name === who);
      const said = cut > 0 ? `: ${reasonIn(c, rest!.slice(cut + 2))}` : rest!;
      return `Ronda ${n}, ${isRole ? bareRole(c, who) : who}${said}`;
    }
    const body = translate(c, sep === ': ' ? rest! : `crisis — ${rest}`, c.lines);
    if (body === null) return text;
    return sep === ': ' ? `Ronda ${n}: ${body}` : `Crisis de la ronda ${n} — ${body}`;
  }
  return translate(c, text, c.lines) ?? text;
}

/** The note the advisor's plan leaves before its reason. */
const ADVICE_PREFIX = `${ADVICE_NOTE}: `;

/**
 * A bot's reason (the advisor's plan, a bot's line in the history) in `lang`: sentence by sentence, so
 * that the hard bot's prefix and the joined sentences of a reason are each read on their own. A sentence
 * no pattern knows stays as written (a person's own words do too).
 */
export function translateReason(s: Scenario, text: string, lang: Lang): string {
  const c = ctxFor(s, lang);
  return c ? reasonIn(c, text) : text;
}

function reasonIn(c: Ctx, text: string): string {
  if (text.startsWith(ADVICE_PREFIX))
    return `Siguió el consejo del asesor: ${reasonIn(c, text.slice(ADVICE_PREFIX.length))}`;
  return sentences(text)
    .map((x) => translate(c, x, c.reasons) ?? x)
    .join(' ');
}

const sentences = (text: string) => text.split(/(?<=\.) (?=[A-Z])/);

/** The sentences of a reason no pattern knows (for the coverage test). */
export function unknownReasonSentences(s: Scenario, text: string, lang: Lang): string[] {
  const c = ctxFor(s, lang);
  if (!c) return [];
  return sentences(text).filter((x) => translate(c, x, c.reasons) === null);
}

/** Whether a pattern knows this line (for the coverage test). */
export function knowsLine(s: Scenario, text: string, lang: Lang): boolean {
  return translateLine(s, text, lang) !== text;
}
