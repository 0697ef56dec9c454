// What every panel of the table needs: the state as this seat sees it, the scenario, and how to act.
import type { Ctx } from 'boardgame.io';
import { createContext, useContext } from 'react';
import type { Scenario } from '../../game/content/schema.ts';
import type { GameState, RoleId } from '../../game/index.ts';
import { type RoleLook, roleLook } from '../lib/roleStyle.ts';
import type { ChatLine, MatchConnection, SeatMeta } from './matchConnection.ts';

export interface TableData {
  readonly G: GameState;
  readonly ctx: Ctx;
  readonly s: Scenario;
  /** My role, or null for a spectator. */
  readonly me: RoleId | null;
  readonly myPid: string | null;
  readonly seats: readonly SeatMeta[];
  readonly chat: readonly ChatLine[];
  readonly conn: MatchConnection;
}

export const TableContext = createContext<TableData | null>(null);

export function useTable(): TableData {
  const t = useContext(TableContext);
  if (!t) throw new Error('useTable outside a table');
  return t;
}

export function lookOf(s: Scenario, role: RoleId): RoleLook {
  return roleLook(
    s.roles.map((r) => r.id),
    role,
  );
}

export function nameOf(s: Scenario, role: RoleId | string): string {
  return s.roles.find((r) => r.id === role)?.name ?? role;
}

export function regionNameOf(s: Scenario, id: string): string {
  if (id === 'any') return 'anywhere';
  return s.regions.find((r) => r.id === id)?.name ?? id;
}

export function roleOfPid(G: GameState, pid: string): RoleId | null {
  return G.seats[Number(pid)] ?? null;
}

export function pidOfRole(G: GameState, role: RoleId): string {
  return String(G.seats.indexOf(role));
}
