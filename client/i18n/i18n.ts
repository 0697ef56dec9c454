// The player's language: browser default (navigator.languages), switchable on screen, kept in localStorage;
// `t(key, params)` reads the UI catalogue of the current language, `useT()` re-renders a component on a switch.
import { useSyncExternalStore } from 'react';
import { en } from './en.ts';
import { es } from './es.ts';
import {
  formatMessage,
  formatNumber,
  formatSigned,
  type Message,
  type ParamNames,
  type ParamsOf,
} from './format.ts';

export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];
/** Each language's own name, for the switch. */
export const LANG_NAMES: Readonly<Record<Lang, string>> = { en: 'English', es: 'Español' };

export type En = typeof en;
export type MessageKey = keyof En;
/** Every language has every key with a message (checked by the compiler; placeholders by the test). */
export type Catalogue = { readonly [K in MessageKey]: Message };
export const catalogues: Readonly<Record<Lang, Catalogue>> = { en, es };

const STORE_KEY = 'ceasefire.lang';

function isLang(x: unknown): x is Lang {
  return typeof x === 'string' && (LANGS as readonly string[]).includes(x);
}

/** The first of the browser's preferred languages that we ship (by primary subtag), else English. */
export function pickLanguage(preferred: readonly string[]): Lang {
  for (const p of preferred) {
    const primary = p.toLowerCase().split('-')[0];
    if (isLang(primary)) return primary;
  }
  return 'en';
}

function initialLang(): Lang {
  try {
    const saved = globalThis.localStorage?.getItem(STORE_KEY);
    if (isLang(saved)) return saved;
  } catch {
    // Storage may be blocked (private mode): fall back to the browser's languages.
  }
  const nav = globalThis.navigator;
  return pickLanguage(nav ? (nav.languages?.length ? nav.languages : [nav.language]) : []);
}

let current: Lang = initialLang();
const listeners = new Set<() => void>();

function applyToDocument(lang: Lang): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}
applyToDocument(current);

export function getLang(): Lang {
  return current;
}

/** Switch language for this player (remembered in this browser). */
export function setLang(lang: Lang): void {
  if (lang === current) return;
  current = lang;
  try {
    globalThis.localStorage?.setItem(STORE_KEY, lang);
  } catch {
    // Not remembered, but the switch still applies to this page.
  }
  applyToDocument(lang);
  for (const l of listeners) l();
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** Arguments after the key: none for a message without placeholders, else its parameters. */
export type TArgs<K extends MessageKey> = [ParamNames<En[K]>] extends [never]
  ? []
  : [params: ParamsOf<En[K]>];

/** A message of the current language (English if a translation were ever missing at run time). */
export function t<K extends MessageKey>(key: K, ...args: TArgs<K>): string {
  return tIn(current, key, ...args);
}

/** A message of a given language. */
export function tIn<K extends MessageKey>(lang: Lang, key: K, ...args: TArgs<K>): string {
  const m = catalogues[lang][key] ?? en[key];
  return formatMessage(lang, m, (args[0] ?? {}) as Record<string, string | number>);
}

/** A number in the current language's format. */
export function num(n: number): string {
  return formatNumber(current, n);
}

/** A signed change (+2, -1) in the current language's format. */
export function signed(n: number): string {
  return formatSigned(current, n);
}

/** The current language; the component re-renders when the player switches. */
export function useLang(): Lang {
  return useSyncExternalStore(subscribe, getLang, getLang);
}

/** `t` for a component: subscribes it to language switches. */
export function useT(): typeof t {
  useLang();
  return t;
}
