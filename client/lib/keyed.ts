// Stable React keys for append-only lists whose items have no id of their own (history lines, queued orders).

export function keyed<T>(items: readonly T[], prefix = ''): { item: T; key: string }[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const base = `${prefix}${typeof item === 'string' ? item : JSON.stringify(item)}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return { item, key: `${base}#${n}` };
  });
}
