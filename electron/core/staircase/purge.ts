// Runs in: main process / Node. GDPR erasure of a stakeholder from the staircase: the trash's purge
// calls this in its transaction before it deletes the stakeholder row.
import type { Database } from 'better-sqlite3';
import { cachedStatement } from '../search/cachedStatement';

/** Deletes the relation's whole history (it describes the person). Returns the rows removed. */
export function eraseStakeholderFromStaircase(db: Database, stakeholderId: string): number {
  return cachedStatement(db, 'DELETE FROM staircase_assessments WHERE stakeholder_id = ?').run(
    stakeholderId,
  ).changes;
}
