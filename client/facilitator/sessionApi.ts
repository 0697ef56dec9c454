// The class-session API of the server (server/facilitator/routes.ts) as the console uses it, and where this
// browser keeps the facilitator token of each class it runs (localStorage, keyed by the class code).
// Kept free of heavy imports: the home page's "Run a class" card uses it.

import type { WhatIfChange, WhatIfJobView } from '../../game/sim/whatif.ts';
import type { Variables } from '../../game/variables.ts';
import { t } from '../i18n/i18n.ts';
import { ApiError } from '../lib/api.ts';

export interface TimerState {
  readonly phase: string;
  readonly endsAt: number;
  readonly round: number;
}

export interface SeatSnap {
  readonly playerID: string;
  readonly role: string | null;
  readonly name: string | null;
  readonly student: { readonly id: string; readonly name: string; readonly benched: boolean } | null;
  readonly bot: boolean;
  readonly connected: boolean;
  readonly ordersIn: boolean;
  readonly ready: boolean;
  readonly credibility: number | null;
}

export interface TableSnap {
  readonly index: number;
  /** The facilitator started it (tables wait paused until then). */
  readonly started: boolean;
  /** A bots-only demonstration table (left out of class comparisons by default). */
  readonly demo: boolean;
  readonly matchID: string;
  readonly joinCode: string;
  readonly round: number;
  readonly rounds: number;
  readonly phase: string | null;
  readonly tension: number;
  readonly grade: 'durable' | 'fragile' | 'collapsed' | null;
  /** Who called the elections early: the facilitator, the lesson clock, or its finish time. */
  readonly calledEarly?: 'facilitator' | 'clock' | 'deadline' | null;
  /** The lesson clock at this table: its pace (ms a round, measured or from its timers) and the last round that fits. */
  readonly clock?: {
    readonly paceMs: number | null;
    readonly paceFrom: 'measured' | 'timers' | null;
    /** When the round in play began at this table (null: not started). */
    readonly roundStartedAt: number | null;
    readonly lastRound: number | null;
  };
  readonly paused: boolean;
  /** Its students may ask the advisor ("What would you do?"). */
  readonly advisor?: boolean;
  readonly timer: TimerState | null;
  readonly durations: Readonly<Record<string, number>>;
  readonly chatCount: number;
  readonly connections: number;
  readonly crisis: string | null;
  readonly seats: readonly SeatSnap[];
}

export interface StudentSnap {
  readonly id: string;
  readonly name: string;
  readonly table: number | null;
  readonly playerID: string | null;
  readonly benched: boolean;
  /** False for a roster name nobody has signed in as yet. */
  readonly joined: boolean;
}

export interface SessionSnapshot {
  readonly code: string;
  readonly scenario: string;
  /** The scenario variables every table was created with (fixed spoiler types included). */
  readonly variables?: Variables;
  /** Roles in the order auto-assign fills them. */
  readonly roleOrder: readonly string[];
  /** The lesson clock: finish by (ms since the epoch); null: none. */
  readonly clock?: { readonly finishAt: number; readonly setAt: number | null } | null;
  /** What a control did beyond its label (e.g. tables held back by "start all"). */
  readonly notice?: string;
  readonly tables: readonly TableSnap[];
  readonly students: readonly StudentSnap[];
}

export interface CreatedSession {
  readonly code: string;
  readonly facilitatorToken: string;
  readonly tables: readonly { index: number; matchID: string; joinCode: string }[];
}

export type TableTarget = number | 'all';

export type ControlAction =
  | { readonly action: 'start' | 'pause' | 'resume' | 'skip' }
  | {
      readonly action: 'timers';
      readonly durations: { crisis?: number; negotiation?: number; orders?: number; review?: number };
    }
  | { readonly action: 'endNow'; readonly confirm: true }
  | { readonly action: 'bot' | 'human'; readonly playerID: string }
  | { readonly action: 'demo'; readonly on: boolean }
  | { readonly action: 'advisor'; readonly allow: boolean }
  | {
      readonly action: 'inject';
      readonly inject:
        | { card: string }
        | {
            custom: {
              title: string;
              text: string;
              effects?: { kind: 'track'; track: 'tension'; delta: number }[];
            };
          };
    }
  | { readonly action: 'broadcast'; readonly text: string };

// ------------------------------------------------------------------ the token, per class code

const TOKENS = 'ceasefire.classes.v1';

interface StoredClass {
  readonly token: string;
  readonly at: number;
}

function readTokens(): Record<string, StoredClass> {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(TOKENS) ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, StoredClass>) : {};
  } catch {
    return {};
  }
}

export function storedToken(code: string): string | null {
  return readTokens()[code]?.token ?? null;
}

export function storeToken(code: string, token: string): void {
  try {
    window.localStorage.setItem(
      TOKENS,
      JSON.stringify({ ...readTokens(), [code]: { token, at: Date.now() } }),
    );
  } catch {
    // Private mode: the token lasts for this page only.
  }
}

export function forgetToken(code: string): void {
  const all = readTokens();
  delete all[code];
  try {
    window.localStorage.setItem(TOKENS, JSON.stringify(all));
  } catch {
    // ignore
  }
}

/** The classes this browser runs, newest first. */
export function storedClasses(): { code: string; at: number }[] {
  return Object.entries(readTokens())
    .map(([code, c]) => ({ code, at: c.at }))
    .sort((a, b) => b.at - a.at);
}

export function normaliseClassCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

// ------------------------------------------------------------------ HTTP

