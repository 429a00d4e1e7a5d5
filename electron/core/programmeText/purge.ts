// Runs in: main process / Node. A stakeholder's permanent erasure (GDPR) from the roles table's
// confirmations: the row keyed by their id, and one keyed by their name (a typed copy of it).
import type { Database } from 'better-sqlite3';
import { cachedStatement } from '../search/cachedStatement';
import { tableExists } from './queries';
import { nameKey, stakeholderKey } from './roles';

/** Call before the stakeholder row is deleted: the name is read from it. */
export function eraseStakeholderFromProgrammeText(db: Database, id: string): void {
  if (!tableExists(db, 'programme_role_confirmations')) return;
  const row = cachedStatement(db, 'SELECT name FROM stakeholders WHERE id = ?').get(id) as
    { name: string } | undefined;
  const keys = [stakeholderKey(id), ...(row?.name.trim() ? [nameKey(row.name)] : [])];
  const remove = cachedStatement(db, 'DELETE FROM programme_role_confirmations WHERE role_key = ?');
  for (const key of keys) remove.run(key);
}
