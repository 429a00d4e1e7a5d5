// Runs in: main process / Node. GDPR erasure of a stakeholder from the remiss round: the trash's
// purge calls this before it deletes the stakeholder row (the foreign key requires it).
import type { Database } from 'better-sqlite3';
import { cachedStatement } from '../search/cachedStatement';

/**
 * Unlinks the stakeholder from every remiss instance (remiss_instances.stakeholder_id). A person's
 * name copied into the instance is replaced with `erasedName`; an organisation's name (a party, a
 * trade association) is no personal data and stays, so the remissammanställning still reads right.
 */
export function eraseStakeholderFromCases(
  db: Database,
  stakeholderId: string,
  erasedName: string,
  now: string,
): void {
  cachedStatement(
    db,
    `UPDATE remiss_instances
     SET name = CASE WHEN (SELECT kind FROM stakeholders WHERE id = ?) = 'organisation'
                     THEN name ELSE ? END,
         stakeholder_id = NULL, updated_at = ?
     WHERE stakeholder_id = ?`,
  ).run(stakeholderId, erasedName, now, stakeholderId);
}
