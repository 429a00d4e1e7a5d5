// Runs in: main process / Node. Audit lines for restores and erasures: ids only, never the data.
import type { Database } from 'better-sqlite3';
import type { TrashKind } from '../../../shared/domain/app';
import { newId, nowIso } from '../db/clock';
import { cachedStatement } from '../search/cachedStatement';

export function writeAudit(
  db: Database,
  action: 'erase' | 'restore',
  entity: TrashKind,
  entityId: string,
): void {
  cachedStatement(
    db,
    `INSERT INTO audit_log (id, at, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?, '')`,
  ).run(newId(), nowIso(), action, entity, entityId);
}
