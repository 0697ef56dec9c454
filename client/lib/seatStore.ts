// The seats this browser holds, kept in localStorage so a reload or a dropped connection resumes the seat.

export interface HeldSeat {
  readonly matchID: string;
  readonly playerID: string;
  readonly credentials: string;
  readonly name: string;
  readonly joinCode?: string;
  /** When this browser took the seat (ms since epoch). */
  readonly at?: number;
}

/** A table this browser created: its host token manages bots and seats. */
export interface HostedTable {
  readonly matchID: string;
  readonly joinCode?: string;
  readonly hostToken: string;
}

const SEATS = 'ceasefire.seats.v1';
const HOSTED = 'ceasefire.hosted.v1';
const NAME = 'ceasefire.name.v1';

function read<T>(key: string): Record<string, T> {
  try {
    const raw = window.localStorage.getItem(key);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, T>) : {};
  } catch {
    return {};
  }
}

function write<T>(key: string, value: Record<string, T>): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Private mode or full storage: the seat lasts for this page only.
  }
}

export function heldSeat(matchID: string): HeldSeat | null {
  return read<HeldSeat>(SEATS)[matchID] ?? null;
}

export function holdSeat(seat: HeldSeat): void {
  write(SEATS, { ...read<HeldSeat>(SEATS), [seat.matchID]: { at: Date.now(), ...seat } });
}

/** Every seat this browser holds, newest first. */
export function heldSeats(): HeldSeat[] {
  return Object.values(read<HeldSeat>(SEATS)).sort((a, b) => (b.at ?? 0) - (a.at ?? 0));
}

export function releaseSeat(matchID: string): void {
  const all = read<HeldSeat>(SEATS);
  delete all[matchID];
  write(SEATS, all);
}

export function rememberHosted(t: HostedTable): void {
  write(HOSTED, {
    ...read<HostedTable>(HOSTED),
    [t.matchID]: {
      matchID: t.matchID,
      hostToken: t.hostToken,
      ...(t.joinCode ? { joinCode: t.joinCode } : {}),
    },
  });
}

export function hostedTable(matchID: string): HostedTable | null {
  // Entries written before the token was called hostToken named it facilitatorToken.
  const t = read<HostedTable & { facilitatorToken?: string }>(HOSTED)[matchID];
  const hostToken = t?.hostToken ?? t?.facilitatorToken;
  return t && typeof hostToken === 'string' ? { ...t, hostToken } : null;
}

export function lastName(): string {
  try {
    return window.localStorage.getItem(NAME) ?? '';
  } catch {
    return '';
  }
}

export function rememberName(name: string): void {
  try {
    window.localStorage.setItem(NAME, name);
  } catch {
    // ignore
  }
}
