// Uploaded scenarios on the server: checked like `npm run scenario -- validate` (every problem with its
// path), stored with the class data so they outlive a restart, registered before any match that plays
// one is loaded, and served to the browsers that render those tables (GET /api/scenarios/:id).
import type { FastifyInstance } from 'fastify';
import type { Scenario } from '../game/content/schema.ts';
import { checkScenario, type ScenarioIssue } from '../game/content/validate.ts';
import { getScenario, hasScenario, isBuiltIn, registerScenario, ScenarioIdTaken } from '../game/scenario.ts';
import type { SessionStore } from './facilitator/sessionStore.ts';
import type { Store } from './storage.ts';

/** A refused upload: 400 with every problem (path and reason). */
export class ScenarioRefused extends Error {
  readonly status = 400;
  readonly code = 'bad_scenario';
  constructor(readonly issues: readonly ScenarioIssue[]) {
    super(
      `The scenario is not valid (${issues.length} problem${issues.length === 1 ? '' : 's'}): ${issues
        .slice(0, 3)
        .map((i) => `${i.path}: ${i.message}`)
        .join('; ')}${issues.length > 3 ? '; …' : ''}.`,
    );
  }
}

/** Checks an uploaded scenario (schema, unknown fields, ids, a dry run); throws ScenarioRefused with every problem. */
export function checkUpload(raw: unknown): Scenario {
  const checked = checkScenario(raw);
  if (!checked.ok) throw new ScenarioRefused(checked.issues);
  return checked.scenario;
}

/** Stores a checked upload and registers it; refuses an id that other content holds. */
export async function storeUpload(sessions: SessionStore, s: Scenario): Promise<Scenario> {
  const taken = () =>
    new ScenarioRefused([
      {
        path: 'id',
        message: `a different scenario with the id "${s.id}" was uploaded before; give yours another id`,
      },
    ]);
  if ((await sessions.putScenario(s.id, JSON.stringify(s))) === 'taken') throw taken();
  try {
    return registerScenario(s);
  } catch (err) {
    if (err instanceof ScenarioIdTaken) throw taken();
    throw err;
  }
}

/** Registers every stored scenario (at start-up, before bots or players load a match). */
export async function registerStoredScenarios(sessions: SessionStore): Promise<number> {
  let n = 0;
  for (const row of await sessions.storedScenarios()) {
    if (hasScenario(row.id)) continue;
    try {
      registerScenario(JSON.parse(row.json));
      n++;
    } catch (err) {
      // A stored scenario the rules no longer accept: its matches cannot load, everything else can.
      console.error(`stored scenario ${row.id} no longer loads:`, (err as Error).message);
    }
  }
  return n;
}

/** Looks a scenario up, registering it from the store if this process has not seen it yet (another server's upload). */
export async function ensureScenario(sessions: SessionStore, id: string): Promise<boolean> {
  if (hasScenario(id)) return true;
  const json = await sessions.storedScenario(id);
  if (json === undefined) return false;
  registerScenario(JSON.parse(json));
  return true;
}

/**
 * Every match read registers its uploaded scenario first if this process has not seen it (an upload made
 * on another server of a cluster after this one started): a Map lookup for a known one.
 */
export function knowScenariosOnFetch(store: Store): void {
  const fetch = store.fetch.bind(store);
  store.fetch = async (matchID, opts) => {
    const read = await fetch(matchID, opts);
    const key =
      (read.state?.G as { scenario?: unknown } | undefined)?.scenario ??
      (read.metadata?.setupData as { scenario?: unknown } | undefined)?.scenario;
    if (typeof key === 'string') {
      const id = key.split('~')[0]!;
      if (!hasScenario(id)) await ensureScenario(store.sessions, id).catch(() => false);
    }
    return read;
  };
}

export function registerScenarioRoutes(app: FastifyInstance, sessions: SessionStore): void {
  /** A scenario's data, for the browsers at its tables (uploaded ones are not in the client bundle). */
  app.get<{ Params: { id: string } }>('/api/scenarios/:id', async (req, reply) => {
    const id = req.params.id;
    if (!/^[a-z][a-zA-Z0-9-]{0,80}$/.test(id) || !(isBuiltIn(id) || (await ensureScenario(sessions, id))))
      return reply.code(404).send({ error: 'unknown_scenario', message: `There is no scenario "${id}".` });
    reply.header('cache-control', 'no-cache');
    return getScenario(id);
  });
}
