// A student's side of a class session: sign in with a name, learn the seat the facilitator gives (or pick a
// free one). The student's id and token live in localStorage, keyed by the class code, so a reload or a
// closed tab comes back to the same student.
import { t } from '../i18n/i18n.ts';
import { ApiError } from '../lib/api.ts';

export interface StudentIdentity {
  readonly studentId: string;
  readonly studentToken: string;
  readonly name: string;
}

export interface StudentSeat {
  readonly table: number;
  readonly matchID: string;
  readonly playerID: string;
  readonly credentials: string;
}

export interface StudentStatus {
  readonly id: string;
  readonly name: string;
  readonly seat: StudentSeat | null;
  readonly benched: boolean;
}

const KEY = 'ceasefire.student.v1';

function readAll(): Record<string, StudentIdentity> {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, StudentIdentity>) : {};
  } catch {
    return {};
  }
}

export function storedStudent(code: string): StudentIdentity | null {
  return readAll()[code] ?? null;
}

export function storeStudent(code: string, who: StudentIdentity): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify({ ...readAll(), [code]: who }));
  } catch {
    // Private mode: this page only.
  }
}

export function forgetStudent(code: string): void {
  const all = readAll();
  delete all[code];
  try {
    window.localStorage.setItem(KEY, JSON.stringify(all));
  } catch {
    // ignore
  }
}

async function request<T>(method: 'GET' | 'POST', url: string, token?: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers['x-student-token'] = token;
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch {
    throw new ApiError(0, 'offline', t('class.offline'));
  }
  const data = (await res.json().catch(() => ({}))) as { error?: string; message?: string };
  if (!res.ok) throw new ApiError(res.status, data.error ?? 'error', data.message ?? `HTTP ${res.status}`);
  return data as T;
}

const base = (code: string) => `/api/sessions/${encodeURIComponent(code)}`;

export const signIn = (code: string, name: string) =>
  request<StudentIdentity>('POST', `${base(code)}/students`, undefined, { name });

export const myStatus = (code: string, who: StudentIdentity) =>
  request<StudentStatus>(
    'GET',
    `${base(code)}/students/${encodeURIComponent(who.studentId)}`,
    who.studentToken,
  );

export const pickSeat = (code: string, who: StudentIdentity, table: number, playerID: string) =>
  request<{ ok: true }>(
    'POST',
    `${base(code)}/students/${encodeURIComponent(who.studentId)}/pick`,
    who.studentToken,
    { table, playerID },
  );
