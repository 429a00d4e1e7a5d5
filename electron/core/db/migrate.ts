// Runs in: main process / Node. Applies numbered migrations, one transaction each.
import type { Database } from 'better-sqlite3';
import { AppFailure } from '../../../shared/errors';
import { migrations as allMigrations, latestSchemaVersion } from './migrations';
import type { Migration } from './migrations/types';

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Throws DATABASE_TOO_NEW (and touches nothing) when the file comes from a newer app. */
export function assertNotTooNew(db: Database, latest = latestSchemaVersion): void {
  const version = schemaVersion(db);
  if (version > latest) {
    throw new AppFailure('DATABASE_TOO_NEW', {
      sv: `Databasen kommer från en nyare version av Programverkstaden (schemaversion ${version}; den här versionen känner till ${latest}). Filen öppnas inte och har inte ändrats. Uppdatera appen.`,
      en: `The database comes from a newer version of Programverkstaden (schema version ${version}; this version knows ${latest}). The file was not opened or changed. Update the app.`,
    });
  }
}

export function pendingMigrations(
  db: Database,
  list: readonly Migration[] = allMigrations,
): Migration[] {
  const version = schemaVersion(db);
  return list.filter((m) => m.version > version);
}

/** Runs every pending migration; each in its own transaction with its user_version bump. */
export function migrate(db: Database, list: readonly Migration[] = allMigrations): number[] {
  assertNotTooNew(db, list[list.length - 1]?.version ?? 0);
  const applied: number[] = [];
  for (const m of pendingMigrations(db, list)) {
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
    applied.push(m.version);
  }
  return applied;
}
