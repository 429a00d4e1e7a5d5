// Runs in: main process / Node. GDPR erasure of a stakeholder from the goal picture's endorsements:
// the occasion stays (it happened), the person's link and name are replaced.
import type { Database } from 'better-sqlite3';
import { cachedStatement } from '../search/cachedStatement';

export function eraseStakeholderFromGoalPicture(
  db: Database,
  stakeholderId: string,
  erasedName: string,
  now: string,
): number {
  return cachedStatement(
    db,
    `UPDATE goal_picture_endorsers SET stakeholder_id = NULL, name = ?, updated_at = ?
     WHERE stakeholder_id = ?`,
  ).run(erasedName, now, stakeholderId).changes;
}
