// Runs in: main process / Node. GDPR erasure of a stakeholder from the process records: the
// trash's purge calls this before it deletes the stakeholder row (the foreign keys require it).
import type { Database } from 'better-sqlite3';
import { cachedStatement } from '../search/cachedStatement';

/**
 * Unlinks the stakeholder from programmes (process leader) and the anchoring log and replaces the
 * copied name with `erasedName`, so that no trace of the person remains in these tables. The body
 * or group of an anchoring entry ("KSAU") is not personal data and stays.
 */
export function eraseStakeholderFromProcess(
  db: Database,
  stakeholderId: string,
  erasedName: string,
  now: string,
): void {
  cachedStatement(
    db,
    `UPDATE programmes SET process_leader_stakeholder_id = NULL, process_leader_name = ?,
       updated_at = ?
     WHERE process_leader_stakeholder_id = ?`,
  ).run(erasedName, now, stakeholderId);
  cachedStatement(
    db,
    `UPDATE anchoring_log SET stakeholder_id = NULL, who = ?, updated_at = ?
     WHERE stakeholder_id = ?`,
  ).run(erasedName, now, stakeholderId);
}
