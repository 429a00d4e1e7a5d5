// Runs in: main process / Node. GDPR erasure of a stakeholder from the action plan: the trash's
// purge calls this in its transaction before it deletes the stakeholder row (the foreign keys
// require it).
import type { Database } from 'better-sqlite3';
import { cachedStatement } from '../search/cachedStatement';

/**
 * Unlinks the person everywhere the action plan refers to stakeholders (responsible, partners,
 * contributors) and replaces the copied name with `erasedName`. The actions themselves stay: they
 * are the municipality's work, not the person's data. Returns the number of rows changed.
 */
export function eraseStakeholderFromActions(
  db: Database,
  stakeholderId: string,
  erasedName: string,
  now: string,
): number {
  let changed = cachedStatement(
    db,
    `UPDATE actions SET responsible_stakeholder_id = NULL, responsible_name = ?, updated_at = ?
     WHERE responsible_stakeholder_id = ?`,
  ).run(erasedName, now, stakeholderId).changes;
  for (const table of ['action_partners', 'action_contributors'] as const) {
    changed += cachedStatement(
      db,
      `UPDATE ${table} SET stakeholder_id = NULL, name = ?, updated_at = ? WHERE stakeholder_id = ?`,
    ).run(erasedName, now, stakeholderId).changes;
  }
  return changed;
}
