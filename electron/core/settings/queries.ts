// Runs in: main process / Node. The settings table: one JSON value per key.
import type { Database } from 'better-sqlite3';
import { nowIso } from '../db/clock';

/** The stored value of `key` (JSON-decoded), or undefined when unset or unreadable. */
export function getSetting<T = unknown>(db: Database, key: string): T | undefined {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as
    { value: string } | undefined;
  if (!row) return undefined;
  try {
    return JSON.parse(row.value) as T;
  } catch {
    return undefined;
  }
}

/** Stores `value` as JSON under `key`; created_at survives updates. */
export function setSetting(db: Database, key: string, value: unknown, now = nowIso()): void {
  db.prepare(
    `INSERT INTO settings (key, value, created_at, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  ).run(key, JSON.stringify(value ?? null), now, now);
}

export function getAllSettings(db: Database): Map<string, unknown> {
  const rows = db.prepare('SELECT key, value FROM settings').all() as {
    key: string;
    value: string;
  }[];
  const map = new Map<string, unknown>();
  for (const row of rows) {
    try {
      map.set(row.key, JSON.parse(row.value));
    } catch {
      // A hand-edited or damaged value falls back to its default instead of breaking the app.
    }
  }
  return map;
}
