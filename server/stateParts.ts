// A match state stored in parts, so that a move rewrites only what it changed: the row in `matches`
// keeps the state without G (ctx, plugins, stateID: small, rewritten every move, and the
// compare-and-set anchor), each top-level key of G is a row of `state_parts`, and an array at the
// top level of G keeps its items in rows of `state_items`, one row per run of items written
// together (seq: the index of its first item; value: the items' JSON joined by commas). A move that
// appends to an array (a history, a ledger) inserts one row with the new items; a part whose value
// is the same object as in the stored state is not written at all. Generic over any G that is a
// plain object: nothing here knows the game's fields.
//
// The rules' states are immutable (immer), so "unchanged" is object identity against the state this
// process last stored or read for the match. That base is trusted only when its stateID is the one
// the compare-and-set expects; otherwise every part is written again.
//
// This file knows no database: it says which rows a write must put or drop (planPartsWrite) and
// puts a state back together from its rows (assembleState). Each store runs the rows through its
// own SQL (store.ts for SQLite, pgStore.ts for Postgres) in the transaction of its compare-and-set.
import type { State } from 'boardgame.io';

type Json = Record<string, unknown>;

const isPlainObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/** Whether a state can be stored in parts (its G is a plain object); otherwise it is stored whole. */
export const partable = (state: State): boolean => isPlainObject(state.G);

/** The JSON of the state without G, for the `matches.state` column of a parted row. */
export const headJson = (state: State): string => JSON.stringify({ ...state, G: null });

// What JSON.stringify puts for an array item it cannot represent (undefined, a function).
const itemJson = (v: unknown): string => JSON.stringify(v) ?? 'null';

/** The JSON of items[from..], joined by commas (a row of `state_items`; never empty). */
function itemsJson(items: readonly unknown[], from: number): string {
  let out = itemJson(items[from]);
  for (let i = from + 1; i < items.length; i++) out += `,${itemJson(items[i])}`;
  return out;
}

/** Keys of G that JSON would keep (undefined values and functions are dropped), in order. */
function keysOf(G: Json): string[] {
  const keys: string[] = [];
  for (const key in G) {
    const t = typeof G[key];
    if (t !== 'undefined' && t !== 'function' && t !== 'symbol') keys.push(key);
  }
  return keys;
}

/** A row of `state_parts`: one top-level key of G (an array's value is in its item rows). */
export interface PartRow {
  readonly part: string;
  /** Its place among G's keys (the order a read puts them back in). */
  readonly ord: number;
  readonly isArray: boolean;
  /** The JSON of the value; null for an array. */
  readonly value: string | null;
}

/** A row of `state_items`: a run of an array's items, from index `seq`. */
export interface ItemRow {
  readonly part: string;
  readonly seq: number;
  /** The items' JSON joined by commas. */
  readonly value: string;
}

/** The rows one state write puts and drops. */
export interface PartsWrite {
  /**
   * Every part is written (no trusted base, or G's keys changed): every part row not in `keys` and
   * every item row not in `items` goes. Otherwise only the rows below change.
   */
  readonly full: boolean;
  /** G's keys in order (the part rows that stay). */
  readonly keys: readonly string[];
  /** Part rows put (inserted or replacing the row of the same part). */
  readonly parts: readonly PartRow[];
  /**
   * Parts whose item rows all go before `items` are put (arrays rewritten, or no longer arrays);
   * empty when `full` (then every item row not put goes).
   */
  readonly cleared: readonly string[];
  /** Item rows put (inserted, or replacing a row of the same part and seq). */
  readonly items: readonly ItemRow[];
}

/** Nothing in parts: what a state stored whole (not partable) leaves of them. */
export const NO_PARTS: PartsWrite = { full: true, keys: [], parts: [], cleared: [], items: [] };

/**
 * The rows to write for `state`. `base` is the state stored until now, if the store knows it exactly
 * (same stateID as the compare-and-set expects, and stored in parts): then only the parts that are
 * not the same objects are written, and arrays that only grew get one row with their new items.
 * Without a base, every part is written.
 */
export function planPartsWrite(state: State, base: State | undefined): PartsWrite {
  if (!partable(state)) return NO_PARTS;
  const G = state.G as Json;
  const keys = keysOf(G);
  const parts: PartRow[] = [];
  const cleared: string[] = [];
  const items: ItemRow[] = [];
  const putWhole = (part: string, ord: number, value: unknown) => {
    if (Array.isArray(value)) {
      parts.push({ part, ord, isArray: true, value: null });
      if (value.length > 0) items.push({ part, seq: 0, value: itemsJson(value, 0) });
    } else {
      parts.push({ part, ord, isArray: false, value: JSON.stringify(value) });
    }
  };
  const baseG = base && isPlainObject(base.G) ? (base.G as Json) : undefined;
  if (!baseG || !sameKeys(keys, keysOf(baseG))) {
    keys.forEach((key, ord) => {
      putWhole(key, ord, G[key]);
    });
    return { full: true, keys, parts, cleared: [], items };
  }
  keys.forEach((key, ord) => {
    const value = G[key];
    const old = baseG[key];
    if (value === old) return;
    if (Array.isArray(value) && Array.isArray(old) && grewFrom(old, value)) {
      items.push({ part: key, seq: old.length, value: itemsJson(value, old.length) });
      return;
    }
    if (Array.isArray(old)) cleared.push(key);
    putWhole(key, ord, value);
  });
  return { full: false, keys, parts, cleared, items };
}

/** The JSON of an array part from its item rows' values in seq order, joined by commas (null: none). */
export const arrayJson = (joinedItems: string | null | undefined): string => `[${joinedItems ?? ''}]`;

/**
 * A state put back together: `head` is the `matches.state` column; `parts`, for a parted row, are
 * its parts in their stored order, each with the JSON of its value (an array's from arrayJson).
 * G's keys come back in the order they were written, so the state's JSON is the one committed.
 */
export function assembleState(
  head: string,
  parts: Iterable<{ readonly part: string; readonly json: string }> | undefined,
): State {
  const state = JSON.parse(head) as State;
  if (parts) {
    const G: Json = {};
    for (const { part, json } of parts) G[part] = JSON.parse(json);
    (state as { G: unknown }).G = G;
  }
  return state;
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** `next` is `prev` with items added at the end (the same objects in the same places before them). */
function grewFrom(prev: readonly unknown[], next: readonly unknown[]): boolean {
  if (next.length <= prev.length) return false;
  for (let i = 0; i < prev.length; i++) if (prev[i] !== next[i]) return false;
  return true;
}
