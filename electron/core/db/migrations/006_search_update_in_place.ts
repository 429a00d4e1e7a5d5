// Runs in: main process / Node. Search triggers update a live row's index entry in place.
import { inPlaceUpdateTrigger, registers001 } from './searchIndexSql';
import type { Migration } from './types';

export const migration006: Migration = {
  version: 6,
  name: 'search-update-in-place',
  up(db) {
    for (const register of registers001) db.exec(inPlaceUpdateTrigger(register));
    // Lists sorted by "senast ändrad" and the trash list read these without scanning the table.
    db.exec(`
      CREATE INDEX IF NOT EXISTS companies_updated ON companies(updated_at DESC) WHERE deleted_at IS NULL;
      CREATE INDEX IF NOT EXISTS stakeholders_updated ON stakeholders(updated_at DESC) WHERE deleted_at IS NULL;
      CREATE INDEX IF NOT EXISTS companies_trash ON companies(deleted_at) WHERE deleted_at IS NOT NULL;
      CREATE INDEX IF NOT EXISTS stakeholders_trash ON stakeholders(deleted_at) WHERE deleted_at IS NOT NULL;
      CREATE INDEX IF NOT EXISTS visits_trash ON visits(deleted_at) WHERE deleted_at IS NOT NULL;
      CREATE INDEX IF NOT EXISTS visits_follow_up_open ON visits(visit_date DESC)
        WHERE deleted_at IS NULL AND follow_up_needed = 1 AND follow_up_done = 0;
    `);
  },
};
