// Runs in: main process / Node. Prepared statements kept per database connection.
import type { Database, Statement } from 'better-sqlite3';

const cache = new WeakMap<Database, Map<string, Statement>>();

/**
 * The prepared statement for `sql` on `db`, prepared once. Keyed by the SQL text, so list queries
 * assembled from filters get one statement per shape.
 */
export function prepared<R = unknown>(db: Database, sql: string): Statement<unknown[], R> {
  let byDb = cache.get(db);
  if (!byDb) {
    byDb = new Map();
    cache.set(db, byDb);
  }
  let statement = byDb.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    byDb.set(sql, statement);
  }
  return statement as Statement<unknown[], R>;
}
