// The SQLite tables and statements of a state stored in parts (stateParts.ts says what a write puts
// and drops, and how a state is put back together; this runs it, inside the store's transaction).
import type Database from 'better-sqlite3';
import { arrayJson, type PartsWrite } from './stateParts.ts';

export const STATE_PARTS_SCHEMA = `
CREATE TABLE IF NOT EXISTS state_parts (
  match_id TEXT NOT NULL,
  part TEXT NOT NULL,
  ord INTEGER NOT NULL,
  is_array INTEGER NOT NULL,
  value TEXT,
  PRIMARY KEY (match_id, part)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS state_items (
  match_id TEXT NOT NULL,
  part TEXT NOT NULL,
  seq INTEGER NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (match_id, part, seq)
) WITHOUT ROWID;
`;

export class SqliteStateParts {
  private readonly q;

  constructor(db: Database.Database) {
    this.q = {
      clearParts: db.prepare('DELETE FROM state_parts WHERE match_id = ?'),
      clearItems: db.prepare('DELETE FROM state_items WHERE match_id = ?'),
      clearPartItems: db.prepare('DELETE FROM state_items WHERE match_id = ? AND part = ?'),
      putPart: db.prepare(
        `INSERT INTO state_parts (match_id, part, ord, is_array, value) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (match_id, part) DO UPDATE SET ord = excluded.ord, is_array = excluded.is_array, value = excluded.value`,
      ),
      putItem: db.prepare(
        `INSERT INTO state_items (match_id, part, seq, value) VALUES (?, ?, ?, ?)
         ON CONFLICT (match_id, part, seq) DO UPDATE SET value = excluded.value`,
      ),
      parts: db.prepare(
        'SELECT part, is_array AS isArray, value FROM state_parts WHERE match_id = ? ORDER BY ord',
      ),
      items: db
        .prepare(
          `SELECT part, group_concat(value, ',' ORDER BY seq) AS value
           FROM state_items WHERE match_id = ? GROUP BY part`,
        )
        .raw(),
    };
  }

  /** Runs a write's rows (inside the caller's transaction, after its compare-and-set succeeded). */
  write(matchID: string, w: PartsWrite): void {
    if (w.full) this.clear(matchID);
    else for (const part of w.cleared) this.q.clearPartItems.run(matchID, part);
    for (const p of w.parts) this.q.putPart.run(matchID, p.part, p.ord, p.isArray ? 1 : 0, p.value);
    for (const i of w.items) this.q.putItem.run(matchID, i.part, i.seq, i.value);
  }

  /** A match's parts in their stored order, each with its value's JSON (for assembleState). */
  read(matchID: string): { part: string; json: string }[] {
    const arrays = new Map<string, string>();
    for (const [part, value] of this.q.items.all(matchID) as [string, string][]) arrays.set(part, value);
    return (this.q.parts.all(matchID) as { part: string; isArray: number; value: string | null }[]).map(
      (row) => ({
        part: row.part,
        json: row.isArray ? arrayJson(arrays.get(row.part)) : (row.value as string),
      }),
    );
  }

  /** Removes a match's parts (when the match is wiped). */
  clear(matchID: string): void {
    this.q.clearParts.run(matchID);
    this.q.clearItems.run(matchID);
  }
}
