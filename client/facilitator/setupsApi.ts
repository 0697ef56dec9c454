// Saved class setups (server/facilitator/setups.ts) as the start page and the console use them, and the
// teacher's setup key this browser keeps (localStorage): made by the server on the first save, it is the
// only way to list, start or delete that teacher's setups.
import { type CreatedSession, request } from './sessionApi.ts';

export interface SetupSummary {
  readonly id: string;
  readonly name: string;
  readonly createdAt: number;
  readonly scenario: string;
  readonly tables: number;
  readonly students: number;
  readonly timers: Readonly<Record<string, number>>;
  readonly lessonMinutes: number | null;
}

const KEY = 'ceasefire.setupKey.v1';

export function storedSetupKey(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function storeSetupKey(key: string): void {
  try {
    window.localStorage.setItem(KEY, key);
  } catch {
    // Private mode: the key lasts for this page only (the teacher was shown it to keep).
  }
}

export const saveSetup = (code: string, token: string, name: string, teacherKey: string | null) =>
  request<{ setup: SetupSummary; teacherKey?: string }>(
    'POST',
    `/api/sessions/${encodeURIComponent(code)}/setups`,
    { token, body: { name, ...(teacherKey ? { teacherKey } : {}) } },
  );

export const listSetups = (key: string) =>
  request<{ setups: SetupSummary[] }>('GET', '/api/setups', { token: key });

export const duplicateSetup = (key: string, id: string) =>
  request<{ setup: SetupSummary }>('POST', `/api/setups/${encodeURIComponent(id)}/duplicate`, {
    token: key,
    body: {},
  });

export const startSetup = (key: string, id: string) =>
  request<CreatedSession>('POST', `/api/setups/${encodeURIComponent(id)}/start`, { token: key, body: {} });

export const deleteSetup = (key: string, id: string) =>
  request<{ deleted: string }>('POST', `/api/setups/${encodeURIComponent(id)}/delete`, {
    token: key,
    body: {},
  });
