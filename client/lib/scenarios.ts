// Scenarios the client bundle does not carry (a teacher's upload): fetched from the server by id and
// registered with the rules before a table, console or debrief on them renders. Their texts are shown as
// written, as plain text like every other string.
import { useEffect, useState } from 'react';
import { hasScenario, registerScenario } from '../../game/scenario.ts';

const loading = new Map<string, Promise<void>>();

const baseOf = (key: string) => key.split('~')[0] ?? key;

/** Whether the rules know this scenario key's base scenario already. */
export function scenarioKnown(key: string): boolean {
  return hasScenario(baseOf(key));
}

/** Fetches and registers the scenario behind a key, once; resolves at once for a known one. */
export function ensureScenario(key: string): Promise<void> {
  const id = baseOf(key);
  if (hasScenario(id)) return Promise.resolve();
  let p = loading.get(id);
  if (!p) {
    p = fetch(`/api/scenarios/${encodeURIComponent(id)}`)
      .then((res) => {
        if (!res.ok) throw new Error(`The scenario "${id}" could not be loaded (HTTP ${res.status}).`);
        return res.json();
      })
      .then((data: unknown) => {
        registerScenario(data);
      })
      .catch((err: unknown) => {
        loading.delete(id);
        throw err;
      });
    loading.set(id, p);
  }
  return p;
}

/** True once the scenario behind `key` is known (fetching it if need be); true for no key. */
export function useScenarioReady(key: string | null | undefined): boolean {
  const known = !key || scenarioKnown(key);
  const [, loaded] = useState(0);
  useEffect(() => {
    if (!key || known) return;
    let on = true;
    ensureScenario(key).then(
      () => on && loaded((n) => n + 1),
      (err: unknown) => console.error(err),
    );
    return () => {
      on = false;
    };
  }, [key, known]);
  return known;
}
