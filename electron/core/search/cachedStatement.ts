// Runs in: main process / Node. Prepared statements kept per database, keyed by their SQL text.
import type { Database, Statement } from 'better-sqlite3';

const caches = new WeakMap<Database, Map<string, Statement<unknown[]>>>();

/**
 * The prepared statement for `sql` on `db`, prepared once. List queries are built from the filters
 * in use, so there are a handful of SQL texts per list; each is parsed and planned only once.
 */
export function cachedStatement<P extends unknown[] = unknown[], R = unknown>(
  db: Database,
  sql: string,
): Statement<P, R> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement as Statement<P, R>;
}
