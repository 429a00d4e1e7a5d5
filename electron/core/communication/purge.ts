// Runs in: main process / Node. GDPR erasure of a stakeholder from communication: the trash's purge
// calls this in its transaction before it deletes the stakeholder row.
import type { Database } from 'better-sqlite3';
import { cachedStatement } from '../search/cachedStatement';

/**
 * Unlinks the person as responsible for plan items and as briefing participant and replaces the
 * copied name with `erasedName`. The items and briefings stay: they are the municipality's work.
 * Returns the number of rows changed.
 */
export function eraseStakeholderFromCommunication(
  db: Database,
  stakeholderId: string,
  erasedName: string,
  now: string,
): number {
  const plans = cachedStatement(
    db,
    `UPDATE communication_plan_items
     SET responsible_stakeholder_id = NULL, responsible_name = ?, updated_at = ?
     WHERE responsible_stakeholder_id = ?`,
  ).run(erasedName, now, stakeholderId).changes;
  const participants = cachedStatement(
    db,
    `UPDATE politician_briefing_participants SET stakeholder_id = NULL, name = ?, updated_at = ?
     WHERE stakeholder_id = ?`,
  ).run(erasedName, now, stakeholderId).changes;
  return plans + participants;
}
