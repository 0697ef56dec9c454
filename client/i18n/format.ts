// The message format of the catalogues: `{name}` placeholders, plurals chosen by Intl.PluralRules on `count`,
// numbers formatted per locale; pure functions (no React, no globals) so tests and the client share them.

/** A message: a template, or plural forms chosen by the `count` parameter (`other` is required). */
export type Message = string | PluralMessage;
export interface PluralMessage {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

/** The placeholder names of a template, at the type level: `'{a} and {b}'` gives `'a' | 'b'`. */
export type Placeholders<S> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;
type AllForms<M> = M extends string ? M : M extends PluralMessage ? M[keyof M] & string : never;
/** The parameter names a message needs: its placeholders (plus `count` for plurals). */
export type ParamNames<M> = Placeholders<AllForms<M>> | (M extends PluralMessage ? 'count' : never);
/** The parameters object a message needs. */
export type ParamsOf<M> = { readonly [P in ParamNames<M>]: ParamValue };
export type ParamValue = string | number;

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

export function formatNumber(lang: string, n: number): string {
  let f = numberFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
    numberFormats.set(lang, f);
  }
  return f.format(n);
}

/** A change shown with its sign (+2, −1), formatted per locale. */
export function formatSigned(lang: string, n: number): string {
  return `${n > 0 ? '+' : ''}${formatNumber(lang, n)}`;
}

function pluralForm(lang: string, m: PluralMessage, count: number): string {
  let r = pluralRules.get(lang);
  if (!r) {
    r = new Intl.PluralRules(lang);
    pluralRules.set(lang, r);
  }
  if (count === 0 && m.zero !== undefined) return m.zero;
  const cat = r.select(count) as keyof PluralMessage;
  return m[cat] ?? m.other;
}

/** Fill a message for a language: choose the plural form, then replace each `{name}` (numbers per locale). */
export function formatMessage(
  lang: string,
  m: Message,
  params: Readonly<Record<string, ParamValue>> = {},
): string {
  const template = typeof m === 'string' ? m : pluralForm(lang, m, Number(params.count ?? 0));
  const filled = template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    return typeof v === 'number' ? formatNumber(lang, v) : v;
  });
  return lang === 'es' ? contractSpanish(filled) : filled;
}

/** Spanish contracts "de el" and "a el" (a parameter "el Gobierno" after "de" reads "del Gobierno"). */
export function contractSpanish(text: string): string {
  return text.replace(/\b([Dd]e|[Aa]) el\b/g, (_w, p: string) =>
    p.toLowerCase() === 'de' ? `${p[0]}el` : `${p}l`,
  );
}

/** The placeholder names a message uses (every plural form), for the catalogue test. */
export function placeholdersOf(m: Message): string[] {
  const forms = typeof m === 'string' ? [m] : Object.values(m);
  const names = new Set<string>();
  for (const f of forms) for (const x of f.matchAll(/\{(\w+)\}/g)) names.add(x[1]!);
  if (typeof m !== 'string') names.add('count');
  return [...names].sort();
}

/** Split a filled message on `<tag>…</tag>` pairs (not nested), for rich text: text and tagged chunks in order. */
export function splitTags(text: string): Array<string | { tag: string; text: string }> {
  const out: Array<string | { tag: string; text: string }> = [];
  const re = /<(\w+)>(.*?)<\/\1>/gs;
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    out.push({ tag: m[1]!, text: m[2]! });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}