export async function request<T>(
  method: 'GET' | 'POST',
  url: string,
  opts: { token?: string | null; body?: unknown } = {},
): Promise<T> {
  const headers: Record<string, string> = {};
  if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
  if (opts.token) headers.Authorization = `Bearer ${opts.token}`;
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      headers,
      ...(opts.body !== undefined ? { body: JSON.stringify(opts.body) } : {}),
    });
  } catch {
    throw new ApiError(0, 'offline', t('fac.offline'));
  }
  const data = (await res.json().catch(() => ({}))) as {
    error?: string;
    message?: string;
    issues?: { path: string; message: string }[];
  };
  if (!res.ok)
    throw new ApiError(
      res.status,
      data.error ?? 'error',
      data.message ?? `HTTP ${res.status}`,
      Array.isArray(data.issues) ? data.issues : undefined,
    );
  return data as T;
}

const base = (code: string) => `/api/sessions/${encodeURIComponent(code)}`;

export const createSession = (opts: {
  tables: number;
  scenario?: string;
  /** An uploaded scenario's data (the server checks it and lists every problem). */
  scenarioData?: Record<string, unknown>;
  bots: string[][];
  difficulty?: string;
  /** The lesson clock: finish by (ms since the epoch). */
  finishAt?: number;
  /** Scenario variables that differ from the scenario's own (game/variables.ts). */
  variables?: Variables;
}) => request<CreatedSession>('POST', '/api/sessions', { body: opts });

/** Deals a class that has not started again on an uploaded scenario. */
export const replaceScenario = (code: string, token: string, scenario: Record<string, unknown>) =>
  request<SessionSnapshot>('POST', `${base(code)}/scenario`, { token, body: { scenario } });

export const getSession = (code: string, token: string) =>
  request<SessionSnapshot>('GET', base(code), { token });

export const control = (code: string, token: string, table: TableTarget, action: ControlAction) =>
  request<SessionSnapshot>('POST', `${base(code)}/control`, { token, body: { ...action, table } });

export const seatStudent = (
  code: string,
  token: string,
  studentId: string,
  table: number,
  playerID: string,
) => request<SessionSnapshot>('POST', `${base(code)}/seat`, { token, body: { studentId, table, playerID } });

export const autoSeat = (code: string, token: string) =>
  request<{ seated: number }>('POST', `${base(code)}/autoseat`, { token, body: {} });

export const importRoster = (code: string, token: string, text: string) =>
  request<{ added: number; names: string[] }>('POST', `${base(code)}/roster`, { token, body: { text } });

/** Sets the lesson clock (ms since the epoch), or clears it with null. */
export const setLessonClock = (code: string, token: string, finishAt: number | null) =>
  request<SessionSnapshot>('POST', `${base(code)}/settings`, { token, body: { finishAt } });

export const setRoleOrder = (code: string, token: string, roleOrder: readonly string[]) =>
  request<SessionSnapshot>('POST', `${base(code)}/settings`, { token, body: { roleOrder } });

export const deleteClass = (code: string, token: string) =>
  request<{ deleted: string; tables: number }>('POST', `${base(code)}/delete`, {
    token,
    body: { confirm: true },
  });

export const tableState = <G>(code: string, token: string, table: number) =>
  request<{
    matchID: string;
    G: G | undefined;
    ctx: { phase: string | null; gameover?: unknown } | undefined;
  }>('GET', `${base(code)}/tables/${table}/state`, { token });

export const classDebrief = <T>(code: string, token: string) =>
  request<{ code: string; tables: T[] }>('GET', `${base(code)}/debrief`, { token });

/** Fetches an export with the Bearer header and hands it to the browser as a download. */
export async function downloadExport(
  code: string,
  token: string,
  kind: 'json' | 'csv' | 'rounds',
  opts: { privateChat?: boolean } = {},
): Promise<void> {
  const url0 =
    kind === 'rounds'
      ? `${base(code)}/rounds.csv`
      : `${base(code)}/export.${kind}${kind === 'json' && opts.privateChat ? '?private=1' : ''}`;
  let res: Response;
  try {
    res = await fetch(url0, { headers: { Authorization: `Bearer ${token}` } });
  } catch {
    throw new ApiError(0, 'offline', t('fac.offline'));
  }
  if (!res.ok) {
    const data = (await res.json().catch(() => ({}))) as { error?: string; message?: string };
    throw new ApiError(res.status, data.error ?? 'error', data.message ?? `HTTP ${res.status}`);
  }
  const blob = await res.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = kind === 'rounds' ? `ceasefire-${code}-rounds.csv` : `ceasefire-${code}.${kind}`;
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// ------------------------------------------------------------------ students (class code only)

export interface FreeSeat {
  readonly table: number;
  readonly playerID: string;
  readonly role: string | null;
  readonly bot: boolean;
}

export const publicSession = (code: string) =>
  request<{ code: string; tables: number; freeSeats: FreeSeat[] }>('GET', `${base(code)}/public`);

// ------------------------------------------------------------------ what if? (re-runs on the server)

/** A what-if job as the server reports it (server/whatif/jobs.ts). */
export type WhatIfJob = WhatIfJobView;

export const startWhatIf = (
  code: string,
  token: string,
  body: { table: number; round: number; runs: number; seed?: string; change?: WhatIfChange },
) => request<WhatIfJob>('POST', `${base(code)}/whatif`, { token, body });

export const whatIfJob = (code: string, token: string, id: string) =>
  request<WhatIfJob>('GET', `${base(code)}/whatif/${encodeURIComponent(id)}`, { token });

export const whatIfJobs = (code: string, token: string) =>
  request<{ jobs: WhatIfJob[] }>('GET', `${base(code)}/whatif`, { token });
