// Runs in: main process / Node. GDPR erase of a person: the follow-ups they took part in keep a
// participant row, but without the link or the name.
import type { Database } from 'better-sqlite3';
import { cachedStatement } from '../search/cachedStatement';

export function eraseStakeholderFromFollowUps(
  db: Database,
  stakeholderId: string,
  erasedName: string,
  now: string,
): void {
  cachedStatement(
    db,
    `UPDATE follow_up_participants SET stakeholder_id = NULL, name = ?, updated_at = ?
     WHERE stakeholder_id = ?`,
  ).run(erasedName, now, stakeholderId);
}
