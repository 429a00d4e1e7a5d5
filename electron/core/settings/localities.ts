// Runs in: main process / Node. The municipality's places (orter/byar, A16) for the coverage view.
import type { Database } from 'better-sqlite3';
import { newId, nowIso } from '../db/clock';

const swedish = new Intl.Collator('sv');
/** SQLite's NOCASE folds only ASCII, so Å/å, Ä/ä and Ö/ö are compared here instead. */
const foldKey = (name: string) => name.toLocaleLowerCase('sv');

export function sortSwedish(names: readonly string[]): string[] {
  return [...names].sort(swedish.compare);
}

export function listLocalities(db: Database): string[] {
  const rows = db.prepare('SELECT name FROM localities').pluck().all() as string[];
  return sortSwedish(rows);
}

/**
 * Replaces the set of localities with `names` (trimmed, blanks dropped, case-insensitive
 * duplicates removed, first spelling wins). Kept names keep their ids, so nothing that refers
 * to them changes; a new spelling of a kept name (e.g. "norrvik" → "Norrvik") is saved.
 */
export function setLocalities(db: Database, names: readonly string[], now = nowIso()): string[] {
  const wanted = new Map<string, string>();
  for (const raw of names) {
    const name = raw.trim();
    if (name && !wanted.has(foldKey(name))) wanted.set(foldKey(name), name);
  }
  db.transaction(() => {
    const existing = db
      .prepare('SELECT id, name FROM localities ORDER BY created_at, id')
      .all() as {
      id: string;
      name: string;
    }[];
    const kept = new Map<string, { id: string; name: string }>();
    const remove = db.prepare('DELETE FROM localities WHERE id = ?');
    for (const row of existing) {
      const key = foldKey(row.name);
      if (wanted.has(key) && !kept.has(key)) kept.set(key, row);
      else remove.run(row.id);
    }
    const rename = db.prepare('UPDATE localities SET name = ?, updated_at = ? WHERE id = ?');
    const insert = db.prepare(
      'INSERT INTO localities (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)',
    );
    for (const [key, name] of wanted) {
      const row = kept.get(key);
      if (!row) insert.run(newId(), name, now, now);
      else if (row.name !== name) rename.run(name, now, row.id);
    }
  })();
  return listLocalities(db);
}
