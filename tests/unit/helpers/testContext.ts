// Runs in: vitest (Node). A fresh migrated database in a temp folder, and a dispatcher over it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../../electron/core/db/connection';
import type { AppContext } from '../../../electron/core/app/context';

export interface TestContext extends AppContext {
  cleanup(): void;
}

/** A context on a new database file in its own temp folder. Call cleanup() in afterEach. */
export function makeTestContext(): TestContext {
  const dataDir = mkdtempSync(join(tmpdir(), 'pv-test-'));
  const databasePath = join(dataDir, 'programverkstaden.sqlite');
  const db = openDatabase(databasePath);
  const ctx: TestContext = {
    db,
    dataDir,
    databasePath,
    backupDir: join(dataDir, 'backups'),
    problem: null,
    transport: 'test',
    appVersion: '0.0.0-test',
    language: 'sv',
    writeLock: null,
    cleanup() {
      try {
        ctx.db?.close();
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
  return ctx;
}
