// Per-seat JSON deltas for the wire: diff(prev, next) gives the operations that turn one JSON value
// into the other; applyDelta(prev, ops) replays them without touching `prev` (copy on write along
// each path, so unchanged branches keep their identity). Generic over any JSON: it knows nothing of
// the game's fields. Arrays that only grew (a history, a log) get one append op with the new items;
// they are never resent. Pure, no Node APIs: the browser client imports it too.
//
// An op is a JSON array:  [0, path, value]  set (add or replace; path [] replaces the whole value)
//                         [1, path]         delete a key of an object
//                         [2, path, items]  append items to the array at path
//                         [3, path, length] truncate the array at path to length
// `undefined` counts as absent (JSON drops it), so the result equals what a full JSON send gives.
/** The socket event carrying a patch: (matchID, prevStateID, stateID, ops, deltalog). */
export const PATCH_EVENT = 'ceasefire:patch';

export type Path = readonly (string | number)[];
export type DeltaOp =
  | readonly [0, Path, unknown]
  | readonly [1, Path]
  | readonly [2, Path, readonly unknown[]]
  | readonly [3, Path, number];

export const SET = 0;
export const DELETE = 1;
export const APPEND = 2;
export const TRUNCATE = 3;

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The ops that turn `prev` into `next` (both JSON-like values). Empty when they are equal. */
export function diff(prev: unknown, next: unknown): DeltaOp[] {
  const ops: DeltaOp[] = [];
  walk(prev, next, [], ops);
  return ops;
}

function walk(a: unknown, b: unknown, path: (string | number)[], ops: DeltaOp[]): void {
  if (a === b) return;
  if (Array.isArray(a) && Array.isArray(b)) {
    const start = ops.length;
    const common = Math.min(a.length, b.length);
    for (let i = 0; i < common; i++) {
      if (a[i] === b[i]) continue;
      path.push(i);
      walk(a[i], b[i], path, ops);
      path.pop();
    }
    if (b.length > a.length) ops.push([APPEND, [...path], b.slice(a.length).map(orNull)]);
    else if (b.length < a.length) ops.push([TRUNCATE, [...path], b.length]);
    // Items shifted or removed in the middle give many small ops: one set is smaller then.
    if (ops.length - start > 2 && size(ops, start) > JSON.stringify(b).length) {
      ops.length = start;
      ops.push([SET, [...path], b]);
    }
    return;
  }
  if (isObject(a) && isObject(b)) {
    for (const key in b) {
      const bv = b[key];
      const av = a[key];
      if (bv === undefined) {
        if (av !== undefined) ops.push([DELETE, [...path, key]]);
        continue;
      }
      if (av === undefined) {
        ops.push([SET, [...path, key], bv]);
        continue;
      }
      path.push(key);
      walk(av, bv, path, ops);
      path.pop();
    }
    for (const key in a) {
      if (a[key] !== undefined && !(key in b)) ops.push([DELETE, [...path, key]]);
    }
    return;
  }
  if (typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b)) return;
  ops.push([SET, [...path], b === undefined ? null : b]);
}

const orNull = (v: unknown) => (v === undefined ? null : v);

function size(ops: readonly DeltaOp[], from: number): number {
  let n = 0;
  for (let i = from; i < ops.length; i++) n += JSON.stringify(ops[i]).length + 1;
  return n;
}

/** Why a delta could not be applied (the receiver then asks for a full sync). */
export class DeltaError extends Error {
  readonly code = 'bad_delta';
}

/** `prev` with the ops applied; `prev` itself is left as it was. Throws DeltaError on a mismatch. */
export function applyDelta<T>(prev: T, ops: readonly DeltaOp[]): T {
  let root: unknown = prev;
  // Containers already copied during this call: they may be written in place.
  const copied = new Set<unknown>();
  for (const op of ops) {
    if (!Array.isArray(op) || !Array.isArray(op[1])) throw new DeltaError('A delta op has no path.');
    const path = op[1] as Path;
    if (path.length === 0) {
      if (op[0] !== SET) throw new DeltaError('Only a set can replace the whole value.');
      root = op[2];
      continue;
    }
    if (op[0] === SET || op[0] === DELETE) {
      const parentPath = path.slice(0, -1);
      root = writable(root, parentPath, copied, (parent) => {
        const key = path[path.length - 1]!;
        if (op[0] === SET) (parent as Json)[key] = op[2];
        else if (Array.isArray(parent)) throw new DeltaError('Cannot delete an array item.');
        else delete (parent as Json)[key];
      });
    } else if (op[0] === APPEND || op[0] === TRUNCATE) {
      root = writable(root, path, copied, (target) => {
        if (!Array.isArray(target)) throw new DeltaError(`No array at ${path.join('.')}.`);
        if (op[0] === APPEND) {
          if (!Array.isArray(op[2])) throw new DeltaError('An append needs items.');
          target.push(...op[2]);
        } else target.length = Math.min(target.length, Number(op[2]));
      });
    } else throw new DeltaError(`Unknown delta op ${String(op[0])}.`);
  }
  return root as T;
}

/** Copies every container from the root down to `path` (once per apply) and hands the last to `edit`. */
function writable(
  root: unknown,
  path: Path,
  copied: Set<unknown>,
  edit: (container: unknown) => void,
): unknown {
  const copy = (v: unknown): unknown => {
    if (copied.has(v)) return v;
    if (Array.isArray(v)) {
      const c = v.slice();
      copied.add(c);
      return c;
    }
    if (isObject(v)) {
      const c = { ...v };
      copied.add(c);
      return c;
    }
    throw new DeltaError('A delta path goes through a value that is not an object or array.');
  };
  const newRoot = copy(root);
  let node = newRoot as Json;
  for (const key of path) {
    const child = node[key as string];
    if (child === undefined) throw new DeltaError(`Nothing at ${path.join('.')}.`);
    const c = copy(child);
    node[key as string] = c;
    node = c as Json;
  }
  edit(node);
  return newRoot;
}
