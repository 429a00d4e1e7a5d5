// Runs in: main process / Node. GDPR erasure of a stakeholder from the self-image answers: the
// scores stay (they are the municipality's survey data), the link and the name go.
import type { Database } from 'better-sqlite3';
import { cachedStatement } from '../search/cachedStatement';

export function eraseStakeholderFromSelfImage(
  db: Database,
  stakeholderId: string,
  erasedName: string,
  now: string,
): number {
  return cachedStatement(
    db,
    `UPDATE self_image_respondents SET stakeholder_id = NULL, name = ?, updated_at = ?
     WHERE stakeholder_id = ?`,
  ).run(erasedName, now, stakeholderId).changes;
}
