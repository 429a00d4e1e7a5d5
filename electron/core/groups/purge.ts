// Runs in: main process / Node. GDPR erasure of a stakeholder from groups and meetings: the trash's
// purge calls this in its transaction before it deletes the stakeholder row.
import type { Database } from 'better-sqlite3';
import { cachedStatement } from '../search/cachedStatement';

/**
 * A group membership is only a link to the person, so it goes. In a meeting the person's place
 * among the participants stays (the headcount is the municipality's record) under `erasedName`,
 * unlinked. Returns the number of rows changed.
 */
export function eraseStakeholderFromGroups(
  db: Database,
  stakeholderId: string,
  erasedName: string,
  now: string,
): number {
  const members = cachedStatement(
    db,
    'DELETE FROM work_group_members WHERE stakeholder_id = ?',
  ).run(stakeholderId).changes;
  const participants = cachedStatement(
    db,
    `UPDATE process_meeting_participants SET stakeholder_id = NULL, name = ?, updated_at = ?
     WHERE stakeholder_id = ?`,
  ).run(erasedName, now, stakeholderId).changes;
  return members + participants;
}
