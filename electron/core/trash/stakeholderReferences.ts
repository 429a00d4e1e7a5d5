// Runs in: main process / Node. Every place a stakeholder can be referenced, found from the schema
// itself, so a table added by a later feature cannot be forgotten by the GDPR erase.
import type { Database } from 'better-sqlite3';
import { cachedStatement } from '../search/cachedStatement';

export interface Reference {
  table: string;
  column: string;
  notNull: boolean;
}

export function referencesTo(db: Database, target: string): Reference[] {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
  const found: Reference[] = [];
  for (const table of tables) {
    const keys = db.prepare(`PRAGMA foreign_key_list("${table}")`).all() as {
      table: string;
      from: string;
    }[];
    const columns = db.prepare(`PRAGMA table_info("${table}")`).all() as {
      name: string;
      notnull: number;
    }[];
    for (const key of keys) {
      if (key.table !== target) continue;
      const column = columns.find((c) => c.name === key.from);
      found.push({ table, column: key.from, notNull: column?.notnull === 1 });
    }
  }
  return found;
}

/**
 * The safety net after each feature's own eraser has replaced names: a nullable reference is
 * cleared, and a row that only links (NOT NULL reference) is deleted.
 */
export function clearReferences(db: Database, target: string, id: string): void {
  for (const ref of referencesTo(db, target)) {
    const sql = ref.notNull
      ? `DELETE FROM "${ref.table}" WHERE "${ref.column}" = ?`
      : `UPDATE "${ref.table}" SET "${ref.column}" = NULL WHERE "${ref.column}" = ?`;
    cachedStatement(db, sql).run(id);
  }
}

function hasIdColumn(db: Database, table: string): boolean {
  const columns = db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[];
  return columns.some((c) => c.name === 'id');
}

/**
 * Deletes a row and what depends on it, found from the foreign keys: rows that cannot exist
 * without it are deleted (recursively), optional links to it are cleared.
 */
export function deleteWithDependents(db: Database, table: string, id: string, depth = 0): void {
  if (depth > 6) throw new Error(`Too deep a chain of references from ${table}`);
  for (const ref of referencesTo(db, table)) {
    if (!ref.notNull) {
      cachedStatement(
        db,
        `UPDATE "${ref.table}" SET "${ref.column}" = NULL WHERE "${ref.column}" = ?`,
      ).run(id);
    } else if (hasIdColumn(db, ref.table) && ref.table !== table) {
      const children = cachedStatement(
        db,
        `SELECT id FROM "${ref.table}" WHERE "${ref.column}" = ?`,
      )
        .pluck()
        .all(id) as string[];
      for (const child of children) deleteWithDependents(db, ref.table, child, depth + 1);
    } else {
      cachedStatement(db, `DELETE FROM "${ref.table}" WHERE "${ref.column}" = ?`).run(id);
    }
  }
  cachedStatement(db, `DELETE FROM "${table}" WHERE id = ?`).run(id);
}
